"""Tool rounds seen as one answer: calls paired with their results, turns, and a timeline."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from gui.core.conversation import Conversation, Message, Role
from gui.core.i18n import QT_TRANSLATE_NOOP, translate

PENDING = "pending"  # a call with no result message yet (waiting for approval, or running)

STATUS_TEXT = {
    PENDING: QT_TRANSLATE_NOOP("tool_labels", "waiting"),
    "ok": QT_TRANSLATE_NOOP("tool_labels", "done"),
    "error": QT_TRANSLATE_NOOP("tool_labels", "failed"),
    "denied": QT_TRANSLATE_NOOP("tool_labels", "denied"),
    "cancelled": QT_TRANSLATE_NOOP("tool_labels", "cancelled"),
    "timed_out": QT_TRANSLATE_NOOP("tool_labels", "timed out"),
}


def status_text(status: str) -> str:
    """A call's status in words ("done", "denied", …), in the current language."""
    text = STATUS_TEXT.get(status)
    return translate("tool_labels", text) if text else status


@dataclass(frozen=True, slots=True)
class StepImage:
    """An image from a tool result: base64 ``data`` as the server sent it."""

    mime_type: str
    data: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class ToolStep:
    """One call of an assistant turn and, once it exists, its result."""

    call_id: str
    name: str  # the name the model used (may carry a server prefix)
    arguments: str  # the raw JSON text the model sent
    server: str = ""
    tool: str = ""
    status: str = PENDING  # ok | error | denied | cancelled | timed_out | pending
    result: str = ""
    images: tuple[StepImage, ...] = ()
    started_at: str | None = None
    duration_seconds: float | None = None
    approval: str = ""

    @property
    def pending(self) -> bool:
        return self.status == PENDING

    @property
    def failed(self) -> bool:
        return self.status not in (PENDING, "ok")

    @property
    def title(self) -> str:
        """ "server › tool" when the server is known, else the name the model used."""
        if self.server and self.tool:
            return f"{self.server} › {self.tool}"
        return self.tool or self.name or "?"


def pretty_json(raw: str) -> str:
    """Arguments indented for reading; text that is not JSON is returned as it is."""
    try:
        value = json.loads(raw) if raw.strip() else {}
    except (ValueError, RecursionError):
        return raw
    return json.dumps(value, indent=2, ensure_ascii=False)


def _call_parts(call: dict[str, Any]) -> tuple[str, str, str]:
    function = call.get("function")
    function = function if isinstance(function, dict) else {}
    arguments = function.get("arguments")
    return (
        str(call.get("id") or ""),
        str(function.get("name") or ""),
        arguments if isinstance(arguments, str) else json.dumps(arguments or {}),
    )


def _images(message: Message) -> tuple[StepImage, ...]:
    return tuple(
        StepImage(str(i.get("mime_type") or ""), str(i.get("data") or "")) for i in message.images
    )


def step_of(call: dict[str, Any], result: Message | None) -> ToolStep:
    """The call ``call`` (as the assistant sent it) with its ``tool`` message, if any."""
    call_id, name, arguments = _call_parts(call)
    if result is None:
        return ToolStep(call_id, name, arguments)
    return ToolStep(
        call_id,
        name,
        arguments,
        server=result.server,
        tool=result.tool,
        status=result.tool_status.value,
        result=result.content,
        images=_images(result),
        started_at=result.started_at,
        duration_seconds=result.duration_seconds,
        approval=result.approval.value,
    )


def results_by_call(messages: list[Message]) -> dict[str, Message]:
    """Every tool message of ``messages`` by the id of the call it answers."""
    found: dict[str, Message] = {}
    for message in messages:
        if message.role is Role.TOOL and message.tool_call_id:
            found.setdefault(message.tool_call_id, message)
    return found


def steps_for(message: Message, results: dict[str, Message]) -> list[ToolStep]:
    """The calls of one assistant message, each with its result when there is one."""
    steps = []
    for call in message.tool_calls:
        call_id = str(call.get("id") or "")
        steps.append(step_of(call, results.get(call_id) if call_id else None))
    return steps


def is_continuation(messages: list[Message], index: int) -> bool:
    """Whether ``messages[index]`` continues the answer turn of the message before it.

    A turn is an assistant message with ``tool_calls``, its ``tool`` results, and the
    assistant messages (and results) that follow until one has no calls.
    """
    if index <= 0 or index >= len(messages):
        return False
    message, before = messages[index], messages[index - 1]
    if message.role not in (Role.ASSISTANT, Role.TOOL):
        return False
    return before.role is Role.TOOL or (before.role is Role.ASSISTANT and bool(before.tool_calls))


def turn_start(messages: list[Message], index: int) -> int:
    """The index of the first message of the turn that ``messages[index]`` belongs to."""
    while is_continuation(messages, index):
        index -= 1
    return index


def turn_of(messages: list[Message], index: int) -> list[Message]:
    """All messages of the answer turn holding ``messages[index]``."""
    start = turn_start(messages, index)
    end = start + 1
    while end < len(messages) and is_continuation(messages, end):
        end += 1
    return messages[start:end]


@dataclass(frozen=True, slots=True)
class TimelineStep:
    """One step of a turn: the model thinking, a call, or a result."""

    kind: str  # thinking | call | result
    message_id: str
    text: str = ""
    seconds: float | None = None
    tokens: int | None = None
    approximate_tokens: bool = False
    at: str | None = None
    step: ToolStep | None = None


def timeline(turn: list[Message]) -> list[TimelineStep]:
    """Thinking → call → result → thinking … for one turn, with times and token counts.

    A result's tokens are estimated from the next round's prompt growth (the server does
    not count them separately); they are marked approximate.
    """
    results = results_by_call(turn)
    rounds = [m for m in turn if m.role is Role.ASSISTANT]
    steps: list[TimelineStep] = []
    for position, message in enumerate(rounds):
        usage = message.usage
        if message.reasoning.strip() or message.thinking_seconds is not None:
            steps.append(
                TimelineStep(
                    "thinking",
                    message.id,
                    message.reasoning,
                    message.thinking_seconds,
                    usage.reasoning_tokens if usage else None,
                    at=message.created_at,
                )
            )
        calls = steps_for(message, results)
        following = rounds[position + 1] if position + 1 < len(rounds) else None
        # Only a lone call's result can be told apart in the prompt's growth.
        grown = _result_tokens(message, following) if len(calls) == 1 else None
        for step in calls:
            steps.append(
                TimelineStep("call", message.id, step.arguments, at=step.started_at, step=step)
            )
            if not step.pending:
                steps.append(
                    TimelineStep(
                        "result",
                        message.id,
                        step.result,
                        step.duration_seconds,
                        grown,
                        approximate_tokens=True,
                        step=step,
                    )
                )
    return steps


def _result_tokens(message: Message, following: Message | None) -> int | None:
    """How much the next round's prompt grew beyond this round: roughly its results."""
    if following is None or message.usage is None or following.usage is None:
        return None
    grown = following.usage.prompt_tokens - message.usage.prompt_tokens
    grown -= message.usage.completion_tokens
    return grown if grown > 0 else None


def earlier_rounds(conversation: Conversation, message_id: str) -> list[TimelineStep]:
    """The timeline of the turn that ``message_id`` continues, up to (not with) it."""
    messages = conversation.messages
    index = next((i for i, m in enumerate(messages) if m.id == message_id), None)
    if index is None:
        return []
    start = turn_start(messages, index)
    return timeline(messages[start:index]) if start < index else []
