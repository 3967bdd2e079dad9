"""How a stream ends: a finished reply stays finished, and any body is read for what it says."""

from __future__ import annotations

import asyncio
import json

import pytest

from gui.core.conversation import MessageStatus
from gui.core.minimax import BackendConfig, MiniMaxBackend
from gui.core.request import ChatRequest
from tests.core.test_minimax_stream import ANSWER, REASONING, collect
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply

FINISHED_ENDINGS = ["usage", "finish", "full"]


@pytest.mark.parametrize("ending", FINISHED_ENDINGS)
async def test_connection_cut_after_finish_reason_keeps_the_reply_complete(
    fake_minimax: FakeMiniMax, ending: str
) -> None:
    """An incomplete chunked read after finish_reason: complete, reasoning_details kept."""
    events = wire.split_stream(REASONING, ANSWER, ending=ending)
    message, _ = await collect(fake_minimax, Reply(events=events, drop_after=len(events)))
    assert message.status is MessageStatus.COMPLETE
    assert message.error is None
    assert (message.content, message.reasoning) == (ANSWER, REASONING)
    assert message.reasoning_details == [{**wire.DETAIL, "index": 0, "text": REASONING}]


@pytest.mark.parametrize("done", [False, True])
async def test_server_that_never_closes_after_finish_is_not_waited_out(
    fake_minimax: FakeMiniMax, done: bool
) -> None:
    """Silence after finish_reason (and after [DONE]) past the read timeout is still complete."""
    events = wire.split_stream(REASONING, ANSWER)
    reply = Reply(events=events, done=done, hold_open=1.5)
    message, _ = await collect(fake_minimax, reply, read_timeout=0.5)
    assert message.status is MessageStatus.COMPLETE
    assert message.error is None
    assert message.usage is not None and message.usage.prompt_tokens == 769


async def test_usage_chunk_after_finish_reason_is_still_recorded(
    fake_minimax: FakeMiniMax,
) -> None:
    """The grace after finish_reason still takes the usage-only chunk that follows it."""
    events = wire.split_stream(REASONING, ANSWER)
    message, _ = await collect(fake_minimax, Reply(events=events, delay=0.05, hold_open=1.0))
    assert message.status is MessageStatus.COMPLETE
    assert message.usage is not None and message.usage.reasoning_tokens == 37


async def test_drop_before_finish_reason_is_still_interrupted(fake_minimax: FakeMiniMax) -> None:
    """Without finish_reason a cut connection is interrupted, as before."""
    events = wire.split_stream(REASONING, ANSWER, ending="none")
    message, _ = await collect(fake_minimax, Reply(events=events, drop_after=len(events)))
    assert message.status is MessageStatus.INTERRUPTED


@pytest.mark.parametrize(
    ("base_resp", "kind"),
    [
        ({"status_code": 1004, "status_msg": "login fail"}, "auth"),
        ({"status_code": 1008, "status_msg": "insufficient balance"}, "balance"),
    ],
)
async def test_json_error_labelled_event_stream_is_the_mapped_error(
    fake_minimax: FakeMiniMax, base_resp: dict[str, object], kind: str
) -> None:
    """HTTP 200 JSON labelled text/event-stream: the MiniMax error, not "ended early"."""
    body = json.dumps({"base_resp": base_resp}).encode()
    reply = Reply(body=body, content_type="text/event-stream")
    message, _ = await collect(fake_minimax, reply)
    assert message.status is MessageStatus.ERROR
    assert message.error is not None and message.error.kind == kind


async def test_completion_labelled_event_stream_is_the_answer(fake_minimax: FakeMiniMax) -> None:
    """A whole chat.completion body labelled text/event-stream is read as the answer."""
    body = json.dumps(wire.full_message_frame("Whole answer.", "brief thought")).encode()
    reply = Reply(body=body, content_type="text/event-stream; charset=utf-8")
    message, _ = await collect(fake_minimax, reply)
    assert message.status is MessageStatus.COMPLETE
    assert (message.content, message.reasoning) == ("Whole answer.", "brief thought")


async def test_stream_labelled_json_is_still_a_stream(fake_minimax: FakeMiniMax) -> None:
    """An SSE body behind a proxy that calls it application/json is parsed as SSE."""
    reply = Reply(events=wire.split_stream(REASONING, ANSWER), content_type="application/json")
    message, _ = await collect(fake_minimax, reply)
    assert message.status is MessageStatus.COMPLETE
    assert (message.content, message.reasoning) == (ANSWER, REASONING)


async def test_an_empty_body_is_a_clear_error(fake_minimax: FakeMiniMax) -> None:
    """Zero bytes with HTTP 200 is reported, never shown as an empty answer."""
    message, _ = await collect(fake_minimax, Reply(body=b"", content_type="text/event-stream"))
    assert message.status in (MessageStatus.ERROR, MessageStatus.INTERRUPTED)
    assert message.error is not None


async def test_stream_keeps_working_over_one_client(fake_minimax: FakeMiniMax) -> None:
    """Two replies in a row over one client, each stopped early after [DONE]."""
    backend = MiniMaxBackend(BackendConfig(fake_minimax.base_url, "sk-api-test", read_timeout=5))
    request = ChatRequest("m", [{"role": "user", "content": "x"}])
    try:
        for _ in range(2):
            fake_minimax.push(Reply(events=wire.split_stream("r", "a"), done=True, hold_open=0.3))
            events = [e async for e in backend.stream(request)]
            assert type(events[-1]).__name__ == "Finished"
    finally:
        await backend.aclose()


async def test_chunks_trickling_after_finish_do_not_hold_the_reply(
    fake_minimax: FakeMiniMax,
) -> None:
    """The grace after finish_reason is one deadline, not renewed by every late chunk:
    the app hangs up on a server that keeps sending (the server sees the disconnect)."""
    events: list[dict[str, object] | str] = list(wire.split_stream(REASONING, ANSWER))
    events += [wire.usage_chunk()] * 60
    fake_minimax.push(Reply(events=events, delay=0.05))
    backend = MiniMaxBackend(
        BackendConfig(fake_minimax.base_url, "sk-api-test", read_timeout=5, finish_grace=0.3)
    )
    request = ChatRequest("m", [{"role": "user", "content": "x"}])
    try:
        seen = [e async for e in backend.stream(request)]
    finally:
        await backend.aclose()
    assert type(seen[-1]).__name__ == "Finished"
    for _ in range(200):  # the server notices on its next write
        if fake_minimax.disconnects:
            break
        await asyncio.sleep(0.05)
    assert fake_minimax.disconnects == 1
