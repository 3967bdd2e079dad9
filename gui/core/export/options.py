"""What an export contains: the formats and the options every format shares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from gui.core.conversation import Conversation
from gui.core.i18n import QT_TRANSLATE_NOOP, translate


class ExportFormat(StrEnum):
    """The export formats; the value is also the file extension."""

    MARKDOWN = "md"
    HTML = "html"
    PDF = "pdf"
    JSON = "json"
    TEXT = "txt"

    @property
    def extension(self) -> str:
        return self.value

    @property
    def display_name(self) -> str:
        """The format's name for file dialogs, in the current language."""
        return translate("Export", FORMAT_TITLES[self])


FORMAT_TITLES = {
    ExportFormat.MARKDOWN: QT_TRANSLATE_NOOP("Export", "Markdown"),
    ExportFormat.HTML: QT_TRANSLATE_NOOP("Export", "Web page (HTML)"),
    ExportFormat.PDF: QT_TRANSLATE_NOOP("Export", "PDF"),
    ExportFormat.JSON: QT_TRANSLATE_NOOP("Export", "JSON (re-importable)"),
    ExportFormat.TEXT: QT_TRANSLATE_NOOP("Export", "Plain text"),
}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What an export contains besides the messages.

    ``exported_at`` (ISO 8601) is shown with the metadata; None leaves it out, which
    keeps output reproducible. ``redact`` lists exact secrets (the API key in use)
    that must never reach a file, even if someone pasted one into a chat.
    JSON ignores the include options: it always holds the full conversation.
    ``attachments`` reads attached files from the store (SHA-256 → bytes); without it
    exports name attachments but carry none of their bytes.
    """

    include_reasoning: bool = False
    include_system_prompt: bool = False
    include_metadata: bool = False
    exported_at: str | None = None
    redact: tuple[str, ...] = ()
    attachments: Callable[[str], bytes] | None = None


Renderer = Callable[[Conversation, ExportOptions], bytes]


def export_time() -> str:
    """Now, as the ISO 8601 text ``ExportOptions.exported_at`` expects."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
