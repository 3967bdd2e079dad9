"""Markdown to safe HTML (for Qt's rich text and for exports), with highlighted code."""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

SAFE_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(frozen=True, slots=True)
class Palette:
    """Colours the rendered HTML uses; one for light and one for dark themes."""

    text: str
    muted: str
    code_bg: str
    border: str
    link: str
    quote: str
    pygments_style: str


LIGHT = Palette("#1f2328", "#59636e", "#f3f4f6", "#8c959f", "#0969da", "#59636e", "xcode")
DARK = Palette("#e6edf3", "#9198a1", "#21262d", "#656c76", "#4493f8", "#9198a1", "github-dark")


def is_safe_url(url: str) -> bool:
    """Only web and mail links may be followed; everything else is shown as text."""
    return url.strip().lower().startswith(SAFE_SCHEMES)


def base_parser() -> Any:
    """CommonMark with tables and strikethrough; raw HTML stays text; only safe links."""
    from markdown_it import MarkdownIt

    md = MarkdownIt(
        "commonmark",
        {"html": False, "linkify": False, "typographer": False, "breaks": False},
    ).enable(["table", "strikethrough"])
    md.validateLink = is_safe_url  # type: ignore[method-assign]
    from gui.core.math_tex import math_plugin, source_of

    math_plugin(md)

    def math_source(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        # Where no typeset image is wanted (copied HTML, exports that keep LaTeX).
        token = tokens[idx]
        text = html.escape(source_of(token.content, token.markup))
        return f"<p>{text}</p>\n" if token.type == "math_block" else text

    md.add_render_rule("math_inline", math_source)
    md.add_render_rule("math_block", math_source)
    return md


def formulas(text: str) -> list[tuple[str, bool, str]]:
    """Every formula in Markdown ``text``: (tex, display, markup), in order."""
    md = base_parser()
    found: list[tuple[str, bool, str]] = []
    for token in md.parse(text):
        if token.type == "math_block":
            found.append((token.content, True, token.markup))
        for child in token.children or ():
            if child.type == "math_inline":
                found.append((child.content, bool(child.meta["display"]), child.markup))
    return found


@lru_cache(maxsize=4)
def _parser(dark: bool, math: bool = False) -> Any:
    palette = DARK if dark else LIGHT
    md = base_parser()
    rules = md.add_render_rule
    if math:
        from gui.core.math_tex import math_url, source_of

        def math_image(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
            # The window resolves math: addresses itself (MarkdownView.loadResource).
            token = tokens[idx]
            block = token.type == "math_block"
            display = block or bool(token.meta.get("display"))
            url = html.escape(math_url(token.content, display, token.markup))
            alt = html.escape(source_of(token.content, token.markup), quote=True)
            image = f'<img src="{url}" alt="{alt}" style="vertical-align: middle;">'
            return f'<p align="center">{image}</p>\n' if block else image

        rules("math_inline", math_image)
        rules("math_block", math_image)

    def image(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        # Never fetch images: show their alt text and address as a plain link.
        token = tokens[idx]
        src = str(token.attrGet("src") or "")
        alt = html.escape(token.content or "image")
        if is_safe_url(src):
            return f'<a href="{html.escape(src)}">🖼 {alt}</a>'
        return f"🖼 {alt}"

    def table_open(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        return (
            f'<table border="1" cellspacing="0" cellpadding="5" '
            f'style="border-collapse: collapse; border-color: {palette.border}; '
            f'margin-top: 6px; margin-bottom: 6px;">'
        )

    def code_inline(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        code = html.escape(tokens[idx].content)
        return (
            f'<code style="background-color: {palette.code_bg}; '
            f"font-family: 'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace;\">{code}</code>"
        )

    def fence(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        lang = token.info.strip().split()[0] if token.info.strip() else ""
        return highlight(token.content, lang, palette)

    def blockquote_open(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        return f'<blockquote style="color: {palette.quote}; margin-left: 12px;">'

    rules("image", image)
    rules("table_open", table_open)
    rules("code_inline", code_inline)
    rules("fence", fence)
    rules("blockquote_open", blockquote_open)
    return md


def highlight(code: str, lang: str, palette: Palette = LIGHT, *, label: bool = True) -> str:
    """A ``<pre>`` block with inline-styled syntax colours (Qt understands inline styles).

    ``label=False`` leaves out the language line (for the later parts of a long block).
    """
    body = _pygments_spans(code, lang, palette.pygments_style)
    heading = (
        f'<div style="color: {palette.muted}; font-size: small;">{html.escape(lang)}</div>'
        if lang and label
        else ""
    )
    return (
        f'{heading}<pre style="background-color: {palette.code_bg}; '
        f"font-family: 'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace; "
        f'padding: 8px; white-space: pre-wrap;">{body}</pre>\n'
    )


def _pygments_spans(code: str, lang: str, style: str) -> str:
    try:
        from pygments import highlight as pyg_highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound
    except ImportError:  # pragma: no cover - Pygments is a dependency
        return html.escape(code)
    name = (lang or "").strip().split()[0].lower() if lang.strip() else ""
    if not name:
        return html.escape(code)
    try:
        lexer = get_lexer_by_name(name, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return html.escape(code)
    formatter = HtmlFormatter(noclasses=True, nowrap=True, style=style)
    return str(pyg_highlight(code, lexer, formatter))


def warm_up(dark: bool = False) -> None:
    """Load the Markdown parser ahead of the first reply (blocking: use a worker thread)."""
    render_markdown("# Title\n\n*a* **b** `c`\n\n| a |\n|---|\n| 1 |\n\n```\nx\n```", dark=dark)
    highlight("x", "text", DARK if dark else LIGHT)  # the formatter and its style


def load_lexer(language: str) -> None:
    """Import the highlighter for ``language`` (blocking: use a worker thread).

    A streamed answer announces its code's language on the fence line, long before
    the block is complete; loading the lexer then, in the background, keeps the
    import (tens of milliseconds) out of the window's way, and lexers for languages
    nobody uses never take memory.
    """
    from pygments.lexers import find_lexer_class_by_name
    from pygments.util import ClassNotFound

    from gui.core.lexer_warmup import precompile

    with contextlib.suppress(ClassNotFound):
        lexer = find_lexer_class_by_name(language)
        # Its regular expressions are the costly part: compiled with pauses first, so
        # that the window's thread keeps running.
        precompile(lexer)
        # Tokenising once compiles what is left (any pattern the cache let go).
        list(lexer().get_tokens("x = 1\n"))


class LexerLoader:
    """Which code languages can be highlighted without a pause on the calling thread.

    ``load`` runs in a worker thread; ``ready`` is what the window asks before it
    renders a finished code block while a reply streams.
    """

    __slots__ = ("_ready", "_requested")

    def __init__(self) -> None:
        self._ready: set[str] = set()
        self._requested: set[str] = set()

    def ready(self, language: str) -> bool:
        return not language or language in self._ready

    def should_load(self, language: str) -> bool:
        """True the first time ``language`` is asked for (so it is loaded once)."""
        if not language or language in self._requested:
            return False
        self._requested.add(language)
        return True

    def load(self, language: str) -> None:
        """Blocking: use a worker thread. Marks the language ready even if loading fails,
        so a block is never held back for good."""
        try:
            load_lexer(language)
        finally:
            self._ready.add(language)


def render_markdown(text: str, *, dark: bool = False, math: bool = False) -> str:
    """Render Markdown to HTML. Raw HTML in ``text`` is shown as text, never interpreted.

    With ``math``, formulas become ``<img src="math:…">`` for the window to typeset;
    without, they stay LaTeX source text.
    """
    return str(_parser(dark, math).render(text))


# A fence may sit inside list items and quotes ("- ```", "> ```", deep indents). Seeing
# a fence where there is none only means fewer cuts, which is safe.
_FENCE = re.compile(r"^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})")


# A top-level code fence's opening line (CommonMark: up to three spaces of indent).
_OPENER = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class OpenFence:
    """A streamed tail that ends in a code block still open, split for showing it as code.

    ``before`` is the text ahead of the fence, ``language`` its info word ("" if none),
    ``code`` its lines so far: no fence lines, nor a last line that may be the closing
    fence still arriving.
    """

    before: str
    language: str
    code: str


def open_fence(tail: str) -> OpenFence | None:
    """The code block the open ``tail`` ends in; None if it ends in none (or its opening
    line is still arriving, or it is in a quote, which stays plain monospace).

    Runs on every streamed frame: past the opening line, only C-level scans of the tail.
    """
    line_start = 0
    while (line_end := tail.find("\n", line_start)) >= 0:  # the opening line is complete
        match = _OPENER.match(tail, line_start, line_end)
        if match is not None:
            break
        line_start = line_end + 1
    else:
        return None
    fence, info = match.group(1), match.group(2)
    if fence[0] == "`" and "`" in info:
        return None  # not a fence: inline code
    code = tail[line_end + 1 :]
    marker = re.escape(fence[0])
    closing = re.compile(rf"^ *{marker}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
    last_line = code.rfind("\n") + 1
    if closing.search(code, 0, max(0, last_line - 1)):
        return None  # it closed: the tail holds a finished block and more
    if re.match(rf" *{marker}+[ \t]*$", code[last_line:]):
        code = code[:last_line]  # maybe the closing fence, half arrived
    words = info.split()
    return OpenFence(tail[: max(0, line_start - 1)], words[0] if words else "", code)


_CONTINUATION = re.compile(r"^[ \t]")

LONG_LINE = 4_000
"""An open line longer than this (outside code and tables) is cut at a space while it
streams, so the plain tail the window shows stays short. Prose has no line that long;
a 2 MB line of output does, and laying it out again on every frame froze the window."""


# A line that may start a list item, or an indented one (code, or an item's next
# paragraph): after either, the next line decides whether a blank line ends the block.
# Seeing one where there is none only means a later cut, which is safe.
_LISTY = re.compile(r"^(?:[ \t>]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)| {4}|\t)")


class _BlockScanner:
    """Finds the places where a growing Markdown text splits into independent blocks.

    A blank line ends a paragraph, heading, quote or table at once: nothing after it can
    continue them. After a list or indented code it ends the block only once the next
    line shows that nothing continues across it (an indented line may be the item's
    next paragraph or more code). A top-level code fence ends its block when it closes.
    """

    __slots__ = ("fence", "fence_info", "fence_nested", "listy", "open", "pending")

    def __init__(self) -> None:
        self.fence: str | None = None
        self.fence_nested = False
        self.fence_info = ""
        self.pending: int | None = None
        self.open = False  # the block since the last cut has a non-blank line
        self.listy = False  # ... and one of them may start a list item or be indented

    def line(self, line: str, end: int, start: int) -> int | None:
        """Take one complete line (``start``..``end``); return a confirmed cut or None."""
        match = _FENCE.match(line)
        if self.fence is not None:
            closes = (
                match is not None
                and match.group(1)[0] == self.fence[0]
                and len(match.group(1)) >= len(self.fence)
                and not line.strip().strip(self.fence[0])
            )
            if closes:
                self.fence = None
                if self.fence_nested:
                    return None
                self.open = self.listy = False
                return end
            return None
        if not line.strip():
            if self.open and not self.listy:
                self.open = False
                return end
            if self.open:
                self.pending = end
            return None
        cut = None
        if self.pending is not None:
            if not _CONTINUATION.match(line):
                cut = start
                self.listy = False
            self.pending = None
        self.open = True
        if not self.listy and _LISTY.match(line):
            self.listy = True
        if match:
            self.fence = match.group(1)
            self.fence_nested = not line.startswith(match.group(1))
            self.fence_info = line[match.end() :].strip()
        return cut


def _cuts(text: str) -> list[int]:
    scanner = _BlockScanner()
    cuts = []
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        if not line.endswith("\n"):
            break  # the last line is still growing
        cut = scanner.line(line, end, pos)
        if cut is not None:
            cuts.append(cut)
        pos = end
    return cuts


def stable_prefix_length(text: str) -> int:
    """Length of the leading part of ``text`` whose Markdown blocks cannot change any more.

    While a reply streams, only the text after this point (the open tail) needs
    re-rendering.
    """
    cuts = _cuts(text)
    return cuts[-1] if cuts else 0


def split_blocks(text: str, max_chars: int) -> list[str]:
    """Split ``text`` at block boundaries into pieces of about ``max_chars``."""
    pieces = []
    start = 0
    last = 0
    for cut in [*_cuts(text), len(text)]:
        if cut - start > max_chars and last > start:
            pieces.append(text[start:last])
            start = last
        last = cut
    pieces.append(text[start:])
    return [p for p in pieces if p] or [""]


def _lines_with_fences(source: str) -> list[str]:
    """The lines of ``source`` that hold a run of three backticks or tildes, in order
    (found with ``str.find``: a finished 5,000-line code block has two of them)."""
    starts: set[int] = set()
    for marker in ("```", "~~~"):
        found = source.find(marker)
        while found >= 0:
            starts.add(source.rfind("\n", 0, found) + 1)
            line_end = source.find("\n", found)
            if line_end < 0:
                break
            found = source.find(marker, line_end)
    lines = []
    for start in sorted(starts):
        line_end = source.find("\n", start)
        lines.append(source[start : line_end if line_end >= 0 else len(source)])
    return lines


def fence_languages(source: str) -> list[str]:
    """The languages named on the code fences in ``source`` (lower case, in order)."""
    if "```" not in source and "~~~" not in source:
        return []
    languages = []
    for line in _lines_with_fences(source):
        match = _FENCE.match(line)
        if match:
            info = line[match.end() :].strip()
            if info and not (match.group(1)[0] == "`" and "`" in info):  # `x` is inline code
                languages.append(info.split()[0].lower())
    return languages


class StreamingMarkdown:
    """Render a growing Markdown text block by block.

    Finished blocks are rendered once, each on its own (so the HTML does not depend
    on how the network split the text); the open tail is returned as plain text for
    the view to show until its block is complete. The work per call depends on the
    new text and the open block, not on the length of the whole reply.

    With ``lexer_ready``, a finished code block whose highlighter is not loaded yet
    stays in the tail (as plain code) until it is: compiling a lexer takes tens of
    milliseconds, which must not happen on the thread that draws the window.
    """

    __slots__ = ("_buf", "_dark", "_held", "_lexer_ready", "_scan", "_scanner", "waiting_for")

    def __init__(
        self, *, dark: bool = False, lexer_ready: Callable[[str], bool] | None = None
    ) -> None:
        self._dark = dark
        self._lexer_ready = lexer_ready
        self.reset()

    def reset(self) -> None:
        self._buf = ""
        self._scan = 0
        self._scanner = _BlockScanner()
        self._held: list[int] = []
        self.waiting_for = ""  # the language a finished block waits for, "" if none

    @property
    def tail(self) -> str:
        return self._buf

    @property
    def in_fence(self) -> bool:
        """True while the open tail starts or is inside a fenced code block."""
        return self._scanner.fence is not None or bool(self.waiting_for)

    @property
    def fence_language(self) -> str:
        """The language named by the open code fence ("" outside one or when unnamed)."""
        info = self._scanner.fence_info if self._scanner.fence is not None else ""
        return info.split()[0].lower() if info else ""

    def feed_blocks(self, text: str) -> tuple[list[tuple[str, str]], str]:
        """Add streamed text; return ([(source, HTML) of newly finished blocks], open tail)."""
        sources, tail = self.feed_sources(text)
        return [(source, render_markdown(source, dark=self._dark)) for source in sources], tail

    def feed_sources(self, text: str) -> tuple[list[str], str]:
        """Add streamed text; return ([sources of newly finished blocks], open tail).

        The caller renders them: a finished block can be huge (a table of thousands of
        cells), too much to render in one go on the thread that draws the window.
        """
        if text:
            self._buf += text
        cuts = self._held + self._advance()
        self._held = []
        self.waiting_for = ""
        blocks: list[str] = []
        start = 0
        for index, cut in enumerate(cuts):
            source = self._buf[start:cut]
            waiting = self._unready_language(source)
            if waiting:
                self.waiting_for = waiting
                self._held = [c - start for c in cuts[index:]]
                break
            if source.strip():
                blocks.append(source)
            start = cut
        self._buf = self._buf[start:]
        self._scan -= start
        if self._scanner.pending is not None:
            self._scanner.pending -= start
        long_line = self._cut_long_line()
        if long_line:
            blocks.append(long_line)
        return blocks, self._buf

    def _cut_long_line(self) -> str:
        """Take the finished words of an overlong open line (see ``LONG_LINE``)."""
        buf = self._buf
        if (
            len(buf) - self._scan <= LONG_LINE
            or self._scanner.fence is not None
            or self._held
            or "|" in buf  # maybe a table row, which must stay whole
        ):
            return ""
        cut = buf.rfind(" ", self._scan + LONG_LINE // 2) + 1 or len(buf)
        self._buf = buf[cut:]
        self._scan = 0
        return buf[:cut]

    def _unready_language(self, source: str) -> str:
        if self._lexer_ready is None:
            return ""
        return next((lang for lang in fence_languages(source) if not self._lexer_ready(lang)), "")

    def feed(self, text: str) -> tuple[str, str]:
        """Like ``feed_blocks``, with the finished blocks' HTML joined."""
        blocks, tail = self.feed_blocks(text)
        return "".join(html for _source, html in blocks), tail

    def finish_block(self) -> tuple[str, str]:
        """The stream ended: (source, HTML) of everything still open."""
        source = self.finish_source()
        return source, render_markdown(source, dark=self._dark) if source.strip() else ""

    def finish_source(self) -> str:
        """The stream ended: the source of everything still open (the caller renders it)."""
        source = self._buf
        self.reset()
        return source

    def _advance(self) -> list[int]:
        buf = self._buf
        cuts: list[int] = []
        while True:
            newline = buf.find("\n", self._scan)
            if newline < 0:
                return cuts
            start = self._scan
            self._scan = newline + 1
            cut = self._scanner.line(buf[start : self._scan], self._scan, start)
            if cut is not None:
                cuts.append(cut)
