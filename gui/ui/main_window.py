"""The main window: sidebar, conversation, composer and the reasoning side pane."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.core.conversation import Conversation, MessageStatus, Role
from gui.core.errors import ErrorKind
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.progress import StreamUpdate
from gui.core.settings import Settings
from gui.ui.accessibility import announce
from gui.ui.account import AccountActions, AccountHooks
from gui.ui.appearance import Appearance
from gui.ui.attach_actions import AttachActions
from gui.ui.chat_list import ChatList
from gui.ui.chat_status import ChatStatus
from gui.ui.context import AppContext
from gui.ui.context_trim import ContextTrim
from gui.ui.controller import ChatController
from gui.ui.plain_text import shown_line
from gui.ui.reasoning_follow import ReasoningFollow
from gui.ui.tool_approvals import ApprovalRouter
from gui.ui.tool_switches import ToolSwitches
from gui.ui.widgets.chat_controls import ChatControls
from gui.ui.widgets.chat_view import ChatView
from gui.ui.widgets.composer import Composer
from gui.ui.widgets.model_label import ModelLabel
from gui.ui.widgets.notice_banner import NoticeAction, NoticeBanner
from gui.ui.widgets.reasoning_pane import ReasoningPane
from gui.ui.widgets.sidebar import Sidebar
from gui.ui.widgets.tools_menu import ToolsButton
from gui.ui.window_actions import ActionSlots, install_actions, install_toolbar

if TYPE_CHECKING:
    # Export and import load when first used: they are not needed to show the window.
    from gui.ui.export_import import ExportImportActions

log = logging.getLogger(__name__)

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Ask MiniMax anything.\nThe answer appears here; its thinking streams into the side pane.",
)
NO_KEY_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow", "Add your MiniMax API key in Settings to start chatting."
)


class MainWindow(ActionSlots, QMainWindow):
    """Wires the widgets to the ``ChatController``; owns no data of its own.

    Composes its parts: the account actions (``account``), export and import
    (``export_import``), the notice banner, the small dialogs (``widgets.dialogs``) and the
    action table (``window_actions``).

    Args:
        context: the app's services (settings, connection, tasks, …).
        controller: the conversation controller.
        on_closed: called once the window has shut down (the app then exits).
        dark: render Markdown for a dark palette.
    """

    sidebar: Sidebar
    composer: Composer
    chat: ChatView
    account: AccountActions
    appearance: Appearance
    chat_list: ChatList

    def __init__(
        self,
        context: AppContext,
        controller: ChatController,
        on_closed: Callable[[], None] = lambda: None,
        *,
        dark: bool = False,
    ) -> None:
        super().__init__()
        self._ctx = context
        self._controller = controller
        self._on_closed = on_closed
        self._current: str | None = None
        self._closing: asyncio.Task[None] | None = None
        self._may_close = False
        self._shut_down = False
        self.setObjectName("main-window")
        self.setWindowTitle("MiniMax Chat")
        self.resize(1200, 780)

        self.appearance = Appearance(
            context,
            dark=dark,
            dark_changed=self._on_dark_changed,
            redraw=self._redraw,
            announce=self._announce,
        )
        self.sidebar = Sidebar()
        self.chat_list = ChatList(self.sidebar, controller, context.tasks, lambda: self._current)
        self.chat = ChatView(
            dark=dark, lexer_ready=self.appearance.lexers.ready, math=self.appearance.math
        )
        self.chat.set_empty_text(translate("MainWindow", EMPTY_TEXT))
        self.composer = Composer()
        self.chat_controls = ChatControls()
        self.chat_status = ChatStatus(
            self.chat_controls, context, controller, lambda: self._current, self.composer
        )
        self.chat.answer_note = self.chat_status.answer_note
        self.context_trim = ContextTrim(
            self, controller, self.chat_status, self.chat, lambda: self._current, self._announce
        )
        self.reasoning = ReasoningPane(dark=dark, math=self.appearance.math)
        self.reasoning_follow = ReasoningFollow(
            self.reasoning, controller, lambda: self._current, self.set_reasoning_visible
        )
        self.banner = NoticeBanner()
        self._export_import: ExportImportActions | None = None
        self.account = AccountActions(
            self,
            context,
            AccountHooks(
                notify=self.show_notice,
                dismiss_notice_if=self.banner.dismiss_if,
                announce=self._announce,
                settings_changed=self._on_settings_changed,
                connection_changed=self._update_model_label,
                models_listed=self.chat_status.refresh,
                key_known=self._on_key_known,
                focus_composer=self.composer.edit.setFocus,
            ),
        )

        center = QWidget()
        center.setObjectName("center")
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.chat, 1)
        column.addWidget(self.composer)
        column.addWidget(self.chat_controls)
        self.tools_button = ToolsButton(list)
        self.chat_controls.add_leading(self.tools_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.reasoning)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([250, 640, 330])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._connect()
        self.approvals = ApprovalRouter(
            controller, self.chat, lambda: self._current, self.composer.edit.setFocus
        )
        self.tool_switches = ToolSwitches(
            self.tools_button, controller, context.tasks, lambda: self._current
        )
        self.tools_button.settings_requested.connect(self.account.open_settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.styleHints().colorSchemeChanged.connect(self.appearance.on_system_colors_changed)
        context.errors.show = lambda text: self.show_notice(
            text, action=(translate("MainWindow", "Show log folder"), self.show_logs)
        )
        settings = context.settings.value
        self._restore_layout(settings.window_geometry, settings.splitter_state)
        self.reasoning.setVisible(settings.reasoning_pane_visible)
        self.toggle_reasoning_action.setChecked(settings.reasoning_pane_visible)
        self.composer.edit.setFocus()

    # -- construction ------------------------------------------------------------------

    def _build_actions(self) -> None:
        for attr, act in install_actions(self).items():
            setattr(self, attr, act)
        self.stop_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.stop_action.setEnabled(False)
        self.toggle_reasoning_action.setCheckable(True)
        self.toggle_reasoning_action.toggled.connect(self.set_reasoning_visible)

        self._model_label = ModelLabel()
        install_toolbar(self, self._model_label)
        self._update_model_label()

    def _connect(self) -> None:
        c = self._controller
        c.conversations_changed.connect(self.chat_list.refresh)
        c.messages_changed.connect(self._on_messages_changed)
        c.message_changed.connect(self._on_message_changed)
        c.stream_updated.connect(self._on_stream_updated)
        c.busy_changed.connect(self._on_busy_changed)
        c.notice.connect(self.show_notice)
        self.sidebar.conversation_selected.connect(self.open_conversation)
        self.sidebar.new_requested.connect(self.new_chat)
        self.sidebar.delete_requested.connect(self.confirm_delete)
        self.sidebar.rename_requested.connect(c.rename)
        self.sidebar.export_requested.connect(
            lambda conv_id: self.export_import.export_conversation(conv_id)
        )
        self.sidebar.search_changed.connect(lambda _text: self.chat_list.refresh())
        self.composer.send_requested.connect(self.send)
        self.attach = AttachActions(
            self,
            self._ctx,
            self.composer,
            self.show_notice,
            self.chat_status.model,
            self._switch_chat_model,
        )
        self.chat.attachments_shown.connect(self.attach.show_thumbnails)
        self.chat.attachment_opened.connect(self.attach.open)
        self.composer.stop_requested.connect(self.stop)
        self.chat.message_selected.connect(self.reasoning_follow.message_selected)
        self.chat.regenerate_requested.connect(self.regenerate)
        self.chat.edit_requested.connect(self._start_edit)
        self.chat.settings_requested.connect(self.account.open_settings)
        self.chat.link_activated.connect(self.confirm_open_link)
        self.chat.code_language_seen.connect(self.appearance.prepare_highlighting)
        self.reasoning.close_requested.connect(lambda: self.set_reasoning_visible(False))
        self.chat_controls.new_chat_requested.connect(self.new_chat)
        self.chat_status.model_shown.connect(self._update_model_label)
        self.chat_controls.trim_requested.connect(self.context_trim.offer)
        self.chat.context_start_requested.connect(self.context_trim.start_at)

    @property
    def export_import(self) -> ExportImportActions:
        """Export and import, loaded on first use (PDF and archive code stay off start-up)."""
        if self._export_import is None:
            from gui.ui.export_import import ExportImportActions

            self._export_import = ExportImportActions(
                self, self._ctx, self._controller, self.show_notice, self.open_conversation
            )
        return self._export_import

    # -- conversations -----------------------------------------------------------------

    @property
    def current_id(self) -> str | None:
        return self._current

    async def show_latest(self) -> None:
        """Show the most recent conversation (or a new one) once the list is known."""
        conversations = self._controller.conversations()
        if conversations:
            await self.open_conversation_async(conversations[0].id)
        else:
            self.new_chat()

    def new_chat(self) -> None:
        conv = self._controller.new_conversation()
        self.open_conversation(conv.id)
        self.composer.edit.setFocus()

    def open_conversation(self, conversation_id: str) -> None:
        """Show a conversation (read from disk first, in a thread, if it is not loaded)."""
        conv = self._controller.get(conversation_id)
        if conv is None:
            if self._controller.summary(conversation_id) is not None:
                self._ctx.tasks.spawn(
                    self.open_conversation_async(conversation_id), name="open-conversation"
                )
            return
        if self.composer.editing:
            self.composer.cancel_edit()
        if self._current is not None and self._current != conversation_id:
            self._controller.release(self._current)  # not shown: read again when reopened
        self._current = conversation_id
        self.chat.show_conversation(conv)
        live = self._controller.live_text(conversation_id)
        reply = self._controller.streaming_reply(conversation_id)
        if live is not None and reply is not None:
            self.chat.begin_stream(reply.id, live[0])
            self.reasoning_follow.begin_live(conv, reply.id, live[1])
        else:
            last = next((m for m in reversed(conv.messages) if m.role is Role.ASSISTANT), None)
            if last is not None:
                self.chat.select(last.id)
            else:
                self.reasoning.clear_message()
        self._show_busy(self._controller.is_streaming(conversation_id))
        self.approvals.show(conversation_id)
        self.tool_switches.show_chat(conversation_id)
        # Opening changes which row is current, not what is listed: no refill, no search.
        self.sidebar.select(conversation_id)
        self._update_title(conv)
        self.chat_status.refresh()

    async def open_conversation_async(self, conversation_id: str) -> None:
        if await self._controller.open(conversation_id) is not None:
            self.open_conversation(conversation_id)

    def _update_title(self, conv: Conversation | None) -> None:
        title = shown_line(conv.title) if conv else ""
        self.setWindowTitle(
            translate("MainWindow", "{title} — MiniMax Chat").format(title=title)
            if title
            else "MiniMax Chat"
        )

    def _on_messages_changed(self, conversation_id: str) -> None:
        if conversation_id != self._current:
            return
        self.chat.rebuild()
        reply = self._controller.streaming_reply(conversation_id)
        conv = self._controller.get(conversation_id)
        if reply is not None and conv is not None:
            self.chat.select(reply.id)
        if conv is not None:
            self.reasoning_follow.messages_changed(conv)
        self._update_title(conv)
        self.chat_status.refresh()

    def _on_message_changed(self, conversation_id: str, message_id: str) -> None:
        if conversation_id != self._current:
            return
        self.chat.message_finished(message_id)
        self.chat_status.refresh()
        conv = self._controller.get(conversation_id)
        message = conv.find(message_id) if conv else None
        if conv is not None:
            self.reasoning_follow.message_changed(conv, message_id)
        if (
            message is not None
            and message.error
            and message.error.kind in (ErrorKind.AUTH, ErrorKind.NO_KEY)
        ):
            self.account.check_key()
        if message is not None and message.role is Role.ASSISTANT:
            self._announce(
                {
                    MessageStatus.COMPLETE: translate("MainWindow", "The answer is complete."),
                    MessageStatus.STOPPED: translate("MainWindow", "The answer was stopped."),
                    MessageStatus.INTERRUPTED: translate("MainWindow", "The answer was cut short."),
                    MessageStatus.ERROR: translate("MainWindow", "The answer failed."),
                }.get(message.status, "")
            )

    def _on_stream_updated(
        self, conversation_id: str, message_id: str, update: StreamUpdate
    ) -> None:
        if conversation_id != self._current:
            return
        self.chat.apply_update(message_id, update)
        self.reasoning_follow.stream_updated(message_id, update)

    def _on_busy_changed(self, conversation_id: str, busy: bool) -> None:
        if conversation_id == self._current:
            self._show_busy(busy)
            if busy:
                self._announce(translate("MainWindow", "MiniMax is answering."))
            else:
                self.reasoning_follow.after_stream(conversation_id)

    def _show_busy(self, busy: bool) -> None:
        """Send becomes Stop; Esc stops only then (otherwise it is the composer's, e.g. to
        cancel editing a message)."""
        self.composer.set_busy(busy)
        self.stop_action.setEnabled(busy)

    # -- sending -----------------------------------------------------------------------

    def send(self, text: str) -> None:
        refs = self.composer.attachments()
        if refs and not self.attach.ready_to_send(refs, lambda: self.send(text)):
            return  # nothing sent; the composer keeps the text and the files
        conv_id = self._current
        if conv_id is None:
            conv_id = self._controller.new_conversation().id
            self.open_conversation(conv_id)
        if self.composer.editing:
            accepted = self._controller.edit_last_user_message(conv_id, text, refs)
        else:
            accepted = self._controller.send(conv_id, text, refs)
        if accepted:
            self.attach.sent(self.composer.clear())
            self.chat.scroll_to_bottom()

    def _start_edit(self, text: str) -> None:
        """Edit the last user message: its text and its attachments go back to the composer."""
        self.composer.start_edit(text)
        conv = self._controller.get(self._current or "")
        last = (
            next((m for m in reversed(conv.messages) if m.role is Role.USER), None)
            if conv
            else None
        )
        for ref in last.attachments if last else []:
            if ref not in self.composer.attachments():
                self.attach.show_thumbnail(self.composer.strip.add(ref))

    def stop(self) -> None:
        if self._current and self._controller.is_streaming(self._current):
            self._controller.stop(self._current)

    def regenerate(self) -> None:
        if self._current:
            self._controller.regenerate(self._current)

    # -- dialogs -----------------------------------------------------------------------

    def confirm_delete(self, conversation_id: str) -> None:
        conv = self._controller.summary(conversation_id)
        if conv is None:
            return
        from gui.ui.widgets import dialogs  # the small dialogs load when first opened

        dialogs.confirm_delete(
            self,
            conv.title,
            lambda: self._ctx.tasks.spawn(
                self._delete(conversation_id), name="delete-conversation"
            ),
        )

    def delete_current(self) -> None:
        if self._current:
            self.confirm_delete(self._current)

    async def _delete(self, conversation_id: str) -> None:
        await self._controller.delete(conversation_id)
        if conversation_id == self._current:
            self._current = None
            await self.show_latest()

    def confirm_open_link(self, url: QUrl) -> None:
        """Links from model output open only after the user saw the full address."""
        from gui.ui.widgets import dialogs

        dialogs.confirm_link(self, url, QDesktopServices.openUrl, self.show_notice)

    def edit_conversation_prompt(self) -> None:
        conv = self._controller.get(self._current or "")
        if conv is None:
            return
        from gui.ui.widgets import dialogs

        dialogs.edit_system_prompt(
            self,
            conv.system_prompt,
            self._ctx.settings.value.system_prompt,
            lambda prompt: self._controller.set_system_prompt(conv.id, prompt),
        )

    def show_shortcuts(self) -> None:
        """A list of every keyboard shortcut (Help → Keyboard shortcuts, F1)."""
        from gui.ui.widgets import dialogs

        dialogs.show_shortcuts(self, self.actions())

    def about(self) -> None:
        from gui import __version__
        from gui.ui.widgets import dialogs

        dialogs.show_about(self, __version__, self._ctx.paths.root, self._ctx.log_path)

    # -- account and notices -------------------------------------------------------------

    def _on_settings_changed(self, before: Settings, after: Settings) -> None:
        self.chat_status.refresh()
        if (after.price_table, after.region) != (before.price_table, before.region):
            self._redraw()  # answers show their cost at the new prices
        if after.theme != before.theme:
            self.appearance.apply_theme(after.theme)
        if after.text_zoom != before.text_zoom:
            self.appearance.set_zoom(after.text_zoom)
        if after.language != before.language:
            self.show_notice(
                translate("MainWindow", "The new language applies after MiniMax Chat restarts.")
            )

    def _on_key_known(self, has_key: bool) -> None:
        self.chat.set_empty_text(translate("MainWindow", EMPTY_TEXT if has_key else NO_KEY_TEXT))

    def show_notice(self, text: str, action: NoticeAction | None = None) -> None:
        self.banner.show_notice(text, action)

    def notice_text(self) -> str:
        return self.banner.text()

    # -- view --------------------------------------------------------------------------

    def set_reasoning_visible(self, visible: bool) -> None:
        self.reasoning.setVisible(visible)
        if self.toggle_reasoning_action.isChecked() != visible:
            self.toggle_reasoning_action.setChecked(visible)
        settings = self._ctx.settings.value
        if settings.reasoning_pane_visible != visible:
            self._ctx.settings.update(replace(settings, reasoning_pane_visible=visible))

    @property
    def dark(self) -> bool:
        """Whether answers are rendered for a dark background."""
        return self.appearance.dark

    def warm_up(self) -> None:
        """Build (and drop) one message widget now, after the window is on screen.

        PySide creates many of Qt's enum types lazily, on first use; the first message
        widget would otherwise pay that (15-30 ms) at the moment a reply starts. The same
        for the style: the first Send/Stop switch polishes through ``style()``, whose
        ``QStyle`` type and enums the first paint no longer sets up (``theme.STYLE``).
        """
        self.style()
        from gui.core.conversation import Message
        from gui.ui.widgets.message_widget import MessageWidget

        MessageWidget(Message(role=Role.ASSISTANT, content="x"), dark=self.dark).deleteLater()

    def _on_dark_changed(self, dark: bool) -> None:
        self.chat.set_dark(dark)
        self.reasoning.set_dark(dark)
        self._redraw()

    def _redraw(self) -> None:
        if self._current is not None:
            self.open_conversation(self._current)

    def _announce(self, text: str) -> None:
        announce(self, text)

    def _update_model_label(self) -> None:
        settings = self._ctx.settings.value
        url, _source = self._ctx.connection.base_url()
        self._model_label.show_model(self.chat_status.model(), settings.region, url)

    def _switch_chat_model(self, model: str) -> None:
        """The open chat (a new one if none is open) answers with ``model`` from now on."""
        if self._current is None:
            self.open_conversation(self._controller.new_conversation().id)
        self.chat_status.switch_model(model)

    def show_logs(self) -> None:
        """Open the folder with the (redacted) log files in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._ctx.log_path.parent)))

    def _restore_layout(self, geometry: str, splitter: str) -> None:
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        if splitter:
            self.splitter.restoreState(QByteArray.fromBase64(splitter.encode()))

    def _save_layout(self) -> None:
        settings = self._ctx.settings.value
        self._ctx.settings.update(
            replace(
                settings,
                window_geometry=bytes(self.saveGeometry().toBase64().data()).decode(),
                splitter_state=bytes(self.splitter.saveState().toBase64().data()).decode(),
                reasoning_pane_visible=self.reasoning.isVisible(),
            )
        )

    # -- closing -----------------------------------------------------------------------

    # Seconds for streams, the client and tool servers (up to ~10 s each, in parallel) to
    # stop; saves are always awaited.
    CLOSE_TIMEOUT = 12.0

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.attach.take_drop(event):
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.attach.take_drop(event):
            super().dropEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """First close: stop streams and save (async); the real close follows."""
        if self._may_close:
            event.accept()
            return
        event.ignore()
        if self._closing is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:  # no loop (some test teardowns): nothing async to finish
                self._may_close = True
                event.accept()
                return
            self._closing = loop.create_task(self._close_async())

    async def _close_async(self) -> None:
        try:
            self._save_layout()
            await asyncio.wait_for(self.shutdown(), timeout=self.CLOSE_TIMEOUT)
        except Exception:
            log.exception("shutdown did not finish cleanly")
        await self._controller.flush_saves()  # a slow disk is waited for: it holds their words
        self._may_close = True
        self.close()
        QTimer.singleShot(0, self._on_closed)

    async def shutdown(self) -> None:
        """Stop streams (keeping partial replies), flush saves and settings, close the client."""
        if self._shut_down:
            return
        self._shut_down = True
        self.appearance.math.shutdown()  # formulas still queued would hold up the exit
        await self._controller.shutdown()
        await self._ctx.settings.flush()
        await self._ctx.tasks.cancel_all()
        await asyncio.sleep(0)  # closed sockets finish closing on the next loop turn
