"""The "Tools" button by the composer: this chat's servers and tools, each switched on or off."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from gui.core.conversation import ToolChoice
from gui.core.i18n import translate
from gui.ui.plain_text import shown_line


@dataclass(frozen=True, slots=True)
class ServerTools:
    """One enabled server of mcp.json and its tools (None: not listed yet)."""

    name: str
    tools: list[str] | None = field(default=None)


def menu_text(text: str) -> str:
    """Outside text as a menu entry: one line (``shown_line``), and "&" is shown, not taken
    as a shortcut marker."""
    return shown_line(text).replace("&", "&&")


class ToolsButton(QToolButton):
    """Lists the configured servers and their tools with check marks for the open chat.

    ``servers`` gives what to list when the menu opens; each change is a new ``ToolChoice``
    sent with ``choice_changed``. "List the tools" asks the owner to start the servers.

    Signals:
        choice_changed(object): the chat's new ``ToolChoice``.
        list_requested(): the user wants each server's tools listed (starts them).
        settings_requested(): open Settings (to add servers).
    """

    choice_changed = Signal(object)
    list_requested = Signal()
    settings_requested = Signal()

    def __init__(
        self, servers: Callable[[], list[ServerTools]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.servers = servers
        self.choice = ToolChoice()
        self.setObjectName("tools-button")
        self.setText(translate("ToolsMenu", "Tools"))
        self.setToolTip(translate("ToolsMenu", "Which tools MiniMax may use in this chat"))
        self.setAccessibleName(translate("ToolsMenu", "Tools for this chat"))
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("tools-menu")
        self.menu_.aboutToShow.connect(self.fill)
        self.setMenu(self.menu_)

    def set_choice(self, choice: ToolChoice) -> None:
        """The open chat's choice (when another chat opens)."""
        self.choice = ToolChoice(list(choice.disabled_servers), list(choice.disabled_tools))
        self._update_text()

    def _update_text(self) -> None:
        off = len(self.choice.disabled_servers) + len(self.choice.disabled_tools)
        self.setText(
            translate("ToolsMenu", "Tools (some off)") if off else translate("ToolsMenu", "Tools")
        )

    def fill(self) -> None:
        """Rebuild the menu from the servers as they are now."""
        menu = self.menu_
        menu.clear()
        servers = self.servers()
        if not servers:
            empty = menu.addAction(translate("ToolsMenu", "No tool servers are set up."))
            empty.setEnabled(False)
            menu.addAction(
                translate("ToolsMenu", "Add servers in Settings…"), self.settings_requested.emit
            )
            return
        unlisted = False
        for server in servers:
            on = self.choice.server_enabled(server.name)
            action = menu.addAction(menu_text(server.name))
            action.setObjectName(f"server:{server.name}")
            action.setCheckable(True)
            action.setChecked(on)
            action.toggled.connect(lambda checked, s=server.name: self.set_server(s, checked))
            if server.tools is None:
                unlisted = True
                continue
            for tool in server.tools:
                item = menu.addAction("    " + menu_text(tool))
                item.setObjectName(f"tool:{server.name}/{tool}")
                item.setCheckable(True)
                item.setChecked(self.choice.tool_enabled(server.name, tool))
                item.setEnabled(on)
                item.toggled.connect(
                    lambda checked, s=server.name, t=tool: self.set_tool(s, t, checked)
                )
        menu.addSeparator()
        if unlisted:
            menu.addAction(
                translate("ToolsMenu", "List each server's tools (starts the servers)"),
                self.list_requested.emit,
            )
        menu.addAction(translate("ToolsMenu", "Tool settings…"), self.settings_requested.emit)

    def set_server(self, server: str, on: bool) -> None:
        servers = [s for s in self.choice.disabled_servers if s != server]
        if not on:
            servers.append(server)
        self._change(ToolChoice(servers, list(self.choice.disabled_tools)))

    def set_tool(self, server: str, tool: str, on: bool) -> None:
        key = f"{server}/{tool}"
        tools = [t for t in self.choice.disabled_tools if t != key]
        if not on:
            tools.append(key)
        self._change(ToolChoice(list(self.choice.disabled_servers), tools))

    def _change(self, choice: ToolChoice) -> None:
        self.choice = choice
        self._update_text()
        self.choice_changed.emit(choice)
