"""A user message with attachments as MiniMax content parts, read back from the store."""

from __future__ import annotations

import base64
from typing import Any

from gui.core.attachments.ref import AttachmentRef
from gui.core.attachments.store import AttachmentStore


def data_url(mime_type: str, data: bytes) -> str:
    return f"data:{mime_type};base64,{base64.b64encode(data).decode('ascii')}"


def content_parts(
    store: AttachmentStore, text: str, refs: list[AttachmentRef], *, images: bool = True
) -> list[dict[str, Any]]:
    """The typed text first (when any), then every attachment in order, exactly as stored.

    Blocking (reads files). A blob that is missing or damaged is sent as a short text
    part saying so, so the rest of the history still goes. Without ``images`` (a chat
    switched to a model that takes none) an image goes as a text part naming it: a
    model that cannot see images may refuse the whole request over one.
    """
    parts: list[dict[str, Any]] = []
    if text:
        parts.append({"type": "text", "text": text})
    for ref in refs:
        if ref.kind == "image" and not images:
            parts.append({"type": "text", "text": f"[image {ref.name}: not sent to this model]"})
            continue
        try:
            data = store.read(ref.sha256)
        except (OSError, ValueError):
            parts.append({"type": "text", "text": f"[attachment {ref.name} is missing]"})
            continue
        if ref.kind == "image":
            parts.append({"type": "image_url", "image_url": {"url": data_url(ref.mime_type, data)}})
        else:
            parts.append({"type": "text", "text": data.decode("utf-8", "replace")})
    return parts
