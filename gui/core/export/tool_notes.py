"""Tool calls in exports: which messages show them, their headings, fences and image notes."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass

from gui.core.context_start import start_index
from gui.core.conversation import Conversation, Message, Role
from gui.core.formatting import duration
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.tool_turns import (
    StepImage,
    ToolStep,
    is_continuation,
    pretty_json,
    results_by_call,
    status_text,
    steps_for,
)

LABELS = {
    "tool_call": QT_TRANSLATE_NOOP("tool_labels", "Tool call"),
    "arguments": QT_TRANSLATE_NOOP("tool_labels", "Arguments"),
    "result": QT_TRANSLATE_NOOP("tool_labels", "Result"),
    "image": QT_TRANSLATE_NOOP("tool_labels", "image"),
}
# Raster images only: an SVG could carry script, anything else may not be an image at all.
EMBEDDABLE = ("image/png", "image/jpeg", "image/gif", "image/webp")


def tool_label(name: str) -> str:
    return translate("tool_labels", LABELS[name])


@dataclass(frozen=True, slots=True)
class Part:
    """A message as an export shows it: ``continued`` rounds join the turn before them;
    ``starts_context``: the chat's context starts here (a marker goes before it)."""

    message: Message
    continued: bool
    steps: list[ToolStep]
    starts_context: bool = False


def parts(conversation: Conversation) -> Iterator[Part]:
    """The messages an export shows, in order; tool results travel with their calls."""
    messages = conversation.messages
    results = results_by_call(messages)
    first = start_index(messages, conversation.context_from)  # 0: the whole chat is sent
    for index, message in enumerate(messages):
        if message.role is Role.TOOL:
            continue
        yield Part(
            message,
            is_continuation(messages, index),
            steps_for(message, results),
            starts_context=0 < first == index,
        )


def step_heading(step: ToolStep, with_time: bool) -> str:
    """ "files › list_files · done · 0.4 s" (the time only with metadata)."""
    parts = [step.title, status_text(step.status)]
    if with_time and step.duration_seconds is not None:
        parts.append(duration(step.duration_seconds))
    return " · ".join(parts)


def arguments_text(step: ToolStep) -> str:
    return pretty_json(step.arguments)


def image_note(image: StepImage) -> str:
    """ "[image: image/png, 2 KB]": what an export says instead of (or beside) a picture."""
    size = len(image.data) * 3 // 4
    amount = f"{size} B" if size < 1024 else f"{round(size / 1024)} KB"
    return f"[{tool_label('image')}: {image.mime_type or '?'}, {amount}]"


def embeddable(image: StepImage) -> bool:
    """Whether ``image`` may go into an HTML page as a data: URL (valid base64, raster)."""
    if image.mime_type.lower() not in EMBEDDABLE:
        return False
    try:
        base64.b64decode(image.data, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def fence(text: str, ticks: str = "`") -> str:
    """A code fence longer than any run of ``ticks`` inside ``text`` (it cannot close early)."""
    longest = max((len(run) for run in re.findall(f"{re.escape(ticks)}+", text)), default=0)
    return ticks * max(3, longest + 1)
