"""Plain-text exports: wrapped by display width (CJK counts double), speaker-labelled."""

from __future__ import annotations

import re
import unicodedata

from gui.core.conversation import Conversation, Message
from gui.core.export.attachments import describe
from gui.core.export.notes import (
    answer_text,
    close_fences,
    conversation_meta,
    message_meta,
    speaker,
    status_note,
    title_of,
)
from gui.core.export.options import ExportOptions
from gui.core.export.tool_notes import arguments_text, image_note, step_heading, tool_label
from gui.core.export.tool_notes import parts as tool_parts
from gui.core.labels import label
from gui.core.tool_turns import ToolStep

TEXT_WIDTH = 80


# -- plain text ----------------------------------------------------------------------


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK and emoji take two)."""
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or ch in "\u200d\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


_TOKENS = re.compile(r"\s+|[^\s]")


def wrap_line(line: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Wrap one line at spaces and between wide (CJK) characters; long words stay whole."""
    words: list[tuple[str, bool]] = []  # (text, space before it)
    space = False
    current = ""
    for match in _TOKENS.finditer(line):
        piece = match.group()
        if piece.isspace():
            if current:
                words.append((current, space))
                current = ""
            space = True
            continue
        if _char_width(piece) == 2:
            if current:
                words.append((current, space))
                space = False
                current = ""
            words.append((piece, space))
            space = False
            continue
        if not current:
            current = piece
            continue
        current += piece
    if current:
        words.append((current, space))
    lines: list[str] = []
    out = first
    used = display_width(first)
    start = used
    for word, spaced in words:
        gap = 1 if spaced and used > start else 0
        need = gap + display_width(word)
        if used + need > width and used > start:
            lines.append(out.rstrip())
            out, used = rest, display_width(rest)
            start = used
            gap = 0
        out += " " * gap + word
        used += gap + display_width(word)
    lines.append(out.rstrip())
    return lines


_FENCE_LINE = re.compile(r"^[ \t>]*(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^(\s*)((?:[-+*]|\d{1,9}[.)])\s+|>\s?)")


def wrap_markdown(text: str, width: int, indent: str = "") -> list[str]:
    """Wrap Markdown prose for plain text; code, tables and indented lines stay verbatim."""
    out: list[str] = []
    fence: str | None = None
    for line in text.splitlines():
        stripped = line.strip()
        match = _FENCE_LINE.match(line)
        if fence is not None:
            out.append((indent + line).rstrip())
            if (
                match
                and match.group(1)[0] == fence[0]
                and len(match.group(1)) >= len(fence)
                and not stripped.lstrip("> \t").strip(fence[0]).strip()
            ):
                fence = None
            continue
        if match:
            fence = match.group(1)
            out.append((indent + line).rstrip())
            continue
        if not stripped:
            out.append(indent.rstrip())
            continue
        if stripped.startswith("|") or line.startswith(("    ", "\t")):
            out.append((indent + line).rstrip())
            continue
        if display_width(indent + line) <= width:
            out.append((indent + line).rstrip())  # fits: leave it exactly as written
            continue
        item = _LIST_ITEM.match(line)
        if item is None:
            out.extend(wrap_line(stripped, width, indent, indent))
            continue
        marker = item.group(0)
        hang = item.group(1) + ("> " if marker.strip() == ">" else " " * len(item.group(2)))
        body = line[len(marker) :].strip()
        out.extend(wrap_line(body, width, indent + marker, indent + hang))
    return out


def message_text(
    message: Message,
    options: ExportOptions,
    width: int = TEXT_WIDTH,
    steps: list[ToolStep] | None = None,
    continued: bool = False,
) -> str:
    """One message as plain text: speaker line, indented reasoning, wrapped text, tool
    calls, notes. A ``continued`` round (after a tool call) has no speaker line."""
    head = "" if continued else speaker(message)
    if options.include_metadata:
        head += f" · {message_meta(message)}" if head else message_meta(message)
    parts = [head] if head else []
    if options.include_reasoning and message.reasoning.strip():
        lines = [f"    {label('reasoning')}:"]
        lines.extend(wrap_markdown(message.reasoning.strip("\n"), width, "    | "))
        lines.append(f"    ({label('end_of_reasoning')})")
        parts.append("\n".join(lines))
    body = answer_text(message)
    if body.strip():
        parts.append("\n".join(wrap_markdown(close_fences(body.strip("\n")), width)))
    parts.extend(tool_call_text(step, options) for step in steps or [])
    if message.attachments:
        parts.append("\n".join(f"[📎 {describe(ref)}]" for ref in message.attachments))
    note = status_note(message)
    if note:
        parts.append("\n".join(wrap_line(f"[{note}]", width)))
    return "\n\n".join(parts)


def tool_call_text(step: ToolStep, options: ExportOptions) -> str:
    """A call as an indented block: heading, arguments, and its result behind "| "."""
    lines = [f"    [{tool_label('tool_call')}] {step_heading(step, options.include_metadata)}"]
    lines.append(f"    {tool_label('arguments')}:")
    lines.extend(f"      {line}".rstrip() for line in arguments_text(step).splitlines())
    if not step.pending:
        lines.append(f"    {tool_label('result')}:")
        lines.extend(f"    | {line}".rstrip() for line in step.result.strip("\n").splitlines())
        lines.extend(f"    {image_note(image)}" for image in step.images)
    return "\n".join(lines)


def export_text(conversation: Conversation, options: ExportOptions, width: int = TEXT_WIDTH) -> str:
    """The whole conversation as wrapped, speaker-labelled plain text."""
    title = title_of(conversation)
    parts = [f"{title}\n{'=' * min(width, max(3, display_width(title)))}"]
    if options.include_metadata:
        parts.append("\n".join(conversation_meta(conversation, options)))
    prompt = conversation.effective_system_prompt.strip("\n")
    if options.include_system_prompt and prompt.strip():
        lines = [f"{label('system_prompt')}:"]
        lines.extend(wrap_markdown(prompt, width, "    "))
        parts.append("\n".join(lines))
    rule = "-" * width
    for part in tool_parts(conversation):
        if part.starts_context:
            parts.append("=" * width + "\n" + "\n".join(wrap_line(label("context_start"), width)))
        if not part.continued:
            parts.append(rule)
        parts.append(message_text(part.message, options, width, part.steps, part.continued))
    return "\n\n".join(parts) + "\n"
