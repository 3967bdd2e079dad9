"""The SDK's SSE decoder as the app drives it, and the stream-or-body test, cut at every byte."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from openai._streaming import SSEDecoder

from gui.core.sse import looks_like_sse, sse_payloads

BODY = b': comment\r\ndata: {"a": 1}\r\n\r\nevent: x\ndata: two\ndata: lines\n\ndata:[DONE]\n\n'
EXPECTED = ['{"a": 1}', "two\nlines", "[DONE]"]


async def payloads(*parts: bytes) -> list[str]:
    async def rest() -> AsyncIterator[bytes]:
        for part in parts[1:]:
            yield part

    return [data async for data in sse_payloads(SSEDecoder(), parts[0], rest())]


@pytest.mark.parametrize("cut", range(len(BODY) + 1))
async def test_events_survive_any_cut(cut: int) -> None:
    """However the bytes are split between reads, the same events come out."""
    assert await payloads(BODY[:cut], BODY[cut:]) == EXPECTED


async def test_a_last_event_without_blank_line_is_kept() -> None:
    assert await payloads(b"data: tail") == ["tail"]
    assert await payloads(b"data: {}\n\ndata: ta", b"il\r") == ["{}", "tail"]


async def test_events_without_data_are_skipped() -> None:
    assert await payloads(b"event: ping\n\nid: 3\n\ndata: x\n\n") == ["x"]


@pytest.mark.parametrize(
    ("head", "verdict"),
    [
        (b"", None),
        (b"\n  ", None),
        (b"da", None),
        (b"data: {}", True),
        (b"\xef\xbb\xbf: ping", True),
        (b'{"base_resp": {}}', False),
        (b"<html>", False),
        (b"Bad Gateway", False),
    ],
)
def test_the_body_decides_whether_it_is_a_stream(head: bytes, verdict: bool | None) -> None:
    assert looks_like_sse(head) is verdict
