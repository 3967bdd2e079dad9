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
    Lines may end in LF, CRLF or CR and may be cut anywhere between two reads.
    """

    __slots__ = ("_data", "_pending")

    def __init__(self) -> None:
        self._pending = b""
        self._data: list[bytes] = []

    def feed(self, raw: bytes) -> list[str]:
        """Consume bytes; return the payloads of the events they completed."""
        buffer = self._pending + raw
        if b"\r" in buffer:
            if buffer.endswith(b"\r"):  # the LF of a CRLF may come in the next read
                buffer, self._pending = buffer[:-1], b"\r"
            else:
                self._pending = b""
            buffer = buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            lines = buffer.split(b"\n")
            self._pending = lines.pop() + self._pending
        else:
            lines = buffer.split(b"\n")
            self._pending = lines.pop()
        out: list[str] = []
        for line in lines:
            self._line(line, out)
        return out

    def finish(self) -> list[str]:
        """The event left open when the body ended (a missing blank line is forgiven)."""
        out: list[str] = []
        rest, self._pending = self._pending.rstrip(b"\r"), b""
        if rest:
            self._line(rest, out)
        self._line(b"", out)
        return out

    def _line(self, line: bytes, out: list[str]) -> None:
        if not line:
            if self._data:
                out.append(b"\n".join(self._data).decode("utf-8", errors="replace"))
                self._data = []
            return
        if line.startswith(b"data:"):
            value = line[5:]
            self._data.append(value[1:] if value.startswith(b" ") else value)
