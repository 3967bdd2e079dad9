"""PDF export through Qt's own PDF writer, checked by extracting its text with pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from gui.core.export.options import ExportOptions
from gui.ui.pdf_export import document_html, render_pdf
from tests.golden import check_golden
from tests.samples import LONG_CODE, hostile_conversation, sample_conversation
from tests.tool_samples import tool_conversation

FULL = ExportOptions(
    include_reasoning=True,
    include_system_prompt=True,
    include_metadata=True,
    exported_at="2026-03-04T05:06:07Z",
)
BARE = ExportOptions()
A4_HEIGHT_PT = 841.89
MARGIN_TOP_PT = 16 / 25.4 * 72
MARGIN_BOTTOM_PT = 12 / 25.4 * 72


def needs_pdftotext() -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; CI installs it")


def pdf_text(path: Path, *flags: str) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *flags, str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8", errors="replace")


def needs_cjk_font() -> None:
    from PySide6.QtGui import QFontDatabase

    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no CJK font is installed (CI installs fonts-noto-cjk)")


@pytest.fixture
def sample_pdf(qapp: Any, tmp_path: Path) -> Path:
    """The sample conversation rendered with every option on."""
    path = tmp_path / "sample.pdf"
    path.write_bytes(render_pdf(sample_conversation(), FULL))
    return path


@pytest.mark.parametrize(
    ("name", "options"), [("with-reasoning", FULL), ("without-reasoning", BARE)]
)
def test_pdf_source_matches_golden_file(name: str, options: ExportOptions) -> None:
    """The rich text the PDF is printed from matches its reviewed golden file."""
    check_golden(f"sample.{name}.pdf.html", document_html(sample_conversation(), options))


@pytest.mark.parametrize(
    ("name", "options"), [("with-reasoning", FULL), ("without-reasoning", BARE)]
)
def test_pdf_source_of_tool_rounds_matches_golden_file(name: str, options: ExportOptions) -> None:
    """Tool calls and their results are in the PDF, as escaped text under their answer."""
    check_golden(f"tools.{name}.pdf.html", document_html(tool_conversation(), options))


def test_pdf_is_a_real_multi_page_pdf(sample_pdf: Path) -> None:
    """The file is a PDF with a title, several A4 pages and embedded fonts."""
    data = sample_pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    needs_pdftotext()
    info = subprocess.run(["pdfinfo", str(sample_pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+([2-9]|\d\d)", info.stdout, re.M), info.stdout
    assert "A4" in info.stdout
    assert "Odd + odd: proof 证明" in info.stdout  # the document title


def test_pdf_text_has_cjk_code_tables_and_reasoning(sample_pdf: Path) -> None:
    """CJK text, every code line, table cells, reasoning and status notes are all in the PDF."""
    needs_pdftotext()
    needs_cjk_font()
    text = pdf_text(sample_pdf)
    for phrase in ("两个奇数之和总是偶数", "第二项：这是一个很长的中文句子", "思考：两个奇数相加"):
        assert phrase in text
    flat = " ".join(text.split())
    laid_out = " ".join(pdf_text(sample_pdf, "-layout").split())
    for line in LONG_CODE.splitlines():
        assert " ".join(line.split()) in laid_out, line
    for phrase in (
        "Reasoning",
        "End of reasoning",
        "System prompt",
        "You are a careful maths tutor",
    ):
        assert phrase in text
    assert "Stopped before the answer was finished." in text  # no "ﬁ" ligature either
    assert "The API key was rejected" in flat and "1004" in flat
    assert "偶数" in text and "even?" in text


def test_page_breaks_do_not_cut_lines(sample_pdf: Path) -> None:
    """Every code line appears exactly once, and no text sits in a page's margins."""
    needs_pdftotext()
    flat = " ".join(pdf_text(sample_pdf, "-layout").split())
    for line in LONG_CODE.splitlines():
        assert flat.count(" ".join(line.split())) == 1, line
    boxes = pdf_text(sample_pdf, "-bbox")
    words = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">', boxes)
    assert len(words) > 500
    for y_min, y_max in words:
        assert float(y_min) >= MARGIN_TOP_PT - 1
        assert float(y_max) <= A4_HEIGHT_PT - MARGIN_BOTTOM_PT + 1


def test_pdf_leaves_out_reasoning_when_asked(qapp: Any, tmp_path: Path) -> None:
    """Without the option, neither the reasoning nor its heading is in the PDF."""
    needs_pdftotext()
    needs_cjk_font()
    path = tmp_path / "bare.pdf"
    path.write_bytes(render_pdf(sample_conversation(), BARE))
    text = pdf_text(path)
    assert "两个奇数之和总是偶数" in text
    assert "思考" not in text and "Reasoning" not in text
    assert "You are a careful maths tutor" not in text


def test_hostile_markup_is_printed_as_text(qapp: Any, tmp_path: Path) -> None:
    """Model HTML ends up as visible text in the PDF, never as markup."""
    needs_pdftotext()
    path = tmp_path / "hostile.pdf"
    path.write_bytes(render_pdf(hostile_conversation(), FULL))
    flat = " ".join(pdf_text(path).split())
    assert "<script>document.title='EXEC'+'UTED'" in flat
    assert "<iframe src=" in flat


def test_attached_images_are_drawn_in_the_pdf(tmp_path: Path, qapp: Any) -> None:
    """An image attachment is embedded (as an image object) and its file is named."""
    import io

    from PIL import Image

    from gui.core.attachments.prepare import prepare_bytes
    from gui.core.attachments.store import AttachmentStore
    from gui.core.conversation import Conversation, Message, Role

    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (220, 40, 40)).save(buffer, "PNG")
    store = AttachmentStore(tmp_path)
    ref = prepare_bytes(store, buffer.getvalue(), "red.png", 204_800).ref
    conv = Conversation(
        title="Red", messages=[Message(role=Role.USER, content="Look", attachments=[ref])]
    )
    html = document_html(conv, ExportOptions(attachments=store.read))
    assert '<img src="data:image/png;base64,' in html and 'width="300"' in html
    with_image = render_pdf(conv, ExportOptions(attachments=store.read))
    without = render_pdf(conv, ExportOptions())
    assert b"/Subtype /Image" in with_image
    assert b"/Subtype /Image" not in without


def test_an_attached_image_is_printed_as_itself_not_a_placeholder(
    tmp_path: Path, qapp: Any
) -> None:
    """The picture in the PDF is the attachment's own pixels (Qt's broken-image icon was
    drawn instead, stretched to the picture's width)."""
    import io

    from PIL import Image

    from gui.core.attachments.prepare import prepare_bytes
    from gui.core.attachments.store import AttachmentStore
    from gui.core.conversation import Conversation, Message, Role

    if shutil.which("pdfimages") is None:
        pytest.skip("pdfimages (poppler-utils) is not installed; CI installs it")
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (220, 40, 40)).save(buffer, "PNG")
    store = AttachmentStore(tmp_path)
    ref = prepare_bytes(store, buffer.getvalue(), "red.png", 204_800).ref
    conv = Conversation(
        title="Red", messages=[Message(role=Role.USER, content="Look", attachments=[ref])]
    )
    out = tmp_path / "red.pdf"
    out.write_bytes(render_pdf(conv, ExportOptions(attachments=store.read)))
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    sizes = [tuple(line.split()[3:5]) for line in listing.splitlines()[2:]]
    assert ("300", "200") in sizes, listing
    assert "Look" in pdf_text(out) and "red.png" in pdf_text(out)
