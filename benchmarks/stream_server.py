"""A loopback MiniMax-style server that sends one long reply, as fast as it can or paced.

Run as a separate process so its CPU time never counts against the client being
measured. Prints its base URL; after each reply it appends the time of the last
byte (``time.time()``) to the file given with ``--stamp``, and with ``--arrivals`` the
time each request's headers arrived. ``--pace N`` sends N events a second (MiniMax's
real pace is about 30), one event per write. ``--tool-round`` first answers each request
with a call of the demo MCP server's ``add`` tool (after a little reasoning), and sends the
reply once the request carries the tool's result.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.content import markup_text, math_text, reply_text
from tests.fakes import wire


def build_events(
    answer_chars: int,
    delta: int,
    reasoning_chars: int = 2_000,
    math: bool = False,
    markup: bool = False,
) -> list[bytes]:
    """The reply's SSE events, each as the bytes of one write (``math``: a proof full of
    formulas; ``markup``: prose dense with inline Markdown)."""
    text = math_text if math else markup_text if markup else reply_text
    reasoning = text(reasoning_chars, seed=3)
    answer = text(answer_chars)
    return [wire.sse([event]) for event in wire.split_stream(reasoning, answer, size=delta)]


TOOL_CALL_ARGUMENTS = '{"a": 2, "b": 3}'


def tool_call_events(delta: int, reasoning_chars: int) -> list[bytes]:
    """A turn that reasons briefly and then calls ``add``, as M2.7 streams it."""
    reasoning = reply_text(reasoning_chars, seed=5)
    stream = wire.tool_calls_stream([("call-1", "add", TOOL_CALL_ARGUMENTS)], reasoning, size=delta)
    return [wire.sse([event]) for event in stream]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=200_000)
    parser.add_argument("--delta", type=int, default=8)
    parser.add_argument("--reasoning-chars", type=int, default=2_000)
    parser.add_argument("--pace", type=float, default=0.0, help="events a second; 0: no pause")
    parser.add_argument("--stamp", type=Path, required=True)
    parser.add_argument("--arrivals", type=Path)
    parser.add_argument("--math", action="store_true", help="a proof full of formulas")
    parser.add_argument("--tool-round", action="store_true", help="call a tool first")
    parser.add_argument("--markup", action="store_true", help="dense inline Markdown")
    args = parser.parse_args()
    answer = build_events(args.chars, args.delta, args.reasoning_chars, args.math, args.markup)
    call = tool_call_events(args.delta, args.reasoning_chars // 2)
    bodies = {"answer": b"".join(answer), "call": b"".join(call)}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args: Any) -> None:
            pass

        def do_GET(self) -> None:
            payload = json.dumps({"object": "list", "data": []}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_POST(self) -> None:
            if args.arrivals is not None:
                with args.arrivals.open("a") as handle:
                    handle.write(f"{time.time()}\n")
            request = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            messages = request.get("messages") or []
            answered = bool(messages) and messages[-1].get("role") == "tool"
            kind = "call" if args.tool_round and not answered else "answer"
            events, body = (call if kind == "call" else answer), bodies[kind]
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if args.pace:
                started = time.perf_counter()
                for number, event in enumerate(events):
                    delay = started + number / args.pace - time.perf_counter()
                    if delay > 0:
                        time.sleep(delay)
                    self.wfile.write(event)
                    self.wfile.flush()
            else:
                view = memoryview(body)
                for start in range(0, len(body), 65536):
                    self.wfile.write(view[start : start + 65536])
            self.wfile.flush()
            with args.stamp.open("a") as handle:
                handle.write(f"{time.time()}\n")
            self.close_connection = True

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(f"http://127.0.0.1:{server.server_port}/v1", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
