"""The Windows hand-over transport (gui/ui/local_pipe.py) over QtNetwork's local socket,
a Unix socket here: the same server and client code, a second launch in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from gui.core.handover import MAX_BYTES, TOO_LONG, decode_reply, encode_reply
from gui.ui.local_pipe import LineServer

ROOT = str(Path(__file__).resolve().parents[2])
SENDER = """
import sys
from PySide6.QtCore import QCoreApplication
from gui.core.handover import MAX_BYTES
from gui.ui.local_pipe import exchange
app = QCoreApplication([])
line = b'{"message": "' + b"x" * (2 * MAX_BYTES) + b'"}\\n'
answer = exchange(sys.argv[1], line, connect_seconds=3, answer_seconds=20, max_bytes=MAX_BYTES)
print(answer.decode() if answer is not None else "no answer")
"""


def test_a_line_over_the_limit_gets_the_refusal_not_silence(qapp: Any, tmp_path: Path) -> None:
    """The running app answers once it has read past the limit, then takes the rest
    unread: closing at once failed the sender's write, and Qt's socket then lost the
    reply waiting for it (about one run in two): "does not answer"."""
    name = str(tmp_path / "pipe")
    seen: list[int] = []

    def answer(line: bytes) -> tuple[bytes, None]:
        seen.append(len(line))
        return encode_reply(TOO_LONG if len(line) > MAX_BYTES else None), None

    server = LineServer(name, answer, max_bytes=MAX_BYTES, idle_ms=20_000)
    assert server.listen(), server.error
    env = {**os.environ, "PYTHONPATH": ROOT, "QT_QPA_PLATFORM": "offscreen"}
    sender = subprocess.Popen(
        [sys.executable, "-c", SENDER, name], env=env, stdout=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while sender.poll() is None and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.002)
    server.close()
    out, _err = sender.communicate(timeout=10)
    assert out.strip() != "no answer"
    assert decode_reply(out.strip().encode()) == TOO_LONG
    assert len(seen) == 1 and seen[0] > MAX_BYTES  # answered once, the rest not read on
