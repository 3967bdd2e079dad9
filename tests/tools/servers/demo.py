"""A real MCP server for the tool tests: stdio by default, Streamable HTTP with --http."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import sys
import time

from mcp.server import MCPServer
from mcp.server.mcpserver import Image
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations

# The smallest valid PNG (1x1, transparent).
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)

app = MCPServer("demo")


@app.tool(annotations=ToolAnnotations(read_only_hint=True))
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


@app.tool()
def ping() -> str:
    """Answer pong (a tool without arguments)."""
    return "pong"


@app.tool()
def environment() -> str:
    """The server's environment as a JSON object."""
    return json.dumps(dict(os.environ))


@app.tool()
def pid() -> int:
    """The server's process id."""
    return os.getpid()


@app.tool()
async def sleep(seconds: float) -> str:
    """Wait, then answer."""
    await asyncio.sleep(seconds)
    return f"slept {seconds}"


@app.tool(annotations=ToolAnnotations(destructive_hint=True))
def crash() -> str:
    """Exit the server process at once."""
    os._exit(3)


@app.tool()
def fail(why: str) -> str:
    """Raise an error the model can read."""
    raise ToolError(why)


@app.tool(structured_output=False)
def picture() -> list[object]:
    """A caption and a tiny PNG."""
    return ["a dot", Image(data=PNG, format="png")]


@app.tool()
def grow() -> str:
    """Add a tool named "extra" while running."""

    def extra() -> str:
        """A tool added at run time."""
        return "extra"

    app.add_tool(extra)
    return "grown"


def serve_http(token: str | None, sse: bool) -> None:
    """Serve Streamable HTTP (or SSE) on an ephemeral loopback port; print the port first."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    inner = app.sse_app() if sse else app.streamable_http_app()

    async def guarded(scope, receive, send):  # type: ignore[no-untyped-def]
        if token is not None and scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            if headers.get(b"authorization") != f"Bearer {token}".encode():
                await send({"type": "http.response.start", "status": 401, "headers": []})
                await send({"type": "http.response.body", "body": b"unauthorized"})
                return
        await inner(scope, receive, send)

    config = uvicorn.Config(guarded, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    # Listen before telling the port: a client that connects while uvicorn is still starting
    # (a busy machine) then waits in the backlog instead of being refused.
    sock.listen(128)
    print(sock.getsockname()[1], flush=True)
    server.run(sockets=[sock])


def main() -> None:
    args = sys.argv[1:]
    if "--exit" in args:
        print("demo: cannot start: missing DEMO_SETTING", file=sys.stderr, flush=True)
        sys.exit(2)
    if "--hang" in args:
        time.sleep(3600)
    if "--slow-start" in args:
        time.sleep(1.5)
    if "--http" in args or "--sse" in args:
        token = args[args.index("--token") + 1] if "--token" in args else None
        serve_http(token, "--sse" in args)
        return
    app.run()


if __name__ == "__main__":
    main()
