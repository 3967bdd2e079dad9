"""MCP tool sessions on the app's qasync loop: start, call, time out, close (no orphan)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from gui.core.tools.config import McpConfig
from gui.core.tools.launch import prepare_launch
from gui.core.tools.sessions import ToolHost
from tests.tools.conftest import stdio_server
from tests.tools.test_sessions import needs_proc, wait_gone


@needs_proc
def test_stdio_server_on_qasync(arun: Callable[..., Any]) -> None:
    config = McpConfig()
    config.put(stdio_server())
    host = ToolHost(config, prepare_launch)

    async def scenario() -> tuple[str, int, bool]:
        try:
            added = await host.call_tool("demo", "add", {"a": 2, "b": 40})
            pid = int((await host.call_tool("demo", "pid", {})).text)
            with pytest.raises(TimeoutError):
                await host.call_tool("demo", "sleep", {"seconds": 30}, time_limit=0.5)
            same = int((await host.call_tool("demo", "pid", {})).text) == pid
        finally:
            await host.aclose()
        assert await wait_gone(pid)
        return added.text, pid, same

    text, _pid, same = arun(scenario(), timeout=60)
    assert text == "42" and same


def test_cancelling_on_qasync_keeps_the_session(arun: Callable[..., Any]) -> None:
    config = McpConfig()
    config.put(stdio_server())
    host = ToolHost(config, prepare_launch)

    async def scenario() -> str:
        try:
            slow = asyncio.create_task(host.call_tool("demo", "sleep", {"seconds": 30}))
            await asyncio.sleep(0.5)
            slow.cancel()
            with pytest.raises(asyncio.CancelledError):
                await slow
            return (await host.call_tool("demo", "ping", {})).text
        finally:
            await host.aclose()

    assert arun(scenario(), timeout=60) == "pong"
