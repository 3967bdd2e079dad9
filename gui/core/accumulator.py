"""Build an assistant message from stream events: pure, no timers, no I/O."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from gui.core.conversation import ErrorInfo, Message, MessageStatus, now_iso
from gui.core.errors import ended_early_error
from gui.core.events import (
    ContentDelta,
    Finished,
    FullMessage,
    ReasoningDelta,
    StreamEvent,
    StreamFailed,
    ToolCallDelta,
    UsageReport,
)
from gui.core.think_tags import ANSWER, RECLASSIFY, THINK, ThinkSplitter

# Pieces that each repeat the previous one (plus more) for this many pieces in a row
# settle a stream as cumulative; until then the incremental reading is kept as well.
_CUMULATIVE_CONFIRM = 3
_STRIP_TRAILING = ("</think>", "</thinking>")


class TextBuffer:
    """Append-only text with "what is new since I last looked" and reset support.

    Lines end in "\n": a "\r\n", also one whose "\r" ends one piece and whose "\n"
    starts the next, and a lone "\r" (a line break to Markdown) become "\n". Qt's text
    documents break a line at "\r" as well as at "\n": a streamed view showed a blank
    line wherever a chunk ended between the two.
    """

    __slots__ = (
        "_after_cr",
        "_delivered",
        "_joined",
        "_length",
        "_parts",
        "_pending",
        "_reset",
    )

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pending: list[str] = []
        self._joined: str | None = ""
        self._reset = False
        self._delivered = 0
        self._length = 0
        self._after_cr = False  # the text so far ended in "\r" (already given as "\n")

    def append(self, text: str) -> None:
        if not text:
            return
        if self._after_cr and text[0] == "\n":
            text = text[1:]  # the second half of a "\r\n" already counted
        self._after_cr = text.endswith("\r")
        if text:
            text = _newlines(text)
            self._parts.append(text)
            self._pending.append(text)
            self._joined = None
            self._length += len(text)

    def replace(self, text: str) -> None:
        """Swap the whole text; the next ``take`` reports a reset."""
        self._after_cr = text.endswith("\r")
        text = _newlines(text)
        self._parts = [text] if text else []
        self._pending = list(self._parts)
        self._joined = text
        self._reset = True
        self._delivered = 0
        self._length = len(text)

    @property
    def text(self) -> str:
        if self._joined is None:
            self._joined = "".join(self._parts)
            self._parts = [self._joined] if self._joined else []
        return self._joined

    def __len__(self) -> int:
        return self._length

    @property
    def waiting(self) -> int:
        """Characters the next ``take`` hands out (all of them after a reset)."""
        return self._length if self._reset else self._length - self._delivered

    def take(self) -> tuple[bool, str]:
        """Return (reset, new_text): new_text is everything when reset is True."""
        reset, self._reset = self._reset, False
        new = self.text if reset else "".join(self._pending)
        self._pending = []
        self._delivered = len(self)
        return reset, new

    @property
    def delivered(self) -> str:
        """The text handed out by ``take`` so far (what a view rebuilt from scratch shows)."""
        return self.text[: self._delivered]


def _newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


class PieceJoiner:
    """Join the reasoning pieces of one item, whether the server sends them incrementally
    or cumulatively (each piece repeating all text so far, minimax-wire.md §4.3).

    Both readings are kept from the first piece: the cumulative one is taken while every
    piece extends the one before, and given up (with a reset of the shown text) the first
    time one does not. A stream that has shown itself incremental stays incremental, so
    an answer that quotes its own reasoning later is never cut.
    """

    __slots__ = ("_confirmations", "_joined", "_mode", "text")

    def __init__(self) -> None:
        self.text = ""
        self._mode = "unknown"  # "unknown", "cumulative" or "incremental"
        self._joined: list[str] | None = []  # the incremental reading, while it may still win
        self._confirmations = 0

    def add(self, piece: str) -> tuple[bool, str]:
        """Take one non-empty piece; return (reset, text): the new text, or all of it."""
        if self._mode == "incremental" or not self.text:
            self.text += piece
            if self._joined is not None:
                self._joined.append(piece)
            return False, piece
        if piece.startswith(self.text):
            new = piece[len(self.text) :]
            self.text = piece
            self._mode = "cumulative"
            if self._joined is not None:
                self._joined.append(piece)
                if new:
                    self._confirmations += 1
                if self._confirmations >= _CUMULATIVE_CONFIRM:
                    self._joined = None  # settled: the joined reading would grow quadratically
            return False, new
        if self._joined is None:  # a settled cumulative stream sent a plain delta
            self.text += piece
            return False, piece
        was_cumulative = self._mode == "cumulative"
        self._mode = "incremental"
        self._joined.append(piece)
        self.text = "".join(self._joined)
        self._joined = None
        return (True, self.text) if was_cumulative else (False, piece)


class StreamAccumulator:
    """Apply stream events to an assistant ``Message``, keeping partial text on failure.

    Args:
        message: the assistant message to fill (its status should be STREAMING).
        clock: monotonic seconds, injectable for tests.
    """

    def __init__(self, message: Message, clock: Callable[[], float] = time.monotonic) -> None:
        self.message = message
        self.answer = TextBuffer()
        self.reasoning = TextBuffer()
        self._clock = clock
        self._first_reasoning_at: float | None = None
        self._first_answer_at: float | None = None
        self._raw: list[str] = []
        self._splitter = ThinkSplitter()
        self._field_items: dict[int, dict[str, Any]] = {}
        self._field_text: dict[int, PieceJoiner] = {}
        self._tag_reasoning: list[str] = []
        self._tool_calls: list[dict[str, Any]] = []
        self._full: FullMessage | None = None
        self.finish_reason: str | None = None
        self.error: StreamFailed | None = None
        self.finished = False

    # -- events ---------------------------------------------------------------

    def apply(self, event: StreamEvent) -> None:
        """Fold one event into the message."""
        if isinstance(event, ContentDelta):
            self._on_content(event.text)
        elif isinstance(event, ReasoningDelta):
            self._on_reasoning(event)
        elif isinstance(event, ToolCallDelta):
            self._on_tool_call(event)
        elif isinstance(event, UsageReport):
            self.message.usage = event.usage
        elif isinstance(event, FullMessage):
            self._full = event
        elif isinstance(event, Finished):
            self.finish_reason = event.finish_reason or self.finish_reason
            if event.model:
                self.message.model = event.model
            self.finished = True
        elif isinstance(event, StreamFailed):
            self.error = event

    def _on_content(self, text: str) -> None:
        if not text:
            return
        self._raw.append(text)
        for kind, piece in self._splitter.feed(text):
            self._route(kind, piece)

    def _route(self, kind: str, piece: str) -> None:
        if kind == ANSWER:
            if self._first_answer_at is None and piece.strip():
                self._first_answer_at = self._clock()
            self.answer.append(piece)
        elif kind == THINK:
            self._mark_reasoning()
            self._tag_reasoning.append(piece)
            if not self._field_items:
                self.reasoning.append(piece)
        elif kind == RECLASSIFY:
            moved = self.answer.text
            self.answer.replace("")
            self._first_answer_at = None
            self._tag_reasoning.insert(0, moved)
            self._mark_reasoning()
            if not self._field_items:
                self.reasoning.replace("".join(self._tag_reasoning))

    def _mark_reasoning(self) -> None:
        if self._first_reasoning_at is None:
            self._first_reasoning_at = self._clock()

    def _on_reasoning(self, event: ReasoningDelta) -> None:
        item = event.item if event.item is not None else {"index": 0}
        raw_index = item.get("index", 0)
        index = raw_index if isinstance(raw_index, int) else 0
        self._splitter.allow_reclassify = False
        had_fields = bool(self._field_items)
        stored = self._field_items.get(index)
        if stored is None:
            stored = {k: v for k, v in item.items() if k != "text"}
            stored.setdefault("type", "reasoning.text")
            stored.setdefault("index", index)
            self._field_items[index] = stored
            self._field_text[index] = PieceJoiner()
        else:
            for key, value in item.items():
                if key != "text" and value not in (None, ""):
                    stored[key] = value
        if not event.text:
            return
        reset, piece = self._field_text[index].add(event.text)
        if not piece:
            return
        self._mark_reasoning()
        if reset or (not had_fields and self._tag_reasoning) or len(self._field_items) > 1:
            # Fields win over tags (M3 can send both); show the field text alone.
            self.reasoning.replace(self._joined_field_text())
        else:
            self.reasoning.append(piece)

    def _joined_field_text(self) -> str:
        return "\n\n".join(self._field_text[i].text for i in sorted(self._field_text))

    def _on_tool_call(self, event: ToolCallDelta) -> None:
        current = next((c for c in reversed(self._tool_calls) if c["index"] == event.index), None)
        if current is None or (event.id and current["id"] and event.id != current["id"]):
            current = {
                "index": event.index,
                "id": "",
                "type": "function",
                "function": {"name": "", "arguments": ""},
            }
            self._tool_calls.append(current)
        current["id"] = event.id or current["id"]
        current["function"]["name"] = event.name or current["function"]["name"]
        current["function"]["arguments"] += event.arguments

    # -- views ------------------------------------------------------------------

    @property
    def in_reasoning(self) -> bool:
        """True while the model is still thinking (no answer text yet)."""
        return self._first_answer_at is None

    def thinking_seconds(self) -> float | None:
        """Seconds from the first reasoning to the first answer text (or to now)."""
        if self._first_reasoning_at is None:
            return None
        end = self._first_answer_at if self._first_answer_at is not None else self._clock()
        return max(0.0, end - self._first_reasoning_at)

    @property
    def has_output(self) -> bool:
        """True once any answer, reasoning or tool-call text arrived."""
        return bool(self._raw or self._field_items or self._tool_calls)

    def checkpoint(self) -> None:
        """Copy the partial text into the message so a mid-stream save keeps it."""
        self.message.content = self.answer.text
        self.message.reasoning = self.reasoning.text

    # -- the end ------------------------------------------------------------------

    def finish(self, status: MessageStatus | None = None) -> Message:
        """Write the accumulated state into the message and set its final status.

        Args:
            status: force a status (STOPPED when the user cancelled). When None the
                status follows the events: COMPLETE with a finish_reason,
                INTERRUPTED without one or after a dropped connection, ERROR after
                a failure.
        """
        for kind, piece in self._splitter.finish():
            self._route(kind, piece)
        self._reconcile_with_full_message()
        msg = self.message
        raw = "".join(self._raw)
        msg.content = self.answer.text.strip()
        reasoning = self.reasoning.text.strip()
        for tail in _STRIP_TRAILING:
            if reasoning.endswith(tail):
                reasoning = reasoning[: -len(tail)].rstrip()
        msg.reasoning = reasoning
        msg.raw_content = raw if raw != msg.content else None
        msg.reasoning_details = [
            {**self._field_items[i], "text": self._field_text[i].text}
            for i in sorted(self._field_items)
        ]
        msg.tool_calls = [
            {k: v for k, v in call.items() if k != "index"} | {"index": call["index"]}
            for call in self._tool_calls
        ]
        msg.finish_reason = self.finish_reason
        msg.thinking_seconds = self.thinking_seconds()
        msg.completed_at = now_iso()
        if status is not None:
            msg.status = status
        elif self.error is not None:
            msg.status = (
                MessageStatus.INTERRUPTED if self.error.interrupted else MessageStatus.ERROR
            )
            msg.error = ErrorInfo.from_error(self.error.error)
        elif self.finish_reason is None:
            msg.status = MessageStatus.INTERRUPTED
            msg.error = ErrorInfo.from_error(ended_early_error())
        else:
            msg.status = MessageStatus.COMPLETE
        return msg

    def _reconcile_with_full_message(self) -> None:
        """Use a final full-message frame only for what the deltas did not deliver."""
        full = self._full
        if full is None:
            return
        if not self._raw and full.content:
            self._on_content(full.content)
            for kind, piece in self._splitter.finish():
                self._route(kind, piece)
        if not self._field_items:
            for item in full.reasoning_details:
                text = item.get("text")
                self._on_reasoning(ReasoningDelta(text if isinstance(text, str) else "", item))
            if not full.reasoning_details and full.reasoning_text:
                self._on_reasoning(ReasoningDelta(full.reasoning_text, None))
        if not self._tool_calls:
            for position, call in enumerate(full.tool_calls):
                fn = call.get("function") or {}
                self._on_tool_call(
                    ToolCallDelta(
                        index=call.get("index", position),
                        id=call.get("id"),
                        name=fn.get("name"),
                        arguments=fn.get("arguments") or "",
                    )
                )
