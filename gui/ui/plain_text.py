"""Outside text in Qt widgets: labels, message boxes and tooltips that never read it as HTML.

Qt shows a QLabel, a QMessageBox or a tooltip as rich text whenever the text merely
looks like HTML (Qt::mightBeRichText), and a message box's labels open links themselves:
a title or server-sent model name such as ``<a href="file:///…">`` or ``<img src=…>``
would become a live link or a file read. Every widget that can show outside text goes
through here; tests/ui/test_untrusted_text.py walks the whole window to check.
"""

from __future__ import annotations

import html
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

    Bidi controls are dropped: a tooltip shows titles and names from outside.
    """
    text = without_bidi_controls(text)
    if not GuiQt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


# Embeddings, overrides and isolates: "\u202elive" would display as "evil".
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_DROP_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))


def without_bidi_controls(text: str) -> str:
    """``text`` without the controls that reorder it on screen, for titles, names and such."""
    return text.translate(_DROP_BIDI)
