"""Saves that could never succeed, or files that would never open again, end cleanly."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from gui.core.conversation import Conversation, Message, Role
from gui.core.importer import ImportRefused, import_into
from gui.core.index import ConversationIndex
from gui.core.saver import SaveQueue
from gui.core.storage import ConversationStore

LONE = "half an emoji \ud83d and a stray \udc00 low half"


def save_all(store: ConversationStore, index: ConversationIndex, *convs: Conversation) -> list[str]:
    errors: list[str] = []

    async def run() -> None:
        queue = SaveQueue(store, errors.append, index)
        for conv in convs:
            await queue.save(conv)
        await queue.flush()

    asyncio.run(run())
    return errors


def test_a_lone_surrogate_is_saved_and_reopens(tmp_path: Path) -> None:
    """Model output or a paste with half a surrogate pair: saved, searchable, reopened."""
    store = ConversationStore(tmp_path)
    index = ConversationIndex(tmp_path / "cache" / "index.sqlite3")
    conv = Conversation(id="lone", title=f"Title {LONE}")
    conv.messages = [
        Message(Role.USER, content=LONE),
        Message(Role.ASSISTANT, content="ok", reasoning=LONE, extra={"k\ud800": [LONE]}),
    ]
    assert save_all(store, index, conv) == []
    (again,) = ConversationStore(tmp_path).load_all().conversations
    assert again.messages[0].content == "half an emoji \ufffd and a stray \ufffd low half"
    assert again.title == "Title half an emoji \ufffd and a stray \ufffd low half"
    assert index.search("stray") == ["lone"]
    index.close()


def test_an_imported_lone_surrogate_escape_is_imported(tmp_path: Path) -> None:
    """A JSON export holding a \\ud800 escape imports and reopens (not a save failure)."""
    conv = Conversation(id="escaped", title="t", messages=[Message(Role.USER, content="x")])
    text = json.dumps(conv.to_dict()).replace('"content": "x"', '"content": "a \\ud800 b"')
    source = tmp_path / "export.json"
    source.write_text(text, "utf-8")
    store = ConversationStore(tmp_path / "data")
    import_into(store, [source])
    (again,) = ConversationStore(tmp_path / "data").load_all().conversations
    assert again.messages[0].content == "a \ufffd b"


def test_a_conversation_over_the_read_limit_is_refused_and_the_saved_copy_kept(
    tmp_path: Path,
) -> None:
    """Growing past the read limit: a clear message, and the last file that opens is kept."""
    store = ConversationStore(tmp_path, max_bytes=64 * 1024)
    index = ConversationIndex(tmp_path / "cache" / "index.sqlite3")
    conv = Conversation(id="big", title="big", messages=[Message(Role.USER, content="small")])
    assert save_all(store, index, conv) == []
    conv.messages.append(Message(Role.ASSISTANT, content="x" * 70_000))
    errors = save_all(store, index, conv, conv)  # a checkpoint later: told once, not again
    assert len(errors) == 1 and "too large to save" in errors[0]
    reopened = ConversationStore(tmp_path, max_bytes=64 * 1024).load_all()
    assert reopened.problems == []
    assert [m.content for m in reopened.conversations[0].messages] == ["small"]
    assert list((tmp_path / "conversations").iterdir()) == [tmp_path / "conversations/big.json"]
    index.close()


def test_an_import_that_would_not_open_again_is_refused(tmp_path: Path) -> None:
    """A compact export under the limit whose stored (indented) form is over it: refused."""
    conv = Conversation(id="wide", title="wide")
    conv.messages = [Message(Role.USER, content=f"m{i}") for i in range(800)]
    compact = json.dumps(conv.to_dict(), separators=(",", ":")).encode()
    source = tmp_path / "export.json"
    source.write_bytes(compact)
    limit = len(compact) + 1000
    store = ConversationStore(tmp_path / "data", max_bytes=limit)
    with pytest.raises(ImportRefused) as refused:
        import_into(store, [source])
    assert "too large" in str(refused.value)
    assert list((tmp_path / "data" / "conversations").glob("*.json")) == []
