"""The SSE decoder and the stream-or-body test, with lines cut at every byte."""

from __future__ import annotations

import pytest

from gui.core.sse import SseDecoder, looks_like_sse

BODY = b': comment\r\ndata: {"a": 1}\r\n\r\nevent: x\ndata: two\ndata: lines\n\ndata:[DONE]\n\n'
EXPECTED = ['{"a": 1}', "two\nlines", "[DONE]"]


@pytest.mark.parametrize("cut", range(len(BODY) + 1))
def test_events_survive_any_cut(cut: int) -> None:
    """However the bytes are split between reads, the same events come out."""
    decoder = SseDecoder()
    out = decoder.feed(BODY[:cut]) + decoder.feed(BODY[cut:]) + decoder.finish()
    assert out == EXPECTED


def test_a_last_event_without_blank_line_is_kept() -> None:
    decoder = SseDecoder()
    assert decoder.feed(b"data: tail") == []
    assert decoder.finish() == ["tail"]


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
