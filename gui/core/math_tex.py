"""Finds LaTeX math in Markdown ($…$, $$…$$, \\(…\\), \\[…\\]) while dollar amounts stay text."""

from __future__ import annotations

import base64
import binascii
from typing import Any

MAX_TEX = 4_000
"""Longer formulas are shown as their source: typesetting them would take too long."""

URL_SCHEME = "math"

# Opening delimiter -> closing delimiter, display or not.
_INLINE_OPENERS = (("$$", "$$", True), ("\\[", "\\]", True), ("\\(", "\\)", False))


def source_of(tex: str, markup: str) -> str:
    """The formula as it was written, delimiters included."""
    closing = {"$": "$", "$$": "$$", "\\(": "\\)", "\\[": "\\]"}[markup]
    return f"{markup}{tex}{closing}"


def math_url(tex: str, display: bool, markup: str) -> str:
    """``math:`` address naming one formula; it carries the source, so nothing else is needed."""
    payload = base64.urlsafe_b64encode(f"{markup}\n{tex}".encode()).decode("ascii")
    return f"{URL_SCHEME}:{'d' if display else 'i'}{payload}"


def parse_math_url(url: str) -> tuple[str, bool, str] | None:
    """(tex, display, markup) from a ``math_url``; None for any other address."""
    prefix = f"{URL_SCHEME}:"
    if not url.startswith(prefix) or len(url) < len(prefix) + 2:
        return None
    kind, payload = url[len(prefix)], url[len(prefix) + 1 :]
    if kind not in "di":
        return None
    try:
        markup, _, tex = base64.urlsafe_b64decode(payload.encode("ascii")).decode().partition("\n")
    except (binascii.Error, UnicodeError, ValueError):
        return None
    if markup not in ("$", "$$", "\\(", "\\["):
        return None
    return tex, kind == "d", markup


def _escaped(src: str, pos: int) -> bool:
    """True if the character at ``pos`` follows an odd number of backslashes."""
    count = 0
    while pos > 0 and src[pos - 1] == "\\":
        count += 1
        pos -= 1
    return count % 2 == 1


def _closing_dollar(src: str, start: int, end: int) -> int:
    """Where a single-dollar formula opened before ``start`` closes (pandoc's rule), or -1.

    The closing ``$`` is not preceded by whitespace and not followed by a digit, so
    "$5 and $10" stays text.
    """
    pos = start
    while True:
        pos = src.find("$", pos, end)
        if pos < 0:
            return -1
        if (
            not _escaped(src, pos)
            and not src[pos - 1].isspace()
            and not (pos + 1 < end and src[pos + 1].isdigit())
        ):
            return pos
        pos += 1


def find_inline(src: str, pos: int, end: int) -> tuple[int, str, str, bool] | None:
    """A formula starting at ``src[pos]``: (end position, tex, markup, display), or None."""
    for opener, closer, display in _INLINE_OPENERS:
        if src.startswith(opener, pos):
            close = src.find(closer, pos + len(opener), end)
            while close >= 0 and opener == "$$" and _escaped(src, close):
                close = src.find(closer, close + 1, end)
            if close < 0:
                return None
            tex = src[pos + len(opener) : close]
            if not tex.strip() or len(tex) > MAX_TEX:
                return None
            return close + len(closer), tex, opener, display
    if src[pos] != "$" or pos + 1 >= end or src[pos + 1].isspace():
        return None
    close = _closing_dollar(src, pos + 1, end)
    if close < 0:
        return None
    tex = src[pos + 1 : close]
    # A dollar or a backtick inside means prices or code around it ("$5 and $10 or x$"),
    # not a formula: LaTeX has no use for either unescaped.
    if len(tex) > MAX_TEX or "`" in tex or "$" in tex.replace("\\$", ""):
        return None
    return close + 1, tex, "$", False


def _math_inline(state: Any, silent: bool) -> bool:
    src: str = state.src
    pos: int = state.pos
    if src[pos] not in "$\\" or _escaped(src, pos):
        return False
    found = find_inline(src, pos, state.posMax)
    if found is None:
        return False
    end, tex, markup, display = found
    if not silent:
        token = state.push("math_inline", "math", 0)
        token.content = tex
        token.markup = markup
        token.meta = {"display": display}
    state.pos = end
    return True


_BLOCK_OPENERS = (("$$", "$$"), ("\\[", "\\]"))


def _math_block(state: Any, start_line: int, end_line: int, silent: bool) -> bool:
    """A display formula whose delimiters begin its first line and end its last one."""
    begin = state.bMarks[start_line] + state.tShift[start_line]
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False  # indented code
    line = state.src[begin : state.eMarks[start_line]]
    opener = next((o for o in _BLOCK_OPENERS if line.startswith(o[0])), None)
    if opener is None:
        return False
    start, closer = opener
    first = line[len(start) :]
    lines = [first]
    last = start_line
    stripped = first.rstrip()
    closed = stripped.endswith(closer) and len(stripped) >= len(closer)
    while not closed:
        last += 1
        if last >= end_line:
            return False
        if state.sCount[last] < state.blkIndent:
            return False
        text = state.src[state.bMarks[last] + state.tShift[last] : state.eMarks[last]]
        if not text.strip():
            return False  # a blank line ends the paragraph: this was no formula
        lines.append(text)
        closed = text.rstrip().endswith(closer)
    body = "\n".join(lines).rstrip()
    tex = body[: -len(closer)]
    if not tex.strip() or len(tex) > MAX_TEX or (start == "$$" and "$$" in tex):
        return False
    if silent:
        return True
    token = state.push("math_block", "math", 0)
    token.content = tex
    token.markup = start
    token.block = True
    token.map = [start_line, last + 1]
    state.line = last + 1
    return True


def math_plugin(md: Any) -> None:
    """Teach a markdown-it parser the four math delimiters (tokens: math_inline, math_block).

    The inline rule runs before backslash escapes (``\\(`` is an escape otherwise) and
    never sees code spans or blocks, which earlier rules consume whole.
    """
    md.inline.ruler.before("escape", "math_inline", _math_inline)
    md.block.ruler.before(
        "fence", "math_block", _math_block, {"alt": ["paragraph", "reference", "blockquote"]}
    )


Found = tuple[int, int, str, bool, str]  # start, end, tex, display, markup


def plain_formulas(text: str, start: int, end: int) -> tuple[list[Found], int]:
    """Formulas in plain text (the reasoning) between ``start`` and ``end``.

    Returns them and where the next scan should begin: a display formula that opens
    but has not closed by ``end`` may still close in text yet to come. ``$…$`` and
    ``\\(…\\)`` stay within one line; ``\\$`` is a dollar sign.
    """
    found: list[Found] = []
    pos = start
    while True:
        dollar = text.find("$", pos, end)
        backslash = text.find("\\", pos, end)
        candidates = [c for c in (dollar, backslash) if c >= 0]
        if not candidates:
            return found, end
        pos = min(candidates)
        if text[pos] == "\\" and not text.startswith(("\\(", "\\["), pos):
            pos += 2  # an escaped character, \$ included
            continue
        display = text.startswith(("$$", "\\["), pos)
        line_end = text.find("\n", pos, end)
        limit = end if display or line_end < 0 else line_end
        formula = find_inline(text, pos, limit)
        if formula is not None:
            stop, tex, markup, is_display = formula
            found.append((pos, stop, tex, is_display, markup))
            pos = stop
            continue
        if display and end - pos < MAX_TEX:
            return found, pos  # it may close later
        pos += 2 if display else 1
