"""The last few kilobytes a server wrote to stderr: a pipe read by a thread, not a file."""

from __future__ import annotations

import os
import threading
from typing import TextIO

TAIL_BYTES = 4096


class StderrTail:
    """A pipe for a child's stderr that keeps only its end (the reason a server failed).

    A chatty server may log for hours: only ``limit`` bytes are ever kept. Reading runs
    in a daemon thread, which works the same on every platform.
    """

    def __init__(self, limit: int = TAIL_BYTES) -> None:
        self._limit = limit
        self._buffer = bytearray()
        self._lock = threading.Lock()
        read_fd, write_fd = os.pipe()
        self._read_fd = read_fd
        self._writer: TextIO | None = os.fdopen(write_fd, "w", encoding="utf-8", errors="replace")
        self._thread = threading.Thread(target=self._pump, name="mcp-stderr", daemon=True)
        self._thread.start()

    @property
    def writer(self) -> TextIO:
        """The file to give the child as its stderr."""
        assert self._writer is not None, "the writer was released"
        return self._writer

    def release_writer(self) -> None:
        """Close this process's copy of the write end (after the child has its own)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def _pump(self) -> None:
        try:
            while data := os.read(self._read_fd, 65536):
                with self._lock:
                    self._buffer += data
                    del self._buffer[: -self._limit]
        except OSError:
            pass
        finally:
            os.close(self._read_fd)

    def text(self, wait: float = 0.0) -> str:
        """What was kept, decoded; ``wait`` lets the reader drain a child that just ended.

        Blocking for up to ``wait`` seconds (call it from a worker thread).
        """
        self.release_writer()
        if wait:
            self._thread.join(wait)
        with self._lock:
            return bytes(self._buffer).decode("utf-8", errors="replace").strip()
