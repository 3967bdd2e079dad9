"""A tool_calls reply the app could not answer never breaks the requests after it."""

from __future__ import annotations

from typing import Any

from gui.core.accumulator import StreamAccumulator
from gui.core.conversation import Message, MessageStatus, Role
from gui.core.minimax import BackendConfig, MiniMaxBackend
from gui.core.request import CANCELLED_RESULT, ChatRequest, build_messages
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply

CALLS = [
    {"index": 0, "id": "call_function_1", "type": "function",
     "function": {"name": "get_weather", "arguments": '{"city": "SF"}'}},
    {"index": 1, "id": "call_function_2", "type": "function",
     "function": {"name": "get_time", "arguments": "{}"}},
]  # fmt: skip


def tool_call_stream() -> list[dict[str, Any]]:
    return [
        wire.chunk(wire.reasoning_delta("I should look this up.")),
        wire.chunk(wire._delta(content="\n", tool_calls=CALLS), finish="tool_calls"),
        wire.usage_chunk(),
    ]


async def ask(fake: FakeMiniMax, history: list[Message]) -> Message:
    backend = MiniMaxBackend(BackendConfig(fake.base_url, "sk-api-test", read_timeout=10))
    reply = Message(role=Role.ASSISTANT, status=MessageStatus.STREAMING)
    acc = StreamAccumulator(reply)
    try:
        async for event in backend.stream(ChatRequest("m", build_messages(history, None))):
            acc.apply(event)
    finally:
        await backend.aclose()
    return acc.finish()


async def test_follow_up_after_an_unanswered_tool_call_reply_works(
    fake_minimax: FakeMiniMax,
) -> None:
    """Through the loopback server that enforces MiniMax's 2013 rule."""
    fake_minimax.push(Reply(events=tool_call_stream()))
    history = [Message(role=Role.USER, content="Weather and time in SF?")]
    first = await ask(fake_minimax, history)
    assert first.status is MessageStatus.COMPLETE and first.finish_reason == "tool_calls"
    history += [first, Message(role=Role.USER, content="Never mind, say hi.")]
    second = await ask(fake_minimax, history)
    assert second.status is MessageStatus.COMPLETE, second.error
    sent = fake_minimax.chat_requests()[-1]["messages"]
    assert [m["role"] for m in sent] == ["user", "assistant", "tool", "tool", "user"]
    assert sent[1]["reasoning_details"][0]["text"] == "I should look this up."
    assert [m["tool_call_id"] for m in sent[2:4]] == ["call_function_1", "call_function_2"]
    assert all(m["content"] == CANCELLED_RESULT for m in sent[2:4])


def test_no_assistant_tool_calls_without_every_result() -> None:
    """Whatever the stored history, the wire never has an unanswered or unknown call."""
    nameless = {"index": 2, "id": "", "type": "function", "function": {"name": "x"}}
    calls = [*CALLS, nameless]
    history = [
        Message(role=Role.USER, content="q"),
        Message(role=Role.ASSISTANT, content="", tool_calls=calls, finish_reason="tool_calls"),
        Message(role=Role.ASSISTANT, content="", tool_calls=CALLS[:1], finish_reason="tool_calls"),
    ]
    messages = build_messages(history, None)
    assert wire.tool_order_problem(messages) is None
    assert all(call["id"] for m in messages for call in m.get("tool_calls", []))
