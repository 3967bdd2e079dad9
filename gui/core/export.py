"""Conversation exports as Markdown, plain text and JSON, with the shared options and notes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from gui.core.atomic import dumps
from gui.core.errors import shown_text
from gui.core.formatting import duration
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.labels import label
from gui.core.models import Conversation, Message, MessageStatus, Role, Usage

REDACTED = "[API key removed]"


class ExportFormat(StrEnum):
    """The export formats; the value is also the file extension."""

    MARKDOWN = "md"
    HTML = "html"
    PDF = "pdf"
    JSON = "json"
    TEXT = "txt"

    @property
    def extension(self) -> str:
        return self.value

    @property
    def display_name(self) -> str:
        """The format's name for file dialogs, in the current language."""
        return translate("Export", FORMAT_TITLES[self])


FORMAT_TITLES = {
    ExportFormat.MARKDOWN: QT_TRANSLATE_NOOP("Export", "Markdown"),
    ExportFormat.HTML: QT_TRANSLATE_NOOP("Export", "Web page (HTML)"),
    ExportFormat.PDF: QT_TRANSLATE_NOOP("Export", "PDF"),
    ExportFormat.JSON: QT_TRANSLATE_NOOP("Export", "JSON (re-importable)"),
    ExportFormat.TEXT: QT_TRANSLATE_NOOP("Export", "Plain text"),
}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What an export contains besides the messages.

    ``exported_at`` (ISO 8601) is shown with the metadata; None leaves it out, which
    keeps output reproducible. ``redact`` lists exact secrets (the API key in use)
    that must never reach a file, even if someone pasted one into a chat.
    JSON ignores the include options: it always holds the full conversation.
    """

    include_reasoning: bool = False
    include_system_prompt: bool = False
    include_metadata: bool = False
    exported_at: str | None = None
    redact: tuple[str, ...] = ()


Renderer = Callable[[Conversation, ExportOptions], bytes]


def render_export(
    conversation: Conversation,
    fmt: ExportFormat,
    options: ExportOptions,
    *,
    pdf: Renderer | None = None,
) -> bytes:
    """The bytes of ``conversation`` exported as ``fmt``.

    PDF needs Qt, so its renderer is passed in by the caller (``gui.ui.pdf_export``).
    """
    conversation = redacted(conversation, options.redact)
    if fmt is ExportFormat.MARKDOWN:
        return export_markdown(conversation, options).encode("utf-8")
    if fmt is ExportFormat.TEXT:
        from gui.core.text_export import export_text

        return export_text(conversation, options).encode("utf-8")
    if fmt is ExportFormat.JSON:
        return export_json(conversation)
    if fmt is ExportFormat.HTML:
        from gui.core.html_export import export_html

        return export_html(conversation, options).encode("utf-8")
    if pdf is None:
        raise ValueError("PDF export needs a PDF renderer")
    return pdf(conversation, options)


# -- shared pieces -------------------------------------------------------------------


def _redactable(secrets: tuple[str, ...]) -> tuple[str, ...]:
    # Shorter strings would blank out ordinary words; no key is that short.
    return tuple(s for s in secrets if s and len(s) >= 6)


def redact_text(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every occurrence of ``secrets`` replaced."""
    for secret in _redactable(secrets):
        text = text.replace(secret, REDACTED)
    return text


def export_title(conversation: Conversation, options: ExportOptions) -> str:
    """The title an export's file is named after: titles come from the first message,
    which may hold a pasted key."""
    return redact_text(conversation.title, options.redact)


def redacted(conversation: Conversation, secrets: tuple[str, ...]) -> Conversation:
    """A copy of ``conversation`` with every occurrence of ``secrets`` replaced."""
    secrets = _redactable(secrets)
    if not secrets:
        return conversation
    data = conversation.to_dict()
    if not any(s in dumps(data).decode("utf-8") for s in secrets):
        return conversation

    def clean(value: Any) -> Any:
        if isinstance(value, str):
            return redact_text(value, secrets)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {clean(k): clean(v) for k, v in value.items()}
        return value

    return Conversation.from_dict(clean(data))


def utc_time(iso: str) -> str:
    """ "2026-01-02 03:04 UTC" for an ISO 8601 time (the text itself when it is not one)."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def export_time() -> str:
    """Now, as the ISO 8601 text ``ExportOptions.exported_at`` expects."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


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
    """ "769 in · 1160 out (370 reasoning, 443 cached)": exact counts, for the record."""
    if usage is None:
        return ""
    text = f"{usage.prompt_tokens} in · {usage.completion_tokens} out"
    extras = [
        f"{count} {name}"
        for count, name in ((usage.reasoning_tokens, "reasoning"), (usage.cached_tokens, "cached"))
        if count
    ]
    return f"{text} ({', '.join(extras)})" if extras else text


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
    if message.role is Role.ASSISTANT and not message.content.strip() and message.reasoning:
        return label("no_answer")
    return message.content


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


# -- Markdown ------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def md_escape(text: str) -> str:
    """Inline text that Markdown shows literally (titles, labels, error messages)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def message_markdown(message: Message, options: ExportOptions) -> str:
    """One message as Markdown: speaker heading, reasoning block, text, status, metadata."""
    parts = [f"## {speaker(message)}"]
    if options.include_metadata:
        parts.append(f"*{md_escape(message_meta(message))}*")
    if options.include_reasoning and message.reasoning.strip():
        parts.append(reasoning_markdown(message.reasoning))
    body = answer_text(message)
    if body.strip():
        parts.append(close_fences(body.strip("\n")))
    note = status_note(message)
    if note:
        parts.append(f"> **{md_escape(note)}**")
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
    for message in conversation.messages:
        parts.append("---")
        parts.append(message_markdown(message, options))
    return "\n\n".join(parts) + "\n"


# -- JSON ----------------------------------------------------------------------------


def export_json(conversation: Conversation) -> bytes:
    """The full conversation in the storage format (``Conversation.to_dict``), re-importable."""
    return dumps(conversation.to_dict()) + b"\n"
