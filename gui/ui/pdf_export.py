"""PDF exports with Qt's own PDF writer (QTextDocument + QPdfWriter); no browser or extra engine."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextDocument,
    QTextLayout,
)

from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.core.export.attachments import html_block
from gui.core.export.notes import (
    answer_text,
    conversation_meta,
    message_meta,
    speaker,
    status_note,
    title_of,
)
from gui.core.export.options import ExportOptions
from gui.core.export.plain_math import plain_with_formulas
from gui.core.export.tool_notes import arguments_text, image_note, step_heading, tool_label
from gui.core.export.tool_notes import parts as tool_parts
from gui.core.labels import label
from gui.core.markdown import LIGHT, render_markdown
from gui.core.math_svg import tex_to_svg
from gui.core.math_tex import math_url, parse_math_url, source_of
from gui.core.tool_turns import ToolStep
from gui.ui.math_images import formula_image, source_image

# Qt picks a CJK (and any other) font per character by fallback; these lead the list.
SANS = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Noto Sans CJK SC"]
_MUTED = LIGHT.muted
_REASONING = "#4b5563"
_ERROR = "#b42318"
_WARN = "#9a6700"
_REASONING_BG = "#f3f4f6"
RESOLUTION = 300
IMAGE_PIXELS = 1200  # at most 4 inches wide on the page
FOOTER_POINTS = 18
_ATTACHED_IMAGE = "data:image/"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _plain(text: str, style: str = "") -> str:
    """Untrusted plain text as a paragraph that keeps its line breaks."""
    return f'<p style="white-space: pre-wrap; {style}">{_esc(text)}</p>'


_MATH_IMAGE = re.compile(r'<img src="(math:[^"]+)"[^>]*>')


def _broken_as_source(match: re.Match[str]) -> str:
    """LaTeX that cannot be typeset is printed as its source text (selectable, copyable)."""
    parsed = parse_math_url(html.unescape(match.group(1)))
    if parsed is None:
        return ""
    tex, display, markup = parsed
    if tex_to_svg(tex, display) is not None:
        return match.group(0)
    return _esc(source_of(tex, markup))


def _formula_image(tex: str, display: bool, markup: str) -> str:
    """A formula of the reasoning, typeset by ``_PrintDocument`` like the answer's."""
    url = _esc(math_url(tex, display, markup))
    alt = _esc(source_of(tex, markup))
    return f'<img src="{url}" alt="{alt}" style="vertical-align: middle;">'


def message_document_html(
    message: Message,
    options: ExportOptions,
    steps: list[ToolStep] | None = None,
    continued: bool = False,
) -> str:
    """One message in Qt rich text: speaker line, indented reasoning, answer, tool calls,
    status. A ``continued`` round (after a tool call) has no speaker: it goes on the answer."""
    colour = "#0b57d0" if message.role is Role.ASSISTANT else "#1f2328"
    meta = (
        f' <span style="color: {_MUTED}; font-size: small; font-weight: normal;">'
        f"&nbsp;&nbsp;{_esc(message_meta(message))}</span>"
        if options.include_metadata
        else ""
    )
    parts = []
    if not continued:
        parts.append(
            f'<p style="margin-top: 14px; margin-bottom: 4px; font-weight: bold; '
            f'color: {colour};">{_esc(speaker(message))}{meta}</p>'
        )
    elif meta:
        parts.append(f'<p style="margin-top: 10px; margin-bottom: 4px;">{meta}</p>')
    if options.include_reasoning and message.reasoning.strip():
        indent = "margin-left: 28px;"
        parts.append(
            f'<p style="{indent} margin-top: 2px; margin-bottom: 2px; color: {_REASONING}; '
            f'font-style: italic; font-weight: bold;">▸ {_esc(label("reasoning"))}</p>'
        )
        style = (
            f"white-space: pre-wrap; {indent} color: {_REASONING}; font-size: small; "
            f"margin-top: 0px; background-color: {_REASONING_BG};"
        )
        shown = plain_with_formulas(message.reasoning.strip("\n"), _formula_image)
        parts.append(f'<p style="{style}">{_MATH_IMAGE.sub(_broken_as_source, shown)}</p>')
        parts.append(
            f'<p style="{indent} margin-top: 0px; color: {_REASONING}; font-size: small; '
            f'font-style: italic;">◂ {_esc(label("end_of_reasoning"))}</p>'
        )
    body = answer_text(message)
    if body.strip():
        parts.append(_MATH_IMAGE.sub(_broken_as_source, render_markdown(body, math=True)))
    if message.attachments:
        parts.append(html_block(message, options.attachments, pixels=IMAGE_PIXELS))
    parts.extend(tool_call_document_html(step, options) for step in steps or [])
    note = status_note(message)
    if note:
        colour = _WARN if message.status is MessageStatus.STOPPED else _ERROR
        parts.append(f'<p style="color: {colour}; font-weight: bold;">⚠ {_esc(note)}</p>')
    return "\n".join(parts)


def tool_call_document_html(step: ToolStep, options: ExportOptions) -> str:
    """A call: a bold heading, then arguments and result as escaped, wrapped plain text."""
    indent = "margin-left: 28px;"
    small = f"{indent} font-size: small; margin-top: 0px; margin-bottom: 2px;"
    heading = f"{tool_label('tool_call')}: {step_heading(step, options.include_metadata)}"
    parts = [
        f'<p style="{indent} margin-top: 6px; margin-bottom: 2px; font-weight: bold;">'
        f"{_esc(heading)}</p>",
        f'<p style="{small} color: {_MUTED};">{_esc(tool_label("arguments"))}</p>',
        _plain(arguments_text(step), f"{small} font-family: monospace; "
               f"background-color: {_REASONING_BG};"),
    ]  # fmt: skip
    if not step.pending:
        parts.append(f'<p style="{small} color: {_MUTED};">{_esc(tool_label("result"))}</p>')
        if step.result.strip():
            parts.append(
                _plain(step.result.strip("\n"), f"{small} background-color: {_REASONING_BG};")
            )
        # Pictures stay out of the PDF: only named, like in the plain-text export.
        parts.extend(
            _plain(image_note(image), f"{small} color: {_MUTED};") for image in step.images
        )
    return "\n".join(parts)


def document_html(conversation: Conversation, options: ExportOptions) -> str:
    """The whole conversation as the rich text the PDF is printed from."""
    parts = [f"<h1>{_esc(title_of(conversation))}</h1>"]
    if options.include_metadata:
        lines = "<br>".join(_esc(line) for line in conversation_meta(conversation, options))
        parts.append(f'<p style="color: {_MUTED}; font-size: small;">{lines}</p>')
    prompt = conversation.effective_system_prompt.strip("\n")
    if options.include_system_prompt and prompt.strip():
        parts.append(
            f'<p style="font-weight: bold; color: {_MUTED};">{_esc(label("system_prompt"))}</p>'
        )
        parts.append(_plain(prompt, "margin-left: 28px;"))
    for part in tool_parts(conversation):
        if part.starts_context:
            parts.append(f'<hr><p style="font-weight: bold; color: {_WARN};">')
            parts.append(f"{_esc(label('context_start'))}</p>")
        if not part.continued:
            parts.append("<hr>")
        parts.append(message_document_html(part.message, options, part.steps, part.continued))
    return f"<html><body>{''.join(parts)}</body></html>"


class _PrintDocument(QTextDocument):
    """A document that typesets its own formulas (``math:`` images) and loads nothing else."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return None
        url = name.toString() if isinstance(name, QUrl) else name
        font = self.defaultFont()
        # Qt scales images by the printer's dpi over 96; a matching pixel ratio keeps
        # them at text size and sharp at the printer's resolution.
        pixel_size = font.pointSizeF() * 96 / 72
        ratio = RESOLUTION / 96
        if url.startswith(_ATTACHED_IMAGE):
            return self._attached_image(kind, url)
        if parse_math_url(url) is None:
            return None
        image = formula_image(url, LIGHT.text, pixel_size, ratio)
        if image is None:  # broken LaTeX: its source
            shown = QFont(font)
            shown.setPixelSize(round(pixel_size))
            image = source_image(url, LIGHT.text, shown, ratio)
        self.addResource(kind, QUrl(url), image)
        return image

    def _attached_image(self, kind: int, url: str) -> QImage | None:
        """An attachment's picture, inline as a data URL (``html_block``); model text never
        becomes an image, so these are the app's own. Unloaded, Qt drew its broken-image
        icon instead, and with no widgets (the command line) a blank PDF."""
        _, _, payload = url.partition(",")
        image = QImage()
        if not image.loadFromData(QByteArray.fromBase64(payload.encode("ascii", "ignore"))):
            return None
        self.addResource(kind, QUrl(url), image)
        return image


def render_pdf(conversation: Conversation, options: ExportOptions) -> bytes:
    """The conversation as PDF bytes (GUI thread: QTextDocument lays out text with fonts).

    Text lines are never cut by a page break: the paginated layout moves a line that
    does not fit to the next page, and long code lines wrap instead of running off.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title_of(conversation))
    writer.setCreator("MiniMax Chat")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    area = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
    footer = FOOTER_POINTS * RESOLUTION / 72

    document = _PrintDocument()
    document.documentLayout().setPaintDevice(writer)  # font sizes in the PDF's resolution
    font = QFont()
    font.setFamilies(SANS)
    font.setPointSizeF(10.0)
    font.setFeature(QFont.Tag("liga"), 0)  # keep "fi" as two letters in copied text
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(document_html(conversation, options))
    page = QSizeF(area.width(), area.height() - footer)
    document.setPageSize(page)

    painter = QPainter(writer)
    try:
        count = document.pageCount()
        small = QFont(font)
        small.setPointSizeF(8.0)
        for index in range(count):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            # A line that starts exactly at the page edge belongs to the next page; one
            # pixel less keeps it from also landing (invisibly) in this page's text.
            top = index * page.height()
            document.drawContents(painter, QRectF(0, top, page.width(), page.height() - 1))
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor(_MUTED))
            painter.drawText(
                QRectF(0, area.height() - footer, area.width(), footer),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                f"{index + 1} / {count}",
            )
    finally:
        painter.end()
    buffer.close()
    return fix_cjk_text_layer(bytes(data.data()), document.toPlainText(), font)


# -- the PDF's text layer ------------------------------------------------------------

# CJK fonts draw radicals and the matching ideographs with one glyph; Qt's PDF writer
# names each glyph after the lowest code point that uses it, so copying "二" out of
# the PDF gave the Kangxi radical "⼆". The glyphs are right; only the text layer lies.
_RADICALS = [*range(0x2E80, 0x2FE0), *range(0x31C0, 0x31F0)]
_CMAP_REF = re.compile(rb"/ToUnicode (\d+) 0 R")
_HEX = re.compile(rb"<([0-9A-F]{4})>")
_RANGE = re.compile(rb"^<([0-9A-F]{4})> <([0-9A-F]{4})> (.*)$")


def radical_fixes(text: str, font: QFont) -> dict[int, int]:
    """Radical code point -> the ideograph of ``text`` that Qt draws with the same glyph."""
    present = {ord(ch) for ch in text}
    ideographs = sorted(ch for ch in set(text) if 0x3400 <= ord(ch) <= 0x9FFF)
    tables: dict[tuple[str, str], dict[int, int]] = {}
    fixes: dict[int, int] = {}
    for ch in ideographs:
        layout = QTextLayout(ch, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        for run in layout.glyphRuns():
            glyphs = run.glyphIndexes()
            if not glyphs:
                continue
            raw = run.rawFont()
            key = (raw.familyName(), raw.styleName())
            if key not in tables:
                tables[key] = _radical_glyphs(raw, present)
            radical = tables[key].get(glyphs[0])
            if radical is not None:
                fixes.setdefault(radical, ord(ch))
    return fixes


def _radical_glyphs(raw: QRawFont, present: set[int]) -> dict[int, int]:
    table: dict[int, int] = {}
    for point in _RADICALS:
        if point in present:
            continue  # the text really uses this radical: keep it
        glyphs = raw.glyphIndexesForString(chr(point))
        if glyphs and glyphs[0]:
            table.setdefault(glyphs[0], point)
    return table


def fix_cjk_text_layer(pdf: bytes, text: str, font: QFont) -> bytes:
    """Point the PDF's ToUnicode maps at the ideographs actually written, not radicals.

    Qt writes these maps uncompressed, and every replacement has the same length,
    so no offset in the file moves.
    """
    fixes = radical_fixes(text, font)
    if not fixes:
        return pdf
    wanted = {f"{k:04X}".encode(): f"{v:04X}".encode() for k, v in fixes.items()}

    def swap(match: re.Match[bytes]) -> bytes:
        return b"<" + wanted.get(match.group(1), match.group(1)) + b">"

    out = bytearray(pdf)
    for ref in {m.group(1) for m in _CMAP_REF.finditer(pdf)}:
        start = pdf.find(b"\n" + ref + b" 0 obj")
        begin = pdf.find(b"stream\n", start)
        end = pdf.find(b"endstream", begin)
        if min(start, begin, end) < 0:
            continue
        lines = pdf[begin:end].split(b"\n")
        for index, line in enumerate(lines):
            match = _RANGE.match(line)
            if match is None:
                continue
            first, last, target = match.groups()
            if target.startswith(b"[") or first == last:  # not a run of consecutive codes
                target = _HEX.sub(swap, target)
            lines[index] = b"<" + first + b"> <" + last + b"> " + target
        fixed = b"\n".join(lines)
        if len(fixed) == end - begin:
            out[begin:end] = fixed
    return bytes(out)
