"""Crash-safe writes and quarantine on real files."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest

from gui.core import atomic
from gui.core.atomic import (
    atomic_write_bytes,
    atomic_write_json,
    dumps,
    quarantine,
    remove_stale_temp_files,
)


def leftovers(directory: Path) -> list[str]:
    """Temp files an interrupted write could leave behind."""
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(atomic.TMP_SUFFIX))


def test_writes_new_file(tmp_path: Path) -> None:
    """A new file holds exactly the JSON given, as UTF-8 with non-ASCII kept readable."""
    path = tmp_path / "a.json"
    data = {"title": "你好 👋", "n": [1, 2.5, None, True]}
    atomic_write_json(path, data)
    assert json.loads(path.read_text("utf-8")) == data
    assert "你好 👋" in path.read_text("utf-8")


def test_creates_missing_parent_folders(tmp_path: Path) -> None:
    """Parent folders are created as needed."""
    path = tmp_path / "deep" / "er" / "a.json"
    atomic_write_json(path, {"ok": True})
    assert json.loads(path.read_text("utf-8")) == {"ok": True}


def test_replaces_existing_file(tmp_path: Path) -> None:
    """Writing again replaces the whole previous content (no leftover tail from a longer file)."""
    path = tmp_path / "a.json"
    atomic_write_json(path, {"long": "x" * 1000})
    atomic_write_json(path, {"short": 1})
    assert json.loads(path.read_text("utf-8")) == {"short": 1}


def test_no_temp_file_left_after_success(tmp_path: Path) -> None:
    """After successful writes the folder holds only the target file."""
    path = tmp_path / "a.json"
    for n in range(5):
        atomic_write_json(path, {"n": n})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_bytes_written_verbatim(tmp_path: Path) -> None:
    """atomic_write_bytes stores the bytes unchanged."""
    path = tmp_path / "blob.bin"
    payload = bytes(range(256))
    atomic_write_bytes(path, payload)
    assert path.read_bytes() == payload


def test_dumps_is_stable_utf8(tmp_path: Path) -> None:
    """The project encoding is UTF-8 JSON that decodes to the same data."""
    data = {"b": "ü", "a": [1, {"c": None}]}
    raw = dumps(data)
    assert isinstance(raw, bytes)
    assert json.loads(raw.decode("utf-8")) == data
    assert dumps(data) == raw


def test_serialisation_failure_keeps_old_file(tmp_path: Path) -> None:
    """Data that cannot be encoded raises and leaves the previous file and folder untouched."""
    path = tmp_path / "a.json"
    atomic_write_json(path, {"version": "old"})
    before = path.read_bytes()
    with pytest.raises(TypeError):
        atomic_write_json(path, {"bad": object()})
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_replace_failure_keeps_old_file_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the final rename fails, the old content survives and no temp file remains."""
    path = tmp_path / "a.json"
    atomic_write_json(path, {"version": "old"})
    before = path.read_bytes()

    def failing_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_json(path, {"version": "new"})
    monkeypatch.undo()

    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_permission_error_on_replace_is_not_retried_on_posix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside Windows a PermissionError from the rename is raised at once, temp file removed."""
    if os.name == "nt":
        pytest.skip("Windows retries sharing violations")
    path = tmp_path / "a.json"
    atomic_write_json(path, {"version": "old"})
    calls: list[object] = []

    def denied(src: object, dst: object) -> None:
        calls.append(src)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(PermissionError):
        atomic_write_json(path, {"version": "new"})
    monkeypatch.undo()

    assert len(calls) == 1
    assert json.loads(path.read_text("utf-8")) == {"version": "old"}
    assert leftovers(tmp_path) == []


def test_write_failure_keeps_old_file_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When flushing to disk fails, the old content survives and no temp file remains."""
    path = tmp_path / "a.json"
    atomic_write_json(path, {"version": "old"})
    before = path.read_bytes()

    def failing_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="Input/output"):
        atomic_write_json(path, {"version": "new"})
    monkeypatch.undo()

    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_interrupt_during_write_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a KeyboardInterrupt mid-write removes the temp file and keeps the old file."""
    path = tmp_path / "a.json"
    atomic_write_json(path, {"version": "old"})

    def interrupted(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_json(path, {"version": "new"})
    monkeypatch.undo()

    assert json.loads(path.read_text("utf-8")) == {"version": "old"}
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_new_file_is_private(tmp_path: Path) -> None:
    """A newly written file is readable and writable by its owner only (0o600)."""
    path = tmp_path / "a.json"
    atomic_write_json(path, {"x": 1})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_replaced_file_is_private(tmp_path: Path) -> None:
    """Replacing a world-readable file leaves a 0o600 file."""
    path = tmp_path / "a.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)
    atomic_write_json(path, {"x": 1})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- quarantine -----------------------------------------------------------------------------------


def test_quarantine_moves_file_aside_with_reason(tmp_path: Path) -> None:
    """The damaged file is renamed (content intact) and a note explains why."""
    path = tmp_path / "c.json"
    path.write_bytes(b"\x00garbage")
    aside = quarantine(path, "it is not valid JSON")
    assert not path.exists()
    assert aside.parent == tmp_path
    assert aside.name.startswith("c.json.damaged-")
    assert aside.read_bytes() == b"\x00garbage"
    note = aside.with_name(aside.name + ".reason.txt")
    assert note.read_text("utf-8").strip() == "it is not valid JSON"


def test_quarantine_same_second_gets_distinct_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quarantining the same name repeatedly within one second never overwrites an aside file."""
    monkeypatch.setattr(time, "strftime", lambda fmt, *args: "20260101-120000")
    path = tmp_path / "c.json"
    names = []
    for n in range(3):
        path.write_bytes(f"damage {n}".encode())
        names.append(quarantine(path, f"reason {n}"))
    assert len({p.name for p in names}) == 3
    assert [p.read_bytes() for p in names] == [b"damage 0", b"damage 1", b"damage 2"]
    assert all("20260101-120000" in p.name for p in names)


def test_quarantine_real_clock_twice_keeps_both(tmp_path: Path) -> None:
    """Two quick quarantines with the real clock keep both damaged copies."""
    path = tmp_path / "c.json"
    path.write_bytes(b"one")
    first = quarantine(path, "r1")
    path.write_bytes(b"two")
    second = quarantine(path, "r2")
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"one", b"two")


def test_quarantine_missing_file_raises(tmp_path: Path) -> None:
    """Quarantining a file that does not exist raises FileNotFoundError (nothing is invented)."""
    with pytest.raises(FileNotFoundError):
        quarantine(tmp_path / "nope.json", "gone")
    assert list(tmp_path.iterdir()) == []


# -- stale temp files -----------------------------------------------------------------------------


def test_remove_stale_temp_files(tmp_path: Path) -> None:
    """Only the temp files atomic writes name, older than the cutoff, are removed; counted."""
    old = time.time() - 3600
    stale = tmp_path / ".a.json.x1abcdef.tmp"
    fresh = tmp_path / ".a.json.x2abcdef.tmp"
    visible = tmp_path / "a.json.tmp"
    hidden_json = tmp_path / ".a.json"
    for p in (stale, fresh, visible, hidden_json):
        p.write_text("x", encoding="utf-8")
    for p in (stale, visible, hidden_json):
        os.utime(p, (old, old))

    assert remove_stale_temp_files(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [fresh.name, visible.name, hidden_json.name]
    )


def test_remove_stale_temp_files_missing_folder(tmp_path: Path) -> None:
    """A missing folder is not an error."""
    assert remove_stale_temp_files(tmp_path / "missing") == 0


def test_remove_stale_temp_files_keeps_other_dot_files_and_links(tmp_path: Path) -> None:
    """A user's own hidden .tmp file and a link shaped like ours are never removed."""
    old = time.time() - 3600
    mine = tmp_path / ".notes.tmp"
    mine.write_text("keep", encoding="utf-8")
    os.utime(mine, (old, old))
    target = tmp_path / "precious.txt"
    target.write_text("keep", encoding="utf-8")
    link = tmp_path / ".a.json.abcdefgh.tmp"
    link.symlink_to(target)
    os.utime(link, (old, old), follow_symlinks=False)
    assert remove_stale_temp_files(tmp_path) == 0
    assert mine.exists() and link.is_symlink() and target.exists()
