"""ziafont's tables read in bulk are exactly the tables ziafont reads one number at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gui.core import math_tables
from gui.core.math_svg import _ziamath

READERS = (("font", "Font", "_readwidths"), ("font", "Font", "_readcmap"),
           ("tables", "Coverage", "__init__"))  # fmt: skip


def _owner(module: str, cls: str) -> Any:
    import importlib

    return getattr(importlib.import_module(f"ziafont.{module}"), cls)


@pytest.fixture
def bulk() -> Iterator[dict[tuple[str, str, str], Any]]:
    _ziamath()
    readers = {key: getattr(_owner(*key[:2]), key[2]) for key in READERS}
    if not all(getattr(reader, "bulk", False) for reader in readers.values()):
        pytest.skip("another ziafont: it reads its tables itself")
    yield readers
    for key, reader in readers.items():
        setattr(_owner(*key[:2]), key[2], reader)  # as the app leaves them


def state(value: Any, depth: int = 0) -> Any:
    """What ziafont keeps of a table, as plain values: objects of ziafont and ziamath by
    their class name and attributes (not the font file or the font they belong to),
    dictionaries with their order."""
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [state(v, depth + 1) for v in value])
    if isinstance(value, dict):
        return [(k, state(v, depth + 1)) for k, v in value.items()]
    module = type(value).__module__
    if hasattr(value, "__dict__") and module.startswith(("ziafont", "ziamath")) and depth < 20:
        fields = {k: v for k, v in vars(value).items() if k not in ("fontfile", "font")}
        return (type(value).__name__, state(fields, depth + 1))
    return value


def load(readers: dict[tuple[str, str, str], Any], *, plain: bool) -> Any:
    import ziamath

    for key, reader in readers.items():
        setattr(_owner(*key[:2]), key[2], reader.plain if plain else reader)
    try:
        path = Path(ziamath.zmath.loadedfonts["default"].fname)
        return ziamath.mathfont.MathFont(path, 24)
    finally:
        for key, reader in readers.items():
            setattr(_owner(*key[:2]), key[2], reader)


def test_tables_read_in_bulk_are_the_tables_ziafont_reads(bulk: Any) -> None:
    fast, plain = load(bulk, plain=False), load(bulk, plain=True)
    assert fast.advwidths == plain.advwidths and len(plain.advwidths) > 1000
    assert [type(a) for a in fast.advwidths] == [type(a) for a in plain.advwidths]
    assert state(fast.cmaps) == state(plain.cmaps)
    assert fast.cmaps.index(fast.cmap) == plain.cmaps.index(plain.cmap)
    assert state(fast.gsub) == state(plain.gsub)  # its coverage tables
    assert state(fast.math) == state(plain.math)
    assert fast.fontfile.tell() == plain.fontfile.tell()
    assert fast.glyphindex("∑") == plain.glyphindex("∑") != 0


def test_a_table_read_wrongly_would_be_caught(bulk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison above can fail: side bearings read unsigned are caught."""
    array = math_tables._array
    monkeypatch.setattr(
        math_tables, "_array", lambda f, code, n: array(f, code.replace("h", "H"), n)
    )
    fast, plain = load(bulk, plain=False), load(bulk, plain=True)
    assert fast.advwidths != plain.advwidths


def test_in_place_only_for_the_files_checked(bulk: Any) -> None:
    import ziafont

    from gui.core.math_paths import checked

    version, files = math_tables.TABLES_FOR
    assert checked(ziafont, version, files)
    assert not checked(ziafont, "0.12", files)
    assert not checked(ziafont, version, {**files, "cmap.py": "0" * 64})
