"""A streaming reply's progress: its phase, and what changed since the last render."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class StreamPhase(StrEnum):
    """What a reply that is still arriving is doing; shown on the message and the pane."""

    WAITING = "waiting"  # no byte from the server yet
    THINKING = "thinking"
    WRITING = "writing"
    RETRYING = "retrying"  # waiting to try again after a busy server


@dataclass(slots=True)
class StreamUpdate:
    """What changed in a streaming reply since the last render."""

    answer_reset: bool
    answer: str
    reasoning_reset: bool
    reasoning: str
    phase: StreamPhase
    thinking_seconds: float | None
    notice: str = ""
