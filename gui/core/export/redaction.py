"""Keeping secrets (the API key in use) out of every export, title and file name."""

from __future__ import annotations

from typing import Any

from gui.core.atomic import dumps
from gui.core.conversation import Conversation
from gui.core.export.options import ExportOptions

REDACTED = "[API key removed]"


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
