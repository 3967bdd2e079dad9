"""An import is bounded as a whole: total bytes, member count and compression ratio."""

from __future__ import annotations

import base64
import json
import os
import zipfile
from pathlib import Path

import pytest

from gui.core.importer import ImportLimits, ImportRefused, import_into
from gui.core.storage import ConversationStore

MIB = 1024 * 1024


def conversation_json(conv_id: str) -> tuple[bytes, bytes]:
    """(head, tail) of a conversation export: its one message's text goes between them."""
    head = json.dumps(
        {"schema_version": 1, "id": conv_id, "title": conv_id, "messages": []}
    ).encode()
    head = head.replace(b'"messages": []}', b'"messages": [{"role": "user", "content": "')
    return head, b'"}]}'


def write_member(archive: zipfile.ZipFile, name: str, size: int, filler: bytes) -> None:
    """Stream a member of about ``size`` bytes without holding it in memory."""
    head, tail = conversation_json(name.removesuffix(".json"))
    with archive.open(name, "w", force_zip64=True) as out:
        out.write(head)
        left = size
        while left > 0:
            piece = filler[: min(left, len(filler))]
            out.write(piece)
            left -= len(piece)
        out.write(tail)


def random_text(size: int) -> bytes:
    return base64.b64encode(os.urandom(size * 3 // 4 + 3))[:size]


def refused(tmp_path: Path, source: Path, limits: ImportLimits | None = None) -> str:
    data = tmp_path / "data"
    with pytest.raises(ImportRefused) as caught:
        import_into(ConversationStore(data), [source], limits=limits)
    assert not list(data.rglob("*.json"))  # nothing was added
    return str(caught.value)


def test_a_small_zip_declaring_four_60_mb_members_is_refused(tmp_path: Path) -> None:
    """The issue's case: a few hundred KB on disk, 240 MB of JSON inside."""
    source = tmp_path / "small.zip"
    zeros = b"x" * MIB
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for n in range(4):
            write_member(archive, f"c{n}.json", 60 * MIB, zeros)
    assert source.stat().st_size < 4 * MIB
    message = refused(tmp_path, source)
    assert "c0.json" in message and "expands" in message


def test_the_total_is_bounded_even_when_each_member_is_modest(tmp_path: Path) -> None:
    """Members that compress like real text, each under the file limit, too many bytes in all."""
    source = tmp_path / "many.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(3):
            write_member(archive, f"c{n}.json", 400_000, random_text(400_000))
    limits = ImportLimits(file_bytes=MIB, total_bytes=MIB)
    assert "Too much to import at once" in refused(tmp_path, source, limits)


def test_the_total_of_a_folder_is_bounded(tmp_path: Path) -> None:
    """A folder of files each under the limit: refused as a whole when the sum is over."""
    folder = tmp_path / "exports"
    folder.mkdir()
    for n in range(3):
        head, tail = conversation_json(f"c{n}")
        (folder / f"c{n}.json").write_bytes(head + random_text(400_000) + tail)
    limits = ImportLimits(file_bytes=MIB, total_bytes=MIB)
    assert "Too much to import at once" in refused(tmp_path, folder, limits)
    # Within the total, the same files import.
    result = import_into(ConversationStore(tmp_path / "ok"), [folder])
    assert len(result.conversations) == 3


def test_an_archive_with_too_many_members_is_refused_before_reading(tmp_path: Path) -> None:
    """Entries of any kind count (the archive's directory alone costs memory)."""
    source = tmp_path / "crowd.zip"
    with zipfile.ZipFile(source, "w") as archive:
        for n in range(30):
            archive.writestr(f"notes/{n}.txt", "x")
    assert "Too many files" in refused(tmp_path, source, ImportLimits(files=20))
