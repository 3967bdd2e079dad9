"""SaveQueue without a window: snapshots coalesce, land in order, and deletes win."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.core.conversation import Conversation
from gui.core.saver import SaveQueue
from gui.core.storage import ConversationStore


class WriteLog:
    """Records every real write; ``hold()`` parks the next one until ``release()``."""

    def __init__(self) -> None:
        self.titles: list[tuple[str, str]] = []  # (file name, title written)
        self._holding = False
        self._gate = threading.Event()
        self.parked = threading.Event()

    def hold(self) -> None:
        self._holding = True

    def release(self) -> None:
        self._gate.set()

    def write(self, store: ConversationStore, path: Path, data: bytes) -> None:
        if self._holding:
            self._holding = False
            self.parked.set()
            self._gate.wait(timeout=30)
        self.titles.append((path.name, json.loads(data)["title"]))
        REAL_WRITE(store, path, data)


REAL_WRITE = ConversationStore.write


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> Iterator[WriteLog]:
    log = WriteLog()

    def write(store: ConversationStore, path: Path, data: bytes) -> None:
        log.write(store, path, data)

    monkeypatch.setattr(ConversationStore, "write", write)
    yield log
    log.release()  # never leave a worker thread parked


def on_disk(store: ConversationStore, conversation_id: str) -> str | None:
    path = store.path_for(conversation_id)
    return json.loads(path.read_bytes())["title"] if path.exists() else None


def queue(tmp_path: Path) -> tuple[SaveQueue, ConversationStore, list[str]]:
    store = ConversationStore(tmp_path)
    errors: list[str] = []
    return SaveQueue(store, errors.append), store, errors


async def test_saves_queued_together_are_written_once_as_the_latest(
    tmp_path: Path, writes: WriteLog
) -> None:
    saver, store, errors = queue(tmp_path)
    conv = Conversation(id="c1", title="v1")
    futures = [saver.save(conv)]
    for title in ("v2", "v3"):
        conv.title = title
        futures.append(saver.save(conv))
    await asyncio.gather(*futures)  # every caller hears back, even the replaced ones
    assert writes.titles == [("c1.json", "v3")]
    assert on_disk(store, "c1") == "v3"
    assert not errors


async def test_saves_while_a_write_runs_coalesce_into_one_next_write(
    tmp_path: Path, writes: WriteLog
) -> None:
    saver, store, errors = queue(tmp_path)
    conv = Conversation(id="c1", title="first")
    writes.hold()
    first = saver.save(conv)
    await asyncio.to_thread(writes.parked.wait, 30)  # "first" is being written now
    later = []
    for title in ("second", "third", "fourth"):
        conv.title = title
        later.append(saver.save(conv))
    writes.release()
    await asyncio.gather(first, *later)
    assert writes.titles == [("c1.json", "first"), ("c1.json", "fourth")]
    assert on_disk(store, "c1") == "fourth"
    assert not errors


async def test_a_snapshot_is_taken_when_save_is_called(tmp_path: Path, writes: WriteLog) -> None:
    saver, store, _errors = queue(tmp_path)
    conv = Conversation(id="c1", title="as queued")
    done = saver.save(conv)
    conv.title = "changed after, never saved"
    await done
    assert on_disk(store, "c1") == "as queued"


async def test_conversations_are_written_independently(tmp_path: Path, writes: WriteLog) -> None:
    saver, store, errors = queue(tmp_path)
    a, b = Conversation(id="a1", title="A"), Conversation(id="b1", title="B")
    await asyncio.gather(saver.save(a), saver.save(b))
    await saver.flush()
    assert sorted(writes.titles) == [("a1.json", "A"), ("b1.json", "B")]
    assert (on_disk(store, "a1"), on_disk(store, "b1")) == ("A", "B")
    assert not errors


async def test_a_delete_queued_behind_a_running_write_removes_the_file(
    tmp_path: Path, writes: WriteLog
) -> None:
    saver, store, errors = queue(tmp_path)
    conv = Conversation(id="c1", title="being written")
    writes.hold()
    saved = saver.save(conv)
    await asyncio.to_thread(writes.parked.wait, 30)
    conv.title = "queued, then deleted"
    replaced = saver.save(conv)
    deleted = saver.delete("c1")
    writes.release()
    await asyncio.gather(saved, replaced, deleted)
    assert writes.titles == [("c1.json", "being written")]  # the queued save was dropped
    assert on_disk(store, "c1") is None
    assert not errors


async def test_a_save_after_deleting_another_chat_is_written(
    tmp_path: Path, writes: WriteLog
) -> None:
    saver, store, errors = queue(tmp_path)
    await saver.save(Conversation(id="gone", title="to delete"))
    await saver.delete("gone")
    await saver.save(Conversation(id="kept", title="still saved"))
    await saver.flush()
    assert on_disk(store, "gone") is None
    assert on_disk(store, "kept") == "still saved"
    assert not errors


async def test_a_failed_write_is_reported_and_the_next_save_retries(
    tmp_path: Path, writes: WriteLog
) -> None:
    saver, store, errors = queue(tmp_path)
    store.directory.parent.mkdir(parents=True, exist_ok=True)
    store.directory.write_text("a file where the folder should be")
    await saver.save(Conversation(id="c1", title="lost"))
    assert len(errors) == 1 and "Could not save" in errors[0]
    store.directory.unlink()
    await saver.save(Conversation(id="c1", title="retried"))
    assert on_disk(store, "c1") == "retried"
