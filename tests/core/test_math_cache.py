"""The formula cache on disk: round trip, private files, corrupt entries, bounded size."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from gui.core.atomic import TEMP_NAME
from gui.core.math_cache import BROKEN, SUFFIX, SvgCache, temp_file
from gui.core.math_svg import tex_to_svg

SVG = tex_to_svg("x^2", False) or ""


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{SUFFIX}"))


def test_a_typeset_formula_comes_back_from_disk_in_a_later_session(tmp_path: Path) -> None:
    folder = tmp_path / "cache" / "math"
    SvgCache(folder, version="1").put("x^2", False, 16.0, SVG)
    again = SvgCache(folder, version="1")
    assert again.get("x^2", False, 16.0) == SVG
    assert again.get("x^2", True, 16.0) is None  # display is another formula
    assert again.get("x^2", False, 19.0) is None  # and so is another size
    assert SvgCache(folder, version="2").get("x^2", False, 16.0) is None  # another typesetter


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_cache_files_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "math"
    SvgCache(folder, version="1").put("x^2", False, 16.0, SVG)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    [entry] = entries(folder)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600


def test_broken_latex_is_remembered_as_broken(tmp_path: Path) -> None:
    cache = SvgCache(tmp_path, version="1")
    cache.put("\\frac{a}", False, 16.0, BROKEN)
    assert SvgCache(tmp_path, version="1").get("\\frac{a}", False, 16.0) == BROKEN


@pytest.mark.parametrize(
    "garbage",
    [
        SVG[: len(SVG) // 2],  # a write cut short
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
        "\udcff not even text",
    ],
)
def test_a_corrupt_entry_is_missing_and_removed(tmp_path: Path, garbage: str) -> None:
    cache = SvgCache(tmp_path, version="1")
    cache.put("x^2", False, 16.0, SVG)
    [entry] = entries(tmp_path)
    entry.write_bytes(garbage.encode("utf-8", "surrogateescape"))
    assert cache.get("x^2", False, 16.0) is None
    assert not entry.exists()
    cache.put("x^2", False, 16.0, SVG)  # typeset again, kept again
    assert cache.get("x^2", False, 16.0) == SVG


def test_the_cache_is_bounded_and_keeps_what_was_used_last(tmp_path: Path) -> None:
    cache = SvgCache(tmp_path, version="1", max_entries=10)
    for i in range(10):
        cache.put(f"x_{i}", False, 16.0, SVG)
    past = time.time() - 1_000
    for i, entry in enumerate(entries(tmp_path)):
        os.utime(entry, (past + i, past + i))
    assert cache.get("x_0", False, 16.0) == SVG  # used just now: kept
    fd, name = temp_file(cache._path("x_99", False, 16.0))  # a write cut short long ago
    os.close(fd)
    leftover = Path(name)
    assert TEMP_NAME.match(leftover.name)  # named as the app's other writes name theirs
    fresh = Path(temp_file(cache._path("x_98", False, 16.0))[1])  # a write running now
    os.utime(leftover, (past, past))
    for i in range(10, 13):
        cache.put(f"x_{i}", False, 16.0, SVG)
    kept = entries(tmp_path)
    assert len(kept) <= 10
    assert cache.get("x_0", False, 16.0) == SVG
    assert cache.get("x_12", False, 16.0) == SVG
    assert sum(cache.get(f"x_{i}", False, 16.0) is not None for i in range(1, 10)) < 9
    assert not leftover.exists()
    assert fresh.exists()


def test_an_unwritable_folder_loses_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    cache = SvgCache(blocker / "math", version="1")
    cache.put("x^2", False, 16.0, SVG)  # no error
    assert cache.get("x^2", False, 16.0) is None


def test_a_write_that_fails_leaves_no_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "math"
    cache = SvgCache(folder, version="1")
    cache.put("y", False, 16.0, SVG)  # the folder exists
    cache._path("x^2", False, 16.0).mkdir()  # the entry's name is taken: the move fails
    cache.put("x^2", False, 16.0, SVG)
    assert cache.get("x^2", False, 16.0) is None
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
