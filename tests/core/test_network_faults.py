"""Network faults beyond plain HTTP errors: DNS, TLS, missing endpoint, a huge line."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from gui.core.conversation import MessageStatus
from gui.core.errors import ErrorKind
from gui.core.events import StreamFailed
from gui.core.minimax import BackendConfig, MiniMaxBackend
from gui.core.request import ChatRequest
from tests.core.test_minimax_stream import collect
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply

USER = {"role": "user", "content": "x"}


async def test_dns_failure_is_a_network_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name that does not resolve gives a plain network error that can be retried."""
    looked_up: list[str] = []

    def no_such_host(host: str | bytes, *_args: Any, **_kwargs: Any) -> Any:
        looked_up.append(host.decode() if isinstance(host, bytes) else host)  # no real lookup
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    backend = MiniMaxBackend(BackendConfig("http://api.minimax.invalid/v1", "sk-api-test"))
    try:
        events = [e async for e in backend.stream(ChatRequest("m", [USER]))]
    finally:
        await backend.aclose()
    assert looked_up == ["api.minimax.invalid"]
    assert len(events) == 1
    failure = events[0]
    assert isinstance(failure, StreamFailed)
    assert failure.error.kind is ErrorKind.NETWORK
    assert failure.error.retryable
    assert "Could not reach" in failure.error.message


async def test_tls_failure_is_a_network_error(fake_minimax: FakeMiniMax) -> None:
    """Speaking TLS to a server that does not (a broken proxy, a wrong port) fails clearly."""
    https_url = fake_minimax.base_url.replace("http://", "https://")
    backend = MiniMaxBackend(BackendConfig(https_url, "sk-api-test", read_timeout=5))
    from gui.core.request import ChatRequest

    try:
        events = [
            e async for e in backend.stream(ChatRequest("m", [{"role": "user", "content": "x"}]))
        ]
    finally:
        await backend.aclose()
    failure = events[-1]
    assert type(failure).__name__ == "StreamFailed"
    assert failure.error.kind.value == "network"  # type: ignore[union-attr]
    assert "SSL" in failure.error.detail or "ssl" in failure.error.detail.lower()  # type: ignore[union-attr]


async def test_wrong_path_404_points_at_the_base_url(fake_minimax: FakeMiniMax) -> None:
    """A 404 (a base URL without /v1, say) tells the user to check the address."""
    page = b"404 page not found"
    message, _ = await collect(
        fake_minimax, Reply(status=404, body=page, content_type="text/plain")
    )
    assert message.status is MessageStatus.ERROR
    assert message.error is not None
    assert message.error.kind == "not_found"
    assert "base URL" in message.error.message


async def test_a_single_huge_line_is_handled(fake_minimax: FakeMiniMax) -> None:
    """One 4 MB content delta arrives whole and is neither lost nor doubled."""
    huge = "x" * 4_000_000
    events = [wire.chunk(wire.content_delta(huge), finish="stop"), wire.usage_chunk()]
    message, _ = await collect(fake_minimax, Reply(events=events))
    assert message.status is MessageStatus.COMPLETE
    assert len(message.content) == len(huge)


async def test_an_event_that_never_ends_is_refused_not_buffered(
    fake_minimax: FakeMiniMax, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A body past the size limit without a line end is refused, not held in memory whole.

    A broken proxy can send one endless line; buffering it all would exhaust memory.
    """
    import gui.core.minimax as minimax

    monkeypatch.setattr(minimax, "MAX_BODY_BYTES", 100_000)
    endless = b"data: " + b"x" * 300_000
    message, _ = await collect(
        fake_minimax,
        Reply(events=[wire.chunk(wire.content_delta("kept"))], raw_lines=endless, done=False),
    )
    assert message.error is not None
    assert message.error.kind == "protocol"
    assert "100000 bytes" in message.error.detail
    assert message.content == "kept"


async def test_many_data_lines_without_an_event_end_are_refused(
    fake_minimax: FakeMiniMax, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Data lines that never close their event count towards the same limit."""
    import gui.core.minimax as minimax

    monkeypatch.setattr(minimax, "MAX_BODY_BYTES", 100_000)
    lines = b"data: " + b"y" * 1000 + b"\n"
    message, _ = await collect(fake_minimax, Reply(events=[], raw_lines=lines * 300, done=False))
    assert message.error is not None
    assert message.error.kind == "protocol"
