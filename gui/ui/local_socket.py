"""One-line exchanges over a Unix domain socket, watched by Qt's event loop (Linux, macOS).

The same exchanges as QtNetwork's ``QLocalServer``/``QLocalSocket`` (and on the same
path, so either side may be an older version of the app), with Python's own ``socket``:
loading QtNetwork for one listening socket kept ~3 MB resident for the whole session.
Windows, which has no Unix sockets in Python, uses ``gui.ui.local_pipe``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import tempfile
import time
from collections.abc import Callable

from PySide6.QtCore import QDir, QObject, QSocketNotifier, QTimer

from gui.core.line_exchange import Reply, first_line

SEND_SECONDS = 2.0  # a reply is a few bytes; a peer that does not take them is dropped
ACCEPT_PAUSE_MS = 500
"""How long the listener rests when the process is out of file descriptors: the waiting
peer keeps its socket readable, so accepting again at once would spin a core."""
OUT_OF_DESCRIPTORS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})


def socket_path(name: str) -> str:
    """Where ``QLocalServer`` puts the socket called ``name``: a full path, or in Qt's
    temporary folder."""
    return name if os.path.isabs(name) else os.path.join(QDir.tempPath(), name)


class LineServer(QObject):
    """Listens on ``name``; answers each peer's first line with ``answer(line)``.

    Only this user may connect (the socket is made in a private folder, then moved into
    place, as ``QLocalServer.UserAccessOption`` does). A line longer than ``max_bytes`` is
    answered as it is (the answer refuses it) and the rest of it, to its end, read and
    dropped; a peer is dropped ``idle_ms`` after it connected.
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
        self._path = socket_path(name)
        self._answer = answer
        self._max_bytes = max_bytes
        self._idle_ms = idle_ms
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._peers: dict[int, tuple[socket.socket, QSocketNotifier, QTimer, bytearray]] = {}
        self._draining: set[int] = set()  # refused mid-line: the rest is read and dropped
        self._resume = QTimer(self)  # accepting again after running out of descriptors
        self._resume.setSingleShot(True)
        self._resume.timeout.connect(self._resume_accepting)
        self.error = ""

    def listen(self) -> bool:
        # The caller holds the data folder's lock: a socket left there belongs to an app
        # that died. (Anything else in the way makes the move below fail, and is reported.)
        with contextlib.suppress(OSError):
            os.unlink(self._path)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            private = tempfile.mkdtemp(dir=os.path.dirname(self._path) or None)
            try:
                staging = os.path.join(private, "s")
                listener.bind(staging)
                os.chmod(staging, 0o700)
                listener.listen(8)
                os.replace(staging, self._path)
            finally:
                with contextlib.suppress(OSError):
                    os.rmdir(private)
        except OSError as exc:
            listener.close()
            self.error = str(exc)
            return False
        listener.setblocking(False)
        self._socket = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        self._resume.stop()
        for fd in list(self._peers):
            self._drop(fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
            with contextlib.suppress(OSError):
                os.unlink(self._path)

    @property
    def accepting(self) -> bool:
        """False while resting after the process ran out of file descriptors."""
        return self._notifier is not None and self._notifier.isEnabled()

    def _accept(self, *_args: object) -> None:
        while self._socket is not None:
            try:
                peer, _address = self._socket.accept()
            except OSError as exc:  # none waiting (BlockingIOError), or a peer gone already
                if exc.errno in OUT_OF_DESCRIPTORS and self._notifier is not None:
                    self._notifier.setEnabled(False)
                    self._resume.start(ACCEPT_PAUSE_MS)
                return
            peer.setblocking(False)
            fd = peer.fileno()
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            notifier.activated.connect(lambda *_a, fd=fd: self._read(fd))
            idle = QTimer(self)  # a peer that never finishes its line is dropped
            idle.setSingleShot(True)
            idle.timeout.connect(lambda fd=fd: self._drop(fd))
            idle.start(self._idle_ms)
            self._peers[fd] = (peer, notifier, idle, bytearray())

    def _resume_accepting(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(True)

    def _read(self, fd: int) -> None:
        if fd not in self._peers:
            return
        peer, _notifier, _idle, buffer = self._peers[fd]
        try:
            chunk = peer.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:  # gone before its line ended, or after its refusal
            self._drop(fd)
            return
        if fd in self._draining:
            if b"\n" in chunk:  # the end of the line refused
                self._drop(fd)
            return
        buffer += chunk
        line = first_line(buffer, self._max_bytes)
        if line is None:
            return
        reply, then = self._answer(line)
        try:
            peer.setblocking(True)
            peer.settimeout(SEND_SECONDS)
            peer.sendall(reply)
        except OSError:
            # The sender gave up waiting and told its user nothing was done: keep it so.
            self._drop(fd)
            return
        if b"\n" in buffer:
            self._drop(fd)
        else:
            # Refused mid-line: a sender still writing reads the refusal only once it has
            # written the rest (closing now would fail its write): it is read to its end and
            # dropped. The idle timer ends a peer that never stops.
            peer.setblocking(False)
            buffer.clear()
            self._draining.add(fd)
        if then is not None:
            then()

    def _drop(self, fd: int) -> None:
        self._draining.discard(fd)
        peer, notifier, idle, _buffer = self._peers.pop(fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        idle.stop()
        idle.deleteLater()
        peer.close()


def exchange(
    name: str, line: bytes, *, connect_seconds: float, answer_seconds: float, max_bytes: int
) -> bytes | None:
    """Send ``line`` to the server on ``name``; its answer line, or None when nobody
    listens or it does not answer in time. Blocks."""
    path = socket_path(name)
    deadline = time.monotonic() + connect_seconds
    while True:
        peer = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        peer.settimeout(0.5)
        try:
            peer.connect(path)
            break
        except OSError:
            peer.close()
            if time.monotonic() > deadline:
                return None
            time.sleep(0.1)
    with peer:
        deadline = time.monotonic() + answer_seconds
        answer = b""
        try:
            peer.settimeout(answer_seconds)
            # A peer that stopped reading (too long a line) may have sent its refusal.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                peer.sendall(line)
            while (reply := first_line(answer, max_bytes)) is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                peer.settimeout(left)
                chunk = peer.recv(65536)
                if not chunk:
                    return None
                answer += chunk
        except OSError:
            return None
        return reply if len(reply) <= max_bytes else None  # an answer that long is none
