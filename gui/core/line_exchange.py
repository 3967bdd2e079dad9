"""One line each way over a local socket: the framing both hand-over transports speak."""

from __future__ import annotations

from collections.abc import Callable

Reply = tuple[bytes, Callable[[], object] | None]
"""What to send back, and what to do once it is sent (or None)."""


def first_line(received: bytes | bytearray, max_bytes: int) -> bytes | None:
    """The line to act on: the first one of ``received`` once it ends, or all of it once
    it is longer than ``max_bytes`` without ending (too long to wait for: it is answered,
    and refused as too long, rather than read on). None while more may come."""
    end = received.find(b"\n")
    if end >= 0:
        return bytes(received[:end])
    if len(received) > max_bytes:
        return bytes(received)
    return None
