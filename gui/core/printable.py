"""Outside text made safe to print on a terminal: no control or bidi-override characters."""

from __future__ import annotations

import re

# C0 controls except tab and newline (ESC starts CSI/OSC sequences: OSC 52 writes the
# clipboard, CSI 2K plus CR rewrites a line), DEL, the C1 controls (U+009B is a one-byte
# CSI), and the bidi controls that make text read in a different order than it runs.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    """``text`` without the characters a terminal would act on (tab and newline stay)."""
    return _UNPRINTABLE.sub("", text)
