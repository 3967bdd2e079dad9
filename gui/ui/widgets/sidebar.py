"""The conversation list: search, new chat, rename and delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.formatting import local_time
from gui.core.i18n import translate
from gui.core.index import Summary
from gui.ui.plain_text import plain_tooltip, shown_line, without_bidi_controls

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
EDITABLE_TITLE = 32767  # characters a QLineEdit holds; longer titles (imported) cannot be edited


class ConversationListModel(QAbstractListModel):
    """Rows of (id, title, last activity); editing a title emits ``rename_requested``.

    Signals:
        rename_requested(str, str): conversation id, new title.
    """

    rename_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, bool]] = []
        self._titles: list[str] = []  # whole, as stored: the rows show them cut

    def set_conversations(self, conversations: list[Summary], streaming: set[str]) -> None:
        self.beginResetModel()
        self._rows = [
            (
                c.id,
                shown_line(c.title) or translate("Sidebar", "New chat"),
                c.updated_at,
                c.id in streaming,
            )
            for c in conversations
        ]
        self._titles = [c.title for c in conversations]
        self.endResetModel()

    def _editable_title(self, row: int) -> str:
        """The whole title on one line, as the editor starts with it (what Enter saves
        unchanged); one too long for a line edit is shown cut, and never saved so."""
        title = " ".join(without_bidi_controls(self._titles[row]).split())
        return title if len(title) <= EDITABLE_TITLE else self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conv_id, title, updated, streaming = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"● {title}" if streaming else title
        if role == Qt.ItemDataRole.EditRole:
            return self._editable_title(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(
                translate("Sidebar", "{title}\nLast activity: {time}").format(
                    title=title, time=local_time(updated)
                )
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = (
                translate("Sidebar", "{title}, answering, last activity {time}")
                if streaming
                else translate("Sidebar", "{title}, last activity {time}")
            )
            return text.format(title=title, time=local_time(updated))
        if role == ID_ROLE:
            return conv_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        title = " ".join(str(value).split())
        if not title or title == self._editable_title(index.row()):
            return False  # unchanged (a title too long to edit stays whole)
        self.rename_requested.emit(self._rows[index.row()][0], title)
        return True

    def row_of(self, conversation_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row[0] == conversation_id), -1)


class Sidebar(QWidget):
    """Search box, New chat button and the conversation list.

    Signals:
        conversation_selected(str): the user picked a conversation.
        new_requested(): New chat was pressed.
        delete_requested(str): delete this conversation (after confirmation elsewhere).
        rename_requested(str, str): conversation id, new title.
        export_requested(str): export this conversation (the window asks how).
        search_changed(str): the search text changed (debounced).
    """

    conversation_selected = Signal(str)
    new_requested = Signal()
    delete_requested = Signal(str)
    rename_requested = Signal(str, str)
    export_requested = Signal(str)
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(translate("Sidebar", "Search chats"))
        self.search.setAccessibleName(translate("Sidebar", "Search conversations"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        # An ASCII "+": the full-width "＋" is missing from most Latin UI fonts, and looking
        # for one that has it loaded a CJK font at every start (tests/ui/test_start_up_imports).
        self.new_button = QPushButton("+  " + translate("Sidebar", "New chat"))
        self.new_button.setObjectName("new-chat")
        self.new_button.setAccessibleName(translate("Sidebar", "New chat"))
        self.new_button.clicked.connect(self.new_requested)
        layout.addWidget(self.new_button)

        self.model = ConversationListModel(self)
        self.model.rename_requested.connect(self.rename_requested)
        self.list = QListView()
        self.list.setObjectName("conversation-list")
        self.list.setAccessibleName(translate("Sidebar", "Conversations"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_context_menu)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        layout.addWidget(self.list, 1)

        delete = QAction(translate("Sidebar", "Delete conversation"), self.list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_current)
        self.list.addAction(delete)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self._silent = False

    def sizeHint(self) -> QSize:
        return QSize(250, 600)

    def set_conversations(
        self, conversations: list[Summary], current: str | None, streaming: set[str]
    ) -> None:
        """Refill the list and keep ``current`` selected without re-emitting a selection."""
        self.model.set_conversations(conversations, streaming)
        self.select(current)

    def select(self, conversation_id: str | None) -> None:
        """Highlight a conversation (when listed) without re-emitting a selection."""
        row = self.model.row_of(conversation_id) if conversation_id else -1
        if row < 0:
            return
        self._silent = True
        try:
            self.list.setCurrentIndex(self.model.index(row))
        finally:
            self._silent = False

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def rename_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.list.edit(index)

    def _delete_current(self) -> None:
        current = self.current_id()
        if current:
            self.delete_requested.emit(current)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._silent and current.isValid():
            self.conversation_selected.emit(current.data(ID_ROLE))

    def _on_context_menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        if not index.isValid():
            return
        self.context_menu(index).popup(self.list.viewport().mapToGlobal(point))

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The actions for one conversation row."""
        conv_id = index.data(ID_ROLE)
        menu = QMenu(self)
        menu.setObjectName("conversation-menu")
        menu.addAction(translate("Sidebar", "Rename"), lambda: self.list.edit(index))
        menu.addAction(translate("Sidebar", "Export…"), lambda: self.export_requested.emit(conv_id))
        menu.addAction(translate("Sidebar", "Delete…"), lambda: self.delete_requested.emit(conv_id))
        menu.aboutToHide.connect(menu.deleteLater)
        return menu
