"""The main window: sidebar, conversation, composer and the reasoning side pane."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core import markdown
from gui.core.connection import SOURCE_NONE
from gui.core.errors import shown_text
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.index import Summary
from gui.core.link_policy import decide_link
from gui.core.models import Conversation, MessageStatus, Role
from gui.core.regions import REGIONS, region_label
from gui.ui import theme
from gui.ui.context import AppContext
from gui.ui.controller import ChatController, StreamUpdate
from gui.ui.plain_text import plain, plain_tooltip

if TYPE_CHECKING:
    # Dialogs load when first opened: they are not needed to show the window.
    from gui.ui.transcripts import TranscriptActions
    from gui.ui.widgets.settings_dialog import SettingsDialog, SettingsResult
    from gui.ui.widgets.welcome_dialog import WelcomeDialog
from gui.ui.widgets.chat_view import ChatView
from gui.ui.widgets.composer import Composer
from gui.ui.widgets.reasoning_pane import ReasoningPane
from gui.ui.widgets.sidebar import Sidebar

log = logging.getLogger(__name__)

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Ask MiniMax anything.\nThe answer appears here; its thinking streams into the side pane.",
)
NO_KEY_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow", "Add your MiniMax API key in Settings to start chatting."
)


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
        self._welcome: WelcomeDialog | None = None
        self._pending_send: str | None = None
        self._dark = dark
        self._lexers = markdown.LexerLoader()
        zoom = context.settings.value.text_zoom
        self._base_point_size = QApplication.font().pointSizeF() * 100 / max(1, zoom)
        self.setObjectName("main-window")
        self.setWindowTitle("MiniMax Chat")
        self.resize(1200, 780)

        self.sidebar = Sidebar()
        self.chat = ChatView(dark=dark, lexer_ready=self._lexers.ready)
        self.chat.set_empty_text(translate("MainWindow", EMPTY_TEXT))
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
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.styleHints().colorSchemeChanged.connect(self._on_system_colors_changed)
        context.errors.show = lambda text: self.show_notice(
            text, action=(translate("MainWindow", "Show log folder"), self.show_logs)
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
        self._banner_text.setTextFormat(Qt.TextFormat.PlainText)  # may quote the server
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
        close.setAccessibleName(translate("MainWindow", "Dismiss"))
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

        self.new_action = action(
            translate("MainWindow", "New chat"), self.new_chat, QKeySequence.StandardKey.New, "new"
        )
        self.settings_action = action(
            translate("MainWindow", "Settings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
            "settings",
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.stop_action = action(translate("MainWindow", "Stop answer"), self.stop, "Esc", "stop")
        self.stop_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.stop_action.setEnabled(False)
        self.regenerate_action = action(
            translate("MainWindow", "Regenerate answer"), self.regenerate, "Ctrl+Shift+R", "regen"
        )
        self.toggle_reasoning_action = action(
            translate("MainWindow", "Reasoning pane"),
            lambda: None,
            "Ctrl+Shift+T",
            "toggle-reasoning",
        )
        self.toggle_reasoning_action.setCheckable(True)
        self.toggle_reasoning_action.toggled.connect(self.set_reasoning_visible)
        self.search_action = action(
            translate("MainWindow", "Search chats"), self._focus_search, "Ctrl+K", "search"
        )
        self.rename_action = action(
            translate("MainWindow", "Rename chat"), self.sidebar.rename_current, "F2", "rename"
        )
        self.delete_action = action(
            translate("MainWindow", "Delete chat…"), self._delete_current, None, "delete"
        )
        self.prompt_action = action(
            translate("MainWindow", "Chat system prompt…"),
            self.edit_conversation_prompt,
            None,
            "chat-prompt",
        )
        self.export_action = action(
            translate("MainWindow", "Export chat…"),
            lambda: self.transcripts.export_conversation(self._current),
            "Ctrl+E",
            "export",
        )
        self.export_all_action = action(
            translate("MainWindow", "Export all chats…"),
            lambda: self.transcripts.export_all(),
            None,
            "export-all",
        )
        self.import_action = action(
            translate("MainWindow", "Import chats…"),
            lambda: self.transcripts.import_files(),
            None,
            "import",
        )
        self.import_folder_action = action(
            translate("MainWindow", "Import chats from folder…"),
            lambda: self.transcripts.import_folder(),
            None,
            "import-folder",
        )
        self.quit_action = action(
            translate("MainWindow", "Quit"), self.close, QKeySequence.StandardKey.Quit, "quit"
        )
        self.zoom_in_action = action(
            translate("MainWindow", "Larger text"), lambda: self.zoom_by(10), "Ctrl+=", "zoom-in"
        )
        standard = QKeySequence(QKeySequence.StandardKey.ZoomIn).toString()
        zoom_in_keys = ["Ctrl+=", "Ctrl++", standard]
        self.zoom_in_action.setShortcuts([QKeySequence(k) for k in dict.fromkeys(zoom_in_keys)])
        self.zoom_out_action = action(
            translate("MainWindow", "Smaller text"), lambda: self.zoom_by(-10), "Ctrl+-", "zoom-out"
        )
        self.zoom_reset_action = action(
            translate("MainWindow", "Normal text size"), self.zoom_reset, "Ctrl+0", "zoom-reset"
        )
        self.next_action = action(
            translate("MainWindow", "Next chat"),
            lambda: self.step_conversation(1),
            "Ctrl+PgDown",
            "next",
        )
        # Qt reads "Ctrl" as Cmd on macOS, where Cmd+Tab belongs to the system: the
        # Control key is "Meta" there.
        tab = "Meta" if sys.platform == "darwin" else "Ctrl"
        self.next_action.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence(f"{tab}+Tab")])
        self.previous_action = action(
            translate("MainWindow", "Previous chat"),
            lambda: self.step_conversation(-1),
            "Ctrl+PgUp",
            "previous",
        )
        self.previous_action.setShortcuts(
            [QKeySequence("Ctrl+PgUp"), QKeySequence(f"{tab}+Shift+Tab")]
        )
        self.shortcuts_action = action(
            translate("MainWindow", "Keyboard shortcuts"), self.show_shortcuts, "F1", "shortcuts"
        )
        self.focus_action = action(
            translate("MainWindow", "Focus message box"), self.composer.edit.setFocus, "Ctrl+L", ""
        )

        menu = self.menuBar()
        file_menu = menu.addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([self.new_action, self.settings_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.export_all_action])
        file_menu.addActions([self.import_action, self.import_folder_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        chat_menu = menu.addMenu(translate("MainWindow", "&Chat"))
        chat_menu.addActions(
            [
                self.stop_action,
                self.regenerate_action,
                self.rename_action,
                self.delete_action,
                self.prompt_action,
            ]
        )
        view_menu = menu.addMenu(translate("MainWindow", "&View"))
        view_menu.addActions([self.toggle_reasoning_action, self.search_action, self.focus_action])
        view_menu.addSeparator()
        view_menu.addActions([self.next_action, self.previous_action])
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        help_menu = menu.addMenu(translate("MainWindow", "&Help"))
        self.show_logs_action = action(
            translate("MainWindow", "Show log folder"), self.show_logs, None, "show-logs"
        )
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.show_logs_action)
        help_menu.addAction(translate("MainWindow", "About MiniMax Chat"), self._about)

        toolbar = self.addToolBar(translate("MainWindow", "Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.toggle_reasoning_action)
        toolbar.addAction(self.settings_action)
        self._model_label = plain(QLabel())  # the model may be a name the server sent
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
        self.chat.code_language_seen.connect(self._prepare_highlighting)
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
        self._show_busy(self._controller.is_streaming(conversation_id))
        # Opening changes which row is current, not what is listed: no refill, no search.
        self.sidebar.select(conversation_id)
        self._update_title(conv)

    async def open_conversation_async(self, conversation_id: str) -> None:
        if await self._controller.open(conversation_id) is not None:
            self.open_conversation(conversation_id)

    def _update_title(self, conv: Conversation | None) -> None:
        title = conv.title if conv and conv.title else ""
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
        if self.reasoning.message_id == message_id:
            self.reasoning.append_live(
                update.reasoning, update.reasoning_reset, update.phase, update.thinking_seconds
            )

    def _on_busy_changed(self, conversation_id: str, busy: bool) -> None:
        if conversation_id == self._current:
            self._show_busy(busy)
            if busy:
                self._announce(translate("MainWindow", "MiniMax is answering."))

    def _show_busy(self, busy: bool) -> None:
        """Send becomes Stop; Esc stops only then (otherwise it is the composer's, e.g. to
        cancel editing a message)."""
        self.composer.set_busy(busy)
        self.stop_action.setEnabled(busy)

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
        box.setWindowTitle(translate("MainWindow", "Delete conversation"))
        box.setText(
            translate("MainWindow", "Delete “{title}”?").format(
                title=conv.title or translate("MainWindow", "New chat")
            )
        )
        box.setInformativeText(
            translate(
                "MainWindow", "Its messages are removed from this computer. This cannot be undone."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        delete = box.addButton(
            translate("MainWindow", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        plain(box)  # the title may come from an imported file

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
        decision = decide_link(url.toString())
        if not decision.allowed:
            return self.show_notice(decision.refusal)
        box = QMessageBox(self)
        box.setObjectName("confirm-link")
        box.setWindowTitle(translate("MainWindow", "Open link"))
        box.setText(translate("MainWindow", "Open this address in your browser?"))
        box.setInformativeText(decision.address)
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        plain(box)
        box.finished.connect(
            lambda result: (
                QDesktopServices.openUrl(QUrl(decision.address))
                if result == QMessageBox.StandardButton.Open
                else None
            )
        )
        box.open()

    def edit_conversation_prompt(self) -> None:
        conv = self._controller.get(self._current or "")
        if conv is None:
            return
        dialog = QDialog(self)
        dialog.setObjectName("conversation-prompt")
        dialog.setWindowTitle(translate("MainWindow", "System prompt for this chat"))
        dialog.setMinimumWidth(520)
        layout = QVBoxLayout(dialog)
        default = self._ctx.settings.value.system_prompt
        uses_default = translate(
            "MainWindow", "Leave empty to use the default from Settings:\n{prompt}"
        )
        note = QLabel(
            uses_default.format(prompt=default)
            if default
            else translate("MainWindow", "Leave empty to send no system prompt.")
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout.addWidget(note)
        edit = QPlainTextEdit(conv.system_prompt or "")
        edit.setAccessibleName(translate("MainWindow", "System prompt for this chat"))
        layout.addWidget(edit)
        # With a default in Settings, "empty" means "the default": opting out needs a box.
        none = QCheckBox(translate("MainWindow", "Send no system prompt in this chat"))
        none.setObjectName("no-system-prompt")
        none.setChecked(bool(default) and conv.system_prompt == "")
        none.setVisible(bool(default))
        none.toggled.connect(lambda on: edit.setEnabled(not on))
        edit.setEnabled(not none.isChecked())
        layout.addWidget(none)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                text = edit.toPlainText()
                prompt = "" if none.isChecked() else (text if text.strip() else None)
                self._controller.set_system_prompt(conv.id, prompt)

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
        from gui.ui.widgets.settings_dialog import SettingsDialog

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
        dialog.test_requested.connect(lambda result: self._test_connection(dialog, result))

        def done(result: int) -> None:
            self._settings_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self._ctx.tasks.spawn(self._apply_settings(dialog.result_value()), name="apply")
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    async def _apply_settings(self, result: SettingsResult) -> None:
        before = self._ctx.settings.value
        self._ctx.settings.update(result.settings)
        if result.settings.theme != before.theme:
            self.apply_theme(result.settings.theme)
        if result.settings.text_zoom != before.text_zoom:
            self.set_zoom(result.settings.text_zoom)
        if result.settings.language != before.language:
            self.show_notice(
                translate("MainWindow", "The new language applies after MiniMax Chat restarts.")
            )
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
        server_changed = (result.settings.base_url(), result.settings.region) != (
            before.base_url(),
            before.region,
        )
        if server_changed or result.new_key is not None or result.remove_key:
            # The model list is the server's: ask the new one (or the old one, with the new key).
            self._ctx.live_models = None
            self._ctx.tasks.spawn(self.refresh_models(), name="list-models")
        await self._check_key_async()

    async def refresh_models(self) -> None:
        """Ask the server for its model list, for Settings (MiniMax offers GET /models since
        mid-2026; older deployments answer 404 and the built-in list stays)."""
        backend = await self._ctx.connection.backend()
        if backend.config.api_key:
            self._ctx.live_models = await backend.list_models()

    def _test_connection(
        self, dialog: SettingsDialog | WelcomeDialog, result: SettingsResult
    ) -> None:
        dialog.test_button.setEnabled(False)
        dialog.test_result.setText(translate("MainWindow", "Testing…"))
        self._ctx.tasks.spawn(self._run_test(dialog, result), name="test-connection")

    async def _run_test(
        self, dialog: SettingsDialog | WelcomeDialog, result: SettingsResult
    ) -> None:
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
        if not dialog.isVisible():
            return  # closed meanwhile
        if error is None:
            if models:
                self._ctx.live_models = models
            text = translate("MainWindow", "Connected to {url}.").format(url=url)
            if models:
                text += " " + translate("MainWindow", "The server lists {count} models.").format(
                    count=len(models)
                )
            dialog.show_test_result(True, text)
        else:
            text = shown_text(error.text_ids, error.args, error.message)
            dialog.show_test_result(False, text)
        self._announce(text)  # the result appears away from the focused button

    # -- key / notices -----------------------------------------------------------------

    def _check_key(self) -> None:
        self._ctx.tasks.spawn(self._check_key_async(), name="check-key")

    async def _check_key_async(self) -> None:
        _key, state = await self._ctx.connection.api_key()
        self._has_key = state.source != SOURCE_NONE
        if not self._has_key:
            self.chat.set_empty_text(translate("MainWindow", NO_KEY_TEXT))
            self.show_notice(
                state.problem or translate("MainWindow", "No MiniMax API key is set yet."),
                action=(translate("MainWindow", "Open Settings"), self.open_settings),
            )
        else:
            self.chat.set_empty_text(translate("MainWindow", EMPTY_TEXT))
            if self._banner_callback == self.open_settings:
                self._banner.hide()

    async def first_run_check(self) -> None:
        """Welcome the user with a short set-up when there is no key to chat with."""
        await self._check_key_async()
        if not self._has_key:
            self.open_welcome()

    def open_welcome(self) -> None:
        if self._welcome is not None or self._settings_dialog is not None:
            return
        from gui.ui.widgets.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(
            self._ctx.settings.value, self._ctx.connection.store_is_persistent(), self
        )
        self._welcome = dialog
        dialog.test_requested.connect(lambda result: self._test_connection(dialog, result))
        dialog.more_settings_requested.connect(lambda: QTimer.singleShot(0, self.open_settings))

        def done(result: int) -> None:
            self._welcome = None
            if result == QDialog.DialogCode.Accepted:
                self._ctx.tasks.spawn(self._apply_settings(dialog.result_value()), name="apply")
                self.composer.edit.setFocus()
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

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

    def apply_theme(self, theme_name: str) -> None:
        """Switch light/dark (or follow the system) and redraw the open conversation."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        dark = theme.apply(app, theme_name).dark
        if dark != self._dark:
            self._dark = dark
            self.chat.set_dark(dark)
            self._redraw()

    def _prepare_highlighting(self, language: str) -> None:
        """Load the lexer for a code block that is still arriving, in a worker thread."""
        if self._lexers.should_load(language):
            self._ctx.tasks.spawn(asyncio.to_thread(self._lexers.load, language), name="load-lexer")

    @property
    def dark(self) -> bool:
        """Whether answers are rendered for a dark background."""
        return self._dark

    def warm_up(self) -> None:
        """Build (and drop) one message widget now, after the window is on screen.

        PySide creates many of Qt's enum types lazily, on first use; the first message
        widget would otherwise pay that (15-30 ms) at the moment a reply starts.
        """
        from gui.core.models import Message
        from gui.ui.widgets.message_widget import MessageWidget

        MessageWidget(Message(role=Role.ASSISTANT, content="x"), dark=self._dark).deleteLater()

    def _on_system_colors_changed(self) -> None:
        if self._ctx.settings.value.theme == "system":
            self.apply_theme("system")

    def zoom_by(self, step: int) -> None:
        settings = self._ctx.settings.value
        self.set_zoom(min(200, max(70, settings.text_zoom + step)))

    def zoom_reset(self) -> None:
        self.set_zoom(100)

    def set_zoom(self, percent: int) -> None:
        """Scale all text (remembered across starts)."""
        settings = self._ctx.settings.value
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_zoom(app, self._base_point_size, percent)
        if settings.text_zoom != percent:
            self._ctx.settings.update(replace(settings, text_zoom=percent))
        self._redraw()
        self._announce(translate("MainWindow", "Text size {percent} %").format(percent=percent))

    def _redraw(self) -> None:
        if self._current is not None:
            self.open_conversation(self._current)

    def step_conversation(self, step: int) -> None:
        """Go to the next (1) or previous (-1) conversation in the list."""
        model = self.sidebar.model
        count = model.rowCount()
        if not count:
            return
        row = model.row_of(self._current) if self._current else -1
        row = (row + step) % count if row >= 0 else 0
        self.sidebar.list.setCurrentIndex(model.index(row))

    def show_shortcuts(self) -> None:
        """A list of every keyboard shortcut (Help → Keyboard shortcuts, F1)."""
        dialog = QDialog(self)
        dialog.setObjectName("shortcuts-dialog")
        dialog.setWindowTitle(translate("MainWindow", "Keyboard shortcuts"))
        layout = QVBoxLayout(dialog)
        table = QTableWidget(0, 2, dialog)
        table.setObjectName("shortcuts-table")
        table.setAccessibleName(translate("MainWindow", "Keyboard shortcuts"))
        table.setHorizontalHeaderLabels(
            [translate("MainWindow", "Action"), translate("MainWindow", "Shortcut")]
        )
        rows = [
            (
                a.text().replace("&", ""),
                ", ".join(
                    dict.fromkeys(
                        s.toString(QKeySequence.SequenceFormat.NativeText) for s in a.shortcuts()
                    )
                ),
            )
            for a in self.actions()
            if a.shortcuts()
        ]
        rows += [
            (translate("MainWindow", "Send the message"), translate("MainWindow", "Enter")),
            (
                translate("MainWindow", "New line in the message"),
                translate("MainWindow", "Shift+Enter"),
            ),
            (translate("MainWindow", "Delete the selected chat"), translate("MainWindow", "Del")),
        ]
        table.setRowCount(len(rows))
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        layout.addWidget(table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout.addWidget(close)
        dialog.resize(520, 560)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _announce(self, text: str) -> None:
        """Tell screen readers something once, politely (not every streamed token)."""
        if not text:
            return
        event = QAccessibleAnnouncementEvent(self, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    def _focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    def _update_model_label(self) -> None:
        settings = self._ctx.settings.value
        url, _source = self._ctx.connection.base_url()
        region = REGIONS.get(settings.region)
        if region is not None and url == region.base_url:
            where = region_label(region)
        else:
            where = QUrl(url).host() or url
        self._model_label.setText(f"{settings.model} · {where}  ")
        self._model_label.setToolTip(
            plain_tooltip(
                translate("MainWindow", "Model {model} at {url}").format(
                    model=settings.model, url=url
                )
            )
        )

    def show_logs(self) -> None:
        """Open the folder with the (redacted) log files in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._ctx.log_path.parent)))

    def _about(self) -> None:
        from gui import __version__

        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "About MiniMax Chat"))
        box.setText(f"MiniMax Chat {__version__}")
        box.setInformativeText(
            translate(
                "MainWindow",
                "A native desktop client for MiniMax's reasoning models.\n"
                "Data folder: {folder}\nLog file: {log}",
            ).format(folder=self._ctx.paths.root, log=self._ctx.log_path)
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
