"""The app's tools: mcp.json read when needed, one lazily created ToolHost, "always allow" saved."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gui.core.tools.config import (
    McpConfig,
    McpConfigError,
    ServerConfig,
    config_path,
    launch_fields,
    load_config,
    save_config,
)

if TYPE_CHECKING:
    # The catalog and launch code load when a chat first offers tools.
    from gui.core.conversation import ToolChoice
    from gui.core.secrets import SecretStore
    from gui.core.tools.catalog import Catalog
    from gui.core.tools.launch import Launch
    from gui.core.tools.preset import MiniMaxAccess
    from gui.core.tools.toolinfo import ToolInfo, ToolResult

log = logging.getLogger(__name__)

# A server that failed to start is not tried again for this long when a chat lists its
# tools: one broken server must not delay every message by its start timeout. What it was
# started with is kept too: once that changes (its entry edited, a MiniMax key added for
# the preset), the failure says nothing about the next try, which happens at once.
RETRY_AFTER = 120.0


@dataclass(frozen=True, slots=True)
class _Failure:
    at: float = field(compare=False)  # two failures are equal when started alike
    launch: tuple[Any, ...] | None  # launch_fields of the server as it failed
    access: MiniMaxAccess | None  # what the preset had (None for other servers)


class ToolService:
    """Owns the one ToolHost of the app (no mcp import and no server before first use).

    Args:
        data_dir: where mcp.json lives.
        secrets: the store ``${keyring:…}`` references are read from.
        minimax: the key in use and its region's URL, for the MiniMax preset (async).
        clock: monotonic seconds (tests).
    """

    def __init__(
        self,
        data_dir: Path,
        secrets: Callable[[], SecretStore | None],
        minimax: Callable[[], Awaitable[MiniMaxAccess | None]],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = config_path(data_dir)
        self._secrets = secrets
        self._minimax = minimax
        self._clock = clock
        self._access: MiniMaxAccess | None = None
        self._host: Any = None  # ToolHost, imported on first use
        self._config = McpConfig()
        self._stamp: tuple[int, int] | None = None
        self._failed: dict[str, _Failure] = {}

    @property
    def started(self) -> bool:
        return self._host is not None

    def config(self) -> McpConfig:
        """The server list, re-read when mcp.json changed. Raises McpConfigError."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            self._config, self._stamp = McpConfig(), None
            return self._config
        stamp = (info.st_mtime_ns, info.st_size)
        if stamp != self._stamp:
            self._config = load_config(self.path)
            self._stamp = stamp
        return self._config

    def _prepare(self, server: Any) -> Launch:
        from gui.core.tools.launch import prepare_launch

        return prepare_launch(server, self._secrets(), self._access)

    async def _ensure_host(self, config: McpConfig) -> Any:
        if self._host is None:
            from gui.core.tools.sessions import ToolHost

            self._host = ToolHost(config, self._prepare)
        elif self._host.config is not config:
            await self._host.apply(config)
        return self._host

    async def catalog(self, choice: ToolChoice) -> tuple[Catalog, list[str]]:
        """What a chat offers: the tools of its enabled servers, and each problem met.

        Starts the servers it needs that are not running (concurrently).
        """
        from gui.core.tools.catalog import Catalog, build_catalog

        try:
            config = await asyncio.to_thread(self.config)
        except McpConfigError as exc:
            return Catalog(), [str(exc)]
        problems = list(config.problems)
        wanted = [s.name for s in config.enabled() if choice.server_enabled(s.name)]
        if any(config.servers[n].preset for n in wanted):
            self._access = await self._minimax()
        wanted = [n for n in wanted if self._worth_trying(config.servers[n])]
        if not wanted:
            return Catalog(), problems
        host = await self._ensure_host(config)
        from gui.core.tools.toolinfo import ToolServerError

        listed = await asyncio.gather(
            *(host.session(n).list_tools() for n in wanted), return_exceptions=True
        )
        tools: list[ToolInfo] = []
        for name, result in zip(wanted, listed, strict=True):
            if isinstance(result, ToolServerError):
                self._failed[name] = self._failure(config.servers[name])
                problems.append(str(result))
            elif isinstance(result, BaseException):
                raise result
            else:
                self._failed.pop(name, None)
                tools.extend(t for t in result if choice.tool_enabled(t.server, t.name))
        return build_catalog(tools, config), problems

    def _failure(self, server: ServerConfig) -> _Failure:
        access = self._access if server.preset else None
        return _Failure(self._clock(), launch_fields(server), access)

    def _worth_trying(self, server: ServerConfig) -> bool:
        failed = self._failed.get(server.name)
        if failed is None or self._clock() - failed.at >= RETRY_AFTER:
            return True
        return self._failure(server) != failed  # what it would start with has changed

    async def call(
        self, server: str, tool: str, arguments: dict[str, Any], time_limit: float
    ) -> ToolResult:
        from gui.core.tools.toolinfo import ToolServerError

        if self._host is None:
            raise ToolServerError(f'The tool server "{server}" is not running.')
        result: ToolResult = await self._host.call_tool(server, tool, arguments, time_limit)
        return result

    def always_allowed(self, server: str, tool: str) -> bool:
        entry = self._config.servers.get(server)
        return entry is not None and tool in entry.always_allow

    async def allow_always(self, server: str, tool: str) -> None:
        """Add ``tool`` to its server's ``alwaysAllow`` in mcp.json (and in memory at once).

        Raises McpConfigError (the file is broken) or OSError; memory is updated anyway,
        so this app run does not ask again.
        """
        entry = self._config.servers.get(server)
        if entry is not None and tool not in entry.always_allow:
            entry.always_allow.append(tool)  # the host shares this object: no restart

        def write() -> None:
            fresh = load_config(self.path)
            saved = fresh.servers.get(server)
            if saved is None or tool in saved.always_allow:
                return
            saved.always_allow.append(tool)
            save_config(self.path, fresh)
            info = self.path.stat()
            self._stamp = (info.st_mtime_ns, info.st_size)  # our own write: nothing to reload

        await asyncio.to_thread(write)

    async def aclose(self) -> None:
        """Stop every server (their child processes end)."""
        host, self._host = self._host, None
        if host is not None:
            await host.aclose()
