"""A parent for the orphan test: starts the demo server via a ToolHost, prints its pid, waits."""

from __future__ import annotations

import asyncio
import sys

from gui.core.tools.config import McpConfig
from gui.core.tools.launch import prepare_launch
from gui.core.tools.sessions import ToolHost
from tests.tools.conftest import stdio_server


async def main() -> None:
    config = McpConfig()
    config.put(stdio_server())
    host = ToolHost(config, prepare_launch)
    print((await host.call_tool("demo", "pid", {})).text, flush=True)
    await asyncio.sleep(3600)  # killed by the test


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
