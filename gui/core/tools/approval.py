"""Asking the user before a tool call runs: the requests, the decisions, and the waiting.

The contract between the tool loop and whatever asks the user (Qt-free):

* Before the calls of one round run, every call that needs approval (its tool is not in
  its server's ``alwaysAllow``, and the call is valid) becomes an ``ApprovalRequest``.
* ``ChatController`` (gui/ui/controller.py) then either awaits its injected ``approver``
  (an ``Approver``: one request in, one ``Decision`` out; used by tests and policies), or,
  with none, emits ``approval_requested(conversation_id: str, requests: list[ApprovalRequest])``
  once per round, with all of that round's requests, and waits.
* The window answers each request, together or one by one, with
  ``ChatController.resolve_approval(call_id: str, decision: str)`` where decision is
  ``"once"`` (run this call), ``"always"`` (run it, and add the tool to its server's
  ``alwaysAllow`` in mcp.json, so later calls run without asking) or ``"deny"`` (the
  model reads that the user declined the call, and continues). Calls run as soon as they
  are allowed; the others keep waiting.
* Stop (or closing the chat's reply) withdraws every pending request: the controller
  emits ``approval_withdrawn(conversation_id: str)`` and the calls end as cancelled.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from gui.core.tools.calls import PreparedCall


class Decision(StrEnum):
    ONCE = "once"
    ALWAYS = "always"
    DENY = "deny"


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    """One call waiting for the user: what the approval card shows.

    ``name`` is the tool's name as the model called it; ``server`` and ``tool`` name it as
    configured. ``arguments`` is the call's arguments as indented JSON. The hints are the
    server's own claims (None: it did not say).
    """

    call_id: str
    name: str
    server: str
    tool: str
    description: str
    arguments: str
    read_only_hint: bool | None = None
    destructive_hint: bool | None = None


Approver = Callable[[ApprovalRequest], Awaitable[Decision]]


def approval_request(prepared: PreparedCall) -> ApprovalRequest:
    """The request for a valid call (one with a tool and checked arguments)."""
    tool = prepared.tool
    assert tool is not None
    return ApprovalRequest(
        call_id=prepared.call.id,
        name=prepared.call.name,
        server=tool.server,
        tool=tool.name,
        description=tool.description or tool.title,
        arguments=json.dumps(prepared.arguments, ensure_ascii=False, indent=2),
        read_only_hint=tool.read_only,
        destructive_hint=tool.destructive,
    )


class ApprovalGate:
    """The pending requests of one reply, each answered by call id.

    ``open`` registers a round's requests; ``decision`` waits for one; ``resolve`` answers
    one (False when nothing waits for that id); ``withdraw`` cancels every pending one.
    """

    def __init__(self) -> None:
        self._pending: dict[str, asyncio.Future[Decision]] = {}

    def open(self, requests: list[ApprovalRequest]) -> None:
        loop = asyncio.get_running_loop()
        for request in requests:
            if request.call_id not in self._pending:
                self._pending[request.call_id] = loop.create_future()

    @property
    def pending(self) -> list[str]:
        return [cid for cid, future in self._pending.items() if not future.done()]

    async def decision(self, call_id: str) -> Decision:
        future = self._pending.get(call_id)
        if future is None:
            return Decision.DENY  # never asked: never run
        try:
            return await asyncio.shield(future)  # one waiter's cancel must not decide for all
        finally:
            if future.done():
                self._pending.pop(call_id, None)

    def resolve(self, call_id: str, decision: Decision) -> bool:
        future = self._pending.get(call_id)
        if future is None or future.done():
            return False
        future.set_result(decision)
        return True

    def withdraw(self) -> bool:
        """Cancel every pending request; True when there was one."""
        waiting = False
        for future in self._pending.values():
            if not future.done():
                future.cancel()
                waiting = True
        self._pending.clear()
        return waiting
