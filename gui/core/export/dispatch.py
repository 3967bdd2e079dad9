"""The dispatcher above the formats; each format's module loads on its first use."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from gui.core.export.options import ExportFormat, ExportOptions, Renderer
from gui.core.export.redaction import redacted

if TYPE_CHECKING:
    from gui.core.conversation import Conversation


def render_export(
    conversation: Conversation,
    fmt: ExportFormat,
    options: ExportOptions,
    *,
    pdf: Renderer | None = None,
) -> bytes:
    """The bytes of ``conversation`` exported as ``fmt``.

    PDF needs Qt, so its renderer is passed in by the caller (``gui.ui.pdf_export``).
    """
    conversation = redacted(conversation, options.redact)
    options = _redacting_files(options)
    if fmt is ExportFormat.MARKDOWN:
        from gui.core.export.as_markdown import export_markdown

        return export_markdown(conversation, options).encode("utf-8")
    if fmt is ExportFormat.TEXT:
        from gui.core.export.as_text import export_text

        return export_text(conversation, options).encode("utf-8")
    if fmt is ExportFormat.JSON:
        from gui.core.export.as_json import export_json

        return export_json(conversation, options.attachments)
    if fmt is ExportFormat.HTML:
        from gui.core.export.as_html import export_html

        return export_html(conversation, options).encode("utf-8")
    if pdf is None:
        raise ValueError("PDF export needs a PDF renderer")
    return pdf(conversation, options)


def render_side_files(
    conversation: Conversation, fmt: ExportFormat, options: ExportOptions
) -> dict[str, bytes]:
    """Files an export links to beside itself (a Markdown export's attachments)."""
    if fmt is not ExportFormat.MARKDOWN or options.attachments is None:
        return {}
    from gui.core.export.attachments import side_files

    return side_files(conversation, _redacting_files(options).attachments)


def _redacting_files(options: ExportOptions) -> ExportOptions:
    if options.attachments is None or not options.redact:
        return options
    from gui.core.export.attachments import redacting

    return replace(options, attachments=redacting(options.attachments, options.redact))
