"""Build MiniMax chat requests: history replay and request hygiene in one pure place."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gui.core.context_start import sent_part
from gui.core.conversation import Conversation, Message, MessageStatus, Role

if TYPE_CHECKING:
    from gui.core.attachments.store import AttachmentStore

MIN_TEMPERATURE = 0.01
MAX_TEMPERATURE = 1.0
CANCELLED_RESULT = "Cancelled: this tool call was not run, and it has no result."
"""The result sent for a call that never got one (MiniMax rejects a call left unanswered)."""


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """Everything one streamed chat call sends."""

    model: str
    messages: list[dict[str, Any]]
    temperature: float = 1.0
    max_completion_tokens: int | None = None
    reasoning_split: bool = True
    tools: list[dict[str, Any]] = field(default_factory=list)  # OpenAI-form definitions
    extra: dict[str, Any] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        """The JSON body as it goes on the wire (without ``stream``)."""
        data: dict[str, Any] = {
            "model": self.model,
            "messages": self.messages,
            "temperature": self.temperature,
        }
        if self.max_completion_tokens:
            data["max_completion_tokens"] = self.max_completion_tokens
        if self.reasoning_split:
            data["reasoning_split"] = True
        if self.tools:
            data["tools"] = self.tools
        data.update(self.extra)
        return data


def clamp_temperature(value: float) -> float:
    """Keep the temperature in (0, 1]: MiniMax M2.x rejects 0 and anything above 1."""
    if value != value:  # NaN
        return MAX_TEMPERATURE
    return min(MAX_TEMPERATURE, max(MIN_TEMPERATURE, value))


def _valid_arguments(arguments: object) -> str:
    """Tool-call arguments as a valid JSON string ("{}" when empty or broken)."""
    if isinstance(arguments, str):
        try:
            json.loads(arguments)
        except ValueError:
            return "{}"
        return arguments
    return "{}"


def replay_assistant(message: Message) -> dict[str, Any] | None:
    """The assistant turn as MiniMax needs it back, or None when it should be left out.

    A complete reply is replayed exactly as received: with its ``reasoning_details``
    items in split mode, or its raw content (``<think>`` block included) otherwise,
    plus its tool calls. A reply that was cut short (stopped, interrupted, failed)
    is replayed as the visible text the user saw, without its unfinished thinking,
    and left out entirely when nothing visible arrived.
    """
    if message.status is not MessageStatus.COMPLETE:
        if not message.content.strip():
            return None
        return {"role": "assistant", "content": message.content}
    entry: dict[str, Any] = {"role": "assistant"}
    if message.reasoning_details:
        raw = message.raw_content
        # As received (the shown text is trimmed), unless it also carried a <think> block
        # that reasoning_details already holds.
        entry["content"] = raw if raw is not None and "<think>" not in raw else message.content
        entry["reasoning_details"] = [dict(item) for item in message.reasoning_details]
    else:
        entry["content"] = (
            message.raw_content if message.raw_content is not None else message.content
        )
    if message.tool_calls:
        calls = []
        for call in message.tool_calls:
            if not isinstance(call.get("id"), str) or not call["id"]:
                continue  # no result could ever name it
            raw_fn = call.get("function")
            fn = dict(raw_fn) if isinstance(raw_fn, dict) else {}
            fn["arguments"] = _valid_arguments(fn.get("arguments"))
            calls.append({"id": call["id"], "type": call.get("type", "function"), "function": fn})
        if calls:
            entry["tool_calls"] = calls
    return entry


def build_messages(
    history: list[Message],
    system_prompt: str | None,
    attachments: AttachmentStore | None = None,
    *,
    images: bool = True,
) -> list[dict[str, Any]]:
    """The ``messages`` list for a request: one leading system message, then every turn.

    Args:
        history: the conversation up to and including the user message being answered.
        system_prompt: the effective system prompt ("" or None for none).
        attachments: where attached files are read from; a user message with attachments
            is sent as a list of content parts (blocking: it reads files).
        images: whether the model takes images; if not, earlier images go as their names.
    """
    out: list[dict[str, Any]] = []
    if system_prompt and system_prompt.strip():
        out.append({"role": "system", "content": system_prompt})
    for message in history:
        if message.role is Role.USER:
            if message.attachments and attachments is not None:
                from gui.core.attachments.wire import content_parts

                parts = content_parts(
                    attachments, message.content, message.attachments, images=images
                )
                out.append({"role": "user", "content": parts})
                continue
            out.append({"role": "user", "content": message.content or ""})
        elif message.role is Role.TOOL:
            out.append(
                {"role": "tool", "tool_call_id": message.tool_call_id, "content": message.content}
            )
        else:
            entry = replay_assistant(message)
            if entry is not None:
                out.append(entry)
    return answer_every_call(out)


def answer_every_call(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The wire messages with every assistant tool call answered right after it.

    MiniMax rejects the whole request (error 2013) when an assistant turn's tool call
    is not followed by its ``tool`` result, or a result names no call, so one
    unanswered round would break every later request. A call that never got a result
    (the round was cut short, or this app could not run it) gets a synthetic
    "cancelled" result; this keeps the turn and its reasoning intact, which MiniMax
    needs to continue the chain of thought. Results that answer no call are dropped.
    """
    out: list[dict[str, Any]] = []
    waiting: list[str] = []  # call ids of the last assistant turn still without a result

    def close_round() -> None:
        for call_id in waiting:
            out.append({"role": "tool", "tool_call_id": call_id, "content": CANCELLED_RESULT})
        waiting.clear()

    for entry in messages:
        if entry.get("role") == "tool":
            if entry.get("tool_call_id") in waiting:
                waiting.remove(entry["tool_call_id"])
                out.append(entry)
            continue
        close_round()
        out.append(entry)
        if entry.get("role") == "assistant":
            waiting.extend(call["id"] for call in entry.get("tool_calls") or [])
    close_round()
    return out


def build_request(
    conversation: Conversation,
    history: list[Message],
    *,
    model: str,
    default_system_prompt: str,
    temperature: float,
    max_completion_tokens: int | None,
    reasoning_split: bool,
    tools: list[dict[str, Any]] | None = None,
    thinking: dict[str, Any] | None = None,
    attachments: AttachmentStore | None = None,
    images: bool = True,
) -> ChatRequest:
    """A complete request for answering the last user message of ``history``.

    Messages before the conversation's context start (``context_from``) are left out; the
    system prompt is always sent. ``thinking`` is the model's ``thinking`` field (see
    ``gui.core.thinking``); None sends none.
    """
    prompt = (
        conversation.system_prompt
        if conversation.system_prompt is not None
        else default_system_prompt
    )
    return ChatRequest(
        model=model,
        messages=build_messages(
            sent_part(history, conversation.context_from), prompt, attachments, images=images
        ),
        temperature=clamp_temperature(temperature),
        max_completion_tokens=max_completion_tokens or None,
        reasoning_split=reasoning_split,
        tools=list(tools or []),
        extra={"thinking": thinking} if thinking is not None else {},
    )
