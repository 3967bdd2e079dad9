"""SSE through the SDK's own decoder, and the test that tells an SSE body from any other."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any, Protocol

_FIELDS = (b"data:", b"event:", b"id:", b"retry:", b":")


class SseDecoder(Protocol):
    """What the app needs of the openai SDK's decoder (``client._make_sse_decoder()``)."""

    def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[Any]: ...


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


async def sse_payloads(
    decoder: SseDecoder, head: bytes, rest: AsyncIterator[bytes]
) -> AsyncGenerator[str, None]:
    """The ``data`` of each event: ``head`` (the bytes read to sniff the body), then ``rest``.

    The SDK's decoder splits lines and events as its own streams do; events without
    data (keep-alives, names, ids) are skipped. A last event whose blank line never came
    is still delivered: the body's end closes it.
    """

    async def body() -> AsyncIterator[bytes]:
        yield head
        async for data in rest:
            yield data
        yield b"\n\n"

    async for event in decoder.aiter_bytes(body()):
        data = event.data
        if data:
            yield data
