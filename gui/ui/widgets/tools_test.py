"""The Tools page's Test: start one server on its own, list its tools, stop it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from gui.core.i18n import translate
from gui.core.tools.config import McpConfig, ServerConfig
from gui.core.tools.editing import copy_server
from gui.core.tools.launch import Launch, prepare_launch
from gui.core.tools.preset import PRESET_ID
from gui.core.tools.toolinfo import ToolServerError
from gui.ui.widgets.tools_services import ServerCheck, ToolsServices

if TYPE_CHECKING:
    from gui.ui.widgets.tools_page import ToolsPage

log = logging.getLogger(__name__)


class ServerTester:
    """Runs a server's Test and keeps its result in ``page.tests`` for the lists to show."""

    def __init__(self, page: ToolsPage, services: ToolsServices) -> None:
        self._page = page
        self._services = services

    def test_selected(self) -> None:
        page = self._page
        name = page.selected_name()
        if name in page.file.config.servers and not page.tests.get(name, ServerCheck()).running:
            page._run(self.test(name), f"mcp-test:{name}")

    async def test(self, name: str) -> None:
        """Start the server on its own (not the chats' session), list its tools, stop it."""
        from gui.core.tools.sessions import ToolHost  # the MCP SDK loads on first use

        server = copy_server(self._page.file.config.servers[name])
        state = ServerCheck(running=True)
        self._page.tests[name] = state
        self._page._refresh_statuses()
        self._page._show_selected()
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
            if self._page.tests.get(name) is state:
                self._page._refresh_statuses()
                self._page._show_selected()
