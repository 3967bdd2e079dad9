"""The instance hand-over socket (gui/ui/local_socket.py) with real sockets and a real loop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from gui.ui.local_socket import LineServer, exchange

ROOT = str(Path(__file__).resolve().parents[2])


def test_a_request_whose_sender_gave_up_is_not_carried_out(qapp: Any, tmp_path: Path) -> None:
    """The second launch told its user that nothing was changed: the window must not act."""
    carried_out: list[bytes] = []
    server = LineServer(
        str(tmp_path / "sock"),
        lambda line: (b"ok\n", lambda: carried_out.append(line)),
        max_bytes=1000,
        idle_ms=5000,
    )
    assert server.listen()
    answers: list[bytes | None] = []

    def second_launch() -> None:
        answers.append(
            exchange(
                str(tmp_path / "sock"),
                b"hello\n",
                connect_seconds=1,
                answer_seconds=0.3,
                max_bytes=1000,
            )
        )

    sender = threading.Thread(target=second_launch)
    sender.start()
    QTimer.singleShot(0, lambda: time.sleep(1.0))  # the window is busy past the sender's wait
    deadline = time.monotonic() + 3
    while sender.is_alive() or time.monotonic() < deadline - 1.5:
        qapp.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        qapp.processEvents()
        time.sleep(0.01)
    sender.join()
    server.close()
    assert answers == [None]
    assert carried_out == []


OUT_OF_DESCRIPTORS = """
import json, os, resource, socket, sys, time
from PySide6.QtCore import QCoreApplication
from gui.ui.local_socket import LineServer

app = QCoreApplication([])
tries = []


class Counted(LineServer):
    def _accept(self, *args):
        tries.append(1)
        super()._accept(*args)


server = Counted(sys.argv[1], lambda line: (b"ok\\n", None), max_bytes=100, idle_ms=5000)
assert server.listen()
peer = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
peer.connect(sys.argv[1])  # waits in the listener's backlog, readable to it
peer.sendall(b"hello\\n")
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, 256), hard))
spare = []
try:
    while True:
        spare.append(os.open(os.devnull, os.O_RDONLY))
except OSError:
    pass  # EMFILE: no descriptor left for the listener to accept with
app.processEvents()
resting = not getattr(server, "accepting", True)
for _ in range(50):
    app.processEvents()
full = len(tries)
for fd in spare:
    os.close(fd)
peer.settimeout(20)
answer = b""
deadline = time.monotonic() + 20
while b"\\n" not in answer and time.monotonic() < deadline:
    app.processEvents()
    try:
        peer.settimeout(0.01)
        answer += peer.recv(100)
    except TimeoutError:
        pass
print(json.dumps({"tries": full, "resting": resting, "answer": answer.decode()}))
"""


def test_running_out_of_file_descriptors_pauses_accepting_instead_of_spinning(
    tmp_path: Path,
) -> None:
    """accept() failing with EMFILE leaves the peer waiting and the listener readable: it
    was tried again on every turn of the event loop, a core at 100 %. It rests, then
    accepts once descriptors are free again."""
    env = {**os.environ, "PYTHONPATH": ROOT, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", OUT_OF_DESCRIPTORS, str(tmp_path / "sock")],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["resting"]
    assert seen["tries"] < 10  # 51 turns of the event loop: it tried on each
    assert seen["answer"] == "ok\n"
