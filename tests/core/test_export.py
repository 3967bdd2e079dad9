"""Markdown, HTML, plain-text and JSON exports: golden files, fidelity and safety."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.core.export.as_html import CSP, export_html
from gui.core.export.as_json import export_json
from gui.core.export.as_markdown import export_markdown
from gui.core.export.as_text import display_width, export_text, wrap_line
from gui.core.export.dispatch import render_export
from gui.core.export.notes import answer_with_reasoning, status_note
from gui.core.export.options import ExportFormat, ExportOptions
from gui.core.settings import EXPORT_FORMATS
from gui.core.storage import parse_conversation
from tests.fakes.keys import fake_key
from tests.golden import check_golden
from tests.samples import LONG_CODE, hostile_conversation, sample_conversation
from tests.tool_samples import RESULT_WITH_MARKUP, tool_conversation

FULL = ExportOptions(
    include_reasoning=True,
    include_system_prompt=True,
    include_metadata=True,
    exported_at="2026-03-04T05:06:07Z",
)
BARE = ExportOptions()
VARIANTS = {"with-reasoning": FULL, "without-reasoning": BARE}
SAMPLES = {
    "sample": sample_conversation,
    "hostile": hostile_conversation,
    "tools": tool_conversation,
}
TEXT_FORMATS = {
    "md": export_markdown,
    "html": export_html,
    "txt": export_text,
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("sample", sorted(SAMPLES))
@pytest.mark.parametrize("fmt", sorted(TEXT_FORMATS))
def test_text_exports_match_golden_files(fmt: str, sample: str, variant: str) -> None:
    """Each format, with and without reasoning, matches its reviewed golden file exactly."""
    conv = SAMPLES[sample]()
    check_golden(f"{sample}.{variant}.{fmt}", TEXT_FORMATS[fmt](conv, VARIANTS[variant]))


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_json_export_matches_golden_file(sample: str) -> None:
    """The JSON export is the documented conversation format, byte for byte."""
    check_golden(f"{sample}.json", export_json(SAMPLES[sample]()).decode("utf-8"))


def test_formats_and_settings_agree() -> None:
    """The settings accept exactly the formats the exporter knows."""
    assert set(EXPORT_FORMATS) == {f.value for f in ExportFormat}


# -- Markdown ------------------------------------------------------------------------


def test_markdown_keeps_code_and_tables_exactly() -> None:
    """Code blocks and tables appear in the Markdown byte for byte as the model wrote them."""
    md = export_markdown(sample_conversation(), BARE)
    assert LONG_CODE in md
    assert "| 7 | 9 | 16  | yes   | 偶数 🎉 |" in md
    assert "两个奇数之和总是偶数 ✅" in md


def test_markdown_reasoning_is_a_details_block_only_when_asked() -> None:
    """Reasoning becomes a collapsed <details> block per answer, or is left out entirely."""
    with_reasoning = export_markdown(sample_conversation(), FULL)
    without = export_markdown(sample_conversation(), BARE)
    assert with_reasoning.count("<details>\n<summary>Reasoning</summary>") == 2
    assert "思考" in with_reasoning
    assert "思考" not in without and "<details>" not in without


def test_markdown_closes_a_fence_cut_off_mid_code() -> None:
    """A stopped reply that ended inside a code block does not swallow what follows."""
    md = export_markdown(sample_conversation(), BARE)
    cut = md.index("Chapter 1")
    assert md[cut:].startswith("Chapter 1\n```\n")


def test_markdown_reasoning_cannot_close_its_details_block() -> None:
    """A reasoning text containing </details> cannot end the block early."""
    md = export_markdown(hostile_conversation(), FULL)
    block = md.split("<summary>Reasoning</summary>", 1)[1].split("\n</details>", 1)[0]
    assert block.startswith("\n\nReasoning &lt;/details>&lt;/summary><script>")


def test_statuses_are_marked_with_the_error_message() -> None:
    """Stopped, interrupted and failed replies say so, with the error text and code."""
    for text in (
        export_markdown(sample_conversation(), BARE),
        export_text(sample_conversation(), BARE),
    ):
        assert "Stopped before the answer was finished." in text
        assert "Interrupted before the answer was finished. The connection was lost." in text
        assert "Error: The API key was rejected" in text
        assert "1004" in text


# -- plain text ----------------------------------------------------------------------


def test_text_is_wrapped_and_speaker_labelled() -> None:
    """Prose wraps at 80 columns (CJK counted double); code and tables stay verbatim."""
    text = export_text(sample_conversation(), FULL)
    verbatim = set(LONG_CODE.splitlines())
    for line in text.splitlines():
        if line in verbatim or line.startswith("|") or ("(" in line and "MiniMax-M2.7" in line):
            continue
        assert display_width(line) <= 80, line
    assert re.search(r"^You · 2026-01-02 03:04 UTC$", text, re.M)
    assert re.search(r"^MiniMax · 2026-01-02 03:04 UTC · MiniMax-M2.7", text, re.M)
    assert "    | 思考：两个奇数相加" in text  # reasoning: indented and marked


def test_wrap_line_breaks_between_cjk_characters() -> None:
    """Chinese text without spaces wraps by display width, never splitting a word."""
    lines = wrap_line("这是一个很长的中文句子 with words " * 4, 30)
    assert all(display_width(line) <= 30 for line in lines)
    assert "".join(lines).replace(" ", "") == ("这是一个很长的中文句子withwords" * 4)


def test_long_words_and_urls_are_never_split() -> None:
    """A URL longer than the line stays whole on its own line."""
    url = "https://example.com/" + "a" * 120
    assert wrap_line(f"see {url} now", 40) == ["see", url, "now"]


# -- HTML ----------------------------------------------------------------------------


class Inventory(HTMLParser):
    """Every tag, attribute and text a browser would see in a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def inventory(page: str) -> Inventory:
    parser = Inventory()
    parser.feed(page)
    parser.close()
    return parser


@pytest.mark.parametrize("options", [FULL, BARE], ids=["with-reasoning", "without"])
def test_hostile_html_is_inert(options: ExportOptions) -> None:
    """No script, event handler, frame, remote resource or javascript: link survives."""
    page = export_html(hostile_conversation("http://127.0.0.1:9"), options)
    found = inventory(page)
    names = {tag for tag, _ in found.tags}
    assert not names & {"script", "iframe", "img", "object", "embed", "svg", "form", "base"}
    assert not names & {"video", "audio", "source", "frame", "input", "button", "math"}
    for tag, attrs in found.tags:
        assert not any(a.startswith("on") for a in attrs), (tag, attrs)
        assert "src" not in attrs, (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            ok = href.startswith(("http://", "https://", "mailto:")) or href == "data:,"
            assert ok, (tag, href)
        if tag == "link":
            assert attrs == {"rel": "icon", "href": "data:,"}
        if tag == "meta" and "http-equiv" in attrs:
            assert attrs["http-equiv"] == "Content-Security-Policy"
    assert sum(1 for tag, _ in found.tags if tag == "style") == 1
    assert "document.title='EXEC'+'UTED'" in "".join(found.text)  # shown as text, not run


def test_html_has_strict_content_security_policy_and_dark_mode() -> None:
    """The page forbids scripts and fetches, and follows the system's dark mode."""
    page = export_html(sample_conversation(), BARE)
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    assert "default-src 'none'" in CSP and "script-src" not in CSP
    assert "@media (prefers-color-scheme: dark)" in page
    assert 'class="hl"' in page and ".hl .k {" in page  # highlighted with embedded classes
    assert "http://" not in page.split("<main>")[0]  # nothing remote in the head


def test_html_reasoning_is_a_details_block_per_answer() -> None:
    """Each answer with reasoning gets its own collapsed <details>; none without the option."""
    with_reasoning = export_html(sample_conversation(), FULL)
    assert with_reasoning.count('<details class="reasoning"><summary>Reasoning</summary>') == 2
    assert "<details" not in export_html(sample_conversation(), BARE)


def test_html_keeps_code_and_cjk_text() -> None:
    """The code block's text and CJK content survive escaping and highlighting."""
    page = export_html(sample_conversation(), BARE)
    text = "".join(inventory(page).text)
    for line in LONG_CODE.splitlines():
        assert line in text
    assert "两个奇数之和总是偶数" in text


# -- JSON and safety -----------------------------------------------------------------


def test_json_export_round_trips_losslessly() -> None:
    """Parsing a JSON export gives back an identical conversation."""
    for make in SAMPLES.values():
        original = make()
        again = parse_conversation(json.loads(export_json(original)))
        assert again == original


def test_api_key_never_reaches_any_export() -> None:
    """A key pasted into a chat is removed from every format when it is the key in use."""
    key = fake_key("SECRET-0123456789abcdef")
    conv = sample_conversation()
    conv.messages[0].content += f" my key is {key}"
    conv.messages[1].reasoning += f" (the user leaked {key})"
    options = ExportOptions(include_reasoning=True, redact=(key,))
    for fmt in (ExportFormat.MARKDOWN, ExportFormat.HTML, ExportFormat.TEXT, ExportFormat.JSON):
        data = render_export(conv, fmt, options)
        assert key.encode() not in data, fmt
        assert "[API key removed]" in " ".join(data.decode("utf-8").split()), fmt
    assert key in conv.messages[0].content  # the conversation itself is untouched


def test_pdf_needs_a_renderer_from_the_qt_layer() -> None:
    """The Qt-free core refuses PDF without the Qt renderer instead of guessing."""
    with pytest.raises(ValueError, match="PDF"):
        render_export(sample_conversation(), ExportFormat.PDF, BARE)


def test_copy_with_reasoning_sets_the_reasoning_apart() -> None:
    """The clipboard text has an indented reasoning section, then the answer."""
    message = Message(role=Role.ASSISTANT, content="Answer.", reasoning="Step 1\nStep 2")
    assert answer_with_reasoning(message) == (
        "Reasoning:\n    Step 1\n    Step 2\n(End of reasoning)\n\nAnswer."
    )
    assert answer_with_reasoning(Message(role=Role.ASSISTANT, content="Only")) == "Only"


def test_empty_and_streaming_replies_are_described() -> None:
    """A reply still being written and one with only reasoning are labelled honestly."""
    conv = Conversation(
        id="c",
        title="",
        messages=[
            Message(role=Role.ASSISTANT, content="Partial", status=MessageStatus.STREAMING),
            Message(role=Role.ASSISTANT, content="", reasoning="think"),
        ],
    )
    md = export_markdown(conv, BARE)
    assert md.startswith("# Untitled chat\n")
    assert "Still being written when this was exported." in md
    assert "(No answer text: the model only produced reasoning.)" in md


def test_error_notes_follow_the_export_language() -> None:
    """An error the app words itself is exported in the export's language, not as stored."""
    from gui.core.conversation import ErrorInfo
    from gui.core.errors import classify
    from gui.core.i18n import translating

    error = classify(http_status=402, message="insufficient balance (1008)")
    reply = Message(role=Role.ASSISTANT, content="Par", status=MessageStatus.ERROR)
    reply.error = ErrorInfo(
        kind=error.kind.value,
        message=error.message,
        code=error.code,
        text_ids=list(error.text_ids),
        args=dict(error.args),
    )
    assert status_note(reply).startswith("Error: " + error.message)
    with translating(lambda _context, text: text.upper()):
        note = status_note(reply)
    assert error.message not in note
    assert error.message.split(".")[0].upper() in note


# -- tool rounds ---------------------------------------------------------------------


def test_a_tool_turn_is_one_answer_with_every_call_and_result() -> None:
    """Rounds after a call continue the answer (no new speaker); each call has its result."""
    conv = tool_conversation()
    md = export_markdown(conv, FULL)
    text = export_text(conv, FULL)
    for page in (md, text):
        assert page.count("MiniMax ·" if page is text else "## MiniMax") == 1
        assert page.index("get_time" if page is text else "get\\_time") < page.index(
            "It is 08:07 in Berlin. Now the notes."
        )
        assert "denied" in page and "The user declined this tool call" in page
        assert "[image: image/png, 102 B]" in page.replace("\\", "")
        assert "(No answer text" not in page  # a round that only called tools says nothing
    assert "<script>alert(1)</script> notes.md" in md  # inside a fence, shown as written
    fence = md.split("<script>alert(1)</script>")[0].rsplit("\n\n", 1)[1]
    assert fence.startswith("````text")  # longer than the ``` inside the result
    assert "    | <script>alert(1)</script> notes.md" in text


def test_html_tool_calls_are_escaped_and_images_inline() -> None:
    """Results are escaped text; a PNG becomes a data: image, other kinds only a note."""
    conv = tool_conversation()
    page = export_html(conv, FULL)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; notes.md" in page
    assert "<script>" not in page
    found = inventory(page)
    images = [attrs for tag, attrs in found.tags if tag == "img"]
    assert len(images) == 1 and images[0]["src"].startswith("data:image/png;base64,iVBOR")
    assert page.count('<article class="message assistant">') == 1
    assert page.count('<section class="round">') == 2
    conv.messages[4].images = [{"mime_type": "image/svg+xml", "data": "PHN2Zz4="}]
    found = inventory(export_html(conv, FULL))
    assert not [tag for tag, _ in found.tags if tag == "img"]


def test_json_export_keeps_every_tool_field() -> None:
    """The JSON export re-imports to the same conversation, tool rounds included."""
    conv = tool_conversation()
    again = parse_conversation(json.loads(export_json(conv)))
    assert again.to_dict() == conv.to_dict()
    result = again.messages[4]
    assert result.content == RESULT_WITH_MARKUP
    assert (result.tool_call_id, result.server, result.tool_status.value) == (
        "call_2", "files", "ok"
    )  # fmt: skip
    assert again.messages[3].tool_calls == conv.messages[3].tool_calls


def test_the_part_where_the_context_starts_is_flagged_once() -> None:
    """Every export puts its marker before the one part ``parts`` flags."""
    from gui.core.export.tool_notes import parts

    conv = sample_conversation()
    assert not any(part.starts_context for part in parts(conv))  # the whole chat is sent
    later = [m for m in conv.messages if m.role is Role.USER][-1]
    conv.context_from = later.id
    flagged = [part.message.id for part in parts(conv) if part.starts_context]
    assert flagged == [later.id]
