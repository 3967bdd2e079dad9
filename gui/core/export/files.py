"""Writing exports: one file, a folder of files or a .zip archive, all or nothing."""

from __future__ import annotations

import contextlib
import io
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from gui.core.atomic import atomic_write_bytes, sync_dir
from gui.core.export.filenames import safe_stem, taken_names, unique_name


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


# Exports are meant to be shared: they get the usual permissions, not the private 0600.
FILE_MODE = 0o666 & ~_umask()


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One conversation's export: a title for its file name, the bytes, and its time."""

    title: str
    data: bytes
    modified: str = ""  # ISO 8601; the time stored in a .zip
    # Files the export links to, by path relative to it (a Markdown export's attachments).
    side_files: dict[str, bytes] = field(default_factory=dict)


def write_file(path: Path, data: bytes, side_files: dict[str, bytes] | None = None) -> None:
    """Write one export atomically: the old file or the complete new one, never half.

    ``side_files`` go beside it first (relative paths; named by content, so a file of
    that name already there is the same file and is left alone)."""
    if side_files:
        write_side_files(path.parent, side_files)
    atomic_write_bytes(path, data, FILE_MODE)


def write_side_files(folder: Path, files: dict[str, bytes]) -> None:
    """Write ``files`` (relative path → bytes) under ``folder``; never outside it."""
    base = folder.resolve()
    for relative, data in files.items():
        target = (folder / relative).resolve()
        if base not in target.parents:
            raise ValueError(f"unsafe side file name {relative!r}")
        if target.is_file() and target.stat().st_size == len(data):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, data, FILE_MODE)


def name_items(items: Sequence[ExportItem], extension: str, taken: set[str]) -> list[str]:
    """A safe, unique file name per item (``taken`` holds names already in use)."""
    return [unique_name(safe_stem(item.title), extension, taken) for item in items]


def write_folder(folder: Path, items: Sequence[ExportItem], extension: str) -> list[Path]:
    """Write one file per item into ``folder``; existing files are never overwritten.

    On any failure the files written so far (and the folder, if this created it)
    are removed again, then the error is raised.
    """
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        names = name_items(items, extension, taken_names(os.listdir(folder)))
        for name, item in zip(names, items, strict=True):
            path = folder / name
            if item.side_files:
                write_side_files(folder, item.side_files)
            atomic_write_bytes(path, item.data, FILE_MODE)
            written.append(path)
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    sync_dir(folder)
    return written


def zip_bytes(items: Sequence[ExportItem], extension: str) -> bytes:
    """A .zip archive with one file per item (UTF-8 names, safe on every OS)."""
    names = name_items(items, extension, set())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, item in zip(names, items, strict=True):
            info = zipfile.ZipInfo(name, date_time=_zip_time(item.modified))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, item.data)
        sides = {rel: data for item in items for rel, data in item.side_files.items()}
        for relative, data in sorted(sides.items()):
            info = zipfile.ZipInfo(relative, date_time=_zip_time(""))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def write_zip(path: Path, items: Sequence[ExportItem], extension: str) -> None:
    """Write the archive atomically."""
    atomic_write_bytes(path, zip_bytes(items, extension), FILE_MODE)


def _zip_time(iso: str) -> tuple[int, int, int, int, int, int]:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        moment = datetime(1980, 1, 1, tzinfo=UTC)
    if moment.year < 1980:
        moment = datetime(1980, 1, 1, tzinfo=UTC)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
