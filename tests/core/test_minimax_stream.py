"""The real openai client against the loopback MiniMax server: every stream shape and error."""

from __future__ import annotations

import json

import pytest

from gui.core.accumulator import StreamAccumulator
from gui.core.conversation import Message, MessageStatus, Role
from gui.core.errors import ErrorKind
from gui.core.events import StreamEvent
from gui.core.minimax import BackendConfig, MiniMaxBackend
from gui.core.request import ChatRequest
from tests.fakes import wire
from tests.fakes.keys import fake_key
from tests.fakes.minimax_server import FakeMiniMax, Reply

REASONING = "The user wants a proof that odd plus odd is even. Write 2a+1 and 2b+1."
ANSWER = "**Proof.** $(2a+1)+(2b+1) = 2(a+b+1)$, which is even. ∎\n\n```python\nprint(2)\n```"


async def collect(
    fake: FakeMiniMax, *replies: Reply, read_timeout: float = 10.0, split: bool = True
) -> tuple[Message, list[StreamEvent]]:
    """Stream one reply through the real client and accumulate it."""
    fake.push(*replies)
    backend = MiniMaxBackend(BackendConfig(fake.base_url, "sk-api-test", read_timeout=read_timeout))
    request = ChatRequest(
        model="MiniMax-M2.7",
        messages=[{"role": "user", "content": "Prove it."}],
        reasoning_split=split,
        max_completion_tokens=4096,
    )
    message = Message(role=Role.ASSISTANT, status=MessageStatus.STREAMING)
    acc = StreamAccumulator(message)
    events: list[StreamEvent] = []
    try:
        async for event in backend.stream(request):
            events.append(event)
            acc.apply(event)
    finally:
        await backend.aclose()
    return acc.finish(), events


@pytest.mark.parametrize("done", [False, True])
async def test_split_stream_with_usage_tail(fake_minimax: FakeMiniMax, done: bool) -> None:
    """Reasoning and answer are separated, nothing is doubled, usage is recorded."""
    reply = Reply(events=wire.split_stream(REASONING, ANSWER), done=done)
    message, _ = await collect(fake_minimax, reply)
    assert message.status is MessageStatus.COMPLETE
    assert message.content == ANSWER
    assert message.reasoning == REASONING
    assert message.finish_reason == "stop"
    assert message.usage is not None
    assert (message.usage.prompt_tokens, message.usage.reasoning_tokens) == (769, 37)
    assert message.usage.cached_tokens == 443
    assert message.reasoning_details == [{**wire.DETAIL, "index": 0, "text": REASONING}]
    assert message.raw_content is None


async def test_request_body_follows_minimax_rules(fake_minimax: FakeMiniMax) -> None:
    """reasoning_split is a top-level flag; no n, penalties or function_call are sent."""
    await collect(fake_minimax, Reply(events=wire.split_stream("r", "a")))
    body = fake_minimax.chat_requests()[-1]
    assert body["reasoning_split"] is True
    assert body["stream"] is True
    assert body["max_completion_tokens"] == 4096
    assert 0 < body["temperature"] <= 1
    for banned in ("n", "presence_penalty", "frequency_penalty", "function_call", "extra_body"):
        assert banned not in body
    auth = fake_minimax.requests[-1].headers["authorization"]
    assert auth == "Bearer sk-api-test"


async def test_messages_reach_the_wire_as_built(fake_minimax: FakeMiniMax) -> None:
    """The messages go out exactly as the request built them, in the body's usual place."""
    fake_minimax.push(Reply(events=wire.split_stream("r", "a")))
    backend = MiniMaxBackend(BackendConfig(fake_minimax.base_url, "sk-api-test"))
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Prove it."},
        {
            "role": "assistant",
            "content": "Done.",
            "reasoning_details": [{**wire.DETAIL, "index": 0, "text": "think"}],
        },
        {"role": "user", "content": [{"type": "text", "text": "And 3?"}]},
    ]
    request = ChatRequest(model="MiniMax-M2.7", messages=messages, reasoning_split=True)
    try:
        async for _event in backend.stream(request):
            pass
    finally:
        await backend.aclose()
    body = fake_minimax.chat_requests()[-1]
    assert body["messages"] == messages
    assert body["model"] == "MiniMax-M2.7"
    assert list(body).index("messages") < list(body).index("reasoning_split")


async def test_split_flag_off_is_not_sent(fake_minimax: FakeMiniMax) -> None:
    """With the setting off, the flag is absent (for proxies that reject unknown fields)."""
    await collect(fake_minimax, Reply(events=wire.inline_stream("r", "a")), split=False)
    assert "reasoning_split" not in fake_minimax.chat_requests()[-1]


async def test_final_full_message_frame_is_not_appended(fake_minimax: FakeMiniMax) -> None:
    """A closing chat.completion frame repeats the message; it must not double it."""
    reply = Reply(events=wire.split_stream(REASONING, ANSWER, ending="full"))
    message, _ = await collect(fake_minimax, reply)
    assert message.content == ANSWER
    assert message.reasoning == REASONING
    assert message.status is MessageStatus.COMPLETE
    assert message.usage is not None and message.usage.total_tokens == 70


async def test_full_message_frame_alone_fills_the_reply(fake_minimax: FakeMiniMax) -> None:
    """A stream that is only the final frame still yields the answer and reasoning."""
    reply = Reply(events=[wire.full_message_frame("Just this.", "brief thought")])
    message, _ = await collect(fake_minimax, reply)
    assert (message.content, message.reasoning) == ("Just this.", "brief thought")
    assert message.status is MessageStatus.COMPLETE


async def test_stream_without_finish_reason_is_interrupted(fake_minimax: FakeMiniMax) -> None:
    """A body that just ends, with no finish_reason, is never shown as complete."""
    reply = Reply(events=wire.split_stream(REASONING, ANSWER, ending="none"))
    message, _ = await collect(fake_minimax, reply)
    assert message.status is MessageStatus.INTERRUPTED
    assert message.content == ANSWER
    assert message.error is not None and "ended early" in message.error.message


async def test_dropped_connection_keeps_partial_reply(fake_minimax: FakeMiniMax) -> None:
    """A socket closed mid-body keeps what arrived and marks the reply interrupted."""
    events = wire.split_stream(REASONING, ANSWER, size=4)
    reply = Reply(events=events, drop_after=len(events) - 6)
    message, _ = await collect(fake_minimax, reply)
    assert message.status is MessageStatus.INTERRUPTED
    assert message.reasoning == REASONING
    assert ANSWER.startswith(message.content) and 0 < len(message.content) < len(ANSWER)
    assert message.error is not None and message.error.kind == "network"
    assert message.error.retryable


async def test_inline_think_stream_keeps_raw_content(fake_minimax: FakeMiniMax) -> None:
    """Split off: <think> content is separated and the raw string kept for replay."""
    reply = Reply(events=wire.inline_stream(REASONING, ANSWER, size=5))
    message, _ = await collect(fake_minimax, reply, split=False)
    assert message.content == ANSWER
    assert message.reasoning == REASONING
    assert message.raw_content == f"<think>\n{REASONING}\n</think>\n\n{ANSWER}"
    assert message.reasoning_details == []


async def test_inline_tags_cut_at_every_position(fake_minimax: FakeMiniMax) -> None:
    """Through the real client, a stream cut at every position of the tags splits the same."""
    raw = f"<think>\n{REASONING}\n</think>\n\n{ANSWER}"
    open_end = len("<think>\n")
    close_start = raw.index("\n</think>")
    close_end = close_start + len("\n</think>\n\n")
    cuts = list(range(1, open_end + 1)) + list(range(close_start, close_end + 1))
    for cut in cuts:
        fake_minimax.push(Reply(events=wire.raw_content_stream(raw, [raw[:cut], raw[cut:]])))
    for cut in cuts:
        message, _ = await collect(fake_minimax, split=False)
        assert (message.reasoning, message.content) == (REASONING, ANSWER), cut


async def test_reasoning_content_only_fallback(fake_minimax: FakeMiniMax) -> None:
    """Without reasoning_details, reasoning_content is used (and only once)."""
    events = [
        wire.chunk(wire._delta(reasoning_content="Think ")),
        wire.chunk(wire._delta(reasoning_content="hard.")),
        wire.chunk(wire.content_delta("Done."), finish="stop"),
    ]
    message, _ = await collect(fake_minimax, Reply(events=events))
    assert (message.reasoning, message.content) == ("Think hard.", "Done.")


async def test_m3_both_tags_and_fields_do_not_double(fake_minimax: FakeMiniMax) -> None:
    """Reasoning sent as a field and as <think> content is shown once."""
    events = [
        wire.chunk(wire._delta(reasoning_content="Same thought.", content="<think>\nSame ")),
        wire.chunk(wire._delta(content="thought.\n</think>\n\nAnswer.")),
        wire.chunk(wire.content_delta(""), finish="stop"),
    ]
    message, _ = await collect(fake_minimax, Reply(events=events))
    assert (message.reasoning, message.content) == ("Same thought.", "Answer.")


async def test_cumulative_reasoning_resend_is_not_doubled(fake_minimax: FakeMiniMax) -> None:
    """A reasoning piece that repeats all text so far (cumulative style) adds only the rest."""
    first = "A long enough first thought, "
    events = [
        wire.chunk(wire.reasoning_delta(first)),
        wire.chunk(wire.reasoning_delta(first + "and more.")),
        wire.chunk(wire.content_delta("ok"), finish="stop"),
    ]
    message, _ = await collect(fake_minimax, Reply(events=events))
    assert message.reasoning == first + "and more."


async def test_m3_trailing_think_tag_in_reasoning_is_hidden(fake_minimax: FakeMiniMax) -> None:
    """M3 may end reasoning_details with a literal </think> line, split across deltas."""
    events = [
        wire.chunk(wire.reasoning_delta("Thought.\n</thi")),
        wire.chunk(wire.reasoning_delta("nk>")),
        wire.chunk(wire.content_delta("ok"), finish="stop"),
    ]
    message, _ = await collect(fake_minimax, Reply(events=events))
    assert message.reasoning == "Thought."
    assert message.reasoning_details[0]["text"] == "Thought.\n</think>"


async def test_streamed_tool_call_fragments_merge(fake_minimax: FakeMiniMax) -> None:
    """Tool-call arguments arriving in pieces are joined into one call."""
    call = {"index": 0, "id": "call_function_abc_1", "type": "function",
            "function": {"name": "get_weather", "arguments": '{"loc'}}  # fmt: skip
    more = {"index": 0, "function": {"arguments": 'ation": "SF"}'}}
    events = [
        wire.chunk(wire._delta(tool_calls=[call])),
        wire.chunk(wire._delta(tool_calls=[more]), finish="tool_calls"),
    ]
    message, _ = await collect(fake_minimax, Reply(events=events))
    assert message.finish_reason == "tool_calls"
    assert message.tool_calls[0]["function"] == {
        "name": "get_weather",
        "arguments": '{"location": "SF"}',
    }
    assert message.tool_calls[0]["id"] == "call_function_abc_1"


def _err(message: str, kind: str, status: int) -> Reply:
    return Reply(status=status, body=wire.error_envelope(message, kind, status))


@pytest.mark.parametrize(
    ("reply", "kind", "code", "retryable", "phrase"),
    [
        (_err("login fail: Please carry the API secret key (1004)", "authorized_error", 401),
         ErrorKind.AUTH, 1004, False, "region"),
        (_err("invalid api key (2049)", "authorized_error", 401),
         ErrorKind.AUTH, 2049, False, "region"),
        (_err("insufficient balance (1008)", "insufficient_balance_error", 402),
         ErrorKind.BALANCE, 1008, False, "balance"),
        (_err("rate limit (1002)", "rate_limit_error", 429),
         ErrorKind.RATE_LIMIT, 1002, True, "Wait"),
        (_err("usage limit exceeded (2056)", "rate_limit_error", 429),
         ErrorKind.RATE_LIMIT, 2056, False, "allowance"),
        (_err("invalid params, context window exceeds limit (2013)", "bad_request_error", 400),
         ErrorKind.CONTEXT_OVERFLOW, 2013, False, "too long"),
        (_err("invalid params, invalid chat setting (2013)", "bad_request_error", 400),
         ErrorKind.BAD_REQUEST, 2013, False, "invalid chat setting"),
        (_err("input new_sensitive (1026)", "unprocessable_entity_error", 422),
         ErrorKind.MODERATION, 1026, False, "moderation"),
        (_err("unknown error, 999 (1000)", "server_error", 500),
         ErrorKind.SERVER, 1000, True, "server"),
        (_err("cluster overloaded", "overloaded_error", 529),
         ErrorKind.SERVER, None, True, "overloaded"),
    ],
)  # fmt: skip
async def test_http_errors_are_classified_by_minimax_code(
    fake_minimax: FakeMiniMax,
    reply: Reply,
    kind: ErrorKind,
    code: int | None,
    retryable: bool,
    phrase: str,
) -> None:
    """Each MiniMax error body becomes a plain-language message of the right kind."""
    message, _ = await collect(fake_minimax, reply)
    assert message.status is MessageStatus.ERROR
    assert message.error is not None
    assert (message.error.kind, message.error.code, message.error.retryable) == (
        kind.value,
        code,
        retryable,
    )
    assert phrase in message.error.message


async def test_mid_stream_error_frame_keeps_partial_answer(fake_minimax: FakeMiniMax) -> None:
    """An error frame after some text: the text stays, the reply is an error (no retry)."""
    events: list[dict[str, object] | str] = list(
        wire.split_stream(REASONING, ANSWER, ending="none")
    )
    frame = wire.error_envelope("output new_sensitive (1027)", "unprocessable_entity_error", 422)
    message, _ = await collect(fake_minimax, Reply(events=[*events[:12], frame]))
    assert message.status is MessageStatus.ERROR
    assert message.error is not None
    assert (message.error.kind, message.error.code) == ("moderation", 1027)
    assert not message.error.retryable
    assert message.reasoning or message.content


async def test_http_200_base_resp_error_is_an_error(fake_minimax: FakeMiniMax) -> None:
    """A 200 JSON body with a base_resp error is never an empty answer."""
    body = {"base_resp": {"status_code": 2049, "status_msg": "invalid api key"}}
    message, _ = await collect(fake_minimax, Reply(body=body))
    assert message.status is MessageStatus.ERROR
    assert message.error is not None and (message.error.kind, message.error.code) == ("auth", 2049)


async def test_base_resp_error_inside_stream(fake_minimax: FakeMiniMax) -> None:
    """A chunk carrying a non-zero base_resp ends the reply as an error."""
    tail = wire.usage_chunk()
    tail["base_resp"] = {"status_code": 1008, "status_msg": "insufficient balance"}
    events = [wire.chunk(wire.content_delta("Par")), tail]
    message, _ = await collect(fake_minimax, Reply(events=events))
    assert message.status is MessageStatus.ERROR
    assert message.content == "Par"
    assert message.error is not None and message.error.kind == "balance"


async def test_html_error_page_from_a_proxy(fake_minimax: FakeMiniMax) -> None:
    """A 502 HTML page is a server error with a readable message."""
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    message, _ = await collect(fake_minimax, Reply(status=502, body=page, content_type="text/html"))
    assert message.status is MessageStatus.ERROR
    assert message.error is not None and message.error.kind == "server"


async def test_a_long_html_page_is_quoted_short_and_on_one_line(fake_minimax: FakeMiniMax) -> None:
    """A proxy's whole 404 page is quoted to the user as one line of at most 300 characters."""
    page = b"<html>\n<body>\n<h1>Not Found</h1>\n" + b"<p>filler text</p>\n" * 500 + b"</html>"
    message, _ = await collect(fake_minimax, Reply(status=404, body=page, content_type="text/html"))
    assert message.error is not None and message.error.kind == "not_found"
    quoted = message.error.message.split("MiniMax said: “", 1)[1]
    assert "\n" not in quoted
    assert len(quoted) <= 300 + len("”.")
    assert quoted.endswith("…”.")


async def test_html_page_with_status_200(fake_minimax: FakeMiniMax) -> None:
    """A captive portal answering 200 with HTML is a protocol error, not an empty answer."""
    page = b"<html><body>Please log in to the Wi-Fi</body></html>"
    message, _ = await collect(fake_minimax, Reply(body=page, content_type="text/html"))
    assert message.status is MessageStatus.ERROR
    assert message.error is not None and message.error.kind == "protocol"


async def test_non_streamed_json_completion_is_accepted(fake_minimax: FakeMiniMax) -> None:
    """A proxy that ignores stream=true and returns one completion still works."""
    body = wire.full_message_frame("<think>\nhm\n</think>\n\nWhole answer.")
    message, _ = await collect(fake_minimax, Reply(body=body))
    assert (message.content, message.reasoning) == ("Whole answer.", "hm")
    assert message.status is MessageStatus.COMPLETE


async def test_malformed_chunk_json(fake_minimax: FakeMiniMax) -> None:
    """Invalid JSON in a data line ends the reply with a clear protocol error, text kept."""
    events: list[dict[str, object] | str] = [wire.chunk(wire.content_delta("Kept")), "{not json"]
    message, _ = await collect(fake_minimax, Reply(events=events))
    assert message.content == "Kept"
    assert message.status in (MessageStatus.ERROR, MessageStatus.INTERRUPTED)
    assert message.error is not None and message.error.kind == "protocol"


async def test_no_first_byte_times_out_with_clear_message(fake_minimax: FakeMiniMax) -> None:
    """A server that never answers hits the read timeout and says so."""
    reply = Reply(events=wire.split_stream("r", "a"), first_byte_delay=1.5)
    message, _ = await collect(fake_minimax, reply, read_timeout=0.4)
    assert message.status is MessageStatus.ERROR
    assert message.error is not None and message.error.kind == "timeout"


async def test_stall_mid_stream_is_interrupted(fake_minimax: FakeMiniMax) -> None:
    """Silence mid-stream past the read timeout keeps the text and marks it interrupted."""
    events = wire.split_stream("r", "partial answer", ending="none")
    reply = Reply(events=events, hold_open=1.5)
    message, _ = await collect(fake_minimax, reply, read_timeout=0.4)
    assert message.status is MessageStatus.INTERRUPTED
    assert message.content == "partial answer"
    assert message.error is not None and message.error.kind == "timeout"


async def test_connection_refused(fake_minimax: FakeMiniMax) -> None:
    """Nothing listening: a network error that can be retried."""
    fake_minimax.stop()
    message, _ = await collect(fake_minimax)
    assert message.status is MessageStatus.ERROR
    assert message.error is not None and message.error.kind == "network"
    assert message.error.retryable


async def test_missing_key_does_not_call_the_server(fake_minimax: FakeMiniMax) -> None:
    """No key: a clear message, and nothing is sent."""
    backend = MiniMaxBackend(BackendConfig(fake_minimax.base_url, ""))
    events = [e async for e in backend.stream(ChatRequest("m", []))]
    assert len(events) == 1
    assert fake_minimax.requests == []


async def test_list_models_and_test_connection(fake_minimax: FakeMiniMax) -> None:
    """GET /models feeds the model list; 404 falls back to a one-token probe."""
    backend = MiniMaxBackend(BackendConfig(fake_minimax.base_url, "sk-api-test"))
    try:
        assert await backend.list_models() is None
        fake_minimax.push(Reply(body=wire.full_message_frame("p")))
        assert await backend.test_connection("MiniMax-M2.7") == (None, None)
        probe = fake_minimax.chat_requests()[-1]
        assert probe["max_completion_tokens"] == 1
        fake_minimax.models = ["MiniMax-M2.7", "MiniMax-M3"]
        assert await backend.list_models() == ["MiniMax-M2.7", "MiniMax-M3"]
        fake_minimax.api_key = "another"
        error, models = await backend.test_connection("MiniMax-M2.7")
        assert error is not None and error.kind is ErrorKind.AUTH and models is None
    finally:
        await backend.aclose()


async def test_test_connection_errors_never_quote_the_key(fake_minimax: FakeMiniMax) -> None:
    """A server that echoes the key in its error: Test connection shows it redacted."""
    key = fake_key("ECHOED-BY-A-PROXY-0123456789")
    backend = MiniMaxBackend(BackendConfig(fake_minimax.base_url, key))
    body = {"error": {"message": f"model not found for key {key}", "type": "invalid_request"}}
    fake_minimax.push(Reply(status=400, body=json.dumps(body).encode()))
    try:
        error, _models = await backend.test_connection("MiniMax-M2.7")
    finally:
        await backend.aclose()
    assert error is not None
    assert key not in error.message and key not in error.detail
    assert all(key not in value for value in error.args.values())
    assert "model not found" in error.detail


def test_config_repr_hides_the_key() -> None:
    """The key never shows in a repr (and so never in a log line that formats the config)."""
    text = repr(BackendConfig("https://api.minimax.io/v1", fake_key("SECRET-VALUE-123")))
    assert "SECRET" not in text
    assert json.dumps(text)
