""" "Start context here" in the right-click menu of a user message in the chat."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu

from gui.core.i18n import translate


class StartMenu:
    """Adds the context-start entry to a user message's right-click menu.

    The message relays its menus here (``MessageWidget.set_menu_entries``): on its text
    the entry comes below the text's own (copy, select all). On the chat's current start
    it reads "Send the whole chat again" instead. ``state(message_id)`` says which:
    "start" (it is the start), "can" (it could be) or "cannot" (the first message while
    the whole chat is sent); ``chosen`` gets the new start (None: the whole chat).
    """

    def __init__(
        self,
        state: Callable[[str], str],
        chosen: Callable[[str | None], None],
    ) -> None:
        self._state = state
        self._chosen = chosen

    def add_to(self, menu: QMenu, message_id: str) -> None:
        """Put the entry for the user message ``message_id`` into ``menu``."""
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
