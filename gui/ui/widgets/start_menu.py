""" "Start context here" in the context menu of a user message in the chat."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QChildEvent, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from gui.core.i18n import translate

_OWNER = "context-start-message"  # the id of the user message a watched object shows
_WANTED = (QEvent.Type.ChildPolished, QEvent.Type.ContextMenu)


class StartMenu(QObject):
    """Adds the context-start action to the right-click menu of watched user messages.

    The message's text keeps its own menu (copy, select all) with the action added below;
    the action on the chat's current start reads "Send the whole chat again" instead.
    ``state(message_id)`` says which: "start" (it is the start), "can" (it could be) or
    "cannot" (the first message while the whole chat is sent); ``chosen`` gets the new
    start (None: the whole chat).
    """

    def __init__(
        self,
        parent: QObject,
        state: Callable[[str], str],
        chosen: Callable[[str | None], None],
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._chosen = chosen

    def watch(self, widget: QWidget, message_id: str) -> None:
        """Offer the action on ``widget`` (a user message) and on the text shown inside it,
        including text segments added to it later."""
        self._watch(widget, message_id)
        for edit in widget.findChildren(QTextEdit):
            self._watch_text(edit, message_id)

    def _watch_text(self, edit: QTextEdit, message_id: str) -> None:
        # A text view's right clicks arrive at its viewport; its parent learns of later ones.
        self._watch(edit.viewport(), message_id)
        holder = edit.parentWidget()
        if holder is not None:
            self._watch(holder, message_id)

    def _watch(self, obj: QObject, message_id: str) -> None:
        obj.setProperty(_OWNER, message_id)
        obj.installEventFilter(self)  # installed once: a second time only moves it first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WANTED:
            return False  # paints and the like: nothing to look up
        message_id = watched.property(_OWNER)
        if not isinstance(message_id, str):
            return False
        if kind == QEvent.Type.ChildPolished:  # a text segment rendered later
            child = event.child() if isinstance(event, QChildEvent) else None
            if isinstance(child, QTextEdit):
                self._watch_text(child, message_id)
        elif kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            menu = self.menu_for(watched, message_id, event.pos())
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(event.globalPos())
            return True
        return False

    def menu_for(self, watched: QObject, message_id: str, pos: QPoint) -> QMenu:
        """The menu a right click at ``pos`` on ``watched`` opens."""
        edit = watched.parent() if not isinstance(watched, QTextEdit) else watched
        if isinstance(edit, QTextEdit):
            document_pos = pos + QPoint(
                edit.horizontalScrollBar().value(), edit.verticalScrollBar().value()
            )
            menu = edit.createStandardContextMenu(document_pos)
            menu.addSeparator()
        else:
            menu = QMenu(watched if isinstance(watched, QWidget) else None)
        menu.setObjectName("message-context-menu")
        state = self._state(message_id)
        if state == "start":
            action = menu.addAction(translate("ChatView", "Send the whole chat again"))
            action.triggered.connect(lambda: self._chosen(None))
        else:
            action = menu.addAction(translate("ChatView", "Start context here"))
            action.setEnabled(state == "can")
            action.triggered.connect(lambda: self._chosen(message_id))
        action.setObjectName("context-start-action")
        action.setToolTip(
            translate(
                "ChatView",
                "Messages before this one stay in the chat but are no longer sent to MiniMax.",
            )
        )
        return menu
