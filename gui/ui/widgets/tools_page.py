"""Settings → Tools: the MCP servers of mcp.json, their tools, secrets, and the loop limits."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import translate
from gui.core.settings import Settings
from gui.core.tools.config import (
    McpConfigError,
    ServerConfig,
    parse_config,
)
from gui.core.tools.editing import (
    McpFile,
    document_bytes,
    read_file,
    set_always_allow,
    set_tool_enabled,
    write_file,
)
from gui.core.tools.toolinfo import ToolInfo
from gui.ui.plain_text import plain, plain_tooltip, shown_block, shown_line
from gui.ui.widgets.tools_limits import LoopLimits
from gui.ui.widgets.tools_services import (
    ServerCheck,
    ToolsServices,
    fit_columns,
    transport_label,
    visible_check_boxes,
)
from gui.ui.widgets.tools_sources import ServerSources
from gui.ui.widgets.tools_test import ServerTester

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from gui.ui.widgets.server_editor import ServerEditor

__all__ = ["ServerCheck", "ToolsPage", "ToolsServices", "transport_label"]

log = logging.getLogger(__name__)


class ToolsPage(QWidget):
    """Lists the servers of mcp.json; every change is written at once, atomically.

    A broken file is shown with its error and nothing on the page can change it.
    """

    editor: ServerEditor  # the open server editor, set by its part when it opens one
    paste_dialog: QDialog  # the open Paste JSON dialog, likewise

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
        self._sources = ServerSources(self, services)
        self._tester = ServerTester(self, services)
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
        fit_columns(self.servers, stretch=2)
        visible_check_boxes(self.servers)
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
        fit_columns(self.tools, stretch=3)
        visible_check_boxes(self.tools)
        self.tools.setAccessibleName(translate("ToolsPage", "Tools of the selected server"))
        self.tools.setWordWrap(True)
        self.tools.setMinimumHeight(110)
        self.tools.itemChanged.connect(self._tool_item_changed)
        layout.addWidget(self.tools, 2)
        self.detail = self._label("mcp-detail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)

        self.limits = LoopLimits(settings)
        self.round_limit = self.limits.round_limit
        self.tool_timeout = self.limits.tool_timeout
        layout.addWidget(self.limits)

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
        return self.limits.applied(settings)

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
                    ).format(error=shown_block(str(broken)))
                )
            config = self.file.config
            for name in config.order:
                item = QTreeWidgetItem()
                item.setData(0, Qt.ItemDataRole.UserRole, name)
                item.setText(0, shown_line(name))
                server = config.servers.get(name)
                item.setText(1, transport_label(server) if server is not None else "")
                status = self._status(name)
                item.setText(2, shown_line(status))
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
                    translate("ToolsPage", "Tools of {name}").format(name=shown_line(name))
                )
                self.detail.setText(self._status(name))
            else:
                self.tools_title.setText(
                    translate("ToolsPage", "Tools of {name}").format(name=shown_line(name))
                )
                for tool in state.tools or []:
                    self.tools.addTopLevelItem(self._tool_item(server, tool))
                if state.running:
                    self.detail.setText(
                        translate("ToolsPage", "Starting {name} and asking for its tools…").format(
                            name=shown_line(name)
                        )
                    )
                elif state.problem:
                    self.detail.setText(shown_block(state.problem))
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
        item.setText(0, shown_line(tool.name))
        item.setToolTip(0, plain_tooltip(tool.title or tool.name))
        description = tool.description.strip()
        item.setText(3, shown_line(description.splitlines()[0]) if description else "")
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
                item.setText(2, shown_line(status))
                item.setToolTip(2, plain_tooltip(status))
        finally:
            self._filling = False

    # -- the parts: where servers come from, and their Test ------------------------------

    def add_server(self) -> None:
        self._sources.add_server()

    def edit_selected(self) -> None:
        self._sources.edit_selected()

    def remove_selected(self) -> None:
        self._sources.remove_selected()

    def paste_json(self) -> None:
        self._sources.paste_json()

    def import_claude(self) -> None:
        self._sources.import_claude()

    def add_preset(self) -> None:
        self._sources.add_preset()

    async def _add_servers(self, servers: list[ServerConfig], source: str = "") -> list[str]:
        return await self._sources.add_servers(servers, source)

    def test_selected(self) -> None:
        self._tester.test_selected()

    async def test(self, name: str) -> None:
        """Start the server on its own (not the chats' session), list its tools, stop it."""
        await self._tester.test(name)
