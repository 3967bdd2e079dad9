"""Crash-safe file writes (temp file, fsync, rename, directory fsync) and quarantine."""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from gui.core import surrogates

TMP_SUFFIX = ".tmp"
# mkstemp's names below: "." + the target's name + "." + 8 random characters + ".tmp".
TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


def _sync_file(fd: int) -> None:
    if sys.platform == "darwin":
        import fcntl

        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)  # plain fsync does not flush the drive cache
            return
        except OSError:
            pass
    os.fsync(fd)


def sync_dir(directory: Path) -> None:
    """Make renames in ``directory`` durable (POSIX only; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace(src: str, dst: Path) -> None:
    for delay in (0.05, 0.1, 0.2, 0.4, 0.8, 1.0, None):
        try:
            os.replace(src, dst)
            return
        except PermissionError as exc:
            # WORKAROUND: Windows antivirus/indexer/sync clients briefly hold files open
            # (WinError 5/32/33); a short bounded retry is the accepted fix.
            if os.name != "nt" or getattr(exc, "winerror", None) not in (5, 32, 33):
                raise
            if delay is None:
                raise
            time.sleep(delay)


def atomic_write_bytes(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    The file is private (0600) unless ``mode`` says otherwise (POSIX only).
    Blocking: call it from a worker thread in the UI.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None and os.name == "posix":
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            _sync_file(handle.fileno())
        sync_dir(path.parent)  # the new file's name is durable before it replaces the old one
        _replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    sync_dir(path.parent)  # and so is the rename


def dumps(data: Any) -> bytes:
    """The project's JSON encoding: UTF-8, indented, stable (see ``encode``)."""
    return encode(data)[0]


def encode(data: Any) -> tuple[bytes, Any]:
    """``data`` as the project's JSON, and the data that was actually written.

    orjson writes a 2,000-message conversation in about 2 ms where the standard
    library needs 40-70 ms, all of it holding the GIL (so the window would stall
    during every save). When orjson refuses, lone surrogates (which no UTF-8 file
    can hold) become U+FFFD, so a save never fails for ever over one character;
    the standard library stays as the fallback for values orjson refuses
    (integers beyond 64 bits from an imported file).
    """
    import orjson  # here, not at start-up: it pulls in uuid and platform

    try:
        return bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2)), data
    except (TypeError, orjson.JSONEncodeError):
        pass
    data = surrogates.clean(data)
    try:
        return bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2)), data
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"), data


def atomic_write_json(path: Path, data: Any) -> None:
    """Atomically write ``data`` as JSON."""
    atomic_write_bytes(path, dumps(data))


def quarantine(path: Path, reason: str) -> Path:
    """Move a damaged file aside (never overwrite or delete it); return its new path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    os.replace(path, aside)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(aside, 0o600)  # a set-aside chat is still someone's private text
    with contextlib.suppress(OSError):
        atomic_write_bytes(aside.with_name(aside.name + ".reason.txt"), (reason + "\n").encode())
    sync_dir(path.parent)
    return aside


def remove_stale_temp_files(directory: Path, older_than: float = 300.0) -> int:
    """Delete temp files interrupted writes left in ``directory``; return how many.

    Only names ``atomic_write_bytes`` makes, only regular files (never links), and
    only files older than ``older_than`` seconds, so a write running now keeps its file.
    """
    removed = 0
    cutoff = time.time() - older_than
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return 0
    for entry in entries:
        if not TEMP_NAME.match(entry.name):
            continue
        with contextlib.suppress(OSError):
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                os.unlink(entry.path)
                removed += 1
    return removed
