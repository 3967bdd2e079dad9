"""Outside text in Qt widgets: labels, message boxes and tooltips that never read it as HTML.

Qt shows a QLabel, a QMessageBox or a tooltip as rich text whenever the text merely
looks like HTML (Qt::mightBeRichText), and a message box's labels open links themselves:
a title or server-sent model name such as ``<a href="file:///…">`` or ``<img src=…>``
would become a live link or a file read. Every widget that can show outside text goes
through here; tests/ui/test_untrusted_text.py walks the whole window to check.
"""

from __future__ import annotations

import html
import re
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox

W = TypeVar("W", QLabel, QMessageBox)


def plain(widget: W) -> W:
    """Show ``widget``'s text (and a message box's informative text) literally, no links.

    Call it on a message box after setting its texts: Qt creates the informative label then.
    """
    if isinstance(widget, QMessageBox):
        widget.setTextFormat(Qt.TextFormat.PlainText)
        labels = widget.findChildren(QLabel)
        for label in labels:
            label.setWordWrap(True)  # Qt wraps only what it takes for rich text
    else:
        labels = [widget]
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setOpenExternalLinks(False)
        label.setTextInteractionFlags(
            label.textInteractionFlags() & ~Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
    return widget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written, even when it looks like HTML.

    Bidi controls are dropped and the length is capped (``shown_block``): a tooltip shows
    titles and names from outside.
    """
    text = shown_block(text)
    if not GuiQt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


# Embeddings, overrides and isolates: "\u202elive" would display as "evil".
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_DROP_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))


def without_bidi_controls(text: str) -> str:
    """``text`` without the controls that reorder it on screen, for titles, names and such."""
    return text.translate(_DROP_BIDI)


MAX_LINE = 200
"""Characters of one outside name a label shows (a title, a model name, a file name)."""
MAX_TEXT = 2000
"""Characters of a longer label or tooltip that quotes outside text (a notice, a report)."""


def shown_block(text: str, limit: int = MAX_TEXT) -> str:
    """Outside text as a widget shows it: no bidi controls, at most ``limit`` characters.

    Qt lays out a label's whole text, so a 1 MB imported title froze the window for
    seconds at every paint; what is stored stays whole.
    """
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return without_bidi_controls(text)


# What Qt breaks a line at: a title shown on two lines could pass for two conversations.
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")


def shown_line(text: str, limit: int = MAX_LINE) -> str:
    """A name from outside (a title, a model or file name) on one line: ``shown_block``
    with its line breaks turned into spaces."""
    return shown_block(_LINE_BREAKS.sub(" ", text), limit)
