"""A big table costs Qt questions about what is shown, not about every row and column.

Structure only (timings live in ``python -m benchmarks --only stalls``): the number of
calls from Qt into the Python model while a 200 × 200 table is built and painted.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from benchmarks.content import huge_table
from gui.core.markdown_pieces import PieceKind, iter_pieces
from gui.ui.widgets.table_block import TableBlock, TableModel


def table_piece(rows: int, columns: int) -> Any:
    return next(p for p in iter_pieces(huge_table(rows, columns)) if p.kind is PieceKind.TABLE)


@pytest.fixture
def model_calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Calls Qt makes into ``TableModel``'s Python methods, by method name."""
    calls: Counter[str] = Counter()
    for name in ("data", "headerData", "multiData"):
        original = getattr(TableModel, name)

        def counted(self: TableModel, *args: Any, _name: str = name, _f: Any = original) -> Any:
            calls[_name] += 1
            return _f(self, *args)

        monkeypatch.setattr(TableModel, name, counted)
    return calls


_hosts: list[QWidget] = []


def shown_table(qtbot: Any, rows: int = 200, columns: int = 200) -> TableBlock:
    host = QWidget()
    _hosts.append(host)  # alive until the test's end, when qtbot closes it
    qtbot.addWidget(host)
    QVBoxLayout(host).addWidget(table := TableBlock(table_piece(rows, columns)))
    host.resize(1000, 600)
    host.show()
    qtbot.waitExposed(host)
    QApplication.processEvents()  # the view's delayed layout
    table.view.viewport().repaint()
    return table


def test_building_and_painting_a_big_table_asks_about_what_is_in_sight(
    qtbot: Any, model_calls: Counter[str]
) -> None:
    table = shown_table(qtbot)
    visible = table.view.viewport().rect()
    assert table.view.indexAt(visible.topLeft()).isValid()  # it was laid out and painted
    assert model_calls["multiData"] > 0  # one call per cell painted, not one per role
    # Qt's own headers measure 2 × 200 sections, 4 questions each, several times over
    # (about 6,000 calls); each cell in sight asks about 7 roles (about 3,000 more).
    assert sum(model_calls.values()) < 1_500


def test_header_size_is_measured_again_when_the_font_changes(qtbot: Any) -> None:
    table = shown_table(qtbot, 40, 12)
    header = table.view.horizontalHeader()
    before = header.sizeHint().height()
    font = header.font()
    font.setPointSize(font.pointSize() * 3)
    header.setFont(font)
    assert header.sizeHint().height() > before
    assert table.view.verticalHeader().sizeHint().width() > 0


def test_cells_headers_tooltips_selection_and_copy_are_unchanged(qtbot: Any) -> None:
    table = shown_table(qtbot, 40, 12)
    model = table.model
    assert model.data(model.index(3, 4)) == "r3c4"
    assert model.data(model.index(3, 4), Qt.ItemDataRole.ToolTipRole) == "r3c4"
    assert model.data(model.index(3, 4), Qt.ItemDataRole.FontRole) is None
    assert model.headerData(4, Qt.Orientation.Horizontal) == "h4"
    assert model.headerData(4, Qt.Orientation.Vertical) == "5"
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) == 40
    header = table.view.horizontalHeader()
    assert header.sectionsClickable() and header.highlightSections()
    selection = QItemSelection(model.index(0, 0), model.index(1, 1))
    table.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
    table.copy_selection()
    assert QGuiApplication.clipboard().text() == "r0c0\tr0c1\nr1c0\tr1c1"


def test_rows_added_below_the_ones_in_sight_do_not_repaint_them(
    qtbot: Any, model_calls: Counter[str]
) -> None:
    table = shown_table(qtbot, 40, 12)
    source = huge_table(50, 12).split("\n\n")[1] + "\n"
    more = [f"| {' | '.join(f'r{r}c{c}' for c in range(12))} |" for r in range(40, 50)]
    scroll_range = table.view.verticalScrollBar().maximum()
    QApplication.processEvents()
    model_calls.clear()
    table.add_rows(more, source)
    qtbot.wait(50)  # the view's delayed layout, then the paint it asks for
    assert model_calls["multiData"] + model_calls["data"] == 0  # no cell painted again
    assert table.model.rowCount() == 50
    assert table.view.verticalScrollBar().maximum() > scroll_range  # they can be reached
    assert table.caption.text() == "Table: 50 rows × 12 columns"
    table.copy_source()
    assert QGuiApplication.clipboard().text() == source
