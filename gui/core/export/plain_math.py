"""Plain text (the reasoning) as escaped HTML whose formulas are typeset, as in the window."""

from __future__ import annotations

import html
from collections.abc import Callable

from gui.core.math_tex import plain_formulas

Formula = Callable[[str, bool, str], str]
"""(tex, display, markup) -> the HTML that shows the formula."""


def plain_with_formulas(text: str, formula: Formula) -> str:
    """``text`` escaped, each formula the reasoning pane typesets given by ``formula``.

    The same scan as the pane's (``plain_formulas``): dollar amounts and broken LaTeX stay
    text there, so they stay text here."""
    found, _ = plain_formulas(text, 0, len(text))
    parts: list[str] = []
    pos = 0
    for start, stop, tex, display, markup in found:
        parts.append(html.escape(text[pos:start], quote=True))
        parts.append(formula(tex, display, markup))
        pos = stop
    parts.append(html.escape(text[pos:], quote=True))
    return "".join(parts)
