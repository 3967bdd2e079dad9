"""One-line exchanges over QtNetwork's local socket: a named pipe (Windows).

The same interface as ``gui.ui.local_socket``, which Linux and macOS use instead (Python
has no Unix sockets on Windows, and QtNetwork costs ~3 MB resident where it can be avoided).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from gui.core.line_exchange import Reply, first_line


class LineServer(QObject):
    """Listens on ``name``; answers each peer's first line with ``answer(line)``.

    Only this user may connect. A line longer than ``max_bytes`` is answered as it is (the
    answer refuses it) and the rest of it, to its end, read and dropped; a peer is dropped
    ``idle_ms`` after it connected.
    """

    def __init__(
        self,
        name: str,
        answer: Callable[[bytes], Reply],
        *,
        max_bytes: int,
        idle_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._answer = answer
        self._max_bytes = max_bytes
        self._idle_ms = idle_ms
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self.error = ""

    def listen(self) -> bool:
        # The caller holds the data folder's lock: a pipe left there belongs to an app
        # that died.
        QLocalServer.removeServer(self._name)
        if not self._server.listen(self._name):
            self.error = self._server.errorString()
            return False
        return True

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (peer := self._server.nextPendingConnection()) is not None:
            buffer = bytearray()
            peer.readyRead.connect(lambda p=peer, b=buffer: self._read(p, b))
            peer.disconnected.connect(peer.deleteLater)
            idle = QTimer(peer)  # a peer that never finishes its line is dropped
            idle.setSingleShot(True)
            idle.timeout.connect(lambda p=peer: p.abort())
            idle.start(self._idle_ms)

    def _read(self, peer: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(peer.readAll().data())
        line = first_line(buffer, self._max_bytes)
        if line is None:
            return
        peer.readyRead.disconnect()
        reply, then = self._answer(line)
        peer.write(reply)
        if b"\n" in buffer:
            peer.disconnectFromServer()  # after the reply is written
        else:
            # Refused mid-line: a sender still writing reads the refusal only once it has
            # written the rest (closing now would fail its write): it is read to its end and
            # dropped. The idle timer ends a peer that never stops.
            buffer.clear()
            peer.readyRead.connect(lambda p=peer: self._drain(p))
        if then is not None:
            then()

    def _drain(self, peer: QLocalSocket) -> None:
        if b"\n" in bytes(peer.readAll().data()):  # the end of the line refused
            peer.readyRead.disconnect()
            peer.disconnectFromServer()


def exchange(
    name: str, line: bytes, *, connect_seconds: float, answer_seconds: float, max_bytes: int
) -> bytes | None:
    """Send ``line`` to the server on ``name``; its answer line, or None when nobody
    listens or it does not answer in time. Blocks."""
    deadline = time.monotonic() + connect_seconds
    peer = QLocalSocket()
    while True:
        peer.connectToServer(name)
        if peer.waitForConnected(500):
            break
        peer.abort()
        if time.monotonic() > deadline:
            return None
        time.sleep(0.1)
    try:
        deadline = time.monotonic() + answer_seconds
        peer.write(line)
        while peer.bytesToWrite() > 0:
            left = deadline - time.monotonic()
            if left <= 0 or not peer.waitForBytesWritten(int(left * 1000)):
                return None
        answer = b""
        while (reply := first_line(answer, max_bytes)) is None:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            if not peer.waitForReadyRead(int(left * 1000)) and peer.bytesAvailable() <= 0:
                return None
            answer += bytes(peer.readAll().data())
        return reply if len(reply) <= max_bytes else None  # an answer that long is none
    finally:
        peer.abort()
