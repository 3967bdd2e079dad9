"""Builders for MiniMax's streamed chunks, shaped like the recorded captures in the wire notes."""

from __future__ import annotations

import json
from typing import Any

STREAM_ID = "07008f4a82fecea87b8c3822c4ed23c0"
CREATED = 1790008394
MODEL = "MiniMax-M2.7"
DETAIL = {"type": "reasoning.text", "id": "reasoning-text-1", "format": "MiniMax-response-v1"}


def chunk(
    delta: dict[str, Any] | None = None,
    *,
    finish: str | None = None,
    model: str = MODEL,
) -> dict[str, Any]:
    """One ``chat.completion.chunk`` with MiniMax's extra top-level fields."""
    choice: dict[str, Any] = {"index": 0, "delta": delta or {}}
    if finish:
        choice = {"finish_reason": finish, **choice}
    return {
        "id": STREAM_ID,
        "choices": [choice],
        "created": CREATED,
        "model": model,
        "object": "chat.completion.chunk",
        "usage": None,
        "input_sensitive": False,
        "output_sensitive": False,
        "input_sensitive_type": 0,
        "output_sensitive_type": 0,
        "output_sensitive_int": 0,
    }


def _delta(**fields: Any) -> dict[str, Any]:
    return {"role": "assistant", "name": "MiniMax AI", "audio_content": "", **fields}


def reasoning_delta(text: str, *, with_content: bool = False) -> dict[str, Any]:
    """Split-mode reasoning: the same text in reasoning_content and reasoning_details."""
    fields: dict[str, Any] = {
        "reasoning_content": text,
        "reasoning_details": [{**DETAIL, "index": 0, "text": text}],
    }
    if with_content:
        fields = {"content": "", **fields}
    return _delta(**fields)


def content_delta(text: str) -> dict[str, Any]:
    return _delta(content=text)


def usage_chunk(prompt: int = 769, completion: int = 116, reasoning: int = 37) -> dict[str, Any]:
    """The usage-only tail: ``choices: []`` plus ``base_resp``."""
    return {
        "id": STREAM_ID,
        "choices": [],
        "created": CREATED,
        "model": MODEL,
        "object": "chat.completion.chunk",
        "usage": {
            "total_tokens": prompt + completion,
            "total_characters": 0,
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "completion_tokens_details": {"reasoning_tokens": reasoning},
            "prompt_tokens_details": {"cached_tokens": 443},
        },
        "base_resp": {"status_code": 0, "status_msg": ""},
    }


def full_message_frame(
    content: str,
    reasoning: str = "",
    *,
    finish: str = "stop",
    prompt: int = 50,
    completion: int = 20,
) -> dict[str, Any]:
    """The ``chat.completion`` frame some streams end with: the whole message again."""
    message: dict[str, Any] = {"role": "assistant", "content": content, "name": "MiniMax AI"}
    if reasoning:
        message["reasoning_details"] = [{**DETAIL, "index": 0, "text": reasoning}]
    return {
        "id": STREAM_ID,
        "object": "chat.completion",
        "created": CREATED,
        "model": MODEL,
        "choices": [{"finish_reason": finish, "index": 0, "message": message}],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        },
        "base_resp": {"status_code": 0, "status_msg": ""},
    }


def pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def split_stream(
    reasoning: str,
    answer: str,
    *,
    size: int = 8,
    ending: str = "usage",
    finish: str = "stop",
) -> list[dict[str, Any]]:
    """A ``reasoning_split: true`` stream: reasoning deltas, content deltas, an ending.

    Args:
        ending: "usage" (finish chunk with the last text, then a usage-only chunk),
            "full" (a final ``chat.completion`` frame), "finish" (finish chunk only)
            or "none" (no finish_reason at all: the connection just ends).
    """
    events = [chunk(reasoning_delta(p)) for p in pieces(reasoning, size)] if reasoning else []
    parts = pieces(answer, size)
    events += [chunk(content_delta(p)) for p in parts[:-1]]
    last = parts[-1]
    if ending == "none":
        events.append(chunk(content_delta(last)))
        return events
    if ending == "full":
        events.append(chunk(content_delta(last)))
        events.append(full_message_frame(answer, reasoning, finish=finish))
        return events
    events.append(chunk(content_delta(last), finish=finish))
    if ending == "usage":
        events.append(usage_chunk())
    return events


def inline_stream(
    reasoning: str, answer: str, *, size: int = 8, opener: str = "<think>\n"
) -> list[dict[str, Any]]:
    """A ``reasoning_split: false`` stream: thinking inside content as <think>…</think>."""
    raw = f"{opener}{reasoning}\n</think>\n\n{answer}"
    return raw_content_stream(raw, pieces(raw, size))


def raw_content_stream(raw: str, parts: list[str]) -> list[dict[str, Any]]:
    """Content deltas exactly as given, a finish chunk and a usage tail."""
    assert "".join(parts) == raw
    events = [chunk(content_delta(p)) for p in parts[:-1]]
    events.append(chunk(content_delta(parts[-1]), finish="stop"))
    events.append(usage_chunk())
    return events


def error_envelope(message: str, error_type: str, http_code: int) -> dict[str, Any]:
    """MiniMax's typed error body (HTTP status + envelope, or a mid-stream frame)."""
    return {
        "type": "error",
        "error": {"type": error_type, "message": message, "http_code": str(http_code)},
        "request_id": "0634322",
    }


def sse(events: list[dict[str, Any] | str], *, done: bool = False) -> bytes:
    """Encode events as an SSE body."""
    lines = [f"data: {e if isinstance(e, str) else json.dumps(e)}\n\n" for e in events]
    if done:
        lines.append("data: [DONE]\n\n")
    return "".join(lines).encode()


def tool_order_problem(messages: object) -> str | None:
    """MiniMax's 2013 check: every assistant tool call is answered by the tool messages
    right after it, and every tool message answers a call (MiniMax-M2 issue 76)."""
    if not isinstance(messages, list):
        return None
    open_ids: set[str] = set()
    for message in messages:
        role = message.get("role") if isinstance(message, dict) else None
        if role == "tool":
            call_id = message.get("tool_call_id")
            if call_id not in open_ids:
                return "invalid params, tool result's tool id not found (2013)"
            open_ids.discard(call_id)
            continue
        if open_ids:
            return "invalid params, tool call result does not follow tool call (2013)"
        if role == "assistant":
            open_ids = {c.get("id") for c in message.get("tool_calls") or []}
    if open_ids:
        return "invalid params, tool call result does not follow tool call (2013)"
    return None


def tool_calls_stream(
    calls: list[tuple[str, str, str]],
    reasoning: str = "I will use a tool.",
    *,
    size: int = 4,
    finish: str = "tool_calls",
) -> list[dict[str, Any]]:
    """A reply ending in tool calls, as M2.7 streams them: ``(id, name, arguments)`` each,
    arguments cut into ``size``-character fragments that carry only ``index``; the ``id``
    and name come on each call's first fragment only."""
    events = [chunk(reasoning_delta(p)) for p in pieces(reasoning, 8)] if reasoning else []
    for index, (call_id, name, arguments) in enumerate(calls):
        parts = pieces(arguments, size)
        first = {
            "index": index,
            "id": call_id,
            "type": "function",
            "function": {"name": name, "arguments": parts[0]},
        }
        events.append(chunk(_delta(tool_calls=[first])))
        for part in parts[1:]:
            events.append(
                chunk(_delta(tool_calls=[{"index": index, "function": {"arguments": part}}]))
            )
    events.append(chunk(_delta(content=""), finish=finish))
    events.append(usage_chunk())
    return events
