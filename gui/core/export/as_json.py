"""JSON exports: the full conversation in the storage format, re-importable."""

from __future__ import annotations

from gui.core.atomic import dumps
from gui.core.models import Conversation


def export_json(conversation: Conversation) -> bytes:
    """The full conversation in the storage format (``Conversation.to_dict``), re-importable."""
    return dumps(conversation.to_dict()) + b"\n"
