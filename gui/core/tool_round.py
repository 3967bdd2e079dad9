"""One tool round: the calls of an assistant turn approved, run together, answered in order."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from gui.core.conversation import (
    Approval,
    Conversation,
    Message,
    Role,
    ToolStatus,
    now_iso,
    tool_images,
)
from gui.core.tools.approval import ApprovalRequest, Approver, Decision, approval_request
from gui.core.tools.calls import (
    CANCELLED_TEXT,
    DENIED_TEXT,
    TIMED_OUT_TEXT,
    CallStatus,
    PreparedCall,
    ToolCall,
    outcome_of,
    prepare_call,
)
from gui.core.tools.catalog import Catalog
from gui.core.tools.toolinfo import ToolResult, ToolServerError

log = logging.getLogger(__name__)

ROUND_LIMIT_TEXT = (
    "Not run: this answer reached its limit of {limit} tool rounds. Answer with what you have."
)

RunTool = Callable[[str, str, dict[str, Any]], Awaitable[ToolResult]]


class Approvals(Protocol):
    """Where a round's calls wait for the user (see gui/core/tools/approval.py)."""

    def open(self, requests: list[ApprovalRequest]) -> None: ...

    async def decision(self, call_id: str) -> Decision: ...


class ApproverApprovals:
    """Approvals decided by an injected ``Approver``, one request at a time."""

    def __init__(self, approver: Approver) -> None:
        self._approver = approver
        self._requests: dict[str, ApprovalRequest] = {}

    def open(self, requests: list[ApprovalRequest]) -> None:
        self._requests.update({r.call_id: r for r in requests})

    async def decision(self, call_id: str) -> Decision:
        request = self._requests.get(call_id)
        return Decision.DENY if request is None else await self._approver(request)


@dataclass
class RoundHooks:
    """What the round reports as it goes (all optional)."""

    progress: Callable[[str, str], None] = lambda _call_id, _state: None
    result: Callable[[Message], None] = lambda _message: None  # after it is in the conversation
    always: Callable[[str, str], Awaitable[None]] | None = None  # remember "always allow"


@dataclass
class _Slot:
    prepared: PreparedCall
    approval: Approval = Approval.NONE
    started_at: str | None = None
    started: float | None = None
    message: Message | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def calls_of(reply: Message) -> list[ToolCall]:
    """The calls of an assistant turn that can be answered (those with an id)."""
    calls = []
    for raw in reply.tool_calls:
        call_id = raw.get("id")
        fn = raw.get("function")
        fn = fn if isinstance(fn, dict) else {}
        if isinstance(call_id, str) and call_id:
            name, arguments = fn.get("name"), fn.get("arguments")
            calls.append(
                ToolCall(
                    call_id,
                    name if isinstance(name, str) else "",
                    arguments if isinstance(arguments, str) else "",
                )
            )
    return calls


def tool_message(
    prepared: PreparedCall,
    status: ToolStatus,
    content: str,
    approval: Approval,
    *,
    started_at: str | None = None,
    duration: float | None = None,
    images: list[dict[str, str]] | None = None,
) -> Message:
    tool = prepared.tool
    return Message(
        role=Role.TOOL,
        content=content,
        tool_call_id=prepared.call.id,
        name=prepared.call.name,
        server=tool.server if tool else "",
        tool=tool.name if tool else "",
        is_error=status is not ToolStatus.OK,
        tool_status=status,
        started_at=started_at,
        duration_seconds=duration,
        approval=approval,
        images=images or [],
    )


def place_result(conversation: Conversation, reply: Message, message: Message) -> None:
    """Insert a result after ``reply`` and the results of the calls before it (call order)."""
    ids = [c.id for c in calls_of(reply)]
    start = next(i for i, m in enumerate(conversation.messages) if m is reply) + 1
    mine = ids.index(message.tool_call_id) if message.tool_call_id in ids else len(ids)
    position = start
    while position < len(conversation.messages):
        other = conversation.messages[position]
        if other.role is not Role.TOOL or other.tool_call_id not in ids:
            break
        if ids.index(other.tool_call_id) > mine:
            break
        position += 1
    conversation.messages.insert(position, message)


def unrun_results(conversation: Conversation, reply: Message, text: str) -> list[Message]:
    """Answer every call of ``reply`` that has no result yet with ``text`` (not run)."""
    answered = {m.tool_call_id for m in conversation.messages if m.role is Role.TOOL}
    added = []
    for call in calls_of(reply):
        if call.id in answered:
            continue
        message = tool_message(PreparedCall(call), ToolStatus.CANCELLED, text, Approval.NONE)
        place_result(conversation, reply, message)
        answered.add(call.id)
        added.append(message)
    return added


async def run_round(
    conversation: Conversation,
    reply: Message,
    catalog: Catalog,
    *,
    run: RunTool,
    always_allowed: Callable[[str, str], bool],
    approvals: Approvals,
    hooks: RoundHooks | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> list[Message]:
    """Run the calls of ``reply``; every call ends with its tool message in ``conversation``.

    Invalid calls (unknown tool, arguments not JSON or not matching the schema) are not
    run: their result says what was wrong. Valid calls not always allowed wait for
    ``approvals``. Cancelling the round cancels every running call and answers the calls
    without a result as cancelled, then re-raises.
    """
    hooks = hooks or RoundHooks()
    slots = [_Slot(prepare_call(call, catalog)) for call in calls_of(reply)]
    asking: list[ApprovalRequest] = []
    for slot in slots:
        prepared = slot.prepared
        if prepared.problem or prepared.tool is None:
            slot.approval = Approval.AUTO
        elif always_allowed(prepared.tool.server, prepared.tool.name):
            slot.approval = Approval.ALWAYS
        else:
            asking.append(approval_request(prepared))
    if asking:
        for request in asking:
            hooks.progress(request.call_id, "waiting")
        approvals.open(asking)

    def finish(slot: _Slot, message: Message) -> Message:
        slot.message = message
        place_result(conversation, reply, message)
        hooks.result(message)
        hooks.progress(message.tool_call_id, "done")
        return message

    async def one(slot: _Slot) -> Message:
        prepared = slot.prepared
        tool = prepared.tool
        if prepared.problem or tool is None:
            return finish(
                slot, tool_message(prepared, ToolStatus.ERROR, prepared.problem, Approval.AUTO)
            )
        if slot.approval is Approval.NONE:
            decision = await approvals.decision(prepared.call.id)
            if decision is Decision.DENY:
                slot.approval = Approval.DENIED
                return finish(
                    slot, tool_message(prepared, ToolStatus.DENIED, DENIED_TEXT, Approval.DENIED)
                )
            slot.approval = Approval.ONCE
            if decision is Decision.ALWAYS:
                slot.approval = Approval.ALWAYS
                if hooks.always is not None:
                    try:
                        await hooks.always(tool.server, tool.name)
                    except Exception as exc:  # the call still runs; only the memory failed
                        log.warning("could not save always-allow: %s", exc)
        images: list[dict[str, str]] = []
        slot.started_at, slot.started = now_iso(), clock()
        hooks.progress(prepared.call.id, "running")
        try:
            result = await run(tool.server, tool.name, prepared.arguments)
        except TimeoutError:
            status, content = ToolStatus.TIMED_OUT, TIMED_OUT_TEXT
        except ToolServerError as exc:
            status, content = ToolStatus.ERROR, f"Error: {exc}"
        else:
            outcome = outcome_of(prepared, result)
            status = ToolStatus.OK if outcome.status is CallStatus.OK else ToolStatus.ERROR
            content = outcome.content
            images = tool_images(
                [{"mime_type": i.mime_type, "data": i.data} for i in outcome.images]
            )
        return finish(
            slot,
            tool_message(
                prepared,
                status,
                content,
                slot.approval,
                started_at=slot.started_at,
                duration=max(0.0, clock() - slot.started),
                images=images,
            ),
        )

    tasks = [asyncio.ensure_future(one(slot)) for slot in slots]
    try:
        await asyncio.gather(*tasks, return_exceptions=True)
    except asyncio.CancelledError:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)  # nothing keeps running
        for slot in slots:
            if slot.message is None:
                duration = None if slot.started is None else max(0.0, clock() - slot.started)
                finish(
                    slot,
                    tool_message(
                        slot.prepared,
                        ToolStatus.CANCELLED,
                        CANCELLED_TEXT,
                        slot.approval,
                        started_at=slot.started_at,
                        duration=duration,
                    ),
                )
        raise
    for slot, task in zip(slots, tasks, strict=True):
        if slot.message is None:  # a bug in a hook or the runner: still answer the call
            error = task.exception() if not task.cancelled() else None
            log.error("tool call failed unexpectedly: %r", error)
            finish(
                slot,
                tool_message(
                    slot.prepared,
                    ToolStatus.ERROR,
                    f"Error: the call failed ({type(error).__name__ if error else 'cancelled'}).",
                    slot.approval,
                ),
            )
    return [slot.message for slot in slots if slot.message is not None]
