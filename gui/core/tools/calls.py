"""Running the model's tool calls: checked arguments, concurrent calls, results in call order."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from gui.core.tools.catalog import Catalog
from gui.core.tools.config import McpConfig
from gui.core.tools.toolinfo import ImagePart, ToolInfo, ToolResult, ToolServerError

log = logging.getLogger(__name__)

# Fixed texts the model reads for calls that did not run to the end.
DENIED_TEXT = "The user declined this tool call, so it was not run. Do not retry it unasked."
CANCELLED_TEXT = "The user cancelled this tool call before it finished; it has no result."
TIMED_OUT_TEXT = "The tool did not finish in time and was stopped; it has no result."
EMPTY_ERROR_TEXT = "The tool reported an error without a message."
# A result longer than this is cut: a huge tool result would overflow the model's context.
MAX_RESULT_CHARS = 100_000
_LISTED = 40  # tool names named in an "unknown tool" error
TRUNCATED_NOTE = "\n[The result was cut here: it had {total} characters, the limit is {limit}.]"


class CallStatus(StrEnum):
    OK = "ok"
    ERROR = "error"
    DENIED = "denied"
    CANCELLED = "cancelled"
    TIMED_OUT = "timed_out"


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One entry of the assistant's ``tool_calls``: ``arguments`` is the raw JSON string."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True, slots=True)
class PreparedCall:
    """A call checked against the catalog: the tool and its arguments, or why it cannot run."""

    call: ToolCall
    tool: ToolInfo | None = None
    arguments: dict[str, Any] = field(default_factory=dict)
    problem: str = ""


@dataclass(frozen=True, slots=True)
class ToolOutcome:
    """The result of one call: ``content`` is what the model reads in the ``tool`` message."""

    call_id: str
    name: str
    status: CallStatus
    content: str
    images: tuple[ImagePart, ...] = ()
    server: str = ""
    tool: str = ""

    @property
    def is_error(self) -> bool:
        return self.status is not CallStatus.OK

    def message(self) -> dict[str, Any]:
        return {"role": "tool", "tool_call_id": self.call_id, "content": self.content}


Approve = Callable[[PreparedCall], Awaitable[bool]]
RunTool = Callable[[str, str, dict[str, Any]], Awaitable[ToolResult]]


def prepare_call(call: ToolCall, catalog: Catalog) -> PreparedCall:
    """Check the name and the arguments; a problem is worded for the model to correct."""
    tool = catalog.lookup(call.name)
    if tool is None:
        names = sorted(catalog.by_name)
        offered = ", ".join(names[:_LISTED]) + (", …" if len(names) > _LISTED else "")
        return PreparedCall(
            call,
            problem=f'Error: there is no tool named "{call.name}". '
            + (f"Available tools: {offered}." if names else "No tools are available."),
        )
    raw = call.arguments.strip()
    try:
        arguments = json.loads(raw) if raw else {}
    except json.JSONDecodeError as exc:
        return PreparedCall(
            call,
            tool,
            problem=f"Error: the arguments are not valid JSON ({exc.msg} at character "
            f"{exc.pos}). Send one JSON object that matches the tool's parameters.",
        )
    if not isinstance(arguments, dict):
        return PreparedCall(
            call,
            tool,
            problem=f"Error: the arguments must be a JSON object, not {type(arguments).__name__}.",
        )
    problem = schema_problem(arguments, tool.input_schema)
    if problem:
        return PreparedCall(
            call,
            tool,
            arguments,
            problem=f"Error: the arguments do not match the tool's parameters: {problem}",
        )
    return PreparedCall(call, tool, arguments)


def schema_problem(arguments: dict[str, Any], schema: dict[str, Any]) -> str:
    """Why ``arguments`` fail ``schema`` ("" when they pass, or the schema is unusable)."""
    if not schema:
        return ""
    import jsonschema  # here: only needed once the model calls a tool

    try:
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
    except jsonschema.SchemaError:
        log.warning("a tool's input schema is invalid; arguments are not checked")
        return ""
    validator = validator_class(schema)
    try:
        error = jsonschema.exceptions.best_match(validator.iter_errors(arguments))
    except Exception:  # e.g. a $ref that points nowhere: the server's fault, not the model's
        log.warning("a tool's input schema cannot be applied; arguments are not checked")
        return ""
    if error is None:
        return ""
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{error.message} (at {where})." if where else f"{error.message}."


def always_allowed(prepared: PreparedCall, config: McpConfig) -> bool:
    """Whether the user let this tool run without asking (its server's ``alwaysAllow``)."""
    tool = prepared.tool
    if tool is None or tool.server not in config.servers:
        return False
    return tool.name in config.servers[tool.server].always_allow


def outcome_of(prepared: PreparedCall, result: ToolResult) -> ToolOutcome:
    tool = prepared.tool
    text = result.text
    if result.is_error and not text.strip():
        text = EMPTY_ERROR_TEXT
    if len(text) > MAX_RESULT_CHARS:
        note = TRUNCATED_NOTE.format(total=len(text), limit=MAX_RESULT_CHARS)
        text = text[:MAX_RESULT_CHARS] + note
    return ToolOutcome(
        prepared.call.id,
        prepared.call.name,
        CallStatus.ERROR if result.is_error else CallStatus.OK,
        text,
        result.images,
        tool.server if tool else "",
        tool.name if tool else "",
    )


def _fixed(prepared: PreparedCall, status: CallStatus, text: str) -> ToolOutcome:
    tool = prepared.tool
    return ToolOutcome(
        prepared.call.id,
        prepared.call.name,
        status,
        text,
        (),
        tool.server if tool else "",
        tool.name if tool else "",
    )


class CallBatch:
    """The tool calls of one assistant turn: run together, answered in call order.

    Every call gets an outcome, so every ``tool_call_id`` gets its ``tool`` message
    (MiniMax rejects a turn with a call left unanswered).
    """

    def __init__(
        self,
        calls: list[ToolCall],
        catalog: Catalog,
        run: RunTool,
        approve: Approve | None = None,
    ) -> None:
        self.prepared = [prepare_call(c, catalog) for c in calls]
        self._run = run
        self._approve = approve
        self._tasks: dict[str, asyncio.Task[ToolOutcome]] = {}
        self._cancelled: set[str] = set()

    def cancel(self, call_id: str | None = None) -> None:
        """Stop one call (or all): it ends as "cancelled"; the others go on."""
        for cid, task in self._tasks.items():
            if call_id is None or cid == call_id:
                self._cancelled.add(cid)
                task.cancel()

    async def run(self) -> list[ToolOutcome]:
        order: list[tuple[PreparedCall, asyncio.Task[ToolOutcome]]] = []
        for index, prepared in enumerate(self.prepared):
            task = asyncio.create_task(self._one(prepared))
            # Ids should be unique, but a model may repeat one: key by position then.
            key = prepared.call.id if prepared.call.id not in self._tasks else f"#{index}"
            self._tasks[key] = task
            order.append((prepared, task))
        try:
            results = await asyncio.gather(*(t for _p, t in order), return_exceptions=True)
        except asyncio.CancelledError:
            for _p, task in order:
                task.cancel()
            raise
        outcomes = []
        for (prepared, _task), result in zip(order, results, strict=True):
            if isinstance(result, ToolOutcome):
                outcomes.append(result)
            elif isinstance(result, asyncio.CancelledError):
                outcomes.append(_fixed(prepared, CallStatus.CANCELLED, CANCELLED_TEXT))
            else:
                log.error("tool call failed unexpectedly: %s", type(result).__name__)
                outcomes.append(
                    _fixed(prepared, CallStatus.ERROR, f"Error: the call failed ({result}).")
                )
        return outcomes

    async def _one(self, prepared: PreparedCall) -> ToolOutcome:
        if prepared.problem or prepared.tool is None:
            return _fixed(prepared, CallStatus.ERROR, prepared.problem)
        if self._approve is not None and not await self._approve(prepared):
            return _fixed(prepared, CallStatus.DENIED, DENIED_TEXT)
        tool = prepared.tool
        try:
            result = await self._run(tool.server, tool.name, prepared.arguments)
        except TimeoutError:
            return _fixed(prepared, CallStatus.TIMED_OUT, TIMED_OUT_TEXT)
        except ToolServerError as exc:
            return _fixed(prepared, CallStatus.ERROR, f"Error: {exc}")
        return outcome_of(prepared, result)
