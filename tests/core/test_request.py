"""Request building: one leading system message, faithful replay, MiniMax request hygiene."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.core.request import (
    MAX_TEMPERATURE,
    MIN_TEMPERATURE,
    ChatRequest,
    build_messages,
    build_request,
    clamp_temperature,
    replay_assistant,
)

DETAILS = [
    {
        "type": "reasoning.text",
        "id": "reasoning-text-1",
        "format": "MiniMax-response-v1",
        "index": 0,
        "text": "The user greets me. Reply politely.",
        "signature": "opaque-🔏",
    }
]
RAW = "<think>\nThe user greets me.\n</think>\n\nHello! 你好 👋"


def user(text: str) -> Message:
    return Message(role=Role.USER, content=text)


def assistant(content: str = "", **fields: Any) -> Message:
    return Message(role=Role.ASSISTANT, content=content, **fields)


def request_for(
    conversation: Conversation,
    *,
    default_prompt: str = "Be brief.",
    temperature: float = 1.0,
    max_tokens: int | None = None,
    split: bool = True,
) -> ChatRequest:
    return build_request(
        conversation,
        conversation.messages,
        model="MiniMax-M2.7",
        default_system_prompt=default_prompt,
        temperature=temperature,
        max_completion_tokens=max_tokens,
        reasoning_split=split,
    )


def roles(messages: list[dict[str, Any]]) -> list[str]:
    return [m["role"] for m in messages]


# -- system prompt --------------------------------------------------------------------------------


def test_system_prompt_comes_first_and_only_once() -> None:
    """A non-empty prompt gives exactly one system message, at index 0."""
    history = [user("Hi"), assistant("Hello"), user("How are you?")]
    out = build_messages(history, "You are helpful.")
    assert out[0] == {"role": "system", "content": "You are helpful."}
    assert roles(out) == ["system", "user", "assistant", "user"]
    assert roles(out).count("system") == 1


@pytest.mark.parametrize("prompt", [None, "", "   \n\t"])
def test_no_system_message_for_empty_prompt(prompt: str | None) -> None:
    """None, "" and whitespace-only prompts send no system message at all."""
    out = build_messages([user("Hi")], prompt)
    assert roles(out) == ["user"]


def test_conversation_prompt_overrides_default() -> None:
    """The conversation's own system prompt wins over the app default."""
    conv = Conversation(system_prompt="Answer in French.", messages=[user("Hi")])
    out = request_for(conv, default_prompt="Answer in English.").messages
    assert out[0] == {"role": "system", "content": "Answer in French."}
    assert roles(out).count("system") == 1


def test_default_prompt_used_when_conversation_has_none() -> None:
    """A conversation without its own prompt (None) uses the default prompt."""
    conv = Conversation(system_prompt=None, messages=[user("Hi")])
    out = request_for(conv, default_prompt="Answer in English.").messages
    assert out[0] == {"role": "system", "content": "Answer in English."}


def test_explicit_empty_conversation_prompt_disables_default() -> None:
    """A conversation prompt of "" is a deliberate "no prompt" and overrides the default."""
    conv = Conversation(system_prompt="", messages=[user("Hi")])
    out = request_for(conv, default_prompt="Answer in English.").messages
    assert roles(out) == ["user"]


def test_empty_default_and_no_conversation_prompt_sends_no_system() -> None:
    """No prompt anywhere means no system message."""
    conv = Conversation(messages=[user("Hi")])
    assert roles(request_for(conv, default_prompt="").messages) == ["user"]


# -- content shape --------------------------------------------------------------------------------


def test_content_is_never_none() -> None:
    """Every message sent has a string content, even a user turn whose content is missing."""
    broken = Message(role=Role.USER)
    broken.content = None  # type: ignore[assignment]
    history = [
        broken,
        assistant("", tool_calls=[{"id": "c1", "function": {"name": "f", "arguments": ""}}]),
        user(""),
        assistant("", reasoning_details=list(DETAILS)),
    ]
    for entry in build_messages(history, "sys"):
        assert isinstance(entry["content"], str), entry


def test_user_turns_are_sent_verbatim() -> None:
    """User text (CJK, emoji, markup, whitespace) is sent exactly as typed."""
    text = "  你好 👋 <b>bold</b> `code`\n\n"
    assert build_messages([user(text)], None) == [{"role": "user", "content": text}]


# -- replay of complete assistant turns -----------------------------------------------------------


def test_split_mode_replays_reasoning_details_exactly() -> None:
    """A complete split-mode reply goes back with its reasoning_details items unchanged."""
    msg = assistant("Hello!", reasoning_details=[dict(d) for d in DETAILS], reasoning="x")
    entry = replay_assistant(msg)
    assert entry == {"role": "assistant", "content": "Hello!", "reasoning_details": DETAILS}


def test_split_mode_replays_the_answer_as_received() -> None:
    """The answer goes back as it arrived (the shown text is trimmed), with its details;
    a <think> block in the content is not sent twice."""
    details = [dict(d) for d in DETAILS]
    msg = assistant("Answer.", reasoning_details=details, raw_content="\n\nAnswer.\n")
    entry = replay_assistant(msg)
    assert entry == {"role": "assistant", "content": "\n\nAnswer.\n", "reasoning_details": DETAILS}
    both = assistant("Answer.", reasoning_details=details, raw_content="<think>x</think>Answer.")
    assert (replay_assistant(both) or {})["content"] == "Answer."


def test_replayed_reasoning_details_are_copies() -> None:
    """Mutating the request entry cannot change the stored message."""
    msg = assistant("Hello!", reasoning_details=[dict(d) for d in DETAILS])
    entry = replay_assistant(msg)
    assert entry is not None
    entry["reasoning_details"][0]["text"] = "changed"
    assert msg.reasoning_details == DETAILS


def test_split_mode_keeps_several_items_in_order() -> None:
    """Several reasoning_details items are replayed in their stored order."""
    items = [
        {"type": "reasoning.text", "index": 0, "text": "first"},
        {"type": "reasoning.text", "index": 1, "text": "second", "extra": {"a": [1]}},
    ]
    entry = replay_assistant(assistant("ok", reasoning_details=items))
    assert entry is not None
    assert entry["reasoning_details"] == items


def test_split_off_replays_raw_content_with_think_block() -> None:
    """Without split mode the raw content, <think> block included, is replayed byte for byte."""
    msg = assistant("Hello! 你好 👋", reasoning="The user greets me.", raw_content=RAW)
    entry = replay_assistant(msg)
    assert entry == {"role": "assistant", "content": RAW}
    assert "reasoning_details" not in entry


def test_complete_turn_without_raw_content_replays_content() -> None:
    """When raw content equals the answer (stored as None), the answer itself is replayed."""
    entry = replay_assistant(assistant("Just text."))
    assert entry == {"role": "assistant", "content": "Just text."}


def test_complete_empty_turn_is_replayed_with_empty_string() -> None:
    """A complete reply with no text still appears, with content "" (never None)."""
    entry = replay_assistant(assistant("", reasoning_details=list(DETAILS)))
    assert entry is not None
    assert entry["content"] == ""


# -- tool calls -----------------------------------------------------------------------------------


def test_tool_calls_replayed_with_their_arguments() -> None:
    """Valid tool-call arguments are replayed unchanged, with id, type and function name."""
    args = json.dumps({"location": "San Francisco, US"})
    calls = [
        {
            "id": "call_function_jpaq2z2bgfh7_1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": args},
            "index": 0,
        }
    ]
    entry = replay_assistant(assistant("", tool_calls=calls, reasoning_details=list(DETAILS)))
    assert entry is not None
    assert entry["content"] == ""
    assert entry["reasoning_details"] == DETAILS
    assert entry["tool_calls"] == [
        {
            "id": "call_function_jpaq2z2bgfh7_1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": args},
        }
    ]


@pytest.mark.parametrize("arguments", ["", "   ", '{"a": ', "not json", None, 42])
def test_broken_tool_arguments_become_empty_object(arguments: object) -> None:
    """Empty, truncated, non-JSON or non-string arguments are replayed as "{}"."""
    calls = [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": arguments}}]
    entry = replay_assistant(assistant("", tool_calls=calls))
    assert entry is not None
    assert entry["tool_calls"][0]["function"] == {"name": "f", "arguments": "{}"}


def test_every_replayed_argument_is_valid_json() -> None:
    """Each of several tool calls carries an arguments string that json.loads accepts."""
    calls = [
        {"id": "a", "function": {"name": "f", "arguments": '{"x": 1}'}},
        {"id": "b", "function": {"name": "g", "arguments": '{"x": '}},
        {"id": "c", "function": {"name": "h"}},
        {"id": "d"},
    ]
    entry = replay_assistant(assistant("", tool_calls=calls))
    assert entry is not None
    replayed = entry["tool_calls"]
    assert [c["id"] for c in replayed] == ["a", "b", "c", "d"]
    assert all(c["type"] == "function" for c in replayed)
    for call in replayed:
        json.loads(call["function"]["arguments"])
    assert replayed[0]["function"]["arguments"] == '{"x": 1}'


def test_tool_call_replay_does_not_mutate_stored_call() -> None:
    """Fixing broken arguments for the request leaves the stored tool call as it was."""
    calls = [{"id": "c1", "function": {"name": "f", "arguments": "{"}}]
    msg = assistant("", tool_calls=calls)
    replay_assistant(msg)
    assert msg.tool_calls == [{"id": "c1", "function": {"name": "f", "arguments": "{"}}]


def test_tool_call_with_non_object_function_does_not_break_replay() -> None:
    """A malformed stored tool call (function not an object) is replayed with "{}" arguments."""
    calls = [{"id": "c1", "type": "function", "function": "get_weather"}]
    entry = replay_assistant(assistant("", tool_calls=calls))
    assert entry is not None
    json.loads(entry["tool_calls"][0]["function"]["arguments"])


# -- cut-short turns ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status", [MessageStatus.STOPPED, MessageStatus.INTERRUPTED, MessageStatus.ERROR]
)
def test_cut_short_turn_replays_visible_text_only(status: MessageStatus) -> None:
    """A stopped, interrupted or failed reply is replayed as the visible answer text only."""
    msg = assistant(
        "Partial answer",
        status=status,
        reasoning="unfinished thinking",
        raw_content="<think>\nunfinished thinking\n</think>\n\nPartial answer",
        reasoning_details=list(DETAILS),
        tool_calls=[{"id": "c1", "function": {"name": "f", "arguments": "{"}}],
    )
    assert replay_assistant(msg) == {"role": "assistant", "content": "Partial answer"}


@pytest.mark.parametrize(
    "status",
    [
        MessageStatus.STOPPED,
        MessageStatus.INTERRUPTED,
        MessageStatus.ERROR,
        MessageStatus.STREAMING,
    ],
)
@pytest.mark.parametrize("content", ["", "  \n "])
def test_cut_short_turn_without_visible_text_is_dropped(
    status: MessageStatus, content: str
) -> None:
    """A reply that was cut short before any visible text is left out of the request."""
    msg = assistant(content, status=status, reasoning="thinking", reasoning_details=list(DETAILS))
    assert replay_assistant(msg) is None
    out = build_messages([user("Hi"), msg, user("Again")], None)
    assert out == [{"role": "user", "content": "Hi"}, {"role": "user", "content": "Again"}]


def test_full_history_mixes_replay_rules() -> None:
    """A realistic history is replayed turn by turn with each turn's own rule."""
    history = [
        user("one"),
        assistant("A1", reasoning_details=list(DETAILS)),
        user("two"),
        assistant("A2", raw_content="<think>t</think>A2"),
        user("three"),
        assistant("", status=MessageStatus.ERROR),
        user("four"),
        assistant("half", status=MessageStatus.STOPPED, reasoning="r"),
        user("five"),
    ]
    out = build_messages(history, "sys")
    assert out == [
        {"role": "system", "content": "sys"},
        {"role": "user", "content": "one"},
        {"role": "assistant", "content": "A1", "reasoning_details": DETAILS},
        {"role": "user", "content": "two"},
        {"role": "assistant", "content": "<think>t</think>A2"},
        {"role": "user", "content": "three"},
        {"role": "user", "content": "four"},
        {"role": "assistant", "content": "half"},
        {"role": "user", "content": "five"},
    ]


# -- temperature ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.0, MIN_TEMPERATURE),
        (-1.0, MIN_TEMPERATURE),
        (-math.inf, MIN_TEMPERATURE),
        (2.0, MAX_TEMPERATURE),
        (math.inf, MAX_TEMPERATURE),
        (math.nan, MAX_TEMPERATURE),
        (0.7, 0.7),
        (1.0, 1.0),
    ],
)
def test_clamp_temperature(value: float, expected: float) -> None:
    """Temperatures are kept inside (0, 1]; NaN falls back to the default 1.0."""
    assert clamp_temperature(value) == expected


@pytest.mark.parametrize("value", [0.0, -3.0, 2.0, math.nan, 1e-9])
def test_clamped_temperature_is_in_open_closed_unit_interval(value: float) -> None:
    """Any input yields a value strictly above 0 and at most 1."""
    result = clamp_temperature(value)
    assert 0 < result <= 1


@pytest.mark.parametrize("value", [0.0, -1.0, 2.0, math.nan])
def test_build_request_clamps_temperature(value: float) -> None:
    """build_request never sends a temperature MiniMax M2.x would reject."""
    req = request_for(Conversation(messages=[user("Hi")]), temperature=value)
    assert 0 < req.temperature <= 1
    assert 0 < req.body()["temperature"] <= 1


# -- request body ---------------------------------------------------------------------------------


def test_body_has_no_unsupported_parameters() -> None:
    """The body carries no n, penalties, logit_bias, function_call or nested extra_body."""
    body = request_for(Conversation(messages=[user("Hi")]), max_tokens=4096).body()
    for banned in (
        "n",
        "presence_penalty",
        "frequency_penalty",
        "logit_bias",
        "function_call",
        "functions",
        "extra_body",
        "stream",
    ):
        assert banned not in body
    assert body["model"] == "MiniMax-M2.7"
    assert body["max_completion_tokens"] == 4096


def test_reasoning_split_top_level_when_on() -> None:
    """With split mode on, reasoning_split is a top-level true flag."""
    body = request_for(Conversation(messages=[user("Hi")]), split=True).body()
    assert body["reasoning_split"] is True
    assert "extra_body" not in body


def test_reasoning_split_absent_when_off() -> None:
    """With split mode off, reasoning_split is not sent at all (not even as false)."""
    body = request_for(Conversation(messages=[user("Hi")]), split=False).body()
    assert "reasoning_split" not in body


@pytest.mark.parametrize("tokens", [None, 0])
def test_no_token_limit_is_omitted(tokens: int | None) -> None:
    """A missing or zero token limit is left out of the body."""
    req = request_for(Conversation(messages=[user("Hi")]), max_tokens=tokens)
    assert req.max_completion_tokens is None
    assert "max_completion_tokens" not in req.body()


def test_build_request_uses_given_history_only() -> None:
    """Only the history passed in is sent (e.g. up to the message being regenerated)."""
    conv = Conversation(messages=[user("one"), assistant("A1"), user("two"), assistant("A2")])
    req = build_request(
        conv,
        conv.messages[:3],
        model="MiniMax-M2.7",
        default_system_prompt="",
        temperature=1.0,
        max_completion_tokens=None,
        reasoning_split=True,
    )
    assert req.messages == [
        {"role": "user", "content": "one"},
        {"role": "assistant", "content": "A1"},
        {"role": "user", "content": "two"},
    ]


def test_body_is_json_serialisable() -> None:
    """The body, with replayed details and tool calls, can be encoded as JSON."""
    conv = Conversation(
        system_prompt="sys",
        messages=[
            user("Hi"),
            assistant(
                "",
                reasoning_details=list(DETAILS),
                tool_calls=[{"id": "c", "function": {"name": "f", "arguments": "{}"}}],
            ),
            user("next"),
        ],
    )
    body = request_for(conv).body()
    assert json.loads(json.dumps(body, ensure_ascii=False)) == body
