"""Which parts of a streamed answer's open Markdown tail are shown as rich text, and when."""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable

RICH_HEAD = 4_000
"""Longest open block whose finished lines are shown as rich text while it streams. They
are rendered again at each new line, so this bounds that work (a longer list shows its
later lines plain until it ends)."""

LINE_GAP = 0.3
"""Seconds between two renderings of the line still arriving: a closed span may show its
markers this long, and a line full of them costs a few renderings a second, not one per
frame."""

# First characters of a line that may start a block (heading, quote, list item).
_BLOCK_STARTS = frozenset("#>-+*0123456789")
_RULE = re.compile(r"(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")


def rich_head(tail: str, shown: str, *, in_fence: bool) -> str:
    """The finished lines of the open block ``tail`` to show as rich text, given the
    ``shown`` ones. A line is finished once the next one has started.

    What is shown is kept, not rendered again, once a code block opens (its lines stay
    plain code), a table starts (a big one becomes a table view of its own when it ends)
    or the lines pass ``RICH_HEAD``.
    """
    if not tail.startswith(shown):
        shown = ""
    # A paragraph's last line is usually followed by the blank line that finishes it:
    # waiting for the next line to start renders it once, not twice.
    end = tail.rfind("\n", 0, len(tail) - 1) + 1
    if in_fence or end <= len(shown) or end > RICH_HEAD or "|" in tail[len(shown) : end]:
        return shown
    return tail[:end]


def indent(line: str) -> str:
    """The spaces ``line`` starts with."""
    return line[: len(line) - len(line.lstrip(" "))]


def goes_on(head: str, line: str) -> bool:
    """Whether the arriving ``line`` goes on the paragraph (or list item) the finished
    lines ``head`` end with: a soft line break, not a new block."""
    if not head or head.endswith("\n\n") or "\n" in line or "|" in line:
        return False
    whole = head[head.rfind("\n", 0, len(head) - 1) + 1 :].rstrip()
    if len(indent(whole)) >= 4:
        return False  # maybe indented code, which a line does not go on
    last = whole.lstrip(" ")
    if not last or last[:1] == "#" or last[:3] in ("```", "~~~") or _RULE.fullmatch(last):
        return False  # a blank line, a heading, a fence or a rule: nothing goes on them
    spaces = indent(line)
    marked = line[len(spaces) :]
    return bool(marked) and len(spaces) < 4 and marked[0] not in _BLOCK_STARTS


def closed_spans(text: str) -> int:
    """How many inline spans (code, strong, emphasis, strikethrough, links) ``text`` may
    have closed: pairs of their markers, counted in C. Only a rise matters."""
    strong = text.count("**")
    pairs = text.count("`") // 2 + strong // 2 + (text.count("*") - 2 * strong) // 2
    pairs += text.count("_") // 2 + text.count("~~") // 2
    return pairs + (text.count(")") if "](" in text else 0)


class ArrivingLine:
    """Decides when the line still arriving is rendered again rather than appended to.

    It is rendered while its first characters may start a block (a heading, a list
    item), and when a span may have closed since it was last rendered: at once the first
    time, then at most once per ``gap`` seconds. Tables and finished lines are not.
    (Each rendering costs a parse and a layout of the line; appending costs neither.)
    """

    __slots__ = ("_at", "_clock", "_gap", "_spans")

    def __init__(
        self, gap: float | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._gap = LINE_GAP if gap is None else gap
        self._clock = clock
        self.reset()

    def reset(self) -> None:
        """A new line starts."""
        self._spans = 0  # spans closed in the line as last rendered
        self._at = -math.inf

    def due(self, line: str, shown: str) -> bool:
        """Whether ``line`` (of which ``shown`` is on screen) should be rendered now."""
        if "\n" in line or "|" in line:
            return False
        spaces = indent(line)  # a nested item's marker follows its indent
        if len(shown) < len(spaces) + 4 and line[len(spaces) : len(spaces) + 1] in _BLOCK_STARTS:
            return True
        if closed_spans(line) <= self._spans:
            return False
        return self._clock() - self._at >= self._gap

    def rendered(self, line: str) -> None:
        """``line`` was rendered now (the gap runs from a rendering that showed a span,
        not from one for a block marker)."""
        spans = closed_spans(line)
        if spans > self._spans:
            self._at = self._clock()
        self._spans = spans
