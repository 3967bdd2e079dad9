"""Words that exports and copy actions show, in one table that the catalogs translate."""

from __future__ import annotations

from gui.core.i18n import QT_TRANSLATE_NOOP, translate

LABELS: dict[str, str] = {
    "user": QT_TRANSLATE_NOOP("labels", "You"),
    "assistant": QT_TRANSLATE_NOOP("labels", "MiniMax"),
    "reasoning": QT_TRANSLATE_NOOP("labels", "Reasoning"),
    "end_of_reasoning": QT_TRANSLATE_NOOP("labels", "End of reasoning"),
    "system_prompt": QT_TRANSLATE_NOOP("labels", "System prompt"),
    "untitled": QT_TRANSLATE_NOOP("labels", "Untitled chat"),
    "exported": QT_TRANSLATE_NOOP("labels", "Exported"),
    "created": QT_TRANSLATE_NOOP("labels", "Created"),
    "updated": QT_TRANSLATE_NOOP("labels", "Last activity"),
    "messages": QT_TRANSLATE_NOOP("labels", "Messages"),
    "models": QT_TRANSLATE_NOOP("labels", "Model"),
    "tokens": QT_TRANSLATE_NOOP("labels", "Tokens"),
    "thought_for": QT_TRANSLATE_NOOP("labels", "thought for"),
    "no_answer": QT_TRANSLATE_NOOP(
        "labels", "(No answer text: the model only produced reasoning.)"
    ),
    "status_stopped": QT_TRANSLATE_NOOP("labels", "Stopped before the answer was finished."),
    "status_interrupted": QT_TRANSLATE_NOOP(
        "labels", "Interrupted before the answer was finished."
    ),
    "status_error": QT_TRANSLATE_NOOP("labels", "Error"),
    "request_failed": QT_TRANSLATE_NOOP("labels", "the request failed."),
    "status_streaming": QT_TRANSLATE_NOOP("labels", "Still being written when this was exported."),
    "status_length": QT_TRANSLATE_NOOP("labels", "Cut off at the maximum output length."),
    "minimax_code": QT_TRANSLATE_NOOP("labels", "MiniMax code"),
    "footer": QT_TRANSLATE_NOOP("labels", "Exported from MiniMax Chat"),
    "context_start": QT_TRANSLATE_NOOP(
        "labels", "The messages above are not sent to the model: this chat's context starts here."
    ),
}


def label(name: str) -> str:
    """The display text for ``name`` in the current language (the name when unknown)."""
    text = LABELS.get(name)
    return translate("labels", text) if text is not None else name
