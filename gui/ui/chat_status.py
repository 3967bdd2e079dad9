"""Keeps the chat controls (model, thinking, context meter, chat total) and answer costs current."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from gui.core.chat_model import picker_models
from gui.core.context_meter import (
    AttachmentTokenCache,
    AttachmentTokens,
    ContextUse,
    context_use,
    draft_tokens,
    ref_tokens,
)
from gui.core.context_trim import TrimProposal, propose_trim
from gui.core.conversation import Conversation, Message
from gui.core.minimax_models import model_info
from gui.ui.context import AppContext
from gui.ui.controller import ChatController
from gui.ui.widgets.chat_controls import ChatControls
from gui.ui.widgets.composer import Composer

if TYPE_CHECKING:
    # Prices load with the first chat shown, after the window is on screen.
    from gui.core.pricing import PriceTable

DRAFT_DELAY_MS = 250  # the meter follows typing after a pause, not on every key


class ChatStatus(QObject):
    """Fills ``controls`` for the open chat and prices answers for the chat view.

    Signals:
        model_shown(str): the open chat's model, after every refresh (for the toolbar).
    """

    model_shown = Signal(str)

    def __init__(
        self,
        controls: ChatControls,
        context: AppContext,
        controller: ChatController,
        current: Callable[[], str | None],
        composer: Composer,
    ) -> None:
        super().__init__(controls)
        self._controls = controls
        self._ctx = context
        self._controller = controller
        self._current = current
        self._composer = composer
        store = context.attachments
        # attached text counts as sent; the store's blobs never change, so once each
        self._attachment_tokens: AttachmentTokens = (
            AttachmentTokenCache(store.read) if store is not None else ref_tokens
        )
        self._base: ContextUse | None = None  # the history part, without the draft
        self._table_key: tuple[object, ...] | None = None
        self._table: PriceTable | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._show_context)
        composer.edit.textChanged.connect(self._draft_timer.start)
        composer.strip.changed.connect(self._draft_timer.start)
        controls.thinking_changed.connect(self._on_thinking_changed)
        controls.model_changed.connect(self._on_model_changed)

    @property
    def table(self) -> PriceTable:
        """The price table in use: the user's from Settings, else the shipped one."""
        settings = self._ctx.settings.value
        key = (settings.region, repr(settings.price_table))
        if self._table is None or key != self._table_key:
            from gui.core.pricing import effective_table

            self._table = effective_table(settings.price_table, settings.region)
            self._table_key = key
        return self._table

    def answer_note(self, message: Message) -> str:
        """An answer's estimated cost, for its model/usage line."""
        from gui.core import cost_labels

        return cost_labels.answer_cost(message, self.table)

    def _conversation(self) -> Conversation | None:
        current = self._current()
        return self._controller.get(current) if current else None

    def model(self) -> str:
        """The model the open chat's next message goes to."""
        return self._controller.model_of(self._current())

    def switch_model(self, model: str | None) -> None:
        """Give the open chat its own model (None: the default), as the picker does."""
        current = self._current()
        if current is not None:
            self._controller.set_model(current, model)
        self.refresh()

    def refresh(self) -> None:
        """Everything again: after opening a chat, a finished answer or changed settings."""
        from gui.core import cost_labels
        from gui.core.pricing import chat_totals

        settings = self._ctx.settings.value
        conv = self._conversation()
        model = self.model()
        chat_model = conv.model if conv else None
        self._controls.show_model(
            chat_model,
            settings.model,
            picker_models(settings.model, self._ctx.live_models, chat_model),
        )
        self.model_shown.emit(model)
        self._controls.show_thinking(model, conv.thinking if conv else None, settings.thinking)
        info = model_info(model)
        if conv is None or info is None:
            self._base = None
        else:
            self._base = context_use(
                conv,
                info.context_window,
                system_prompt=self._system_prompt(conv),
                attachment_tokens=self._attachment_tokens,
            )
        self._show_context()
        table = self.table
        totals = chat_totals(conv.messages if conv else [], table)
        tip = cost_labels.chat_line(totals) + "\n" + cost_labels.table_note(table)
        if totals.long_input:
            tip += "\n" + cost_labels.long_input_note(model, table)
        self._controls.show_totals(cost_labels.chat_short(totals), tip)

    def _show_context(self) -> None:
        model = self.model()
        base = self._base
        if base is None:
            self._controls.show_context(model, None)
            return
        draft = self._draft_tokens()
        use = dataclasses.replace(base, used=base.used + draft, draft=base.draft + draft)
        price = self.table.price(model)
        note = ""
        if price is not None and use.used > (price.long_input_from or use.used):
            from gui.core import cost_labels

            note = cost_labels.long_input_note(model, self.table)
        self._controls.show_context(model, use, note)

    def _on_model_changed(self, choice: object) -> None:
        self.switch_model(choice if isinstance(choice, str) else None)

    def _on_thinking_changed(self, choice: object) -> None:
        current = self._current()
        if current is not None:
            self._controller.set_thinking(current, choice if isinstance(choice, str) else None)

    def trim_proposal(self) -> tuple[str, TrimProposal] | None:
        """The model and where the open chat's context could start to fit it again
        (None: no chat, or a model whose window the app does not know)."""
        conv = self._conversation()
        model = self.model()
        info = model_info(model)
        if conv is None or info is None:
            return None
        proposal = propose_trim(
            conv,
            info.context_window,
            system_prompt=self._system_prompt(conv),
            draft_tokens=self._draft_tokens(),
            attachment_tokens=self._attachment_tokens,
        )
        return model, proposal

    def _system_prompt(self, conv: Conversation) -> str:
        """The prompt the chat's next request carries: its own, else the one in Settings."""
        prompt = conv.system_prompt
        return self._ctx.settings.value.system_prompt if prompt is None else prompt

    def _draft_tokens(self) -> int:
        """The estimate for the message being written, with its attachments."""
        composer = self._composer
        return draft_tokens(composer.text(), composer.attachments(), self._attachment_tokens)
