"""Server-sent events from raw bytes, and the test that tells an SSE body from any other."""

from __future__ import annotations

_FIELDS = (b"data:", b"event:", b"id:", b"retry:", b":")


def looks_like_sse(head: bytes) -> bool | None:
    """Whether a body starting with ``head`` is an event stream; None until it can tell.

    The first non-blank line decides: an SSE field or comment means a stream, anything
    else (JSON, HTML, plain text) is a body to read whole, whatever the content type says.
    """
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text:
        return None
    for field in _FIELDS:
        if text.startswith(field):
            return True
        if field.startswith(text):
            return None  # "da": wait for more
    return False


class SseDecoder:
    """Incremental SSE parsing: feed bytes, get the ``data`` payload of each finished event.

    Only ``data`` matters for chat streams; event names, ids and comments are skipped.
    Lines may end in LF, CRLF or CR and may be cut anywhere between two reads. An event
    (or a line) that grows past ``limit`` bytes without ending raises ValueError: a
    broken proxy's endless line would otherwise be held in memory whole.
    """

    __slots__ = ("_data", "_data_size", "_held", "_held_size", "limit")

    def __init__(self, limit: int | None = None) -> None:
        self._held: list[bytes] = []  # the unfinished last line, in the pieces it came in
        self._held_size = 0
        self._data: list[bytes] = []
        self._data_size = 0
        self.limit = limit

    def feed(self, raw: bytes) -> list[str]:
        """Consume bytes; return the payloads of the events they completed."""
        if b"\n" not in raw and b"\r" not in raw:
            # No line ends: keep the piece without re-copying what is already held.
            self._hold([raw] if raw else [])
            return []
        buffer = b"".join(self._held) + raw
        pending = b""
        if b"\r" in buffer:
            if buffer.endswith(b"\r"):  # the LF of a CRLF may come in the next read
                buffer, pending = buffer[:-1], b"\r"
            buffer = buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        lines = buffer.split(b"\n")
        self._held, self._held_size = [], 0
        self._hold([lines.pop() + pending])
        out: list[str] = []
        for line in lines:
            self._line(line, out)
        return out

    def finish(self) -> list[str]:
        """The event left open when the body ended (a missing blank line is forgiven)."""
        out: list[str] = []
        rest = b"".join(self._held).rstrip(b"\r")
        self._held, self._held_size = [], 0
        if rest:
            self._line(rest, out)
        self._line(b"", out)
        return out

    def _hold(self, pieces: list[bytes]) -> None:
        self._held += [p for p in pieces if p]
        self._held_size += sum(map(len, pieces))
        self._check(self._held_size)

    def _check(self, size: int) -> None:
        if self.limit is not None and size > self.limit:
            raise ValueError(f"an event went on past {self.limit} bytes without ending")

    def _line(self, line: bytes, out: list[str]) -> None:
        if not line:
            if self._data:
                out.append(b"\n".join(self._data).decode("utf-8", errors="replace"))
                self._data, self._data_size = [], 0
            return
        if line.startswith(b"data:"):
            value = line[5:]
            value = value[1:] if value.startswith(b" ") else value
            self._data.append(value)
            self._data_size += len(value)
            self._check(self._data_size)
