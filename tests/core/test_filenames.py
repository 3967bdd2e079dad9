"""Safe file names for exports: valid on Windows, macOS and Linux, readable, never colliding."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.core.conversation import Conversation
from gui.core.export.filenames import (
    MAX_STEM_BYTES,
    MAX_STEM_CHARS,
    is_safe_id,
    safe_filename,
    safe_stem,
    taken_names,
    unique_name,
)
from gui.core.importer import assign_ids
from gui.core.storage import ConversationStore

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


@pytest.mark.parametrize("device", ["CON", "con", "Nul", "PRN", "aux", "COM1", "com9", "LPT1"])
def test_windows_device_names_are_not_conversation_ids(device: str, tmp_path: Path) -> None:
    """``CON.json`` opens the console on Windows: such an id never names a file."""
    with pytest.raises(ValueError, match="unsafe conversation id"):
        ConversationStore(tmp_path).path_for(device)
    result = assign_ids([Conversation(id=device, title="t")], set())
    assert [r.old_id for r in result.renamed] == [device]
    assert is_safe_id(result.conversations[0].id)


def test_an_import_differing_only_in_case_gets_a_new_id(tmp_path: Path) -> None:
    """ "Chat.json" and "chat.json" are one file on Windows and macOS: the import is renamed."""
    result = assign_ids([Conversation(id="Chat-1", title="t")], {"chat-1"})
    assert [r.old_id for r in result.renamed] == ["Chat-1"]


@pytest.mark.parametrize("title", ["CON", "con.txt", "Nul.tar.gz", "COM1", "lpt9 .md", "aux"])
def test_export_names_never_are_device_names(title: str) -> None:
    """Titles that are device names (with extensions too, any case) get a safe file name."""
    stem = safe_filename(title, "md").split(".")[0].rstrip(" ").upper()
    assert stem not in {"CON", "NUL", "COM1", "LPT9", "AUX"}
