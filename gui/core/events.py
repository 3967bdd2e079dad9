"""The app's own stream vocabulary, decoupled from the SDK's chunk types."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gui.core.conversation import Usage
from gui.core.errors import ClassifiedError


@dataclass(frozen=True, slots=True)
class ReasoningDelta:
    """New thinking text; ``item`` is the raw ``reasoning_details`` fragment, kept for replay."""

    text: str
    item: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class ContentDelta:
    """New raw content text (may still contain ``<think>`` tags)."""

    text: str


@dataclass(frozen=True, slots=True)
class ToolCallDelta:
    """A fragment of a streamed tool call."""

    index: int
    id: str | None
    name: str | None
    arguments: str


@dataclass(frozen=True, slots=True)
class UsageReport:
    """Token usage, usually from the last chunk."""

    usage: Usage


@dataclass(frozen=True, slots=True)
class FullMessage:
    """A complete message frame (``chat.completion``) that ends some streams.

    It repeats the whole reply: use it to fill in what the deltas did not deliver,
    never append it.
    """

    content: str
    reasoning_details: list[dict[str, Any]] = field(default_factory=list)
    reasoning_text: str = ""
    tool_calls: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Finished:
    """The stream ended; ``finish_reason`` is None when it ended without one (dropped)."""

    finish_reason: str | None
    model: str = ""


@dataclass(frozen=True, slots=True)
class StreamFailed:
    """The request or the stream failed; earlier deltas stay valid."""

    error: ClassifiedError
    interrupted: bool = False


StreamEvent = (
    ReasoningDelta
    | ContentDelta
    | ToolCallDelta
    | UsageReport
    | FullMessage
    | Finished
    | StreamFailed
)
