"""Schema upgrades keep a backup; duplicate files keep the one named after its id."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gui.core.conversation import SCHEMA_VERSION, Conversation, Message, Role
from gui.core.migrations import NoMigrationError, upgrade
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


GOLDEN_V1 = Path(__file__).parents[1] / "data" / "migrations" / "v1.json"


def test_version_1_file_opens_unchanged(tmp_path: Path) -> None:
    """A real version 1 file upgrades to 2 with every value (and unknown key) as it was."""
    original = json.loads(GOLDEN_V1.read_text("utf-8"))
    folder = tmp_path / "conversations"
    folder.mkdir()
    (folder / f"{original['id']}.json").write_bytes(GOLDEN_V1.read_bytes())
    result = ConversationStore(tmp_path).load_all()
    assert result.problems == []
    (conv,) = result.conversations
    saved = conv.to_dict()
    assert saved["schema_version"] == 2
    assert {k: v for k, v in saved.items() if k != "schema_version"} == {
        k: v for k, v in original.items() if k != "schema_version"
    }
    assert conv.messages[1].tool_calls == original["messages"][1]["tool_calls"]
    assert (folder / f"{original['id']}.json.v1.bak").read_bytes() == GOLDEN_V1.read_bytes()


def test_tool_messages_and_tool_choice_round_trip() -> None:
    """Version 2's tool message fields and per-chat tool choice survive save and load."""
    from gui.core.conversation import Approval, ToolChoice, ToolStatus

    tool = Message(
        role=Role.TOOL,
        content="24 C",
        tool_call_id="call_1",
        name="demo__add",
        server="demo",
        tool="add",
        is_error=True,
        tool_status=ToolStatus.TIMED_OUT,
        started_at="2026-10-01T10:00:03.000Z",
        duration_seconds=1.25,
        approval=Approval.ONCE,
        images=[{"mime_type": "image/png", "data": "iVBO"}],
    )
    conv = Conversation(messages=[tool], tools=ToolChoice(["web"], ["demo/crash"]))
    data = json.loads(json.dumps(conv.to_dict()))
    assert data["tools"] == {"disabled_servers": ["web"], "disabled_tools": ["demo/crash"]}
    again = Conversation.from_dict(data)
    assert again.to_dict() == conv.to_dict()
    assert again.messages[0].tool_status is ToolStatus.TIMED_OUT
    assert not again.tools.tool_enabled("demo", "crash") and again.tools.tool_enabled("demo", "add")
    assert "tools" not in Conversation().to_dict()
