"""Plain data about tools and their results, shared by sessions, catalog and calls (no mcp)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ToolInfo:
    """One tool as a server lists it; the hints are the server's claims (None: not said)."""

    server: str
    name: str
    description: str = ""
    input_schema: dict[str, Any] = field(default_factory=dict)
    title: str = ""
    read_only: bool | None = None
    destructive: bool | None = None


@dataclass(frozen=True, slots=True)
class ImagePart:
    """An image a tool returned: base64 data kept for the UI, described to the model."""

    mime_type: str
    data: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class ToolResult:
    """What a tool call returned: its text parts joined, its images, and whether it failed."""

    text: str
    images: tuple[ImagePart, ...] = ()
    is_error: bool = False


class ToolServerError(Exception):
    """A server could not start, crashed or stopped answering; the message is plain language."""
