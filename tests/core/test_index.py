"""The summary/search index: fast start-up, always in step with the JSON files."""

from __future__ import annotations

import json
import os
from pathlib import Path

from gui.core.conversation import Conversation, Message, Role
from gui.core.index import ConversationIndex
from gui.core.storage import ConversationStore


def make(root: Path, title: str, *texts: str, conv_id: str | None = None) -> Conversation:
    conv = Conversation(title=title) if conv_id is None else Conversation(id=conv_id, title=title)
    for number, text in enumerate(texts):
        conv.messages.append(
            Message(role=Role.USER if number % 2 == 0 else Role.ASSISTANT, content=text)
        )
    ConversationStore(root).save(conv)
    return conv


def test_refresh_lists_every_conversation_and_then_reads_nothing(tmp_path: Path) -> None:
    """The first refresh reads the files; the next one reads none and gives the same list."""
    a = make(tmp_path, "Alpha", "hello", "world")
    b = make(tmp_path, "Beta", "question")
    index = ConversationIndex(tmp_path / "cache" / "index.sqlite3")
    first = index.refresh(ConversationStore(tmp_path))
    assert first.parsed == 2
    assert {s.id: s.message_count for s in first.summaries} == {a.id: 2, b.id: 1}
    index.close()
    again = ConversationIndex(tmp_path / "cache" / "index.sqlite3").refresh(
        ConversationStore(tmp_path)
    )
    assert again.parsed == 0
    assert again.summaries == first.summaries


def test_changed_added_and_removed_files_are_noticed(tmp_path: Path) -> None:
    """A file edited, added or deleted behind the app's back is picked up."""
    a = make(tmp_path, "Alpha", "one")
    b = make(tmp_path, "Beta", "two")
    index = ConversationIndex(tmp_path / "index.sqlite3")
    index.refresh(ConversationStore(tmp_path))
    path = tmp_path / "conversations" / f"{a.id}.json"
    data = json.loads(path.read_text("utf-8"))
    data["title"] = "Alpha renamed elsewhere"
    path.write_text(json.dumps(data), "utf-8")
    os.utime(path, ns=(1, 2))  # a different mtime even on coarse clocks
    (tmp_path / "conversations" / f"{b.id}.json").unlink()
    c = make(tmp_path, "Gamma", "three")
    result = index.refresh(ConversationStore(tmp_path))
    assert result.parsed == 2
    assert {s.id: s.title for s in result.summaries} == {
        a.id: "Alpha renamed elsewhere",
        c.id: "Gamma",
    }


def test_damaged_file_is_reported_and_set_aside(tmp_path: Path) -> None:
    """A broken file found on refresh is handled like any load: set aside and reported."""
    good = make(tmp_path, "Good", "fine")
    (tmp_path / "conversations" / "broken.json").write_text("{not json", "utf-8")
    result = ConversationIndex(tmp_path / "index.sqlite3").refresh(ConversationStore(tmp_path))
    assert [s.id for s in result.summaries] == [good.id]
    assert len(result.problems) == 1
    assert not (tmp_path / "conversations" / "broken.json").exists()


def test_damaged_index_is_rebuilt(tmp_path: Path) -> None:
    """A corrupt cache file is thrown away and rebuilt from the JSON files."""
    conv = make(tmp_path, "Keep", "text")
    cache = tmp_path / "index.sqlite3"
    cache.write_bytes(b"this is not a database" * 100)
    result = ConversationIndex(cache).refresh(ConversationStore(tmp_path))
    assert [s.id for s in result.summaries] == [conv.id]


def test_search_matches_every_word_in_title_or_messages(tmp_path: Path) -> None:
    """Search is case-insensitive, needs every word, and looks at titles and messages."""
    a = make(tmp_path, "Trip planning", "Where should we go in Kyoto?", "Try Arashiyama.")
    b = make(tmp_path, "Cooking", "How long to boil an egg?", "About 9 minutes.")
    c = make(tmp_path, "日本語", "東京の天気は？", "晴れです。")
    index = ConversationIndex(tmp_path / "index.sqlite3")
    index.refresh(ConversationStore(tmp_path))
    assert index.search("kyoto") == [a.id]
    assert index.search("TRIP arashiyama") == [a.id]
    assert index.search("egg kyoto") == []
    assert index.search("minutes") == [b.id]
    assert index.search("天気") == [c.id]
    assert index.search("  ") == []


def test_saved_and_removed_keep_the_index_current(tmp_path: Path) -> None:
    """Saves and deletes made by the app update the index without a refresh."""
    store = ConversationStore(tmp_path)
    index = ConversationIndex(tmp_path / "index.sqlite3")
    index.refresh(store)
    conv = make(tmp_path, "Fresh", "brand new words")
    index.saved(conv, store.path_for(conv.id))
    assert index.search("brand") == [conv.id]
    assert index.refresh(store).parsed == 0
    index.removed(conv.id)
    assert index.search("brand") == []


def test_duplicate_found_later_keeps_the_file_named_after_the_id(tmp_path: Path) -> None:
    """A copy appearing after the index was built does not replace the real file."""
    conv = make(tmp_path, "Real", "the real one", conv_id="real0000real0000")
    index = ConversationIndex(tmp_path / "index.sqlite3")
    index.refresh(ConversationStore(tmp_path))
    copy = tmp_path / "conversations" / "zz-copy.json"
    copy.write_text(json.dumps({**conv.to_dict(), "title": "Copy"}), "utf-8")
    result = index.refresh(ConversationStore(tmp_path))
    assert [s.title for s in result.summaries] == ["Real"]
    assert not copy.exists()
    assert result.problems


def test_files_left_in_place_are_reported_once_until_they_change(tmp_path: Path) -> None:
    """A link and a file from a newer app are reported on the first start only; a changed
    file is looked at (and reported) again, and a fixed one loads."""
    good = make(tmp_path, "Good", "fine")
    folder = tmp_path / "conversations"
    target = tmp_path / "elsewhere.json"
    target.write_text(json.dumps(Conversation(title="Outside").to_dict()), "utf-8")
    (folder / "linked.json").symlink_to(target)
    future = Conversation(title="From the future").to_dict()
    future["schema_version"] = 99
    (folder / "future.json").write_text(json.dumps(future), "utf-8")

    def start() -> list[str]:
        index = ConversationIndex(tmp_path / "cache" / "index.sqlite3")
        try:
            result = index.refresh(ConversationStore(tmp_path))
        finally:
            index.close()
        assert [s.id for s in result.summaries][-1] == good.id
        return result.problems

    first = start()
    assert len(first) == 2
    assert any("linked.json" in p for p in first) and any("future.json" in p for p in first)
    assert start() == []
    future["title"] = "From the future, edited"
    (folder / "future.json").write_text(json.dumps(future), "utf-8")
    assert [p for p in start() if "future.json" in p]
    future["schema_version"] = 1
    (folder / "future.json").write_text(json.dumps(future), "utf-8")
    assert start() == []
    assert (folder / "linked.json").is_symlink()  # never followed, never moved
