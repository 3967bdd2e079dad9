"""JSON exports: the full conversation in the storage format, re-importable."""

from __future__ import annotations

from gui.core.atomic import dumps
from gui.core.conversation import Conversation
from gui.core.export.attachments import AttachmentReader, embed


def export_json(conversation: Conversation, attachments: AttachmentReader | None = None) -> bytes:
    """The full conversation in the storage format (``Conversation.to_dict``), re-importable;
    with ``attachments``, their bytes too (base64 under ``attachment_data``)."""
    data = conversation.to_dict()
    if attachments is not None:
        embed(data, conversation, attachments)
    return dumps(data) + b"\n"
