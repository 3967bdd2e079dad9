"""Real MCP servers for the tool tests: the demo server over stdio and over Streamable HTTP."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from gui.core.secrets import MemorySecretStore, SecretStore
from gui.core.tools.config import McpConfig, ServerConfig
from gui.core.tools.launch import Launch, prepare_launch
from gui.core.tools.preset import MiniMaxAccess
from gui.core.tools.sessions import ToolHost

DEMO = Path(__file__).parent / "servers" / "demo.py"
HTTP_TOKEN = "test-token-1234"


def stdio_server(name: str = "demo", *extra: str, **fields: Any) -> ServerConfig:
    """The demo server, run by this Python as a child over stdio."""
    return ServerConfig(name=name, command=sys.executable, args=[str(DEMO), *extra], **fields)


def _serve(*mode: str) -> Iterator[int]:
    """Run the demo server on an ephemeral loopback port; yield the port; stop it after."""
    process = subprocess.Popen(
        [sys.executable, str(DEMO), *mode, "--token", HTTP_TOKEN], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        yield int(process.stdout.readline())
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture(scope="module")
def http_url() -> Iterator[str]:
    """The demo server over Streamable HTTP (a bearer token required)."""
    for port in _serve("--http"):
        yield f"http://127.0.0.1:{port}/mcp"


@pytest.fixture(scope="module")
def sse_url() -> Iterator[str]:
    """The demo server over the older SSE transport (a bearer token required)."""
    for port in _serve("--sse"):
        yield f"http://127.0.0.1:{port}/sse"


MakeHost = Callable[..., ToolHost]


@pytest.fixture
async def make_host() -> AsyncIterator[MakeHost]:
    """A ToolHost over the given servers (real launches); closed after the test."""
    hosts: list[ToolHost] = []

    def make(
        *servers: ServerConfig,
        store: SecretStore | None = None,
        minimax: MiniMaxAccess | None = None,
        **options: float,
    ) -> ToolHost:
        config = McpConfig()
        for server in servers:
            config.put(server)
        secret_store = store if store is not None else MemorySecretStore()

        def prepare(server: ServerConfig) -> Launch:
            return prepare_launch(server, secret_store, minimax)

        host = ToolHost(config, prepare, **options)
        hosts.append(host)
        return host

    yield make
    for host in hosts:
        await host.aclose()
