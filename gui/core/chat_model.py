"""A chat's own model: the ids a chat may name, the one its requests use, the picker's list."""

from __future__ import annotations

from gui.core.minimax_models import model_ids

# Longer than any model id MiniMax or a proxy uses; a file may hold anything, and the
# chat's model goes on the wire and into labels.
MAX_MODEL_CHARS = 128


def valid_model(value: object) -> str | None:
    """``value`` when it can name a model, else None ("the default from Settings").

    A model id is one line of printable text: no control, format or bidi characters
    (which would disguise it on screen), no surrounding spaces, at most MAX_MODEL_CHARS.
    """
    if not isinstance(value, str) or not value or len(value) > MAX_MODEL_CHARS:
        return None
    if not value.isprintable() or value != value.strip():
        return None
    return value


def effective_model(chat_model: str | None, default: str) -> str:
    """The chat's own model when it has one, else the default from Settings."""
    return valid_model(chat_model) or default


def picker_models(default: str, live: list[str] | None, chat_model: str | None) -> list[str]:
    """The models a chat can choose: the known ones, the server's, and whichever the chat
    or Settings names that neither list has (a custom or since-retired id)."""
    ids = [model_id for model_id in model_ids(live) if valid_model(model_id)]
    for extra in (default, chat_model):
        if extra and valid_model(extra) and extra not in ids:
            ids.append(extra)
    return ids
