"""What a message records about one attachment (the bytes live in the attachment store)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

KINDS = ("image", "text", "pdf")
IMAGE_MIME_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
# The MIME type goes into data: URLs on the wire and in exports: only these, never free text.
_MIME_OF_KIND = {"text": "text/plain", "pdf": "application/pdf"}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def is_sha256(value: object) -> bool:
    """Whether ``value`` is a lowercase hex SHA-256 (the only names the store uses)."""
    return isinstance(value, str) and bool(_SHA256.match(value))


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    """One attachment of a message.

    ``sha256`` names the stored bytes exactly as they were sent: the (possibly scaled)
    image, or the text part of a text file or PDF. ``size`` is the stored size in bytes.
    """

    sha256: str
    name: str
    mime_type: str
    kind: str
    size: int
    width: int | None = None
    height: int | None = None
    chars: int | None = None  # text and PDF: characters of the original text
    truncated: bool = False  # text and PDF: only the start was sent

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "sha256": self.sha256,
            "name": self.name,
            "mime_type": self.mime_type,
            "kind": self.kind,
            "size": self.size,
        }
        if self.kind == "image":
            data["width"] = self.width
            data["height"] = self.height
        else:
            data["chars"] = self.chars
            data["truncated"] = self.truncated
        return data

    @classmethod
    def from_dict(cls, data: object) -> AttachmentRef | None:
        """The reference in ``data``, or None when it is not one (it is then dropped)."""
        if not isinstance(data, dict) or not is_sha256(data.get("sha256")):
            return None
        kind = data.get("kind")
        if kind not in KINDS:
            return None
        mime = data.get("mime_type")
        if kind == "image":
            if mime not in IMAGE_MIME_TYPES:
                return None  # could not be sent or shown as what it claims to be
        else:
            mime = _MIME_OF_KIND[str(kind)]
        return cls(
            sha256=str(data["sha256"]),
            name=_text(data.get("name"))[:255] or "attachment",
            mime_type=str(mime),
            kind=str(kind),
            size=_whole(data.get("size")) or 0,
            width=_whole(data.get("width")),
            height=_whole(data.get("height")),
            chars=_whole(data.get("chars")),
            truncated=data.get("truncated") is True,
        )


def refs_from(value: object) -> list[AttachmentRef]:
    """The valid references of a message's ``attachments`` list (others are dropped)."""
    if not isinstance(value, list):
        return []
    return [ref for ref in map(AttachmentRef.from_dict, value) if ref is not None]


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _whole(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 2**53:
        return value
    return None
