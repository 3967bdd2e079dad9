"""JSON import: lossless round trips, id clashes, refusals that change nothing, all-or-nothing."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from gui.core.conversation import Conversation
from gui.core.export.as_json import export_json
from gui.core.export.dispatch import render_export
from gui.core.export.files import ExportItem, write_folder, write_zip, zip_bytes
from gui.core.export.options import ExportFormat, ExportOptions
from gui.core.importer import ImportRefused, import_into, read_sources
from gui.core.storage import ConversationStore
from tests.samples import hostile_conversation, sample_conversation


def snapshot_dir(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes, to prove nothing changed."""
    if not root.exists():
        return {}
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def stored(root: Path) -> list[Conversation]:
    return ConversationStore(root).load_all().conversations


def test_export_then_import_gives_an_identical_conversation(tmp_path: Path) -> None:
    """The JSON round trip is lossless: every field, extra keys and statuses included."""
    original = sample_conversation()
    path = tmp_path / "export.json"
    path.write_bytes(export_json(original))
    result = import_into(ConversationStore(tmp_path / "data"), [path])
    assert result.renamed == []
    assert stored(tmp_path / "data") == [original]
    saved = json.loads((tmp_path / "data" / "conversations" / f"{original.id}.json").read_text())
    assert saved == json.loads(path.read_text("utf-8"))


def test_id_clash_gets_a_new_id_and_says_so(tmp_path: Path) -> None:
    """Importing a conversation whose id exists keeps both and reports the new id."""
    store = ConversationStore(tmp_path / "data")
    original = sample_conversation()
    store.save(original)
    path = tmp_path / "again.json"
    path.write_bytes(export_json(original))
    result = import_into(ConversationStore(tmp_path / "data"), [path])
    assert len(result.renamed) == 1
    renamed = result.renamed[0]
    assert renamed.old_id == original.id and renamed.new_id != original.id
    assert renamed.new_id in result.summary() and original.id in result.summary()
    convs = {c.id: c for c in stored(tmp_path / "data")}
    assert set(convs) == {original.id, renamed.new_id}
    copy = convs[renamed.new_id]
    copy.id = original.id
    assert copy == original  # only the id differs


def test_ids_in_use_by_the_window_count_as_taken(tmp_path: Path) -> None:
    """An unsaved new chat's id (passed as ``taken``) is never reused by an import."""
    path = tmp_path / "a.json"
    path.write_bytes(export_json(sample_conversation()))
    result = import_into(
        ConversationStore(tmp_path / "d"), [path], taken={"sample-conversation-0001"}
    )
    assert result.conversations[0].id != "sample-conversation-0001"


def test_unsafe_ids_are_replaced(tmp_path: Path) -> None:
    """An id that would escape the folder as a file name gets a fresh one."""
    data = sample_conversation().to_dict()
    data["id"] = "../../evil"
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(data), "utf-8")
    result = import_into(ConversationStore(tmp_path / "d"), [path])
    assert result.renamed[0].old_id == "../../evil"
    assert [p.name for p in (tmp_path / "d" / "conversations").iterdir()] == [
        f"{result.conversations[0].id}.json"
    ]
    assert not (tmp_path / "evil.json.json").exists()


BAD_FILES: dict[str, Any] = {
    "not-json.json": b"{ this is not json",
    "binary.json": b"\xff\xfe\x00garbage",
    "array.json": b"[1, 2, 3]",
    "no-version.json": json.dumps({"id": "x", "messages": []}).encode(),
    "newer.json": json.dumps({"schema_version": 99, "id": "x", "messages": []}).encode(),
    "bad-role.json": json.dumps(
        {"schema_version": 1, "id": "x", "messages": [{"role": "robot", "content": ""}]}
    ).encode(),
    "bad-content.json": json.dumps(
        {"schema_version": 1, "id": "x", "messages": [{"role": "user", "content": 5}]}
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_invalid_files_are_refused_and_nothing_changes(tmp_path: Path, name: str) -> None:
    """A file that is not a valid export is refused with its name, and no file changes."""
    data = tmp_path / "data"
    ConversationStore(data).save(hostile_conversation())
    before = snapshot_dir(data)
    good = tmp_path / "good.json"
    good.write_bytes(export_json(sample_conversation()))
    bad = tmp_path / name
    bad.write_bytes(BAD_FILES[name])
    with pytest.raises(ImportRefused) as refused:
        import_into(ConversationStore(data), [good, bad])
    assert len(refused.value.problems) == 1
    assert refused.value.problems[0].startswith(name)
    assert snapshot_dir(data) == before


def test_folder_and_zip_imports(tmp_path: Path) -> None:
    """A folder of JSON exports and a .zip of them both import every conversation."""
    items = [
        ExportItem(c.title, export_json(c), c.updated_at)
        for c in (sample_conversation(), hostile_conversation())
    ]
    folder = tmp_path / "folder"
    write_folder(folder, items, "json")
    (folder / "README.txt").write_text("not a conversation")  # ignored: not .json
    archive = tmp_path / "all.zip"
    write_zip(archive, items, "json")
    first = import_into(ConversationStore(tmp_path / "a"), [folder])
    second = import_into(ConversationStore(tmp_path / "b"), [archive])
    assert sorted(c.id for c in first.conversations) == sorted(c.id for c in second.conversations)
    assert stored(tmp_path / "a") == stored(tmp_path / "b")
    assert len(stored(tmp_path / "a")) == 2


def test_empty_folder_and_non_zip_are_refused(tmp_path: Path) -> None:
    """A folder without exports, or a broken .zip, is refused with a clear reason."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "broken.zip").write_bytes(b"PK not really")
    with pytest.raises(ImportRefused, match=r"no \.json files"):
        read_sources([tmp_path / "empty"])
    with pytest.raises(ImportRefused, match=r"not a valid \.zip"):
        read_sources([tmp_path / "broken.zip"])


def test_a_failed_write_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the disk fails midway, conversations already written by the import are removed."""
    data = tmp_path / "data"
    store = ConversationStore(data)
    store.save(hostile_conversation())
    before = snapshot_dir(data)
    paths = []
    for index in range(3):
        conv = sample_conversation()
        conv.id = f"conv-{index}"
        path = tmp_path / f"{index}.json"
        path.write_bytes(export_json(conv))
        paths.append(path)
    real_save = ConversationStore.save
    calls = []

    def failing_save(self: ConversationStore, conv: Conversation) -> None:
        calls.append(conv.id)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_save(self, conv)

    monkeypatch.setattr(ConversationStore, "save", failing_save)
    with pytest.raises(OSError, match="No space"):
        import_into(store, paths)
    assert snapshot_dir(data) == before


# -- writing several exports ---------------------------------------------------------


def test_folder_export_never_overwrites_and_names_are_unique(tmp_path: Path) -> None:
    """Files already in the folder stay; same-titled chats get numbered names."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "Same.md").write_text("mine")
    items = [ExportItem("Same", b"one"), ExportItem("same", b"two"), ExportItem("a:b", b"3")]
    written = write_folder(folder, items, "md")
    assert [p.name for p in written] == ["Same (2).md", "same (3).md", "a_b.md"]
    assert (folder / "Same.md").read_text() == "mine"


def test_folder_export_failure_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write error midway removes the files and the folder this export created."""
    import gui.core.export.files as exportfiles

    real = exportfiles.atomic_write_bytes
    count = []

    def flaky(path: Path, data: bytes, mode: int | None = None) -> None:
        count.append(path)
        if len(count) == 2:
            raise OSError(13, "Permission denied")
        real(path, data, mode)

    monkeypatch.setattr(exportfiles, "atomic_write_bytes", flaky)
    folder = tmp_path / "new-folder"
    with pytest.raises(OSError, match="Permission"):
        write_folder(folder, [ExportItem("a", b"1"), ExportItem("b", b"2")], "txt")
    assert not folder.exists()
    assert list(tmp_path.iterdir()) == []


def test_zip_has_safe_unique_utf8_names(tmp_path: Path) -> None:
    """The archive holds one file per chat with safe, distinct, UTF-8 names."""
    conv = sample_conversation()
    data = render_export(conv, ExportFormat.MARKDOWN, ExportOptions())
    items = [ExportItem(conv.title, data, conv.updated_at)] * 2 + [ExportItem("CON", b"x")]
    archive = zipfile.ZipFile(io.BytesIO(zip_bytes(items, "md")))
    names = archive.namelist()
    assert names == ["Odd + odd_ proof 证明 🧮.md", "Odd + odd_ proof 证明 🧮 (2).md", "_CON.md"]
    assert all(info.flag_bits & 0x800 for info in archive.infolist()[:2])  # UTF-8 names
    assert archive.read(names[0]) == data
    assert archive.infolist()[0].date_time == (2026, 1, 2, 3, 10, 0)
