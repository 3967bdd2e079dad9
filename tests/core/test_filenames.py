"""Safe file names for exports: valid on Windows, macOS and Linux, readable, never colliding."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.core.export.filenames import (
    MAX_STEM_BYTES,
    MAX_STEM_CHARS,
    safe_filename,
    safe_stem,
    taken_names,
    unique_name,
)

ILLEGAL = set('<>:"/\\|?*') | {chr(c) for c in range(32)} | {"\x7f"}
RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
}


def valid_everywhere(name: str) -> bool:
    stem = name.split(".")[0].rstrip(" ").upper()
    return (
        bool(name)
        and not set(name) & ILLEGAL
        and not name.endswith((" ", "."))
        and not name.startswith((" ", "."))
        and stem not in RESERVED
        and len(name.encode("utf-8")) <= 255
        and not any(unicodedata.category(ch) in ("Cf", "Cs", "Co", "Cn") for ch in name)
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Odd + odd: proof", "Odd + odd_ proof.md"),
        ("你好，世界 🌍", "你好，世界 🌍.md"),
        ('a/b\\c|d?e*f<g>h"i', "a_b_c_d_e_f_g_h_i.md"),
        ("  ...dots and spaces...  ", "dots and spaces.md"),
        ("CON", "_CON.md"),
        ("nul.tar", "_nul.tar.md"),
        ("com1 ", "_com1.md"),
        ("", "Untitled chat.md"),
        ("???", "Untitled chat.md"),
        ("tab\tand\nnewline", "tab and newline.md"),
        ("evil\u202etxt.exe", "eviltxt.exe.md"),
        ("Café", "Café.md"),
    ],
)
def test_safe_filename_examples(title: str, expected: str) -> None:
    """Illegal characters, reserved names, edge dots and invisible characters are handled."""
    name = safe_filename(title, "md")
    assert name == expected
    assert valid_everywhere(name)


def test_long_titles_are_capped_in_characters_and_bytes() -> None:
    """A huge title gives a name that fits every file system, CJK included."""
    for title in ("x" * 1000, "长" * 1000, "😀" * 1000):
        stem = safe_stem(title)
        assert len(stem) <= MAX_STEM_CHARS
        assert len(stem.encode("utf-8")) <= MAX_STEM_BYTES
        assert valid_everywhere(unique_name(stem, "html", set()))


def test_collisions_get_numbered_ignoring_case() -> None:
    """Equal or case-different titles become "Title.md", "Title (2).md", …."""
    taken: set[str] = taken_names(["notes.md"])
    names = [safe_filename(t, "md", taken) for t in ("Notes", "notes", "NOTES", "Other")]
    assert names == ["Notes (2).md", "notes (3).md", "NOTES (4).md", "Other.md"]


@given(st.text(max_size=300))
def test_any_title_gives_a_valid_name(title: str) -> None:
    """Whatever the title, the name is valid on every OS and non-empty."""
    taken: set[str] = set()
    first = safe_filename(title, "txt", taken)
    second = safe_filename(title, "txt", taken)
    assert valid_everywhere(first) and valid_everywhere(second)
    assert first.casefold() != second.casefold()
