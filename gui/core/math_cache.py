"""Typeset formulas kept on disk (content-addressed, bounded), so a chat reopened costs nothing."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from gui.core.atomic import TMP_SUFFIX, remove_stale_temp_files
from gui.core.datafolder import LEFTOVER_AGE, private_folder

MAX_ENTRIES = 2_000
"""Formulas kept (about 10 kB each, so some 20 MB); past this the least recently used go."""

KEEP_AFTER_PRUNE = 1_600
"""How many stay after a pruning pass, so that it runs once per 400 new formulas."""

BROKEN = "broken\n"
"""What an entry holds for LaTeX the typesetter refused (shown as its source)."""

SUFFIX = ".svg"


def typesetter_version() -> str:
    """The app's and the typesetter's versions: entries of another one are never read."""
    from importlib.metadata import PackageNotFoundError, version

    from gui import __version__

    try:
        return f"{__version__} ziamath {version('ziamath')} ziafont {version('ziafont')}"
    except PackageNotFoundError:  # a frozen build without metadata: the app's own
        return f"{__version__} ziamath"


def temp_file(path: Path) -> tuple[int, str]:
    """A private temp file beside ``path``, named as ``gui.core.atomic`` names its own
    (``TEMP_NAME``), so that the clean-ups of crash leftovers know it."""
    import tempfile

    return tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TMP_SUFFIX)


class SvgCache:
    """SVGs of formulas in ``folder``, named by a hash of what was typeset and how.

    ``get`` gives the SVG, ``BROKEN`` for LaTeX the typesetter refused, or None; an entry
    that is not a plain SVG (a torn write, a file put there by hand) counts as missing and
    is removed. Files are 0600, the folder 0700, like every file of the app.
    """

    def __init__(
        self, folder: Path, *, version: str | None = None, max_entries: int = MAX_ENTRIES
    ) -> None:
        self.folder = folder
        self._version = version  # worked out with the first formula, not at start-up
        self._max = max_entries
        self._keep = min(KEEP_AFTER_PRUNE, max_entries * 4 // 5)
        self._count: int | None = None  # entries on disk, counted with the first write

    def _path(self, tex: str, display: bool, size: float) -> Path:
        import hashlib  # with the first formula, not at start-up

        if self._version is None:
            self._version = typesetter_version()
        key = f"{self._version}\n{size:g}\n{'d' if display else 'i'}\n{tex}"
        return self.folder / (hashlib.sha256(key.encode()).hexdigest() + SUFFIX)

    def get(self, tex: str, display: bool, size: float) -> str | None:
        path = self._path(tex, display, size)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if data == BROKEN.encode():
            return BROKEN
        from gui.core.math_svg import is_plain_svg  # with the first formula

        try:
            text = data.decode("utf-8")
        except UnicodeError:
            text = ""
        if not is_plain_svg(text):  # a write cut short, or not ours: typeset again
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept when the cache is pruned
        return text

    def put(self, tex: str, display: bool, size: float, svg: str) -> None:
        """Keep a typeset formula (or ``BROKEN``); a failure to write loses nothing."""
        path = self._path(tex, display, size)
        data = svg.encode()
        temp = None
        try:
            if self._count is None:
                private_folder(self.folder)
            fd, temp = temp_file(path)  # 0600, like every file of the app
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            # No fsync: a torn entry is found out by ``get`` and typeset again.
            os.replace(temp, path)
        except OSError:
            if temp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temp)  # a full disk must not fill up with one stub per formula
            return
        if self._count is None:
            self._count = self._entries_on_disk()
        else:
            self._count += 1
        if self._count > self._max:
            self._prune()

    def _entries_on_disk(self) -> int:
        with contextlib.suppress(OSError), os.scandir(self.folder) as entries:
            return sum(1 for e in entries if e.name.endswith(SUFFIX))
        return 0

    def _prune(self) -> None:
        """Remove the least recently used entries (and temp files of writes cut short)."""
        remove_stale_temp_files(self.folder, LEFTOVER_AGE)
        dated: list[tuple[float, str]] = []
        with contextlib.suppress(OSError), os.scandir(self.folder) as entries:
            for entry in entries:
                with contextlib.suppress(OSError):
                    if not entry.is_file(follow_symlinks=False):
                        continue
                    if entry.name.endswith(SUFFIX) and not entry.name.startswith("."):
                        dated.append((entry.stat(follow_symlinks=False).st_mtime, entry.path))
        dated.sort()
        doomed = dated[: max(0, len(dated) - self._keep)]
        for _mtime, path in doomed:
            with contextlib.suppress(OSError):
                os.unlink(path)
        self._count = len(dated) - len(doomed)
