"""A loopback MiniMax-style server that sends one long reply as fast as it can.

Run as a separate process so its CPU time never counts against the client being
measured. Prints its base URL; after each reply it appends the time of the last
byte (``time.time()``) to the file given with ``--stamp``.
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

from benchmarks.content import math_text, reply_text
from tests.fakes import wire


def build_body(answer_chars: int, delta: int, math: bool = False) -> bytes:
    reasoning = (math_text if math else reply_text)(2_000, seed=3)
    answer = (math_text if math else reply_text)(answer_chars)
    events = wire.split_stream(reasoning, answer, size=delta)
    return wire.sse(events)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=200_000)
    parser.add_argument("--delta", type=int, default=8)
    parser.add_argument("--stamp", type=Path, required=True)
    parser.add_argument("--math", action="store_true", help="a proof full of formulas")
    args = parser.parse_args()
    body = build_body(args.chars, args.delta, args.math)

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
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
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
