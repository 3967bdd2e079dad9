"""Settings → Tools: the MCP servers of mcp.json, their tools, secrets, and the loop limits."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import translate
from gui.core.secrets import SecretStore, SecretStoreError
from gui.core.settings import Settings
from gui.core.tools.config import (
    McpConfig,
    McpConfigError,
    ServerConfig,
    claude_desktop_config_path,
    import_claude_desktop,
    merge_servers,
    parse_config,
    parse_snippet,
)
from gui.core.tools.editing import (
    McpFile,
    copy_server,
    document_bytes,
    read_file,
    replace_server,
    set_always_allow,
    set_tool_enabled,
    split_plain_secrets,
    write_file,
)
from gui.core.tools.launch import Launch, prepare_launch
from gui.core.tools.preset import (
    PRESET_ID,
    MiniMaxAccess,
    PresetUnavailable,
    check_launcher,
    preset_server,
)
from gui.core.tools.secret_refs import PlainSecret, forget, move_to_keyring
from gui.core.tools.toolinfo import ToolInfo, ToolServerError
from gui.ui.plain_text import plain, plain_tooltip

log = logging.getLogger(__name__)

Spawn = Callable[[Coroutine[Any, Any, Any], str], "asyncio.Task[Any]"]


async def _no_access() -> MiniMaxAccess | None:
    return None


@dataclass(frozen=True, slots=True)
class ToolsServices:
    """What the page needs from the app, injected.

    Attributes:
        path: mcp.json.
        store: where secrets of servers go (the app's keyring store).
        spawn: starts a background task on the app's loop (``BackgroundTasks.spawn``).
        minimax_access: the key in use and its region, for testing the MiniMax preset.
        changed: told the new server list after every successful write.
        open_folder: shows a folder in the file manager.
        claude_config: Claude Desktop's config file (found per platform by default).
        environ: the environment the preset's launcher is looked up in.
    """

    path: Path
    store: SecretStore
    spawn: Spawn
    minimax_access: Callable[[], Awaitable[MiniMaxAccess | None]] = _no_access
    changed: Callable[[McpConfig], None] = lambda _config: None
    open_folder: Callable[[Path], object] = lambda _folder: None
    claude_config: Path = field(default_factory=claude_desktop_config_path)
    environ: dict[str, str] = field(default_factory=lambda: dict(os.environ))


@dataclass(slots=True)
class ServerCheck:
    """The last Test of one server: running, its tools, or why it failed."""

    running: bool = False
    tools: list[ToolInfo] | None = None
    problem: str = ""


def transport_label(server: ServerConfig) -> str:
    return {
        "stdio": translate("ToolsPage", "Program (stdio)"),
        "http": translate("ToolsPage", "Streamable HTTP"),
        "sse": translate("ToolsPage", "SSE"),
    }[server.transport]


def _fit_columns(view: QTreeWidget, stretch: int) -> None:
    """Columns as wide as their contents; ``stretch`` takes the rest."""
    header = view.header()
    header.setStretchLastSection(False)
    for column in range(view.columnCount()):
        mode = QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(
            column, QHeaderView.ResizeMode.Stretch if column == stretch else mode
        )


def _visible_check_boxes(view: QTreeWidget) -> None:
    """WORKAROUND: Fusion outlines an item's check box in Window.darker(140), which
    vanishes on a dark Base: unchecked boxes would be invisible in the dark theme."""
    colors = view.palette()
    if colors.color(QPalette.ColorRole.Base).lightness() < 128:
        colors.setColor(
            QPalette.ColorRole.Window, colors.color(QPalette.ColorRole.Mid).lighter(170)
        )
        view.setPalette(colors)


class ToolsPage(QWidget):
    """Lists the servers of mcp.json; every change is written at once, atomically.

    A broken file is shown with its error and nothing on the page can change it.
    """

    def __init__(
        self, settings: Settings, services: ToolsServices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tools-page")
        self._services = services
        self.file = McpFile(services.path)
        self.tests: dict[str, ServerCheck] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._write_lock = asyncio.Lock()
        self._filling = False
        self._stopped = False
        self.loaded = False
        layout = QVBoxLayout(self)

        self.broken_box = QWidget()
        self.broken_box.setObjectName("mcp-broken")
        broken_row = QHBoxLayout(self.broken_box)
        broken_row.setContentsMargins(0, 0, 0, 0)
        self.broken_text = self._label("store-warning")
        broken_row.addWidget(self.broken_text, 1)
        self.reread = QPushButton(translate("ToolsPage", "Read again"))
        self.reread.setObjectName("mcp-reread")
        self.reread.clicked.connect(lambda: self._run(self.load(), "mcp-read"))
        broken_row.addWidget(self.reread, 0, Qt.AlignmentFlag.AlignTop)
        self.broken_box.hide()
        layout.addWidget(self.broken_box)

        self.servers = QTreeWidget()
        self.servers.setObjectName("mcp-servers")
        self.servers.setRootIsDecorated(False)
        self.servers.setColumnCount(3)
        self.servers.setHeaderLabels(
            [
                translate("ToolsPage", "Server"),
                translate("ToolsPage", "Connection"),
                translate("ToolsPage", "Status"),
            ]
        )
        _fit_columns(self.servers, stretch=2)
        _visible_check_boxes(self.servers)
        self.servers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.servers.setAccessibleName(translate("ToolsPage", "Tool servers"))
        self.servers.setMinimumHeight(110)
        self.servers.itemChanged.connect(self._server_item_changed)
        self.servers.currentItemChanged.connect(lambda *_: self._show_selected())
        self.servers.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        layout.addWidget(self.servers, 1)

        row = QHBoxLayout()
        self.add_button = self._button("mcp-add", translate("ToolsPage", "Add…"), self.add_server)
        self.edit_button = self._button("mcp-edit", translate("ToolsPage", "Edit…"),
                                        self.edit_selected)  # fmt: skip
        self.remove_button = self._button(
            "mcp-remove", translate("ToolsPage", "Remove"), self.remove_selected
        )
        self.test_button = self._button("mcp-test", translate("ToolsPage", "Test"),
                                        self.test_selected)  # fmt: skip
        self.test_button.setToolTip(translate("ToolsPage", "Start the server and list its tools"))
        for button in (self.add_button, self.edit_button, self.remove_button, self.test_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.paste_button = self._button(
            "mcp-paste", translate("ToolsPage", "Paste JSON…"), self.paste_json
        )
        self.paste_button.setToolTip(
            translate("ToolsPage", "Add servers from a snippet in the mcpServers format")
        )
        self.import_button = self._button(
            "mcp-import", translate("ToolsPage", "Import from Claude Desktop"), self.import_claude
        )
        self.preset_button = self._button(
            "mcp-preset",
            translate("ToolsPage", "MiniMax tools (web search, image understanding)"),
            self.add_preset,
        )
        self.preset_button.setToolTip(
            translate(
                "ToolsPage",
                "MiniMax's own server, started with the key and region in use (needs uv's uvx)",
            )
        )
        for button in (self.paste_button, self.import_button, self.preset_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        self.message = self._label("mcp-message")
        self.message.hide()
        layout.addWidget(self.message)

        self.tools_title = QLabel()
        self.tools_title.setObjectName("mcp-tools-title")
        plain(self.tools_title)
        layout.addWidget(self.tools_title)
        self.tools = QTreeWidget()
        self.tools.setObjectName("mcp-tools")
        self.tools.setRootIsDecorated(False)
        self.tools.setColumnCount(4)
        self.tools.setHeaderLabels(
            [
                translate("ToolsPage", "Tool"),
                translate("ToolsPage", "On"),
                translate("ToolsPage", "Always allow"),
                translate("ToolsPage", "Description"),
            ]
        )
        _fit_columns(self.tools, stretch=3)
        _visible_check_boxes(self.tools)
        self.tools.setAccessibleName(translate("ToolsPage", "Tools of the selected server"))
        self.tools.setWordWrap(True)
        self.tools.setMinimumHeight(110)
        self.tools.itemChanged.connect(self._tool_item_changed)
        layout.addWidget(self.tools, 2)
        self.detail = self._label("mcp-detail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)

        loop = QGroupBox(translate("ToolsPage", "Tool use in an answer"))
        form = QFormLayout(loop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.round_limit = QSpinBox()
        self.round_limit.setObjectName("tool-round-limit")
        self.round_limit.setRange(1, 500)
        self.round_limit.setValue(settings.tool_round_limit)
        self.round_limit.setToolTip(
            translate("ToolsPage", "How many times the model may call tools before it must answer")
        )
        form.addRow(translate("ToolsPage", "Tool rounds per answer, at most:"), self.round_limit)
        self.tool_timeout = QSpinBox()
        self.tool_timeout.setObjectName("tool-timeout")
        self.tool_timeout.setRange(1, 3600)
        self.tool_timeout.setSuffix(translate("ToolsPage", " s"))
        self.tool_timeout.setValue(int(settings.tool_timeout))
        self.tool_timeout.setToolTip(
            translate("ToolsPage", "A call that takes longer is stopped and reported to the model")
        )
        form.addRow(translate("ToolsPage", "Time limit per tool call:"), self.tool_timeout)
        layout.addWidget(loop)

        folder_row = QHBoxLayout()
        self.where = self._label("settings-note")
        self.where.setText(
            translate("ToolsPage", "Servers are kept in {path}; changes are saved at once.").format(
                path=str(services.path)
            )
        )
        folder_row.addWidget(self.where, 1)
        self.open_folder = self._button(
            "mcp-open-folder",
            translate("ToolsPage", "Open folder"),
            lambda: services.open_folder(services.path.parent),
        )
        folder_row.addWidget(self.open_folder)
        layout.addLayout(folder_row)
        self._update_buttons()

    # -- small builders ----------------------------------------------------------------

    def _label(self, name: str) -> QLabel:
        label = plain(QLabel())
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def _run(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        task = self._services.spawn(coro, name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def wait_idle(self) -> None:
        """Wait until every write and Test started here has ended (for tests and closing)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def stop(self) -> None:
        """Cancel running Tests (their servers are stopped); writes finish on their own."""
        self._stopped = True  # the page is going away: the Tests' ends do not touch it
        for task in list(self._tasks):
            if task.get_name().startswith("mcp-test"):
                task.cancel()

    # -- loading and writing -----------------------------------------------------------

    def start(self) -> None:
        """Read mcp.json in the background and fill the page."""
        self._run(self.load(), "mcp-read")

    async def load(self) -> None:
        self.file = await asyncio.to_thread(read_file, self._services.path)
        self.loaded = True
        self._fill()

    def loop_settings(self, settings: Settings) -> Settings:
        """``settings`` with the tool-loop limits from this page."""
        return dataclasses.replace(
            settings,
            tool_round_limit=self.round_limit.value(),
            tool_timeout=float(self.tool_timeout.value()),
        )

    async def _write(self, note: str = "") -> bool:
        """Write the list as it is now; on failure, say why and show the file as it is."""
        async with self._write_lock:
            data = document_bytes(self.file.config)
            try:
                await asyncio.to_thread(write_file, self.file, data)
            except McpConfigError as exc:
                await self.load()
                self._say(str(exc), error=True)
                return False
            except OSError as exc:
                await self.load()
                self._say(
                    translate("ToolsPage", "mcp.json could not be saved: {error}").format(
                        error=exc.strerror or exc
                    ),
                    error=True,
                )
                return False
        # A copy as written: the page keeps editing its own, and the receiver compares them.
        self._services.changed(parse_config(data.decode("utf-8"), str(self.file.path)))
        if note:
            self._say(note)
        return True

    def _say(self, text: str, error: bool = False) -> None:
        if self._stopped:
            return  # Settings closed meanwhile: its widgets are gone
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    # -- the lists ---------------------------------------------------------------------

    def selected_name(self) -> str:
        item = self.servers.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _server_items(self) -> list[QTreeWidgetItem]:
        items = (self.servers.topLevelItem(i) for i in range(self.servers.topLevelItemCount()))
        return [item for item in items if item is not None]

    def select(self, name: str) -> None:
        if self._stopped:
            return  # Settings closed meanwhile: its widgets are gone
        for item in self._server_items():
            if item.data(0, Qt.ItemDataRole.UserRole) == name:
                self.servers.setCurrentItem(item)
                return

    def _status(self, name: str) -> str:
        config = self.file.config
        if name in config.invalid:
            return translate("ToolsPage", "Not valid: {reason}").format(
                reason=config.invalid[name][1]
            )
        state = self.tests.get(name, ServerCheck())
        if state.running:
            return translate("ToolsPage", "Testing…")
        if state.problem:
            return translate("ToolsPage", "Failed to start")
        if state.tools is not None:
            prefix = translate("ToolsPage", "Off") + " · " if config.servers[name].disabled else ""
            return prefix + translate("ToolsPage", "{count} tools").format(count=len(state.tools))
        if config.servers[name].disabled:
            return translate("ToolsPage", "Off")
        return translate("ToolsPage", "Not tested yet")

    def _fill(self) -> None:
        """Show the file: its servers, or its error (then nothing can be changed)."""
        if self._stopped:
            return  # Settings closed meanwhile: its widgets are gone
        keep = self.selected_name()
        self._filling = True
        try:
            self.servers.clear()
            broken = self.file.error
            self.broken_box.setVisible(broken is not None)
            if broken is not None:
                self.broken_text.setText(
                    translate(
                        "ToolsPage",
                        "mcp.json cannot be used, so no tools are offered, and the app will not "
                        "change it until it is fixed:\n{error}",
                    ).format(error=str(broken))
                )
            config = self.file.config
            for name in config.order:
                item = QTreeWidgetItem()
                item.setData(0, Qt.ItemDataRole.UserRole, name)
                item.setText(0, name)
                server = config.servers.get(name)
                item.setText(1, transport_label(server) if server is not None else "")
                status = self._status(name)
                item.setText(2, status)
                item.setToolTip(0, plain_tooltip(name))
                item.setToolTip(2, plain_tooltip(status))
                if server is not None:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        0, Qt.CheckState.Unchecked if server.disabled else Qt.CheckState.Checked
                    )
                self.servers.addTopLevelItem(item)
        finally:
            self._filling = False
        if keep:
            self.select(keep)
        items = self._server_items()
        if self.servers.currentItem() is None and items:
            self.servers.setCurrentItem(items[0])
        self._show_selected()

    def _show_selected(self) -> None:
        if self._stopped:
            return  # Settings closed meanwhile: its widgets are gone
        name = self.selected_name()
        server = self.file.config.servers.get(name)
        state = self.tests.get(name, ServerCheck())
        self._filling = True
        try:
            self.tools.clear()
            if not name:
                self.tools_title.setText(
                    translate(
                        "ToolsPage",
                        "No tool servers yet: add one, paste JSON, or "
                        "import them from Claude Desktop.",
                    )
                    if self.loaded and not self.file.broken
                    else ""
                )
                self.detail.setText("")
            elif server is None:
                self.tools_title.setText(
                    translate("ToolsPage", "Tools of {name}").format(name=name)
                )
                self.detail.setText(self._status(name))
            else:
                self.tools_title.setText(
                    translate("ToolsPage", "Tools of {name}").format(name=name)
                )
                for tool in state.tools or []:
                    self.tools.addTopLevelItem(self._tool_item(server, tool))
                if state.running:
                    self.detail.setText(
                        translate("ToolsPage", "Starting {name} and asking for its tools…").format(
                            name=name
                        )
                    )
                elif state.problem:
                    self.detail.setText(state.problem)
                elif state.tools is None:
                    self.detail.setText(
                        translate("ToolsPage", "Press Test to start the server and list its tools.")
                    )
                elif not state.tools:
                    self.detail.setText(translate("ToolsPage", "The server offers no tools."))
                else:
                    self.detail.setText("")
            self.detail.setProperty("error", bool(state.problem))
            self.detail.style().unpolish(self.detail)
            self.detail.style().polish(self.detail)
        finally:
            self._filling = False
        self._update_buttons()

    def _tool_item(self, server: ServerConfig, tool: ToolInfo) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, Qt.ItemDataRole.UserRole, tool.name)
        item.setText(0, tool.name)
        item.setToolTip(0, plain_tooltip(tool.title or tool.name))
        description = tool.description.strip()
        item.setText(3, description.splitlines()[0] if description else "")
        item.setToolTip(3, plain_tooltip(description))
        editable = not self.file.broken
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        on = server.tool_enabled(tool.name)
        item.setCheckState(1, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        always = tool.name in server.always_allow
        item.setCheckState(2, Qt.CheckState.Checked if always else Qt.CheckState.Unchecked)
        item.setText(1, "")
        return item

    def _update_buttons(self) -> None:
        usable = self.loaded and not self.file.broken
        name = self.selected_name()
        server = self.file.config.servers.get(name)
        testing = self.tests.get(name, ServerCheck()).running
        for button in (self.add_button, self.paste_button, self.import_button, self.preset_button):
            button.setEnabled(usable)
        self.edit_button.setEnabled(usable and server is not None)
        self.remove_button.setEnabled(usable and bool(name))
        self.test_button.setEnabled(usable and server is not None and not testing)
        self.servers.setEnabled(not self.file.broken)
        self.tools.setEnabled(not self.file.broken)

    # -- toggles -----------------------------------------------------------------------

    def _server_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or self.file.broken:
            return
        server = self.file.config.servers.get(str(item.data(0, Qt.ItemDataRole.UserRole)))
        if server is None:
            return
        disabled = item.checkState(0) != Qt.CheckState.Checked
        if disabled == server.disabled:
            return
        server.disabled = disabled
        self._run(self._write(), "mcp-write")
        self._refresh_statuses()

    def _tool_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column not in (1, 2) or self.file.broken:
            return
        server = self.file.config.servers.get(self.selected_name())
        if server is None:
            return
        tool = str(item.data(0, Qt.ItemDataRole.UserRole))
        checked = item.checkState(column) == Qt.CheckState.Checked
        if column == 1:
            set_tool_enabled(server, tool, checked)
        else:
            set_always_allow(server, tool, checked)
        self._run(self._write(), "mcp-write")

    def _refresh_statuses(self) -> None:
        if self._stopped:
            return  # Settings closed meanwhile: its widgets are gone
        self._filling = True
        try:
            for item in self._server_items():
                status = self._status(str(item.data(0, Qt.ItemDataRole.UserRole)))
                item.setText(2, status)
                item.setToolTip(2, plain_tooltip(status))
        finally:
            self._filling = False

    # -- add, edit, remove -------------------------------------------------------------

    def _keyring_keeps(self) -> bool:
        return bool(self._services.store.persistent)

    def add_server(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        server = self.file.config.servers.get(self.selected_name())
        if server is not None and not self.file.broken:
            self._open_editor(server)

    def _open_editor(self, server: ServerConfig | None) -> None:
        from gui.ui.widgets.server_editor import ServerEditor

        taken = set(self.file.config.order) - ({server.name} if server is not None else set())
        editor = ServerEditor(server, taken, self._keyring_keeps(), self)
        self.editor = editor

        def done(result: int) -> None:
            edited = editor.result_server
            if result == QDialog.DialogCode.Accepted and edited is not None:
                secrets = editor.secrets_to_move(edited)
                old = server.name if server is not None else ""
                self._run(self._save_edited(old, edited, secrets), "mcp-write")
            editor.deleteLater()

        editor.finished.connect(done)
        editor.open()

    async def _save_edited(
        self, old_name: str, server: ServerConfig, secrets: list[PlainSecret]
    ) -> None:
        note = ""
        if secrets:
            note = await self._to_keyring(server, secrets)
        if old_name and old_name != server.name:
            self.tests.pop(old_name, None)
        else:
            self.tests.pop(server.name, None)  # its settings changed: test it again
        replace_server(self.file.config, old_name, server)
        if await self._write(note):
            self._fill()
            self.select(server.name)

    async def _to_keyring(self, server: ServerConfig, secrets: list[PlainSecret]) -> str:
        """Move ``secrets`` into the store (what failed stays plain); a note for the user."""
        try:
            await asyncio.to_thread(move_to_keyring, server, secrets, self._services.store)
        except SecretStoreError as exc:
            return translate(
                "ToolsPage", "Some secret values stay in mcp.json as plain text: {error}"
            ).format(error=str(exc))
        return ""

    def remove_selected(self) -> None:
        name = self.selected_name()
        if not name or self.file.broken:
            return
        box = QMessageBox(self)
        box.setObjectName("confirm-remove-server")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ToolsPage", "Remove tool server"))
        box.setText(translate("ToolsPage", "Remove “{name}”?").format(name=name))
        box.setInformativeText(
            translate(
                "ToolsPage",
                "Its entry is deleted from mcp.json and its secrets from the keyring.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        remove = box.addButton(
            translate("ToolsPage", "Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        plain(box)

        def done(_result: int) -> None:
            if box.clickedButton() is remove:
                self._run(self._remove(name), "mcp-write")
            box.deleteLater()

        box.finished.connect(done)
        box.open()

    async def _remove(self, name: str) -> None:
        server = self.file.config.servers.get(name)
        self.file.config.remove(name)
        self.tests.pop(name, None)
        if await self._write() and server is not None:
            try:
                await asyncio.to_thread(forget, server, self._services.store)
            except SecretStoreError as exc:
                log.warning("could not delete the secrets of a removed server: %s", exc)
        self._fill()

    # -- paste, import, preset ---------------------------------------------------------

    def paste_json(self) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("mcp-paste-dialog")
        dialog.setWindowTitle(translate("ToolsPage", "Paste MCP servers"))
        dialog.setMinimumWidth(520)
        layout = QVBoxLayout(dialog)
        hint = self._label("settings-note")
        hint.setText(
            translate(
                "ToolsPage",
                'Paste a server\'s published snippet: {"mcpServers": {…}}, a {"name": {…}} map, '
                "or one server object.",
            )
        )
        layout.addWidget(hint)
        edit = QPlainTextEdit()
        edit.setObjectName("mcp-paste-text")
        edit.setTabChangesFocus(True)
        layout.addWidget(edit, 1)
        problem = self._label("editor-problem")
        problem.hide()
        layout.addWidget(problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(buttons)
        self.paste_dialog = dialog

        def accept() -> None:
            try:
                servers = parse_snippet(edit.toPlainText())
            except McpConfigError as exc:
                problem.setText(str(exc))
                problem.show()
                return
            dialog.accept()
            self._run(self._add_servers(servers), "mcp-write")

        buttons.accepted.connect(accept)
        buttons.rejected.connect(dialog.reject)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    async def _add_servers(self, servers: list[ServerConfig], source: str = "") -> list[str]:
        """Add servers (renamed where taken); their secret values go to the keyring."""
        if self.file.broken:
            return []
        added = merge_servers(self.file.config, servers)
        notes = []
        if self._keyring_keeps():
            for server in servers:
                typed, _kept = split_plain_secrets(None, server)
                if typed:
                    note = await self._to_keyring(server, typed)
                    if note:
                        notes.append(note)
        text = (
            translate("ToolsPage", "Added from {source}: {names}.")
            if source
            else translate("ToolsPage", "Added: {names}.")
        ).format(source=source, names=", ".join(added))
        if await self._write(" ".join([text, *notes])):
            self._fill()
            if added:
                self.select(added[-1])
        return added

    def import_claude(self) -> None:
        self._run(self._import_claude(), "mcp-write")

    async def _import_claude(self) -> None:
        path = self._services.claude_config
        exists = await asyncio.to_thread(path.exists)
        if not exists:
            self._say(
                translate(
                    "ToolsPage", "No Claude Desktop configuration was found at {path}."
                ).format(path=str(path)),
                error=True,
            )
            return
        try:
            servers = await asyncio.to_thread(import_claude_desktop, path)
        except McpConfigError as exc:
            self._say(str(exc), error=True)
            return
        if not servers:
            self._say(
                translate("ToolsPage", "Claude Desktop has no MCP servers configured ({path}).")
                .format(path=str(path)),
                error=True,
            )  # fmt: skip
            return
        await self._add_servers(servers, translate("ToolsPage", "Claude Desktop"))

    def add_preset(self) -> None:
        self._run(self._add_preset(), "mcp-write")

    async def _add_preset(self) -> None:
        existing = next(
            (s.name for s in self.file.config.servers.values() if s.preset == PRESET_ID), None
        )
        if existing is None:
            added = await self._add_servers([preset_server()])
            if not added:
                return
        else:
            self.select(existing)
        try:
            await asyncio.to_thread(check_launcher, self._services.environ.get("PATH"))
        except PresetUnavailable as exc:
            self._say(str(exc), error=True)
            return
        if existing is not None:
            self._say(translate("ToolsPage", "MiniMax's tools are already in the list."))

    # -- Test ----------------------------------------------------------------------------

    def test_selected(self) -> None:
        name = self.selected_name()
        if name in self.file.config.servers and not self.tests.get(name, ServerCheck()).running:
            self._run(self.test(name), f"mcp-test:{name}")

    async def test(self, name: str) -> None:
        """Start the server on its own (not the chats' session), list its tools, stop it."""
        from gui.core.tools.sessions import ToolHost  # the MCP SDK loads on first use

        server = copy_server(self.file.config.servers[name])
        state = ServerCheck(running=True)
        self.tests[name] = state
        self._refresh_statuses()
        self._show_selected()
        store = self._services.store
        access = await self._services.minimax_access() if server.preset == PRESET_ID else None

        def prepare(config: ServerConfig) -> Launch:
            return prepare_launch(config, store, access)

        config = McpConfig()
        config.put(server)
        host = ToolHost(config, prepare)
        try:
            state.tools = await host.session(name).list_tools()
        except ToolServerError as exc:
            state.problem = str(exc)
        except Exception as exc:  # the page must always leave its busy state
            log.exception("testing MCP server %s failed", name)
            state.problem = translate("ToolsPage", "The test failed: {error}").format(
                error=type(exc).__name__
            )
        finally:
            state.running = False
            await host.aclose()
            if self.tests.get(name) is state:
                self._refresh_statuses()
                self._show_selected()
