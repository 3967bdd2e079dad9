"""Pieces every format shares: speakers, status notes, metadata lines, answer text, fences."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from gui.core.conversation import Conversation, Message, MessageStatus, Role, Usage
from gui.core.errors import shown_text
from gui.core.export.options import ExportOptions
from gui.core.formatting import duration
from gui.core.labels import label


def utc_time(iso: str) -> str:
    """ "2026-01-02 03:04 UTC" for an ISO 8601 time (the text itself when it is not one)."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def speaker(message: Message) -> str:
    return label("user" if message.role is Role.USER else "assistant")


def status_note(message: Message) -> str:
    """One sentence on why a reply is incomplete or failed; "" for a normal answer."""
    if message.role is Role.USER:
        return ""
    error = message.error
    detail = ""
    if error is not None:
        # In the export's language when the error is one the app words itself.
        text = shown_text(error.text_ids, error.args, error.message)
        detail = text + (f" ({label('minimax_code')} {error.code})" if error.code else "")
    if message.status is MessageStatus.STOPPED:
        return label("status_stopped")
    if message.status is MessageStatus.INTERRUPTED:
        return " ".join(p for p in (label("status_interrupted"), detail) if p)
    if message.status is MessageStatus.ERROR:
        return f"{label('status_error')}: {detail or label('request_failed')}"
    if message.status is MessageStatus.STREAMING:
        return label("status_streaming")
    if message.finish_reason == "length":
        return label("status_length")
    return ""


def usage_text(usage: Usage | None) -> str:
    """ "769 in (443 cached) · 1160 out (370 reasoning)": exact counts, for the record."""
    if usage is None:
        return ""
    sent = f"{usage.prompt_tokens} in"
    if usage.cached_tokens:
        sent += f" ({usage.cached_tokens} cached)"
    answered = f"{usage.completion_tokens} out"
    if usage.reasoning_tokens:
        answered += f" ({usage.reasoning_tokens} reasoning)"
    return f"{sent} · {answered}"


def message_meta(message: Message) -> str:
    """Time, and for answers model, tokens and thinking time, joined with " · "."""
    parts = [utc_time(message.created_at)]
    if message.role is Role.ASSISTANT:
        if message.model:
            parts.append(message.model)
        summary = usage_text(message.usage)
        if summary:
            parts.append(summary)
        if message.thinking_seconds is not None and message.reasoning:
            parts.append(f"{label('thought_for')} {duration(message.thinking_seconds)}")
    return " · ".join(parts)


def conversation_meta(conversation: Conversation, options: ExportOptions) -> list[str]:
    """Lines such as "Created: …", "Model: …", "Tokens: …" for an export's header."""
    lines = [
        f"{label('created')}: {utc_time(conversation.created_at)}",
        f"{label('updated')}: {utc_time(conversation.updated_at)}",
    ]
    models = list(dict.fromkeys(m.model for m in conversation.messages if m.model))
    if models:
        lines.append(f"{label('models')}: {', '.join(models)}")
    lines.append(f"{label('messages')}: {len(conversation.messages)}")
    usages = [m.usage for m in conversation.messages if m.usage is not None]
    if usages:
        total = Usage(
            prompt_tokens=sum(u.prompt_tokens for u in usages),
            completion_tokens=sum(u.completion_tokens for u in usages),
            reasoning_tokens=sum(u.reasoning_tokens or 0 for u in usages) or None,
            cached_tokens=sum(u.cached_tokens or 0 for u in usages) or None,
        )
        lines.append(f"{label('tokens')}: {usage_text(total)}")
    if options.exported_at:
        lines.append(f"{label('exported')}: {utc_time(options.exported_at)}")
    return lines


def title_of(conversation: Conversation) -> str:
    return " ".join(conversation.title.split()) or label("untitled")


def answer_text(message: Message) -> str:
    """The visible text of a message, with a placeholder for a reasoning-only reply."""
    if (
        message.role is Role.ASSISTANT
        and not message.content.strip()
        and message.reasoning
        and not message.tool_calls  # its calls are what it produced
    ):
        return label("no_answer")
    return message.content


def turn_message(rounds: list[Message]) -> Message:
    """An answer given over several tool rounds, as one message to copy: each round's
    answer and reasoning, in order (rounds that only called a tool add nothing)."""
    if len(rounds) == 1:
        return rounds[0]

    def joined(parts: list[str]) -> str:
        return "\n\n".join(part.strip("\n") for part in parts if part.strip())

    return replace(
        rounds[-1],
        content=joined([r.content for r in rounds]),
        reasoning=joined([r.reasoning for r in rounds]),
    )


# A fence may sit inside quotes and list items ("> ```", "- ```").
_FENCE = re.compile(r"^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})")


def unclosed_fence(text: str) -> str | None:
    """The code fence still open at the end of ``text`` (a reply cut off inside code)."""
    fence: str | None = None
    for line in text.splitlines():
        match = _FENCE.match(line)
        if fence is None:
            if match:
                fence = match.group(1)
        elif (
            match
            and match.group(1)[0] == fence[0]
            and len(match.group(1)) >= len(fence)
            and not line.strip().strip(fence[0])
        ):
            fence = None
    return fence


def close_fences(text: str) -> str:
    """``text`` with a code fence left open (a reply cut off mid-code) closed again."""
    fence = unclosed_fence(text)
    return f"{text.rstrip(chr(10))}\n{fence}" if fence else text


def answer_with_reasoning(message: Message) -> str:
    """Plain text for the clipboard: the reasoning as an indented section, then the answer."""
    body = answer_text(message).strip("\n")
    reasoning = message.reasoning.strip("\n")
    if not reasoning.strip():
        return body
    lines = [f"{label('reasoning')}:"]
    lines.extend(f"    {line}".rstrip() for line in reasoning.splitlines())
    lines.append(f"({label('end_of_reasoning')})")
    return "\n".join(lines) + (f"\n\n{body}" if body else "")
