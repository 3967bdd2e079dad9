"""Schema upgrades keep a backup; duplicate files keep the one named after its id."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gui.core.migrations import NoMigrationError, upgrade
from gui.core.models import SCHEMA_VERSION, Conversation, Message, Role
from gui.core.storage import ConversationStore


def old_file(conv_id: str = "old00000old00000") -> dict[str, Any]:
    """A file in a hypothetical format 0, where message text lived under "text"."""
    return {
        "schema_version": SCHEMA_VERSION - 1,
        "id": conv_id,
        "title": "Old one",
        "messages": [{"id": "m1", "role": "user", "text": "from the past"}],
    }


def rename_text(data: dict[str, Any]) -> dict[str, Any]:
    data["messages"] = [
        {**{k: v for k, v in m.items() if k != "text"}, "content": m.get("text", "")}
        for m in data["messages"]
    ]
    return data


STEPS = {SCHEMA_VERSION - 1: rename_text}


def test_upgrade_applies_each_step_in_order() -> None:
    """upgrade() runs the chain of steps and reports the version the data had."""
    data, version = upgrade(old_file(), STEPS)
    assert version == SCHEMA_VERSION - 1
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["messages"][0]["content"] == "from the past"


def test_current_files_are_left_alone() -> None:
    """A file already in the current format is returned as it is."""
    data = {"schema_version": SCHEMA_VERSION, "id": "x"}
    assert upgrade(data, STEPS) == (data, None)


def test_missing_step_is_an_error() -> None:
    """Without a step for the file's version, the upgrade refuses."""
    with pytest.raises(NoMigrationError):
        upgrade(old_file(), {})


def test_store_upgrades_and_keeps_a_backup(tmp_path: Path) -> None:
    """Loading an old file rewrites it in the current format and keeps the original beside it."""
    folder = tmp_path / "conversations"
    folder.mkdir()
    original = json.dumps(old_file()).encode()
    (folder / "old00000old00000.json").write_bytes(original)
    result = ConversationStore(tmp_path, migrations=STEPS).load_all()
    assert result.problems == []
    assert result.conversations[0].messages[0].content == "from the past"
    rewritten = json.loads((folder / "old00000old00000.json").read_text("utf-8"))
    assert rewritten["schema_version"] == SCHEMA_VERSION
    backup = folder / f"old00000old00000.json.v{SCHEMA_VERSION - 1}.bak"
    assert backup.read_bytes() == original


def test_read_only_store_upgrades_in_memory_only(tmp_path: Path) -> None:
    """The command line (read-only) reads old files without rewriting them."""
    folder = tmp_path / "conversations"
    folder.mkdir()
    original = json.dumps(old_file()).encode()
    (folder / "old00000old00000.json").write_bytes(original)
    result = ConversationStore(tmp_path, read_only=True, migrations=STEPS).load_all()
    assert result.conversations[0].messages[0].content == "from the past"
    assert (folder / "old00000old00000.json").read_bytes() == original
    assert not list(folder.glob("*.bak"))


def test_duplicate_id_keeps_the_file_named_after_it(tmp_path: Path) -> None:
    """A stray copy that sorts first does not push the real file aside."""
    store = ConversationStore(tmp_path)
    conv = Conversation(id="real0000real0000", title="Real")
    conv.messages.append(Message(role=Role.USER, content="the real one"))
    store.save(conv)
    copy = store.directory / "a-copy.json"
    copy.write_text(json.dumps({**conv.to_dict(), "title": "Copy"}), "utf-8")
    result = ConversationStore(tmp_path).load_all()
    assert [c.title for c in result.conversations] == ["Real"]
    assert (store.directory / "real0000real0000.json").exists()
    assert not copy.exists()
    assert any(p.name.startswith("a-copy.json.damaged-") for p in store.directory.iterdir())
