"""Real MCP servers for the tool tests: the demo server over stdio and over Streamable HTTP."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from gui.core.secrets import MemorySecretStore, SecretStore
from gui.core.tools.config import McpConfig, ServerConfig
from gui.core.tools.launch import Launch, prepare_launch
from gui.core.tools.preset import MiniMaxAccess
from gui.core.tools.sessions import ToolHost

DEMO = Path(__file__).parent / "servers" / "demo.py"
HTTP_TOKEN = "test-token-1234"


def stdio_server(name: str = "demo", *extra: str, **fields: object) -> ServerConfig:
    """The demo server, run by this Python as a child over stdio."""
    return ServerConfig(name=name, command=sys.executable, args=[str(DEMO), *extra], **fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def http_url() -> Iterator[str]:
    """The demo server over Streamable HTTP on an ephemeral loopback port (token required)."""
    process = subprocess.Popen(
        [sys.executable, str(DEMO), "--http", "--token", HTTP_TOKEN],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


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
