"""Leaving earlier turns out of the open chat: the proposal, its confirmation, and undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.core.context_trim import TrimOutcome, TrimProposal
from gui.core.formatting import tokens
from gui.core.i18n import translate
from gui.ui.chat_status import ChatStatus
from gui.ui.controller import ChatController
from gui.ui.plain_text import plain
from gui.ui.widgets.chat_view import ChatView


class ContextTrim(QObject):
    """Moves the open chat's context start, always after the user saw what it leaves out.

    ``offer`` (the warning row's button) proposes a start that brings the chat under half
    of the model's window and asks first; ``start_at`` (a message's context menu, the
    divider's undo) moves it where the user pointed.
    """

    def __init__(
        self,
        parent: QWidget,
        controller: ChatController,
        status: ChatStatus,
        chat: ChatView,
        current: Callable[[], str | None],
        announce: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._controller = controller
        self._status = status
        self._chat = chat
        self._current = current
        self._announce = announce
        self.box: QMessageBox | None = None  # the open confirmation or explanation

    def offer(self) -> None:
        """Propose where the context could start, and ask (or say why nothing can be cut)."""
        found = self._status.trim_proposal()
        conversation_id = self._current()
        if found is None or conversation_id is None:
            return
        model, proposal = found
        if proposal.outcome is TrimOutcome.PROPOSED:
            self._confirm(conversation_id, model, proposal)
        else:
            self._explain(model, proposal)

    def start_at(self, message_id: str | None, *, reveal: bool = False) -> None:
        """Start the open chat's context at ``message_id`` (None: send the whole chat);
        ``reveal`` scrolls the divider into view."""
        conversation_id = self._current()
        if conversation_id is None:
            return
        if self._controller.set_context_start(conversation_id, message_id):
            self._chat.show_context_start(reveal=reveal)
            self._status.refresh()
            self._announce(
                translate("ContextTrim", "The whole chat is sent again.")
                if message_id is None
                else translate("ContextTrim", "Earlier messages are no longer sent to the model.")
            )

    def _confirm(self, conversation_id: str, model: str, proposal: TrimProposal) -> None:
        count = proposal.left_out
        question = (
            translate("ContextTrim", "Leave out the first turn of this chat?")
            if count == 1
            else translate("ContextTrim", "Leave out the first {count} turns of this chat?").format(
                count=count
            )
        )
        details = translate(
            "ContextTrim",
            "They stay in this chat, saved, searchable and exported, but MiniMax no longer "
            "sees them: from now on it answers knowing only the last {kept} of {total} turns. "
            "The chat then uses about {percent} % of {model}'s context window ({used} of "
            "{window} tokens). “Send the whole chat again” above the first message sent "
            "undoes this.",
        ).format(
            kept=proposal.total_turns - count,
            total=proposal.total_turns,
            percent=round(100 * proposal.used / proposal.window),
            model=model,
            used=tokens(proposal.used),
            window=tokens(proposal.window),
        )
        box = self._box("confirm-trim", question, details, QMessageBox.Icon.Question)
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        leave_out = box.addButton(
            translate("ContextTrim", "Leave out"), QMessageBox.ButtonRole.AcceptRole
        )
        leave_out.setObjectName("confirm-trim-accept")
        box.setDefaultButton(leave_out)
        start = proposal.start_id

        def done(_result: int) -> None:
            self.box = None
            if box.clickedButton() is leave_out and self._current() == conversation_id:
                self.start_at(start, reveal=True)

        box.finished.connect(done)
        box.open()

    def _explain(self, model: str, proposal: TrimProposal) -> None:
        if proposal.outcome is TrimOutcome.TOO_BIG:
            title = translate("ContextTrim", "Leaving out earlier turns cannot make this chat fit")
            text = translate(
                "ContextTrim",
                "The last turn of this chat alone (with what you are writing now) needs about "
                "{used} tokens, and {model}'s context window holds {window}. Start a new chat, "
                "with a shorter message or fewer or smaller attachments.",
            ).format(used=tokens(proposal.used), model=model, window=tokens(proposal.window))
        else:
            title = translate("ContextTrim", "There are no earlier turns to leave out")
            text = translate(
                "ContextTrim",
                "Only the last turn of this chat is sent already. To go on, start a new chat "
                "and bring over what still matters.",
            )
        box = self._box("trim-impossible", title, text, QMessageBox.Icon.Information)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(lambda _result: setattr(self, "box", None))
        box.open()

    def _box(self, name: str, text: str, details: str, icon: QMessageBox.Icon) -> QMessageBox:
        box = QMessageBox(self._parent)
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(icon)
        box.setWindowTitle(translate("ContextTrim", "Leave out earlier turns"))
        box.setText(text)
        box.setInformativeText(details)
        plain(box)  # the model name is whatever the settings hold
        self.box = box
        return box
