"""File names that are valid on Windows, macOS and Linux, kept readable and free of collisions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_STEM_CHARS = 100
MAX_STEM_BYTES = 200  # leaves room for " (999)" and an extension within 255 bytes
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")
_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
    *(f"COM{n}" for n in "0123456789¹²³"),
    *(f"LPT{n}" for n in "0123456789¹²³"),
}  # fmt: skip


def safe_stem(title: str, fallback: str = "Untitled chat") -> str:
    """``title`` made usable as a file name on every OS (without an extension).

    Illegal and invisible characters become ``_`` or disappear, reserved Windows
    device names get a ``_`` prefix, leading dots and trailing dots or spaces
    go, and the length is capped. CJK, emoji and accents are kept.
    """
    text = unicodedata.normalize("NFC", title)
    # Bidi overrides and other format characters could disguise the extension.
    text = "".join(
        ch for ch in text if unicodedata.category(ch) not in ("Cf", "Co", "Cs", "Cn", "Zl", "Zp")
    )
    text = _SPACES.sub(" ", text)
    text = _ILLEGAL.sub("_", text)
    text = _cap(text).strip(" .")
    if not text.strip("_ ."):
        text = fallback
    if text.split(".")[0].rstrip(" ").upper() in _RESERVED:
        text = f"_{text}"
    return text


def _cap(text: str) -> str:
    text = text[:MAX_STEM_CHARS]
    while len(text.encode("utf-8")) > MAX_STEM_BYTES:
        text = text[:-1]
    # Do not leave a combining mark or joiner dangling at the cut.
    while text and (unicodedata.combining(text[-1]) or text[-1] in "\u200d\ufe0f"):
        text = text[:-1]
    return text


def unique_name(stem: str, extension: str, taken: set[str]) -> str:
    """``stem.extension``, or ``stem (2).extension`` … when the name is in ``taken``.

    ``taken`` holds case-folded names (Windows and macOS ignore case) and gets the
    chosen name added.
    """
    suffix = f".{extension}" if extension else ""
    candidate = f"{stem}{suffix}"
    counter = 1
    while _key(candidate) in taken:
        counter += 1
        candidate = f"{stem} ({counter}){suffix}"
    taken.add(_key(candidate))
    return candidate


def taken_names(names: Iterable[str]) -> set[str]:
    """The collision keys of existing names, for ``unique_name``."""
    return {_key(name) for name in names}


def safe_filename(title: str, extension: str, taken: set[str] | None = None) -> str:
    """A safe, unique file name for ``title`` with ``extension`` (no leading dot)."""
    return unique_name(safe_stem(title), extension, set() if taken is None else taken)


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()
