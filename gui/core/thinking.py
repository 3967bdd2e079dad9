"""Thinking control per model and chat: what the ``thinking`` request field says, if anything."""

from __future__ import annotations

from typing import Any

from gui.core.minimax_models import ThinkingControl, model_info

ADAPTIVE = "adaptive"
OFF = "off"
CHOICES = (ADAPTIVE, OFF)
DEFAULT = ADAPTIVE

# The app's choice → the value MiniMax-M3 takes on /v1. "enabled" is not here on purpose:
# /v1 rejects it with error 2013.
_WIRE_TYPE = {ADAPTIVE: "adaptive", OFF: "disabled"}


def valid_choice(value: object) -> str | None:
    """``value`` when it is a thinking choice this app knows, else None."""
    return value if isinstance(value, str) and value in CHOICES else None


def control_for(model: str) -> ThinkingControl | None:
    """How ``model``'s thinking can be steered; None for a model this app does not know."""
    info = model_info(model)
    return info.thinking if info is not None else None


def effective_choice(chat_choice: str | None, default: str) -> str:
    """The chat's own choice when it has one, else the default from Settings."""
    return valid_choice(chat_choice) or valid_choice(default) or DEFAULT


def thinking_field(model: str, chat_choice: str | None, default: str) -> dict[str, Any] | None:
    """The ``thinking`` value a request for ``model`` carries, or None to send nothing.

    Only a model known to switch (M3) gets the field, and always explicitly: whether an
    omitted field means on or off has differed between MiniMax's endpoints. M2.x thinks
    whatever is sent, and a model the app does not know might reject the field.
    """
    if control_for(model) is not ThinkingControl.SWITCHABLE:
        return None
    return {"type": _WIRE_TYPE[effective_choice(chat_choice, default)]}
