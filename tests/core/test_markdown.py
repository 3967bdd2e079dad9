"""Markdown rendering: safe HTML only, highlighted code, and block-wise streaming."""

from __future__ import annotations

import itertools
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.core.markdown import (
    DARK,
    LIGHT,
    LexerLoader,
    StreamingMarkdown,
    fence_languages,
    is_safe_url,
    render_markdown,
    stable_prefix_length,
)

ALLOWED_TAGS = {
    "p", "a", "pre", "code", "span", "div", "table", "thead", "tbody", "tr", "th", "td",
    "em", "strong", "s", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "br",
}  # fmt: skip
ALLOWED_ATTRS = {"href", "style", "class", "border", "cellspacing", "cellpadding", "start"}


class TagCollector(HTMLParser):
    """Collects every start tag and its attributes, as a browser or Qt would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html_text: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = TagCollector()
    parser.feed(html_text)
    parser.close()
    return parser.tags


def assert_safe_html(html_text: str) -> None:
    """Only harmless tags and attributes, and links only to web or mail addresses."""
    for tag, attrs in tags_of(html_text):
        assert tag in ALLOWED_TAGS, (tag, html_text)
        for name, value in attrs.items():
            assert name in ALLOWED_ATTRS, (tag, name, html_text)
            assert not name.startswith("on")
            if name == "href":
                assert value is not None
                assert is_safe_url(value), value


def links(html_text: str) -> list[str]:
    return [str(attrs.get("href")) for tag, attrs in tags_of(html_text) if tag == "a"]


# -- raw HTML -------------------------------------------------------------------------------------

HOSTILE_HTML = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    "<svg onload=alert(1)>",
    "<style>body{display:none}</style>",
    '<a href="javascript:alert(1)">click</a>',
    "Hello <b onclick=alert(1)>bold</b> world",
    "<div>\n<script>alert(1)</script>\n</div>",
    "<!-- comment --><object data=x></object>",
]


@pytest.mark.parametrize("source", HOSTILE_HTML)
def test_raw_html_is_escaped(source: str) -> None:
    """Raw HTML in the text is shown as text, never emitted as tags."""
    html_text = render_markdown(source)
    assert_safe_html(html_text)
    assert "&lt;" in html_text
    for bad in ("<script", "<img", "<iframe", "<svg", "<style", "<object", "<b ", "<!--"):
        assert bad not in html_text


def test_script_text_survives_as_visible_text() -> None:
    """Escaped HTML keeps its characters so the user sees what the model wrote."""
    html_text = render_markdown("<script>alert(1)</script>")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_text


# -- links ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](file:///etc/passwd)",
        "<javascript:alert(1)>",
        "<file:///etc/passwd>",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[relative](/etc/passwd)",
    ],
)
def test_unsafe_links_are_not_rendered_as_links(source: str) -> None:
    """javascript:, data:, file: and other non-web links never become <a href>."""
    html_text = render_markdown(source)
    assert_safe_html(html_text)
    assert links(html_text) == []
    assert "<a" not in html_text


@pytest.mark.parametrize(
    ("source", "href"),
    [
        ("[docs](https://platform.minimax.io/docs)", "https://platform.minimax.io/docs"),
        ("[plain](http://example.com/a?b=1&c=2)", "http://example.com/a?b=1&c=2"),
        ("[mail](mailto:help@example.com)", "mailto:help@example.com"),
        ("<https://example.com>", "https://example.com"),
        ("[ref][r]\n\n[r]: https://example.com/ref", "https://example.com/ref"),
    ],
)
def test_web_and_mail_links_are_rendered(source: str, href: str) -> None:
    """http, https and mailto links become <a href> links."""
    html_text = render_markdown(source)
    assert_safe_html(html_text)
    assert links(html_text) == [href]


def test_link_url_cannot_break_out_of_attribute() -> None:
    """Quotes inside a link address are encoded, so no attribute can be injected."""
    html_text = render_markdown('[x](https://e.com/"onmouseover="alert(1))')
    assert_safe_html(html_text)
    [(_, attrs)] = [t for t in tags_of(html_text) if t[0] == "a"]
    assert set(attrs) == {"href"}


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://a.b", True),
        ("HTTP://A.B", True),
        ("  mailto:x@y.z", True),
        ("javascript:alert(1)", False),
        ("data:text/plain,hi", False),
        ("file:///x", False),
        ("ftp://x", False),
        ("//evil.example", False),
        ("", False),
    ],
)
def test_is_safe_url(url: str, safe: bool) -> None:
    """Only http, https and mailto addresses are followable."""
    assert is_safe_url(url) is safe


# -- images ---------------------------------------------------------------------------------------


def test_image_becomes_link_with_alt_text() -> None:
    """An image is never loaded: it becomes a link showing its alt text."""
    html_text = render_markdown("![A chart <b>](https://example.com/chart.png)")
    assert_safe_html(html_text)
    assert "<img" not in html_text
    assert links(html_text) == ["https://example.com/chart.png"]
    assert "A chart &lt;b&gt;" in html_text


@pytest.mark.parametrize(
    "source",
    [
        "![x](javascript:alert(1))",
        "![x](data:image/png;base64,AAAA)",
        "![x](file:///etc/passwd)",
        "![x](/local.png)",
    ],
)
def test_unsafe_image_is_plain_text(source: str) -> None:
    """An image with a non-web address produces neither <img> nor a link."""
    html_text = render_markdown(source)
    assert_safe_html(html_text)
    assert "<img" not in html_text
    assert links(html_text) == []


# -- code -----------------------------------------------------------------------------------------


def test_fenced_code_with_language_is_highlighted_and_escaped() -> None:
    """A fence with a language gets inline-styled spans, and its HTML is escaped."""
    html_text = render_markdown('```python\nx = "<script>alert(1)</script>"\nif x: pass\n```\n')
    assert_safe_html(html_text)
    assert "<script" not in html_text
    assert "&lt;script&gt;" in html_text
    spans = [attrs for tag, attrs in tags_of(html_text) if tag == "span"]
    assert spans
    assert all("style" in attrs and "class" not in attrs for attrs in spans)
    assert "python" in html_text  # the language label


def test_fenced_code_with_language_has_single_pre() -> None:
    """A highlighted code block is one <pre> block, not a <pre> nested in <pre><code>."""
    html_text = render_markdown("```python\nx = 1\n```\n")
    assert html_text.count("<pre") == 1


@pytest.mark.parametrize("fence", ["```\n", "```nosuchlanguage\n", "~~~\n"])
def test_fenced_code_without_known_language_is_escaped(fence: str) -> None:
    """Code without a known language is escaped verbatim, inside a <pre>."""
    close = fence[:3] + "\n"
    html_text = render_markdown(f'{fence}a < b && c > "d"\n<b>x</b>\n{close}')
    assert_safe_html(html_text)
    assert "<b>" not in html_text
    assert "a &lt; b &amp;&amp; c &gt;" in html_text
    assert "<pre" in html_text


def test_language_label_is_escaped() -> None:
    """A hostile info string cannot inject markup through the language label."""
    html_text = render_markdown('```python"><script>alert(1)</script>\nx\n```\n')
    assert_safe_html(html_text)
    assert "<script" not in html_text


def test_inline_code_is_escaped_and_styled() -> None:
    """Inline code is escaped and shown in a monospace style."""
    html_text = render_markdown("Use `<think>` tags.")
    assert_safe_html(html_text)
    assert "&lt;think&gt;" in html_text
    assert "monospace" in html_text


def test_dark_palette_changes_colours() -> None:
    """The dark theme uses its own colours for code."""
    light = render_markdown("```python\nx = 1\n```\n")
    dark = render_markdown("```python\nx = 1\n```\n", dark=True)
    assert LIGHT.code_bg in light
    assert DARK.code_bg in dark
    assert light != dark


# -- other blocks ---------------------------------------------------------------------------------


def test_table_renders_as_table() -> None:
    """GitHub-style tables become <table> with header and body cells."""
    html_text = render_markdown("| a | b |\n|:--|--:|\n| 1 | 2 |\n")
    assert_safe_html(html_text)
    names = [tag for tag, _ in tags_of(html_text)]
    assert names.count("table") == 1
    assert "th" in names
    assert "td" in names


def test_strikethrough_and_emphasis() -> None:
    """Common inline formatting renders."""
    html_text = render_markdown("~~old~~ **bold** *it*")
    assert "<s>old</s>" in html_text
    assert "<strong>bold</strong>" in html_text
    assert "<em>it</em>" in html_text


def test_cjk_and_emoji_pass_through() -> None:
    """CJK text and emoji (including ZWJ and flag sequences) are output unchanged."""
    text = "你好，世界！こんにちは 안녕하세요 👋🏽 👨‍👩‍👧 🇯🇵"
    html_text = render_markdown(text)
    assert text in html_text


def test_blockquote_is_styled() -> None:
    """Block quotes render with the palette's quote colour."""
    html_text = render_markdown("> quoted")
    assert "<blockquote" in html_text
    assert LIGHT.quote in html_text


# -- stable prefix --------------------------------------------------------------------------------


def test_stable_prefix_cuts_after_last_blank_line() -> None:
    """A blank line is a cut once the next line shows it starts a new block."""
    text = "First paragraph.\n\nSecond paragraph.\n\nThird, still growing\n"
    assert stable_prefix_length(text) == len("First paragraph.\n\nSecond paragraph.\n\n")


def test_a_blank_line_ends_a_paragraph_at_once() -> None:
    """Nothing after a blank line continues a paragraph, heading, quote or table: the
    paragraph shows as rich text while the next one is still arriving, not after it."""
    assert stable_prefix_length("First **paragraph**.\n\n") == len("First **paragraph**.\n\n")
    assert stable_prefix_length("# Title\n\nThe next par") == len("# Title\n\n")
    assert stable_prefix_length("> quoted\n\n") == len("> quoted\n\n")
    assert stable_prefix_length("| a |\n|---|\n| 1 |\n\n") == len("| a |\n|---|\n| 1 |\n\n")
    assert stable_prefix_length("Para.\n\n\n\nNext\n") == len("Para.\n\n")


def test_a_blank_line_after_a_list_or_indented_code_waits_for_the_next_line() -> None:
    """An indented line after the blank line may be the item's next paragraph or more
    code, so the cut waits for it."""
    for block in ("- item\n", "1. item\n", "> - quoted item\n", "    code\n", "Intro\n* item\n"):
        assert stable_prefix_length(block + "\n") == 0, block
        assert stable_prefix_length(block + "\nNext\n") == len(block + "\n"), block
        assert stable_prefix_length(block + "\n  more\n") == 0, block


def test_indented_line_after_blank_line_continues_the_block() -> None:
    """A list item's second paragraph (indented) is not split from its item."""
    text = "- item\n\n  more about the item\n\nAfter\n"
    assert stable_prefix_length(text) == len("- item\n\n  more about the item\n\n")


def test_stable_prefix_zero_without_blank_line() -> None:
    """A single growing paragraph has no stable part."""
    assert stable_prefix_length("one line\nand another\n") == 0
    assert stable_prefix_length("") == 0


def test_last_line_without_newline_is_not_stable() -> None:
    """A line that has not ended yet cannot create a cut, even if it is blank so far."""
    assert stable_prefix_length("para\n   ") == 0
    assert stable_prefix_length("- item\n\nnext") == 0
    assert stable_prefix_length("para\n") == 0


def test_blank_line_inside_fence_is_not_a_cut() -> None:
    """A blank line inside an open ``` fence never produces a cut."""
    text = "Intro\n\n```python\ndef f():\n\n    return 1\n\n"
    assert stable_prefix_length(text) == len("Intro\n\n")
    assert stable_prefix_length(text + "    more\n\n") == len("Intro\n\n")


def test_closing_fence_ends_a_block() -> None:
    """The line closing a fence is a cut point."""
    text = "```\na\n\nb\n```\nafter"
    assert stable_prefix_length(text) == len("```\na\n\nb\n```\n")


def test_shorter_or_different_fence_does_not_close() -> None:
    """A ```` fence is closed only by ```` or longer, and ~~~ does not close ```."""
    text = "````\n```\n\n~~~\n\nx\n````\n\ntail"
    assert stable_prefix_length(text[: text.index("x")]) == 0
    assert stable_prefix_length(text) == len("````\n```\n\n~~~\n\nx\n````\n")


def test_fence_with_text_after_backticks_does_not_close() -> None:
    """A ``` line with an info string inside a fence is content, not a closer."""
    text = "```\n```python\n\nstill code\n"
    assert stable_prefix_length(text) == 0


def test_fence_inside_list_item_is_not_cut() -> None:
    """A fenced block nested in a numbered list is not split at its inner blank line."""
    text = "1. Install:\n\n    ```bash\n    pip install a\n\n    pip install b\n"
    cut = stable_prefix_length(text)
    assert cut <= text.index("    ```bash")


# -- streaming ------------------------------------------------------------------------------------


def run_stream(pieces: list[str], *, dark: bool = False) -> tuple[str, str]:
    """Feed pieces; return (all stable HTML, open tail) as a view would accumulate them."""
    stream = StreamingMarkdown(dark=dark)
    stable: list[str] = []
    tail = ""
    for piece in pieces:
        html_text, tail = stream.feed(piece)
        stable.append(html_text)
        assert tail == stream.tail
    return "".join(stable), tail


def test_feed_returns_tail_until_block_ends() -> None:
    """Until a blank line arrives, feed returns no HTML and the whole text as tail."""
    stream = StreamingMarkdown()
    assert stream.feed("Hello ") == ("", "Hello ")
    assert stream.feed("world\n") == ("", "Hello world\n")
    html_text, tail = stream.feed("\nNext")
    assert html_text == render_markdown("Hello world\n\n")
    assert tail == "Next"
    assert stream.feed(" line\n") == ("", "Next line\n")


def test_feed_renders_each_finished_block_once() -> None:
    """A finished block is returned as HTML once and never again."""
    stream = StreamingMarkdown()
    first, _ = stream.feed("A\n\nB\n")
    second, tail = stream.feed("C")
    assert first == "<p>A</p>\n"
    assert second == ""
    assert tail == "B\nC"


def test_feed_empty_string_changes_nothing() -> None:
    """Feeding "" returns no HTML and the current tail."""
    stream = StreamingMarkdown()
    stream.feed("abc")
    assert stream.feed("") == ("", "abc")


def test_feed_keeps_fence_open_across_blank_lines() -> None:
    """Blank lines inside a streamed fence produce no HTML until the fence closes."""
    stream = StreamingMarkdown()
    for piece in ["```py", "thon\nx = 1\n", "\n", "\ny = 2\n"]:
        html_text, _ = stream.feed(piece)
        assert html_text == ""
    html_text, tail = stream.feed("```\nafter")
    assert html_text == render_markdown("```python\nx = 1\n\n\ny = 2\n```\n")
    assert tail == "after"


def test_reset_forgets_everything() -> None:
    """reset() starts a fresh stream, including an open fence state."""
    stream = StreamingMarkdown()
    stream.feed("```\ncode\n")
    stream.reset()
    assert stream.tail == ""
    assert stream.feed("para\n\nnext\n") == ("<p>para</p>\n", "next\n")


def test_dark_stream_uses_dark_palette() -> None:
    """A dark stream renders with the dark palette."""
    html_text, _ = run_stream(["```python\nx = 1\n```\n"], dark=True)
    assert DARK.code_bg in html_text


def test_streamed_html_does_not_depend_on_chunking_for_lists() -> None:
    """A list streamed in one piece or item by item gives the same HTML."""
    text = "- a\n\n- b\n\n"
    assert run_stream([text]) == run_stream(["- a\n\n", "- b\n\n"])


# -- streaming properties -------------------------------------------------------------------------

WORDS = st.sampled_from(
    ["word", "MiniMax", "**bold**", "*it*", "`code`", "你好", "世界", "👋🏽", "a<b>c", "x&y", "1.5"]
)
LINE = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
PARAGRAPH = st.lists(LINE, min_size=1, max_size=3).map("\n".join)
HEADING = st.tuples(st.integers(1, 3), LINE).map(lambda t: "#" * t[0] + " " + t[1])
CODE_LINE = st.one_of(st.just(""), LINE, st.just("    indented"), st.just("<tag> & 'q'"))
CODE = st.tuples(
    st.sampled_from(["```", "````", "~~~"]),
    st.sampled_from(["", "python", "js", "nosuchlang"]),
    st.lists(CODE_LINE, min_size=0, max_size=5),
).map(lambda t: "\n".join([t[0] + t[1], *t[2], t[0]]))
TABLE = st.lists(st.tuples(WORDS, WORDS), min_size=1, max_size=3).map(
    lambda rows: "\n".join(["| h1 | h2 |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)])
)
QUOTE = LINE.map(lambda line: "> " + line)
ITEM = st.tuples(LINE, st.sampled_from(["", "\n\n  more about it", "\n  and on"])).map("".join)
# What follows a list or indented code decides whether it goes on (another list, more
# code), so each comes with the paragraph that ends it: rendering the pair as one block
# is the reference.
LIST = st.tuples(
    st.sampled_from(["- ", "* ", "1. "]), st.lists(ITEM, min_size=1, max_size=3), PARAGRAPH
).map(lambda t: "\n".join(t[0] + item for item in t[1]) + "\n\n" + t[2])
INDENTED_CODE = st.tuples(st.lists(LINE, min_size=1, max_size=2), PARAGRAPH).map(
    lambda t: "\n".join("    " + line for line in t[0]) + "\n\n" + t[1]
)
BLOCK = st.one_of(PARAGRAPH, HEADING, CODE, TABLE, QUOTE, LIST, INDENTED_CODE)
SEPARATOR = st.sampled_from(["\n\n", "\n\n\n"])


@st.composite
def documents(draw: st.DrawFn) -> tuple[list[str], str]:
    """A list of blocks and the text made of them (maybe ending mid-line)."""
    blocks = draw(st.lists(BLOCK, min_size=1, max_size=6))
    seps = [draw(SEPARATOR) for _ in blocks]
    ending = draw(st.sampled_from(["", "\n", "\n\n"]))
    text = "".join(b + s for b, s in zip(blocks[:-1], seps, strict=False)) + blocks[-1] + ending
    return blocks, text


@st.composite
def split_text(draw: st.DrawFn, text: str) -> list[str]:
    """Cut ``text`` into random-sized pieces (some empty)."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=30)))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


def block_render(blocks: list[str]) -> str:
    """The reference: every block rendered on its own, concatenated."""
    return "".join(render_markdown(block + "\n") for block in blocks)


PROPERTY_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@PROPERTY_SETTINGS
@given(data=st.data(), doc=documents())
def test_streaming_in_random_pieces_equals_block_rendering(
    data: st.DataObject, doc: tuple[list[str], str]
) -> None:
    """Stable HTML of random-sized pieces plus the rendered tail equals rendering block by block."""
    blocks, text = doc
    pieces = data.draw(split_text(text))
    assert "".join(pieces) == text
    stable, tail = run_stream(pieces)
    assert stable + render_markdown(tail) == block_render(blocks)


@PROPERTY_SETTINGS
@given(data=st.data(), doc=documents())
def test_streaming_is_independent_of_chunking(
    data: st.DataObject, doc: tuple[list[str], str]
) -> None:
    """Any piece split gives the same stable HTML and tail as feeding the text at once."""
    _, text = doc
    pieces = data.draw(split_text(text))
    assert run_stream(pieces) == run_stream([text])


@PROPERTY_SETTINGS
@given(data=st.data(), doc=documents())
def test_stable_prefix_length_matches_streaming(
    data: st.DataObject, doc: tuple[list[str], str]
) -> None:
    """After every piece, the streamer's consumed length equals stable_prefix_length of the text."""
    _, text = doc
    pieces = data.draw(split_text(text))
    stream = StreamingMarkdown()
    seen = ""
    for piece in pieces:
        seen += piece
        _, tail = stream.feed(piece)
        assert len(seen) - len(tail) == stable_prefix_length(seen)
        assert seen.endswith(tail)


@PROPERTY_SETTINGS
@given(doc=documents())
def test_no_cut_inside_fence(doc: tuple[list[str], str]) -> None:
    """No prefix of a document is ever cut strictly inside a fenced code block."""
    blocks, text = doc
    inside: list[tuple[int, int]] = []
    pos = 0
    for block in blocks:
        start = text.index(block, pos)
        if block.startswith(("```", "~~~")):
            first_newline = block.index("\n")
            inside.append((start + first_newline + 1, start + len(block) - 3))
        pos = start + len(block)
    for end in range(len(text) + 1):
        cut = stable_prefix_length(text[:end])
        assert not any(lo < cut <= hi for lo, hi in inside), (cut, text)


@PROPERTY_SETTINGS
@given(doc=documents())
def test_streamed_html_is_safe(doc: tuple[list[str], str]) -> None:
    """Whatever the blocks, the streamed HTML contains only safe tags and attributes."""
    _, text = doc
    stable, tail = run_stream([text])
    assert_safe_html(stable + render_markdown(tail))


def test_streaming_reports_the_open_fence_language() -> None:
    """The language of a code block is known as soon as its fence line arrives."""
    stream = StreamingMarkdown()
    stream.feed("Intro\n\n")
    assert stream.fence_language == ""
    stream.feed("```Python title=x\nprint(1)\n")
    assert stream.fence_language == "python"
    stream.feed("```\nafter\n")
    assert stream.fence_language == ""


def test_fence_languages_lists_named_fences_only() -> None:
    text = "```Python x\na\n```\n\n- ~~~ts\n  b\n  ~~~\n\n```\nc\n```\n\n``not`a fence``\n"
    assert fence_languages(text) == ["python", "ts"]
    assert fence_languages("no code here") == []


def test_finished_code_block_waits_for_its_lexer() -> None:
    """A closed block whose highlighter is not loaded stays in the tail, shown as code."""
    loaded: set[str] = set()
    stream = StreamingMarkdown(lexer_ready=lambda lang: lang in loaded)
    html_text, tail = stream.feed("Intro\n\n```rust\nfn main() {}\n```\n\nAfter.\n\nMore\n")
    assert "Intro" in html_text and "main" not in html_text
    assert tail.startswith("```rust") and tail.endswith("More\n")
    assert stream.waiting_for == "rust" and stream.in_fence
    loaded.add("rust")
    html_text, tail = stream.feed("")
    assert "main" in html_text and "After." in html_text
    assert tail == "More\n" and stream.waiting_for == "" and not stream.in_fence


def test_held_block_is_rendered_when_the_stream_ends() -> None:
    stream = StreamingMarkdown(lexer_ready=lambda lang: False)
    stream.feed("```go\nfunc f() {}\n```\n\nTail\n")
    source, html_text = stream.finish_block()
    assert source.startswith("```go") and "func" in html_text and "Tail" in html_text
    assert stream.waiting_for == "" and stream.tail == ""


@PROPERTY_SETTINGS
@given(data=st.data(), doc=documents())
def test_waiting_for_lexers_does_not_change_the_result(
    data: st.DataObject, doc: tuple[list[str], str]
) -> None:
    """Lexers becoming ready at arbitrary moments give the same HTML as no waiting at all."""
    blocks, text = doc
    pieces = data.draw(split_text(text))
    ready_after = data.draw(st.integers(min_value=0, max_value=len(pieces) + 1))
    calls = [0]
    stream = StreamingMarkdown(lexer_ready=lambda lang: calls[0] >= ready_after)
    stable = []
    for piece in pieces:
        html_text, tail = stream.feed(piece)
        stable.append(html_text)
        calls[0] += 1
        assert text.startswith("".join(pieces[: calls[0]])) and tail == stream.tail
    _source, rest = stream.finish_block()
    assert "".join(stable) + rest == block_render(blocks)


def test_lexer_loader_loads_once_and_never_holds_for_good() -> None:
    loader = LexerLoader()
    assert loader.ready("") and not loader.ready("python")
    assert loader.should_load("python") and not loader.should_load("python")
    assert not loader.should_load("")
    loader.load("python")
    loader.load("no-such-language")  # unknown: nothing to wait for
    assert loader.ready("python") and loader.ready("no-such-language")
