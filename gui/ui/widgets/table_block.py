"""A big Markdown table in a table view that only draws the cells in sight."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QMimeData,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import translate
from gui.core.markdown_pieces import Piece, table_cells
from gui.ui.plain_text import plain_tooltip

VISIBLE_ROWS = 12
"""Rows in sight at once; the rest scroll inside the table."""

SAMPLED_ROWS = 30
"""Rows whose text sets the column widths (measuring every cell would cost as much as
laying them all out)."""

_Index = QModelIndex | QPersistentModelIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value


class TableModel(QAbstractTableModel):
    """The cells of a Markdown table, each row split from its source line when first shown."""

    def __init__(self, header: tuple[str, ...], rows: Sequence[str]) -> None:
        super().__init__()
        self.header = header
        self._rows = list(rows)
        self._cells: dict[int, list[str]] = {}

    @property
    def row_sources(self) -> tuple[str, ...]:
        """The source line of every row."""
        return tuple(self._rows)

    def add_rows(self, rows: Sequence[str]) -> None:
        """Rows that streamed in below the others."""
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def cells(self, row: int) -> list[str]:
        cells = self._cells.get(row)
        if cells is None:
            cells = self._cells[row] = table_cells(self._rows[row])
        return cells

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._value(index.row(), index.column(), role)

    def multiData(self, index: _Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """What a cell's painter asks for (seven roles) in one call from Qt, not seven."""
        row, column = index.row(), index.column()
        span: Any = roleDataSpan  # indexable, though its stubs do not say so
        wanted_roles: list[QModelRoleData] = (
            [span[i] for i in range(span.size())]
            if isinstance(roleDataSpan, QModelRoleDataSpan)
            else [roleDataSpan]
        )
        for wanted in wanted_roles:
            value = self._value(row, column, wanted.role())
            if value is None:
                wanted.clearData()
            else:
                wanted.setData(value)

    def _value(self, row: int, column: int, role: int) -> str | None:
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        cells = self.cells(row)
        cell = cells[column] if column < len(cells) else ""
        # Model output: a tooltip that looks like HTML would be rich text (links, images).
        return plain_tooltip(cell) if role == _TOOLTIP else cell

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.header[section] if section < len(self.header) else ""
        return str(section + 1)


class SampledHeader(QHeaderView):
    """A header whose size hint is measured on a sample of its sections.

    Qt's own measures the first and the last 100 sections, asking the model four
    questions about each, and forgets it whenever the font, the style or the sections
    change: for a 200 × 200 table that is thousands of calls into Python each time the
    table is built or shown. The sample takes the sections at both ends (the widest
    row numbers are the last) and is measured again only when the font or the style
    changes, or the sections: their number across, the digits of the row numbers down
    (a streamed table gets rows every frame).
    """

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        # As QTableView's own headers: a click selects the row or column.
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._hint: tuple[int, QSize] | None = None

    def sizeHint(self) -> QSize:
        count = self.count()
        across = self.orientation() == Qt.Orientation.Horizontal
        key = count if across else len(str(count))
        if self._hint is not None and self._hint[0] == key:
            return QSize(self._hint[1])
        sample = sorted({*range(min(SAMPLED_ROWS, count)), *range(max(0, count - 3), count)})
        hint = QSize(0, 0)
        for section in sample:
            if not self.isSectionHidden(section):
                hint = hint.expandedTo(self.sectionSizeFromContents(section))
        self._hint = (key, hint)
        return QSize(hint)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._hint = None
        super().changeEvent(event)


class TableView(QTableView):
    """A table view that, when rows arrive below the ones in sight, only updates its
    scroll range instead of painting every cell in sight again (Qt's way after any
    change in the number of rows): a streamed table gets a few rows per frame."""

    def __init__(self) -> None:
        super().__init__()
        self.rows_added_below = False

    def doItemsLayout(self) -> None:
        below, self.rows_added_below = self.rows_added_below, False
        if below:
            self.updateGeometries()
        else:
            super().doItemsLayout()


class TableBlock(QFrame):
    """One big table of an answer: a caption with a copy button above a scrolling grid.

    Cells are plain text (never rich text). Ctrl+C copies the selected cells as
    tab-separated text; the button copies the table's Markdown source.
    """

    def __init__(self, piece: Piece, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("table-block")
        self.source = piece.source
        self.model = TableModel(piece.header, piece.rows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 4)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setObjectName("table-caption")
        top.addWidget(self.caption, 1)
        self.copy_button = QToolButton()
        self.copy_button.setObjectName("copy-table-button")
        self.copy_button.setText(translate("TableBlock", "Copy table"))
        self.copy_button.setToolTip(translate("TableBlock", "Copy the whole table as Markdown"))
        self.copy_button.setAutoRaise(True)
        self.copy_button.clicked.connect(self.copy_source)
        top.addWidget(self.copy_button)
        layout.addLayout(top)

        self.view = TableView()
        self.view.setObjectName("table-view")
        self.view.setHorizontalHeader(SampledHeader(Qt.Orientation.Horizontal, self.view))
        self.view.setVerticalHeader(SampledHeader(Qt.Orientation.Vertical, self.view))
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        copy_cells = QAction(translate("TableBlock", "Copy cells"), self.view)
        copy_cells.setShortcut(QKeySequence.StandardKey.Copy)
        copy_cells.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_cells.triggered.connect(self.copy_selection)
        copy_all = QAction(translate("TableBlock", "Copy table"), self.view)
        copy_all.triggered.connect(self.copy_source)
        self.view.addActions([copy_cells, copy_all])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._widths = [len(title) for title in piece.header]
        self._size_sections()
        self._show_count()
        layout.addWidget(self.view)

    def add_rows(self, rows: Sequence[str], source: str) -> None:
        """A streamed table grew: ``rows`` came in below, ``source`` is all of it now."""
        self.source = source
        if not rows:
            return
        sized = self.model.rowCount()
        view = self.view
        last = sized - 1
        view.rows_added_below = (
            sized > 0
            and view.rowViewportPosition(last) + view.rowHeight(last) >= view.viewport().height()
        )
        self.model.add_rows(rows)
        if sized < max(SAMPLED_ROWS, VISIBLE_ROWS):  # the widths and height still follow
            self._size_sections(sized)
        self._show_count()

    def _show_count(self) -> None:
        self.caption.setText(
            translate("TableBlock", "Table: {rows} rows × {columns} columns").format(
                rows=self.model.rowCount(), columns=len(self.model.header)
            )
        )
        self.view.setAccessibleName(self.caption.text())

    def _size_sections(self, sized: int = 0) -> None:
        """Column widths from the first rows (``sized`` of them were measured before)
        and a height that shows up to ``VISIBLE_ROWS``."""
        metrics = self.view.fontMetrics()
        row_height = metrics.height() + 8
        vertical = self.view.verticalHeader()
        vertical.setMinimumSectionSize(row_height)
        vertical.setDefaultSectionSize(row_height)
        char = max(1, metrics.averageCharWidth())
        widths = self._widths
        for row in range(sized, min(SAMPLED_ROWS, self.model.rowCount())):
            lengths = map(len, self.model.cells(row))
            # A short row keeps the widths of the columns it lacks.
            widths = list(map(max, widths, itertools.chain(lengths, itertools.repeat(0))))
        horizontal = self.view.horizontalHeader()
        for column, width in enumerate(widths):
            if not sized or width != self._widths[column]:
                horizontal.resizeSection(column, min(320, max(40, width * char + 18)))
        self._widths = widths
        bar = self.view.horizontalScrollBar().sizeHint().height()
        rows = min(VISIBLE_ROWS, self.model.rowCount())
        frame = 2 * self.view.frameWidth()
        header = horizontal.sizeHint().height()
        self.view.setFixedHeight(header + rows * row_height + bar + frame)

    # -- copying ------------------------------------------------------------------------

    def copy_source(self) -> None:
        data = QMimeData()
        data.setText(self.source)
        QGuiApplication.clipboard().setMimeData(data)

    def selected_text(self) -> str:
        """The selected cells, rows on lines and columns separated by tabs."""
        indexes = sorted(self.view.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        lines: dict[int, list[str]] = {}
        for index in indexes:
            lines.setdefault(index.row(), []).append(str(self.model.data(index)))
        return "\n".join("\t".join(cells) for cells in lines.values())

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            data = QMimeData()
            data.setText(text)
            QGuiApplication.clipboard().setMimeData(data)

    def toPlainText(self) -> str:
        """The table as text: a line per row, cells separated by tabs."""
        rows = ["\t".join(self.model.cells(r)) for r in range(self.model.rowCount())]
        return "\n".join(["\t".join(self.model.header), *rows])
