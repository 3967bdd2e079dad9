"""printable(): what outside text may send to a terminal."""

from __future__ import annotations

import pytest

from gui.core.printable import printable


@pytest.mark.parametrize(
    "hostile",
    [
        "\x1b]52;c;cHduZWQ=\x07",  # OSC 52: write the clipboard
        "\x1b[2K\r",  # erase the line and start again
        "\x9b2K",  # the one-byte C1 CSI
        "\x90q\x9c",  # DCS … ST
        "\x7f\x00\x08\x0b\x0c",
        "\u202e\u202d\u202a\u202b\u202c\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
    ],
)
def test_control_and_bidi_characters_are_removed(hostile: str) -> None:
    cleaned = printable(f"a{hostile}b")
    assert all(ch.isprintable() for ch in cleaned), repr(cleaned)
    assert cleaned.startswith("a") and cleaned.endswith("b")


def test_ordinary_text_is_kept_exactly() -> None:
    text = "Odd + odd: proof 证明 🧮 — naïve\n\tindented «quoted» עברית"
    assert printable(text) == text
