"""Markdown exports: headings per speaker, reasoning in a collapsed block, escaped labels."""

from __future__ import annotations

import re

from gui.core.conversation import Conversation, Message
from gui.core.export.attachments import markdown_block
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
from gui.core.export.tool_notes import arguments_text, fence, image_note, step_heading, tool_label
from gui.core.export.tool_notes import parts as tool_parts
from gui.core.labels import label
from gui.core.tool_turns import ToolStep

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def md_escape(text: str) -> str:
    """Inline text that Markdown shows literally (titles, labels, error messages)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def message_markdown(
    message: Message,
    options: ExportOptions,
    steps: list[ToolStep] | None = None,
    continued: bool = False,
) -> str:
    """One message as Markdown: speaker heading, reasoning block, text, tool calls, status.

    A ``continued`` round (after a tool call) has no heading: it goes on the answer above.
    """
    parts = [] if continued else [f"## {speaker(message)}"]
    if options.include_metadata:
        parts.append(f"*{md_escape(message_meta(message))}*")
    if options.include_reasoning and message.reasoning.strip():
        parts.append(reasoning_markdown(message.reasoning))
    body = answer_text(message)
    if body.strip():
        parts.append(close_fences(body.strip("\n")))
    parts.extend(tool_call_markdown(step, options) for step in steps or [])
    if message.attachments:
        parts.append(markdown_block(message))
    note = status_note(message)
    if note:
        parts.append(f"> **{md_escape(note)}**")
    return "\n\n".join(parts)


def tool_call_markdown(step: ToolStep, options: ExportOptions) -> str:
    """A call as a quoted heading, its arguments and its result in fences nothing can close."""
    heading = f"> **{md_escape(tool_label('tool_call'))}:** " + md_escape(
        step_heading(step, options.include_metadata)
    )
    arguments = arguments_text(step)
    parts = [heading, f"{fence(arguments)}json\n{arguments}\n{fence(arguments)}"]
    if not step.pending:
        result = step.result.strip("\n")
        parts.append(f"*{md_escape(tool_label('result'))}:*")
        if result:
            parts.append(f"{fence(result)}text\n{result}\n{fence(result)}")
        parts.extend(md_escape(image_note(image)) for image in step.images)
    return "\n\n".join(parts)


def reasoning_markdown(reasoning: str) -> str:
    """A collapsed ``<details>`` block; Markdown viewers render its inside as Markdown."""
    text = close_fences(reasoning.strip("\n"))
    text = re.sub(r"</(details|summary)", r"&lt;/\1", text, flags=re.IGNORECASE)
    return f"<details>\n<summary>{label('reasoning')}</summary>\n\n{text}\n\n</details>"


def export_markdown(conversation: Conversation, options: ExportOptions) -> str:
    """The whole conversation as a Markdown document."""
    parts = [f"# {md_escape(title_of(conversation))}"]
    if options.include_metadata:
        parts.append(
            "  \n".join(md_escape(line) for line in conversation_meta(conversation, options))
        )
    prompt = conversation.effective_system_prompt.strip("\n")
    if options.include_system_prompt and prompt.strip():
        quoted = "\n".join(f"> {line}".rstrip() for line in prompt.splitlines())
        parts.append(f"## {label('system_prompt')}\n\n{quoted}")
    for part in tool_parts(conversation):
        if part.starts_context:
            parts.append(f"---\n\n*{md_escape(label('context_start'))}*")
        if not part.continued:
            parts.append("---")
        parts.append(message_markdown(part.message, options, part.steps, part.continued))
    return "\n\n".join(parts) + "\n"
