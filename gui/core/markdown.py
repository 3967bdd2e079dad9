"""Markdown to safe HTML (for Qt's rich text and for exports), with highlighted code."""

from __future__ import annotations

import html
import re
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


LIGHT = Palette("#1f2328", "#59636e", "#f3f4f6", "#8c959f", "#0969da", "#59636e", "default")
DARK = Palette("#e6edf3", "#9198a1", "#22272e", "#656c76", "#4493f8", "#9198a1", "monokai")


def is_safe_url(url: str) -> bool:
    """Only web and mail links may be followed; everything else is shown as text."""
    return url.strip().lower().startswith(SAFE_SCHEMES)


@lru_cache(maxsize=2)
def _parser(dark: bool) -> Any:
    from markdown_it import MarkdownIt

    palette = DARK if dark else LIGHT
    md = MarkdownIt(
        "commonmark",
        {"html": False, "linkify": False, "typographer": False, "breaks": False},
    ).enable(["table", "strikethrough"])
    md.validateLink = is_safe_url  # type: ignore[method-assign]
    rules = md.add_render_rule

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


def highlight(code: str, lang: str, palette: Palette = LIGHT) -> str:
    """A ``<pre>`` block with inline-styled syntax colours (Qt understands inline styles)."""
    body = _pygments_spans(code, lang, palette.pygments_style)
    label = (
        f'<div style="color: {palette.muted}; font-size: small;">{html.escape(lang)}</div>'
        if lang
        else ""
    )
    return (
        f'{label}<pre style="background-color: {palette.code_bg}; '
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


def render_markdown(text: str, *, dark: bool = False) -> str:
    """Render Markdown to HTML. Raw HTML in ``text`` is shown as text, never interpreted."""
    return str(_parser(dark).render(text))


# A fence may sit inside list items and quotes ("- ```", "> ```", deep indents). Seeing
# a fence where there is none only means fewer cuts, which is safe.
_FENCE = re.compile(r"^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})")


def stable_prefix_length(text: str) -> int:
    """Length of the leading part of ``text`` whose Markdown blocks cannot change any more.

    While a reply streams, only the text after this point (the open tail) needs
    re-rendering. The cut is the last blank line outside a fenced code block.
    """
    fence: str | None = None
    cut = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        if not line.endswith("\n"):
            break  # the last line is still growing
        match = _FENCE.match(line)
        if fence is None:
            if match:
                fence = match.group(1)
            elif not line.strip():
                cut = end
        elif (
            match
            and match.group(1)[0] == fence[0]
            and len(match.group(1)) >= len(fence)
            and not line.strip().strip(fence[0])
        ):
            fence = None
            cut = end
        pos = end
    return cut


class StreamingMarkdown:
    """Render a growing Markdown text block by block.

    Finished blocks are rendered once; ``feed`` returns their HTML plus the open
    tail, which the view shows as plain text until its block is complete. The
    work per call depends on the new text and the open block, not on the length
    of the whole reply.
    """

    __slots__ = ("_buf", "_cuts", "_dark", "_fence", "_scan")

    def __init__(self, *, dark: bool = False) -> None:
        self._dark = dark
        self.reset()

    def reset(self) -> None:
        self._buf = ""
        self._scan = 0
        self._cuts: list[int] = []
        self._fence: str | None = None

    @property
    def tail(self) -> str:
        return self._buf

    @property
    def in_fence(self) -> bool:
        """True while the open tail is inside a fenced code block."""
        return self._fence is not None

    def feed(self, text: str) -> tuple[str, str]:
        """Add streamed text; return (HTML of newly finished blocks, open tail text)."""
        if text:
            self._buf += text
            self._advance()
        if not self._cuts:
            return "", self._buf
        # Each finished block is rendered on its own, so the HTML does not depend on
        # how the network happened to split the text.
        html = []
        start = 0
        for cut in self._cuts:
            block = self._buf[start:cut]
            if block.strip():
                html.append(render_markdown(block, dark=self._dark))
            start = cut
        self._buf = self._buf[start:]
        self._scan -= start
        self._cuts = []
        return "".join(html), self._buf

    def _advance(self) -> None:
        buf = self._buf
        while True:
            newline = buf.find("\n", self._scan)
            if newline < 0:
                return
            line = buf[self._scan : newline + 1]
            self._scan = newline + 1
            match = _FENCE.match(line)
            if self._fence is None:
                if match:
                    self._fence = match.group(1)
                elif not line.strip():
                    self._cuts.append(self._scan)
            elif (
                match
                and match.group(1)[0] == self._fence[0]
                and len(match.group(1)) >= len(self._fence)
                and not line.strip().strip(self._fence[0])
            ):
                self._fence = None
                self._cuts.append(self._scan)
