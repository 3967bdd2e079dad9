"""The main window: sidebar, conversation, composer and the reasoning side pane."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.connection import SOURCE_NONE
from gui.core.index import Summary
from gui.core.models import Conversation, MessageStatus, Role
from gui.core.regions import REGIONS
from gui.ui.context import AppContext
from gui.ui.controller import ChatController, StreamUpdate

if TYPE_CHECKING:
    from gui.ui.transcripts import TranscriptActions
from gui.ui.widgets.chat_view import ChatView
from gui.ui.widgets.composer import Composer
from gui.ui.widgets.reasoning_pane import ReasoningPane
from gui.ui.widgets.settings_dialog import SettingsDialog, SettingsResult
from gui.ui.widgets.sidebar import Sidebar

log = logging.getLogger(__name__)

EMPTY_TEXT = (
    "Ask MiniMax anything.\nThe answer appears here; its thinking streams into the side pane."
)
NO_KEY_TEXT = "Add your MiniMax API key in Settings to start chatting."


class MainWindow(QMainWindow):
    """Wires the widgets to the ``ChatController``; owns no data of its own.

    Args:
        context: the app's services (settings, connection, tasks, …).
        controller: the conversation controller.
        on_closed: called once the window has shut down (the app then exits).
        dark: render Markdown for a dark palette.
    """

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
        self._has_key = True
        self._settings_dialog: SettingsDialog | None = None
        self._pending_send: str | None = None
        self.setObjectName("main-window")
        self.setWindowTitle("MiniMax Chat")
        self.resize(1200, 780)

        self.sidebar = Sidebar()
        self.chat = ChatView(dark=dark)
        self.chat.set_empty_text(EMPTY_TEXT)
        self.composer = Composer()
        self.reasoning = ReasoningPane()
        self._banner = self._make_banner()
        self._transcripts: TranscriptActions | None = None

        center = QWidget()
        center.setObjectName("center")
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._banner)
        column.addWidget(self.chat, 1)
        column.addWidget(self.composer)

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
        context.errors.show = lambda text: self.show_notice(
            text, action=("Show log folder", self.show_logs)
        )
        settings = context.settings.value
        self._restore_layout(settings.window_geometry, settings.splitter_state)
        self.reasoning.setVisible(settings.reasoning_pane_visible)
        self.toggle_reasoning_action.setChecked(settings.reasoning_pane_visible)
        self.composer.edit.setFocus()

    # -- construction ------------------------------------------------------------------

    def _make_banner(self) -> QWidget:
        banner = QWidget()
        banner.setObjectName("notice-banner")
        row = QHBoxLayout(banner)
        row.setContentsMargins(12, 6, 8, 6)
        self._banner_text = QLabel()
        self._banner_text.setObjectName("notice-text")
        self._banner_text.setWordWrap(True)
        self._banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self._banner_text, 1)
        self._banner_action = QPushButton()
        self._banner_action.setObjectName("notice-action")
        self._banner_callback: Callable[[], None] | None = None
        self._banner_action.clicked.connect(self._on_banner_action)
        row.addWidget(self._banner_action)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName("Dismiss")
        close.clicked.connect(banner.hide)
        row.addWidget(close)
        banner.hide()
        return banner

    def _build_actions(self) -> None:
        def action(
            text: str, slot: Callable[[], Any], shortcut: Any = None, name: str = ""
        ) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action("New chat", self.new_chat, QKeySequence.StandardKey.New, "new")
        self.settings_action = action(
            "Settings…", self.open_settings, QKeySequence.StandardKey.Preferences, "settings"
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.stop_action = action("Stop answer", self.stop, "Esc", "stop")
        self.stop_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.regenerate_action = action(
            "Regenerate answer", self.regenerate, "Ctrl+Shift+R", "regen"
        )
        self.toggle_reasoning_action = action(
            "Reasoning pane", lambda: None, "Ctrl+Shift+T", "toggle-reasoning"
        )
        self.toggle_reasoning_action.setCheckable(True)
        self.toggle_reasoning_action.toggled.connect(self.set_reasoning_visible)
        self.search_action = action("Search chats", self._focus_search, "Ctrl+K", "search")
        self.rename_action = action("Rename chat", self.sidebar.rename_current, "F2", "rename")
        self.delete_action = action("Delete chat…", self._delete_current, None, "delete")
        self.prompt_action = action(
            "Chat system prompt…", self.edit_conversation_prompt, None, "chat-prompt"
        )
        self.export_action = action(
            "Export chat…",
            lambda: self.transcripts.export_conversation(self._current),
            "Ctrl+E",
            "export",
        )
        self.export_all_action = action(
            "Export all chats…", lambda: self.transcripts.export_all(), None, "export-all"
        )
        self.import_action = action(
            "Import chats…", lambda: self.transcripts.import_files(), None, "import"
        )
        self.import_folder_action = action(
            "Import chats from folder…",
            lambda: self.transcripts.import_folder(),
            None,
            "import-folder",
        )
        self.quit_action = action("Quit", self.close, QKeySequence.StandardKey.Quit, "quit")
        self.focus_action = action("Focus message box", self.composer.edit.setFocus, "Ctrl+L", "")

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addActions([self.new_action, self.settings_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.export_all_action])
        file_menu.addActions([self.import_action, self.import_folder_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        chat_menu = menu.addMenu("&Chat")
        chat_menu.addActions(
            [
                self.stop_action,
                self.regenerate_action,
                self.rename_action,
                self.delete_action,
                self.prompt_action,
            ]
        )
        view_menu = menu.addMenu("&View")
        view_menu.addActions([self.toggle_reasoning_action, self.search_action, self.focus_action])
        help_menu = menu.addMenu("&Help")
        self.show_logs_action = action("Show log folder", self.show_logs, None, "show-logs")
        help_menu.addAction(self.show_logs_action)
        help_menu.addAction("About MiniMax Chat", self._about)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.toggle_reasoning_action)
        toolbar.addAction(self.settings_action)
        self._model_label = QLabel()
        self._model_label.setObjectName("model-label")
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self._model_label)
        self._update_model_label()

    def _connect(self) -> None:
        c = self._controller
        c.conversations_changed.connect(self._refresh_list)
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
            lambda conv_id: self.transcripts.export_conversation(conv_id)
        )
        self.sidebar.search_changed.connect(lambda _text: self._refresh_list())
        self.composer.send_requested.connect(self.send)
        self.composer.stop_requested.connect(self.stop)
        self.chat.message_selected.connect(self._on_message_selected)
        self.chat.regenerate_requested.connect(self.regenerate)
        self.chat.edit_requested.connect(self.composer.start_edit)
        self.chat.settings_requested.connect(self.open_settings)
        self.chat.link_activated.connect(self.confirm_open_link)
        self.reasoning.close_requested.connect(lambda: self.set_reasoning_visible(False))

    @property
    def transcripts(self) -> TranscriptActions:
        """Export and import, loaded on first use (PDF and archive code stay off start-up)."""
        if self._transcripts is None:
            from gui.ui.transcripts import TranscriptActions

            self._transcripts = TranscriptActions(
                self, self._ctx, self._controller, self.show_notice, self.open_conversation
            )
        return self._transcripts

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

    def _refresh_list(self) -> None:
        query = self.sidebar.search.text()
        if query.strip():
            self._ctx.tasks.spawn(self._refresh_search(query), name="search")
            return
        self._show_list(self._controller.conversations())

    async def _refresh_search(self, query: str) -> None:
        found = await self._controller.search(query)
        if self.sidebar.search.text() == query:  # typing went on: a newer search follows
            self._show_list(found)

    def _show_list(self, items: list[Summary]) -> None:
        streaming = {c.id for c in items if self._controller.is_streaming(c.id)}
        self.sidebar.set_conversations(items, self._current, streaming)

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
        self._current = conversation_id
        self.chat.show_conversation(conv)
        live = self._controller.live_text(conversation_id)
        reply = self._controller.streaming_reply(conversation_id)
        if live is not None and reply is not None:
            self.chat.begin_stream(reply.id, live[0])
            self.reasoning.begin_live(reply.id, live[1])
        else:
            last = next((m for m in reversed(conv.messages) if m.role is Role.ASSISTANT), None)
            if last is not None:
                self.chat.select(last.id)
            else:
                self.reasoning.clear_message()
        self.composer.set_busy(self._controller.is_streaming(conversation_id))
        self._refresh_list()
        self._update_title(conv)

    async def open_conversation_async(self, conversation_id: str) -> None:
        if await self._controller.open(conversation_id) is not None:
            self.open_conversation(conversation_id)

    def _update_title(self, conv: Conversation | None) -> None:
        title = conv.title if conv and conv.title else ""
        self.setWindowTitle(f"{title} — MiniMax Chat" if title else "MiniMax Chat")

    def _on_messages_changed(self, conversation_id: str) -> None:
        if conversation_id != self._current:
            return
        self.chat.rebuild()
        reply = self._controller.streaming_reply(conversation_id)
        if reply is not None:
            self.chat.select(reply.id)
            self.reasoning.begin_live(reply.id, "")
        self._update_title(self._controller.get(conversation_id))

    def _on_message_changed(self, conversation_id: str, message_id: str) -> None:
        if conversation_id != self._current:
            return
        self.chat.message_finished(message_id)
        conv = self._controller.get(conversation_id)
        message = conv.find(message_id) if conv else None
        if message is not None and self.reasoning.message_id == message_id:
            self.reasoning.show_message(message)
        if message is not None and message.error and message.error.kind in ("auth", "no_key"):
            self._check_key()

    def _on_stream_updated(
        self, conversation_id: str, message_id: str, update: StreamUpdate
    ) -> None:
        if conversation_id != self._current:
            return
        self.chat.apply_update(message_id, update)
        if self.reasoning.message_id == message_id:
            self.reasoning.append_live(
                update.reasoning, update.reasoning_reset, update.phase, update.thinking_seconds
            )

    def _on_busy_changed(self, conversation_id: str, busy: bool) -> None:
        if conversation_id == self._current:
            self.composer.set_busy(busy)

    def _on_message_selected(self, message_id: str) -> None:
        conv = self._controller.get(self._current or "")
        message = conv.find(message_id) if conv else None
        if message is None or message.role is not Role.ASSISTANT:
            return
        if message.status is MessageStatus.STREAMING:
            live = self._controller.live_text(conv.id) if conv else None
            self.reasoning.begin_live(message.id, live[1] if live else "")
        else:
            self.reasoning.show_message(message)
        if message.reasoning and not self.reasoning.isVisible():
            self.set_reasoning_visible(True)

    # -- sending -----------------------------------------------------------------------

    def send(self, text: str) -> None:
        conv_id = self._current
        if conv_id is None:
            conv_id = self._controller.new_conversation().id
            self.open_conversation(conv_id)
        if self.composer.editing:
            accepted = self._controller.edit_last_user_message(conv_id, text)
        else:
            accepted = self._controller.send(conv_id, text)
        if accepted:
            self.composer.clear()
            self.chat.scroll_to_bottom()

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
        box = QMessageBox(self)
        box.setObjectName("confirm-delete")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Delete conversation")
        box.setText(f"Delete “{conv.title or 'New chat'}”?")
        box.setInformativeText(
            "Its messages are removed from this computer. This cannot be undone."
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(_result: int) -> None:
            if box.clickedButton() is delete:
                self._ctx.tasks.spawn(self._delete(conversation_id), name="delete-conversation")

        box.finished.connect(done)
        box.open()

    def _delete_current(self) -> None:
        if self._current:
            self.confirm_delete(self._current)

    async def _delete(self, conversation_id: str) -> None:
        await self._controller.delete(conversation_id)
        if conversation_id == self._current:
            self._current = None
            await self.show_latest()

    def confirm_open_link(self, url: QUrl) -> None:
        """Links from model output open only after the user saw the full address."""
        box = QMessageBox(self)
        box.setObjectName("confirm-link")
        box.setWindowTitle("Open link")
        box.setText("Open this address in your browser?")
        box.setInformativeText(url.toString())
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: (
                QDesktopServices.openUrl(url) if result == QMessageBox.StandardButton.Open else None
            )
        )
        box.open()

    def edit_conversation_prompt(self) -> None:
        conv = self._controller.get(self._current or "")
        if conv is None:
            return
        dialog = QDialog(self)
        dialog.setObjectName("conversation-prompt")
        dialog.setWindowTitle("System prompt for this chat")
        layout = QVBoxLayout(dialog)
        default = self._ctx.settings.value.system_prompt
        layout.addWidget(
            QLabel(
                "Leave empty to use the default from Settings"
                + (f":\n{default}" if default else ".")
            )
        )
        edit = QPlainTextEdit(conv.system_prompt or "")
        layout.addWidget(edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                text = edit.toPlainText()
                self._controller.set_system_prompt(conv.id, text if text.strip() else None)

        dialog.finished.connect(done)
        dialog.open()

    def open_settings(self) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.raise_()
            return
        self._ctx.tasks.spawn(self._open_settings(), name="open-settings")

    async def _open_settings(self) -> None:
        connection = self._ctx.connection
        _key, state = await connection.api_key()
        if self._settings_dialog is not None:
            return
        dialog = SettingsDialog(
            self._ctx.settings.value,
            state,
            connection.secrets.describe(),
            connection.store_is_persistent(),
            connection.env,
            self._ctx.live_models,
            self,
        )
        self._settings_dialog = dialog
        dialog.test_requested.connect(self._test_connection)

        def done(result: int) -> None:
            self._settings_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self._ctx.tasks.spawn(self._apply_settings(dialog.result_value()), name="apply")
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    async def _apply_settings(self, result: SettingsResult) -> None:
        self._ctx.settings.update(result.settings)
        logging.getLogger().setLevel(getattr(logging, result.settings.log_level, logging.INFO))
        problem = None
        if result.new_key is not None:
            problem = await self._ctx.connection.set_api_key(result.new_key)
        elif result.remove_key:
            problem = await self._ctx.connection.set_api_key("")
        await self._ctx.connection.reset()
        self._update_model_label()
        if problem:
            self.show_notice(problem)
        await self._check_key_async()

    def _test_connection(self, result: SettingsResult) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.test_button.setEnabled(False)
            self._settings_dialog.test_result.setText("Testing…")
        self._ctx.tasks.spawn(self._run_test(result), name="test-connection")

    async def _run_test(self, result: SettingsResult) -> None:
        connection = self._ctx.connection
        stored_key, _ = await connection.api_key()
        config = await connection.config()
        settings = result.settings
        url = connection.env.base_url or settings.base_url()
        key = result.new_key or ("" if result.remove_key else (stored_key or ""))
        # A key typed for another region is tested with that region's address.
        config = replace(
            config,
            base_url=url,
            api_key=key,
            proxy_mode=settings.proxy_mode,
            proxy_url=settings.proxy_url,
            read_timeout=min(settings.read_timeout, 30.0),
        )
        backend = await connection.probe_backend(config)
        try:
            error, models = await backend.test_connection(settings.model)
        finally:
            await backend.aclose()
        dialog = self._settings_dialog
        if dialog is None:
            return
        if error is None:
            if models:
                self._ctx.live_models = models
            extra = f" The server lists {len(models)} models." if models else ""
            dialog.show_test_result(True, f"Connected to {url}.{extra}")
        else:
            dialog.show_test_result(False, error.message)

    # -- key / notices -----------------------------------------------------------------

    def _check_key(self) -> None:
        self._ctx.tasks.spawn(self._check_key_async(), name="check-key")

    async def _check_key_async(self) -> None:
        _key, state = await self._ctx.connection.api_key()
        self._has_key = state.source != SOURCE_NONE
        if not self._has_key:
            self.chat.set_empty_text(NO_KEY_TEXT)
            self.show_notice(
                state.problem or "No MiniMax API key is set yet.",
                action=("Open Settings", self.open_settings),
            )
        else:
            self.chat.set_empty_text(EMPTY_TEXT)
            if self._banner_action.text() == "Open Settings":
                self._banner.hide()

    async def first_run_check(self) -> None:
        """Open Settings straight away when there is no key to chat with."""
        await self._check_key_async()
        if not self._has_key:
            self.open_settings()

    def show_notice(self, text: str, action: tuple[str, Callable[[], None]] | None = None) -> None:
        self._banner_text.setText(text)
        self._banner_callback = action[1] if action else None
        self._banner_action.setText(action[0] if action else "")
        self._banner_action.setVisible(action is not None)
        self._banner.show()

    def _on_banner_action(self) -> None:
        if self._banner_callback is not None:
            self._banner_callback()

    def notice_text(self) -> str:
        return self._banner_text.text() if self._banner.isVisible() else ""

    # -- view --------------------------------------------------------------------------

    def set_reasoning_visible(self, visible: bool) -> None:
        self.reasoning.setVisible(visible)
        if self.toggle_reasoning_action.isChecked() != visible:
            self.toggle_reasoning_action.setChecked(visible)
        settings = self._ctx.settings.value
        if settings.reasoning_pane_visible != visible:
            self._ctx.settings.update(replace(settings, reasoning_pane_visible=visible))

    def _focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    def _update_model_label(self) -> None:
        settings = self._ctx.settings.value
        url, _source = self._ctx.connection.base_url()
        region = REGIONS.get(settings.region)
        if region is not None and url == region.base_url:
            where = region.label
        else:
            where = QUrl(url).host() or url
        self._model_label.setText(f"{settings.model} · {where}  ")
        self._model_label.setToolTip(f"Model {settings.model} at {url}")

    def show_logs(self) -> None:
        """Open the folder with the (redacted) log files in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._ctx.log_path.parent)))

    def _about(self) -> None:
        from gui import __version__

        box = QMessageBox(self)
        box.setWindowTitle("About MiniMax Chat")
        box.setText(f"MiniMax Chat {__version__}")
        box.setInformativeText(
            "A native desktop client for MiniMax's reasoning models.\n"
            f"Data folder: {self._ctx.paths.root}\nLog file: {self._ctx.log_path}"
        )
        box.open()

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
            await asyncio.wait_for(self.shutdown(), timeout=5)
        except Exception:
            log.exception("shutdown did not finish cleanly")
        self._may_close = True
        self.close()
        QTimer.singleShot(0, self._on_closed)

    async def shutdown(self) -> None:
        """Stop streams (keeping partial replies), flush saves and settings, close the client."""
        if self._shut_down:
            return
        self._shut_down = True
        await self._controller.shutdown()
        await self._ctx.settings.flush()
        await self._ctx.tasks.cancel_all()
        await asyncio.sleep(0)  # closed sockets finish closing on the next loop turn
