"""A loopback HTTP server that speaks MiniMax's OpenAI-compatible wire format."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.fakes import wire


@dataclass
class Reply:
    """One scripted answer to one request.

    Attributes:
        events: SSE events (dicts are JSON-encoded; strings are sent verbatim after "data: ").
        status: HTTP status; anything but 200 sends ``body`` as JSON.
        body: a JSON body (dict) or raw bytes, sent instead of an SSE stream.
        content_type: override the Content-Type header.
        done: end the stream with ``data: [DONE]``.
        drop_after: close the socket abruptly after this many events (mid-body).
        delay: seconds to wait between events.
        first_byte_delay: seconds to wait before sending the headers.
        hold_open: keep the connection open (sending nothing more) for this long
            after the last event, before ending normally.
        raw_lines: bytes written as-is after the events (malformed lines, huge lines).
    """

    events: list[dict[str, Any] | str] = field(default_factory=list)
    status: int = 200
    body: dict[str, Any] | bytes | None = None
    content_type: str | None = None
    done: bool = False
    drop_after: int | None = None
    delay: float = 0.0
    first_byte_delay: float = 0.0
    hold_open: float = 0.0
    raw_lines: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Received:
    """A request the server saw."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None


class FakeMiniMax:
    """Serve scripted replies on 127.0.0.1; record every request.

    Queue replies with ``push``; when the queue is empty, ``default`` answers.
    ``models`` is served at GET /v1/models (None → 404, like MiniMax in early 2026).
    """

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.default = Reply(events=wire.split_stream("Thinking it over.", "Hello there!"))
        self.models: list[str] | None = None
        self.requests: list[Received] = []
        self.api_key: str | None = None
        self.disconnects = 0
        # Picks a reply from the request body (e.g. by question) when order is not enough.
        self.responder: Callable[[dict[str, Any]], Reply | None] | None = None
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/v1"

    def start(self) -> FakeMiniMax:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def push(self, *replies: Reply) -> None:
        with self._lock:
            self.replies.extend(replies)

    def chat_requests(self) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.path.endswith("/chat/completions") and r.body]

    def _next(self) -> Reply:
        with self._lock:
            return self.replies.popleft() if self.replies else self.default

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _record(self, body: dict[str, Any] | None) -> None:
                fake.requests.append(
                    Received(
                        self.command,
                        self.path,
                        {k.lower(): v for k, v in self.headers.items()},
                        body,
                    )
                )

            def _unauthorised(self) -> bool:
                if fake.api_key is None:
                    return False
                if self.headers.get("Authorization") == f"Bearer {fake.api_key}":
                    return False
                self._json(
                    401,
                    wire.error_envelope(
                        "login fail: Please carry the API secret key in the 'Authorization' "
                        "field of the request header (1004)",
                        "authorized_error",
                        401,
                    ),
                )
                return True

            def _json(
                self,
                status: int,
                data: dict[str, Any] | bytes,
                ctype: str | None = None,
                headers: dict[str, str] | None = None,
            ) -> None:
                payload = data if isinstance(data, bytes) else json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", ctype or "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self) -> None:
                self._record(None)
                if self._unauthorised():
                    return
                if self.path.rstrip("/").endswith("/models") and fake.models is not None:
                    data = [
                        {"id": m, "object": "model", "owned_by": "minimax"} for m in fake.models
                    ]
                    self._json(200, {"object": "list", "data": data})
                else:
                    self._json(404, b"404 page not found", "text/plain")

            def do_POST(self) -> None:
                size = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(size) if size else b""
                try:
                    body = json.loads(raw) if raw else None
                except ValueError:
                    body = None
                self._record(body)
                if self._unauthorised():
                    return
                broken = wire.tool_order_problem((body or {}).get("messages"))
                if broken:
                    self._json(400, wire.error_envelope(broken, "bad_request_error", 400))
                    return
                chosen = fake.responder(body or {}) if fake.responder else None
                reply = chosen or fake._next()
                if reply.first_byte_delay:
                    time.sleep(reply.first_byte_delay)
                if reply.status != 200 or reply.body is not None:
                    self._json(reply.status, reply.body or {}, reply.content_type, reply.headers)
                    return
                self._stream(reply)

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def _stream(self, reply: Reply) -> None:
                self.send_response(200)
                self.send_header("Content-Type", reply.content_type or "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.send_header("Cache-Control", "no-cache")
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.flush()
                try:
                    for count, event in enumerate(reply.events):
                        if reply.drop_after is not None and count >= reply.drop_after:
                            self._drop()
                            return
                        text = event if isinstance(event, str) else json.dumps(event)
                        self._chunk(f"data: {text}\n\n".encode())
                        if reply.delay:
                            time.sleep(reply.delay)
                    if reply.drop_after is not None and reply.drop_after >= len(reply.events):
                        self._drop()
                        return
                    if reply.raw_lines:
                        self._chunk(reply.raw_lines)
                    if reply.done:
                        self._chunk(b"data: [DONE]\n\n")
                    if reply.hold_open:
                        time.sleep(reply.hold_open)
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    fake.disconnects += 1  # the client hung up (Stop): nothing more to send
                self.close_connection = True

            def _drop(self) -> None:
                # Close without the terminating chunk: the client sees a body cut short.
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True

        return Handler
