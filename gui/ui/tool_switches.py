"""Connects the Tools button to the open chat's tool choice and the app's tool servers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from gui.core.conversation import ToolChoice
from gui.ui.widgets.tools_menu import ServerTools, ToolsButton

if TYPE_CHECKING:
    from gui.core.tools.service import ToolService
    from gui.ui.aio import BackgroundTasks
    from gui.ui.controller import ChatController

log = logging.getLogger(__name__)


class ToolSwitches:
    """The Tools button's data: servers from mcp.json, tools once the servers listed them."""

    def __init__(
        self,
        button: ToolsButton,
        controller: ChatController,
        tasks: BackgroundTasks,
        current: Callable[[], str | None],
    ) -> None:
        self.button = button
        self._controller = controller
        self._tasks = tasks
        self._current = current
        self.listed: dict[str, list[str]] = {}  # server → its tool names, once listed
        button.servers = self.servers
        button.choice_changed.connect(self._on_choice)
        button.list_requested.connect(self.list_tools)

    @property
    def service(self) -> ToolService | None:
        return self._controller.tools

    def servers(self) -> list[ServerTools]:
        service = self.service
        if service is None:
            return []
        try:
            config = service.config()
        except Exception as exc:  # a broken mcp.json: Settings → Tools says why
            log.info("tool servers not listed: %s", type(exc).__name__)
            return []
        return [ServerTools(s.name, self.listed.get(s.name)) for s in config.enabled()]

    def show_chat(self, conversation_id: str | None) -> None:
        conv = self._controller.get(conversation_id or "")
        self.button.set_choice(conv.tools if conv is not None else ToolChoice())

    def _on_choice(self, choice: ToolChoice) -> None:
        conversation_id = self._current()
        if conversation_id is not None:
            self._controller.set_tool_choice(conversation_id, choice)

    def list_tools(self) -> None:
        self._tasks.spawn(self._list(), name="list-tools")

    async def _list(self) -> None:
        service = self.service
        if service is None:
            return
        catalog, _problems = await service.catalog(ToolChoice())
        listed: dict[str, list[str]] = {}
        for info in catalog.by_name.values():
            listed.setdefault(info.server, []).append(info.name)
        self.listed = listed
        if self.button.menu_.isVisible():
            self.button.fill()  # an open menu shows them at once; else the next opening
