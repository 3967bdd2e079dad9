"""Words that exports and copy actions show, in one table so they can be translated later."""

from __future__ import annotations

LABELS: dict[str, str] = {
    "user": "You",
    "assistant": "MiniMax",
    "reasoning": "Reasoning",
    "end_of_reasoning": "End of reasoning",
    "system_prompt": "System prompt",
    "untitled": "Untitled chat",
    "exported": "Exported",
    "created": "Created",
    "updated": "Last activity",
    "messages": "Messages",
    "models": "Model",
    "tokens": "Tokens",
    "thought_for": "thought for",
    "no_answer": "(No answer text: the model only produced reasoning.)",
    "status_stopped": "Stopped before the answer was finished.",
    "status_interrupted": "Interrupted before the answer was finished.",
    "status_error": "Error",
    "status_streaming": "Still being written when this was exported.",
    "status_length": "Cut off at the maximum output length.",
    "minimax_code": "MiniMax code",
    "footer": "Exported from MiniMax Chat",
}


def label(name: str) -> str:
    """The display text for ``name`` (the name itself when it is not in the table)."""
    return LABELS.get(name, name)
