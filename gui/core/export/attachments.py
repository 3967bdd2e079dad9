"""Attachments in exports: images inline (HTML, PDF), files beside Markdown, embedded in JSON."""

from __future__ import annotations

import base64
import html
import logging
import os
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from gui.core.attachments.ref import AttachmentRef, is_sha256
from gui.core.attachments.wire import data_url
from gui.core.conversation import Conversation, Message

log = logging.getLogger(__name__)

AttachmentReader = Callable[[str], bytes]
"""SHA-256 → the stored bytes (``AttachmentStore.read``); raises OSError or ValueError."""

FOLDER = "attachments"
"""Markdown exports link to ``attachments/<file>`` beside the ``.md`` file."""
EMBED_KEY = "attachment_data"
"""JSON exports: ``{"attachment_data": {sha256: base64}}`` at the top level."""

_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*\s]+')
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!(){}])")


def side_name(ref: AttachmentRef) -> str:
    """The file name an attachment gets beside a Markdown export (unique by content)."""
    stem, ext = os.path.splitext(ref.name)
    stem = _UNSAFE.sub("_", stem).strip("._")[:60] or "attachment"
    ext = _UNSAFE.sub("", ext)[:10]
    if ref.kind != "image":
        ext = ".txt"  # what is stored is the text that was sent, not the original file
    return f"{ref.sha256[:12]}-{stem}{ext}"


def _read(read: AttachmentReader, ref: AttachmentRef) -> bytes | None:
    try:
        return read(ref.sha256)
    except (OSError, ValueError):
        log.warning("attachment %s missing from an export", ref.sha256[:12])
        return None


def describe(ref: AttachmentRef) -> str:
    """One plain line naming an attachment (the same in every format)."""
    if ref.kind == "image":
        return f"{ref.name} ({ref.width} × {ref.height})"
    cut = ", cut" if ref.truncated else ""
    return f"{ref.name} ({ref.chars or 0:,} characters{cut})"


def html_block(
    message: Message, read: AttachmentReader | None, *, pixels: int | None = None
) -> str:
    """The message's attachments for HTML (and Qt rich text, with ``pixels`` the widest an
    image may be drawn): images inline as data URLs, files as a named line. Everything
    from outside is escaped."""
    if not message.attachments:
        return ""
    parts = ['<div class="attachments">']
    for ref in message.attachments:
        data = _read(read, ref) if read is not None and ref.kind == "image" else None
        name = html.escape(describe(ref), quote=True)
        if data is not None:
            size = (
                f'width="{min(ref.width or pixels, pixels)}"'
                if pixels
                else 'style="max-width: 100%; height: auto;"'
            )
            url = html.escape(data_url(ref.mime_type, data), quote=True)
            parts.append(f'<p><img src="{url}" alt="{name}" {size}></p>')
        parts.append(f'<p class="attachment">📎 {name}</p>')
    parts.append("</div>")
    return "\n".join(parts)


def markdown_block(message: Message) -> str:
    """Links to the files written beside a Markdown export (``side_files``)."""
    lines = []
    for ref in message.attachments:
        target = f"{FOLDER}/{side_name(ref)}"
        text = _MD_SPECIAL.sub(r"\\\1", describe(ref))  # a file name is outside text
        bang = "!" if ref.kind == "image" else ""
        lines.append(f"{bang}[{text}](<{target}>)")
    return "\n\n".join(lines)


def side_files(conversation: Conversation, read: AttachmentReader | None) -> dict[str, bytes]:
    """Relative path → bytes of every attachment a Markdown export links to."""
    files: dict[str, bytes] = {}
    if read is None:
        return files
    for message in conversation.messages:
        for ref in message.attachments:
            data = _read(read, ref)
            if data is not None:
                files[f"{FOLDER}/{side_name(ref)}"] = data
    return files


def embed(data: dict[str, Any], conversation: Conversation, read: AttachmentReader) -> None:
    """Add every attachment's bytes to a JSON export (base64, keyed by SHA-256)."""
    blobs: dict[str, str] = {}
    for message in conversation.messages:
        for ref in message.attachments:
            if ref.sha256 not in blobs:
                blob = _read(read, ref)
                if blob is not None:
                    blobs[ref.sha256] = base64.b64encode(blob).decode("ascii")
    if blobs:
        data[EMBED_KEY] = blobs


def redacting(read: AttachmentReader, secrets: tuple[str, ...]) -> AttachmentReader:
    """``read``, with ``secrets`` removed from text attachments (a key pasted into a file)."""
    from gui.core.attachments.image_types import image_type
    from gui.core.export.redaction import redact_text

    def reader(digest: str) -> bytes:
        data = read(digest)
        if image_type(data[:16]) is not None:
            return data
        text = data.decode("utf-8", "replace")
        cleaned = redact_text(text, secrets)
        return data if cleaned == text else cleaned.encode("utf-8")

    return reader


def take_embedded(conversation: Conversation) -> dict[str, bytes]:
    """Remove embedded attachments from an imported conversation: old SHA-256 → bytes.

    The bytes may no longer match the name (an export removed a key from a text file);
    ``restore`` stores them under their real hash and points the references there.
    """
    raw = conversation.extra.pop(EMBED_KEY, None)
    blobs: dict[str, bytes] = {}
    if not isinstance(raw, dict):
        return blobs
    for digest, text in raw.items():
        if not is_sha256(digest) or not isinstance(text, str):
            continue
        try:
            blobs[digest] = base64.b64decode(text, validate=True)
        except ValueError:
            continue
    return blobs


def restore(
    conversation: Conversation, blobs: dict[str, bytes], put: Callable[[bytes], str]
) -> None:
    """Store ``blobs`` (from ``take_embedded``) with ``put`` and point references at them."""
    renamed = {old: put(blob) for old, blob in blobs.items()}
    for message in conversation.messages:
        message.attachments = [
            replace(ref, sha256=renamed[ref.sha256], size=len(blobs[ref.sha256]))
            if ref.sha256 in renamed and renamed[ref.sha256] != ref.sha256
            else ref
            for ref in message.attachments
        ]
