"""The data folder stays private (folders 0700, files 0600) and free of crash leftovers."""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

from gui.core.atomic import remove_stale_temp_files

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
LEFTOVER_AGE = 60.0  # seconds: older temp files cannot belong to a write still running
_FOLDERS = ("conversations", "cache", "logs", "attachments")


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) as a private folder; return it."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _tighten(path, FOLDER_MODE)
    return path


def open_private(path: Path, flags: int) -> int:
    """``os.open`` that creates ``path`` readable by its owner only (and makes it so)."""
    fd = os.open(path, flags | os.O_CREAT, FILE_MODE)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.fchmod(fd, FILE_MODE)
    return fd


def make_private(root: Path) -> None:
    """Create the app's folders 0700; when any was open to others (an older version, a
    copy), tighten everything inside too. Links are never followed."""
    folders = [root, *(root / name for name in _FOLDERS)]
    was_open = any(_is_open(folder) for folder in folders)
    for folder in folders:
        private_folder(folder)
    if os.name != "posix":
        return  # Windows: the per-user profile folder already keeps others out
    if not was_open:
        # Inside private folders the app's files are created 0600; only the lock file
        # (Qt creates it with the umask, just before this runs) needs a look.
        for entry in os.scandir(root):
            if entry.is_file(follow_symlinks=False):
                _tighten(Path(entry.path), FILE_MODE)
        return
    for where, dirs, files in os.walk(root):
        base = Path(where)
        for name in dirs:
            _tighten(base / name, FOLDER_MODE)
        for name in files:
            _tighten(base / name, FILE_MODE)


def _is_open(folder: Path) -> bool:
    try:
        return stat.S_IMODE(folder.lstat().st_mode) & 0o077 != 0
    except OSError:
        return False  # missing: created private


def remove_crash_leftovers(root: Path, older_than: float = LEFTOVER_AGE) -> int:
    """Delete temp files interrupted writes left in the app's folders; return how many.

    Only the app's own temp-file pattern, only regular files, only older than
    ``older_than`` seconds (the command line may be importing right now).
    """
    removed = sum(
        remove_stale_temp_files(folder, older_than)
        for folder in (root, *(root / name for name in _FOLDERS))
    )
    if removed:
        log.info("removed %d temp file(s) left by an interrupted save", removed)
    return removed


def _tighten(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or stat.S_IMODE(info.st_mode) & ~mode == 0:
            return
        os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
