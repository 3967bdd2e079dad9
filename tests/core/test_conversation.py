"""Data types: lossless to_dict/from_dict, strict shape checks, forgiving statuses, titles."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from gui.core.conversation import (
    SCHEMA_VERSION,
    Conversation,
    ErrorInfo,
    Message,
    MessageStatus,
    Role,
    Usage,
    new_id,
    now_iso,
    title_from_text,
)


def full_assistant() -> Message:
    return Message(
        role=Role.ASSISTANT,
        content="Answer 你好",
        id="a1",
        reasoning="Thinking",
        status=MessageStatus.COMPLETE,
        created_at="2026-01-01T00:00:00.000Z",
        model="MiniMax-M2.7",
        usage=Usage(1, 2, 3, reasoning_tokens=4, cached_tokens=5),
        finish_reason="stop",
        error=ErrorInfo("server", "Try again.", code=1000, http_status=500, retryable=True),
        raw_content="<think>Thinking</think>Answer 你好",
        reasoning_details=[{"type": "reasoning.text", "index": 0, "text": "Thinking"}],
        tool_calls=[{"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        reasoning_split=False,
        thinking_seconds=2.5,
        completed_at="2026-01-01T00:00:05.000Z",
        extra={"rating": 1, "notes": {"k": [None]}},
    )


# -- helpers --------------------------------------------------------------------------------------


def test_now_iso_format() -> None:
    """Timestamps are UTC ISO 8601 with milliseconds and a Z suffix."""
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", now_iso())


def test_new_id_is_unique_hex() -> None:
    """Ids are 32 lowercase hex characters and do not repeat."""
    ids = {new_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)


# -- round trips ----------------------------------------------------------------------------------


def test_usage_round_trip() -> None:
    """Usage survives to_dict/from_dict, including optional counts."""
    usage = Usage(10, 20, 30, reasoning_tokens=7, cached_tokens=None)
    assert Usage.from_dict(usage.to_dict()) == usage


def test_usage_from_bad_values() -> None:
    """Non-integer counts become 0 (or None for optional ones); a non-dict gives None."""
    usage = Usage.from_dict(
        {"prompt_tokens": "10", "completion_tokens": True, "reasoning_tokens": 1.5}
    )
    assert usage == Usage(0, 0, 0, None, None)
    assert Usage.from_dict(None) is None
    assert Usage.from_dict([1, 2]) is None  # type: ignore[arg-type]


def test_error_info_round_trip() -> None:
    """ErrorInfo survives to_dict/from_dict."""
    info = ErrorInfo("auth", "Key rejected.", code=1004, http_status=401, detail="bad key")
    assert ErrorInfo.from_dict(info.to_dict()) == info
    assert ErrorInfo.from_dict("oops") is None  # type: ignore[arg-type]


def test_assistant_message_round_trip() -> None:
    """Every assistant field, and extra keys, survive to_dict/from_dict."""
    msg = full_assistant()
    data = msg.to_dict()
    assert Message.from_dict(data) == msg
    assert Message.from_dict(json.loads(json.dumps(data))) == msg


def test_user_message_round_trip_has_no_assistant_fields() -> None:
    """A user message stores only user fields and round-trips."""
    msg = Message(role=Role.USER, content="Hi", id="u1", extra={"lang": "en"})
    data = msg.to_dict()
    assert "raw_content" not in data
    assert "usage" not in data
    assert data["lang"] == "en"
    assert Message.from_dict(data) == msg


def test_conversation_round_trip() -> None:
    """A conversation with messages and extra keys survives to_dict/from_dict via JSON."""
    conv = Conversation(
        id="c1",
        title="Parity",
        created_at="2026-01-01T00:00:00.000Z",
        updated_at="2026-01-02T00:00:00.000Z",
        system_prompt="Be brief.",
        messages=[Message(role=Role.USER, content="Hi", id="u1"), full_assistant()],
        extra={"pinned": True},
    )
    data = json.loads(json.dumps(conv.to_dict(), ensure_ascii=False))
    assert data["schema_version"] == SCHEMA_VERSION
    assert Conversation.from_dict(data) == conv


def test_extra_keys_cannot_override_known_fields() -> None:
    """Known fields always win over a same-named key smuggled into extra."""
    msg = Message(role=Role.USER, content="real", id="u1", extra={"content": "fake"})
    assert msg.to_dict()["content"] == "real"
    conv = Conversation(id="c1", extra={"id": "other", "schema_version": 99})
    data = conv.to_dict()
    assert data["id"] == "c1"
    assert data["schema_version"] == SCHEMA_VERSION


def test_empty_and_missing_system_prompt_differ() -> None:
    """system_prompt "" and None stay distinct through a round trip."""
    assert Conversation.from_dict({"id": "a", "system_prompt": ""}).system_prompt == ""
    assert Conversation.from_dict({"id": "a"}).system_prompt is None
    assert Conversation.from_dict({"id": "a", "system_prompt": 5}).system_prompt is None


def test_from_dict_fills_defaults() -> None:
    """Missing optional fields get sensible defaults."""
    msg = Message.from_dict({"role": "assistant"})
    assert msg.content == ""
    assert msg.status is MessageStatus.COMPLETE
    assert msg.id
    assert msg.reasoning_details == []
    assert msg.tool_calls == []
    conv = Conversation.from_dict({"id": "x", "created_at": "2026-01-01T00:00:00.000Z"})
    assert conv.messages == []
    assert conv.title == ""
    assert conv.updated_at == "2026-01-01T00:00:00.000Z"


def test_from_dict_drops_malformed_list_items() -> None:
    """Non-object items in reasoning_details and tool_calls are left out."""
    msg = Message.from_dict(
        {
            "role": "assistant",
            "reasoning_details": [{"text": "ok"}, "junk", 3],
            "tool_calls": [None, {"id": "c"}],
            "raw_content": 7,
            "thinking_seconds": "2",
            "reasoning_split": "yes",
        }
    )
    assert msg.reasoning_details == [{"text": "ok"}]
    assert msg.tool_calls == [{"id": "c"}]
    assert msg.raw_content is None
    assert msg.thinking_seconds is None
    assert msg.reasoning_split is None


def test_from_dict_copies_nested_items() -> None:
    """The message does not share its detail dicts with the input data."""
    data: dict[str, Any] = {"role": "assistant", "reasoning_details": [{"text": "a"}]}
    msg = Message.from_dict(data)
    data["reasoning_details"][0]["text"] = "changed"
    assert msg.reasoning_details == [{"text": "a"}]


# -- shape errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (None, "JSON object"),
        ([], "JSON object"),
        ("message", "JSON object"),
        ({"role": "system", "content": "x"}, "Role"),
        ({"role": "wizard"}, "Role"),
        ({"content": "no role"}, "Role"),
        ({"role": "user", "content": None}, "content must be a string"),
        ({"role": "user", "content": ["parts"]}, "content must be a string"),
        ({"role": "user", "content": 5}, "content must be a string"),
    ],
)
def test_message_from_dict_rejects_wrong_shapes(data: Any, why: str) -> None:
    """A message that is not an object, has an unknown role or non-string content is rejected."""
    with pytest.raises(ValueError, match=why):
        Message.from_dict(data)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (None, "JSON object"),
        ([], "JSON object"),
        ("conversation", "JSON object"),
        ({}, "non-empty string id"),
        ({"id": ""}, "non-empty string id"),
        ({"id": 12}, "non-empty string id"),
        ({"id": None}, "non-empty string id"),
        ({"id": "x", "messages": {}}, "messages must be a list"),
        ({"id": "x", "messages": "[]"}, "messages must be a list"),
        ({"id": "x", "title": 5}, "title must be a string"),
        ({"id": "x", "messages": [{"role": "user", "content": 1}]}, "content must be a string"),
        ({"id": "x", "messages": [42]}, "message must be a JSON object"),
    ],
)
def test_conversation_from_dict_rejects_wrong_shapes(data: Any, why: str) -> None:
    """A conversation without a string id, with non-list messages or bad messages is rejected."""
    with pytest.raises(ValueError, match=why):
        Conversation.from_dict(data)


# -- statuses -------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["paused", "", "COMPLETE", 3, None])
def test_unknown_status_becomes_interrupted(raw: object) -> None:
    """A status this version does not know loads as interrupted (never as complete)."""
    msg = Message.from_dict({"role": "assistant", "content": "x", "status": raw})
    assert msg.status is MessageStatus.INTERRUPTED


@pytest.mark.parametrize("status", list(MessageStatus))
def test_known_statuses_round_trip(status: MessageStatus) -> None:
    """Every known status survives a round trip (storage, not models, maps streaming)."""
    msg = Message(role=Role.ASSISTANT, status=status)
    assert Message.from_dict(msg.to_dict()).status is status


# -- conversation helpers -------------------------------------------------------------------------


def test_find_and_touch() -> None:
    """find() returns a message by id; touch() moves updated_at forward."""
    msg = Message(role=Role.USER, content="Hi", id="u1")
    conv = Conversation(updated_at="2000-01-01T00:00:00.000Z", messages=[msg])
    assert conv.find("u1") is msg
    assert conv.find("nope") is None
    conv.touch()
    assert conv.updated_at > "2000-01-01T00:00:00.000Z"


# -- titles ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Hello there", "Hello there"),
        ("  Hello \n\n  there\t ", "Hello there"),
        ("", "New chat"),
        ("   \n\t ", "New chat"),
        ("你好，世界 👋", "你好，世界 👋"),
    ],
)
def test_title_from_short_text(text: str, title: str) -> None:
    """Short text becomes the title with white space collapsed; empty text gives "New chat"."""
    assert title_from_text(text) == title


def test_title_cut_at_word_boundary() -> None:
    """Long text is cut after a whole word, trailing punctuation dropped, with an ellipsis."""
    text = "Please explain, in detail, how the proof that odd plus odd is even works for me."
    title = title_from_text(text)
    assert title.endswith("…")
    body = title[:-1]
    assert len(body) <= 60
    assert text.startswith(body)
    assert text[len(body)] in " ,.;:"
    assert not body.endswith((" ", ",", ".", ";", ":"))


def test_title_exactly_at_limit_is_not_cut() -> None:
    """Text of exactly the limit length is kept whole."""
    text = "x" * 60
    assert title_from_text(text) == text


def test_title_long_word_is_hard_cut() -> None:
    """A single very long word (or CJK text without spaces) is cut at the limit."""
    text = "a" * 100
    assert title_from_text(text) == "a" * 60 + "…"
    cjk = "你" * 80
    assert title_from_text(cjk) == "你" * 60 + "…"


def test_title_custom_limit() -> None:
    """The limit can be changed."""
    assert title_from_text("one two three four", limit=10) == "one two…"


def test_sent_system_prompt_round_trips_and_is_absent_when_unused() -> None:
    """The default prompt a request carried is stored only when there was one."""
    from gui.core.conversation import Conversation

    conv = Conversation(title="t")
    assert "sent_system_prompt" not in conv.to_dict()
    assert conv.effective_system_prompt == ""
    conv.sent_system_prompt = "Be brief."
    again = Conversation.from_dict(conv.to_dict())
    assert again.sent_system_prompt == "Be brief."
    assert again.effective_system_prompt == "Be brief."
    again.system_prompt = ""  # the conversation's own choice (none) wins
    assert again.effective_system_prompt == ""
    odd = Conversation.from_dict({**conv.to_dict(), "sent_system_prompt": 42})
    assert odd.sent_system_prompt is None
