"""The instance hand-over socket (gui/ui/local_socket.py) with real sockets and a real loop."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from gui.ui.local_socket import LineServer, exchange


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
