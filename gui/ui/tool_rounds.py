"""The tool rounds of an answer: the tools a chat offers, running a round, approvals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from gui.core.conversation import Message
from gui.core.i18n import translate
from gui.core.tool_round import ApproverApprovals, RoundHooks, run_round
from gui.core.tools.approval import ApprovalGate, ApprovalRequest, Decision
from gui.core.tools.catalog import Catalog
from gui.core.tools.config import McpConfigError
from gui.core.tools.toolinfo import ToolResult
from gui.ui.reply_stream import ReplyStream as _Stream

if TYPE_CHECKING:
    from gui.ui.controller import ChatController

log = logging.getLogger(__name__)


class _SignalApprovals:
    """Approvals answered through ``resolve_approval``: the round's requests are announced
    once (``approval_requested``), then each call waits on the gate."""

    def __init__(self, gate: ApprovalGate, announce: Callable[[list[ApprovalRequest]], None]):
        self._gate = gate
        self._announce = announce

    def open(self, requests: list[ApprovalRequest]) -> None:
        self._gate.open(requests)
        self._announce(requests)

    async def decision(self, call_id: str) -> Decision:
        return await self._gate.decision(call_id)


class ToolRounds:
    """Drives the tool side of the controller's replies: it uses the controller's tools,
    approver, settings and signals, and the approval gates of its streams."""

    def __init__(self, owner: ChatController) -> None:
        self._owner = owner
        self._told: set[str] = set()  # tool problems already shown

    async def offer(self, stream: _Stream) -> Catalog | None:
        """The tools this chat offers (servers start now if needed); None: none."""
        if self._owner._tools is None:
            return None
        try:
            catalog, problems = await self._owner._tools.catalog(stream.conversation.tools)
        except Exception as exc:  # a bug: answer without tools rather than not at all
            log.exception("listing tools failed")
            self._owner.notice.emit(
                translate("ChatController", "Tools are unavailable: {error}").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )
            return None
        for problem in problems:
            if problem not in self._told:
                self._told.add(problem)
                self._owner.notice.emit(problem)
        return catalog if catalog.tools else None

    async def run(self, stream: _Stream, catalog: Catalog) -> None:
        """Run the calls of the reply just finished; their results go into the conversation."""
        conv, reply, tools = stream.conversation, stream.reply, self._owner._tools
        assert tools is not None
        time_limit = self._owner._settings().tool_timeout
        if self._owner.approver is not None:
            approvals: ApproverApprovals | _SignalApprovals = ApproverApprovals(
                self._owner.approver
            )
        else:
            stream.gate = ApprovalGate()
            approvals = _SignalApprovals(stream.gate, lambda r: self._ask(conv.id, r))

        def on_result(message: Message) -> None:
            self._owner._save(conv)  # a checkpoint per result: a kill loses at most running calls
            self._owner.messages_changed.emit(conv.id)

        async def run(server: str, tool: str, arguments: dict[str, object]) -> ToolResult:
            return await tools.call(server, tool, arguments, time_limit)

        try:
            await run_round(
                conv,
                reply,
                catalog,
                run=run,
                always_allowed=tools.always_allowed,
                approvals=approvals,
                hooks=RoundHooks(
                    progress=lambda call_id, state: self._owner.tool_progress.emit(
                        conv.id, call_id, state
                    ),
                    result=on_result,
                    always=self._allow_always,
                ),
                clock=self._owner._clock,
            )
        finally:
            if stream.gate is not None and stream.gate.withdraw():
                self._owner.approval_withdrawn.emit(conv.id)
            stream.gate = None

    def _ask(self, conversation_id: str, requests: list[ApprovalRequest]) -> None:
        self._owner.approval_requested.emit(conversation_id, requests)

    async def _allow_always(self, server: str, tool: str) -> None:
        assert self._owner._tools is not None
        try:
            await self._owner._tools.allow_always(server, tool)
        except (OSError, McpConfigError) as exc:
            self._owner.notice.emit(
                translate(
                    "ChatController",
                    'The tool "{tool}" is allowed for now, but this could not be saved in '
                    "mcp.json: {reason}",
                ).format(tool=tool, reason=str(exc))
            )

    def resolve(self, call_id: str, decision: str) -> bool:
        """The user's answer to a pending call ("once", "always" or "deny"); False when no
        call waits for it (already answered, or withdrawn by Stop)."""
        try:
            choice = Decision(decision)
        except ValueError:
            return False
        for stream in self._owner._streams.values():
            if stream.gate is not None and stream.gate.resolve(call_id, choice):
                return True
        return False

    def pending(self, conversation_id: str) -> list[str]:
        """Call ids of this conversation waiting for the user (for views rebuilt meanwhile)."""
        stream = self._owner._streams.get(conversation_id)
        return stream.gate.pending if stream is not None and stream.gate is not None else []
