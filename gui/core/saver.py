"""Ordered, coalesced background saves: one writer per conversation, never on the UI thread."""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gui.core.atomic import encode
from gui.core.conversation import Conversation
from gui.core.i18n import translate
from gui.core.index import ConversationIndex
from gui.core.storage import ConversationStore, ConversationTooLarge

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Slot:
    pending: dict[str, object] | None = None
    delete: bool = False
    task: asyncio.Task[None] | None = None
    waiters: list[asyncio.Future[None]] = field(default_factory=list)
    last: weakref.ref[Conversation] | None = None  # the object last saved under this id


class SaveQueue:
    """Writes conversation snapshots in a worker thread, in order, keeping only the latest.

    ``save(conv)`` takes a snapshot at once (cheap dict copy on the calling thread)
    and returns; while a write for the same conversation is running, newer
    snapshots replace each other so only the last one is written next. Once a
    conversation is deleted, later saves of that same object (a stream finishing
    late) are ignored; a different object with the same id (the chat imported
    again) is a new conversation and is saved.

    Args:
        store: where files go.
        on_error: called with a plain-language message when a write fails.
        index: the summary/search cache to keep in step with the files, if any.
    """

    def __init__(
        self,
        store: ConversationStore,
        on_error: Callable[[str], None],
        index: ConversationIndex | None = None,
    ) -> None:
        self._store = store
        self._on_error = on_error
        self._index = index
        self._slots: dict[str, _Slot] = {}
        # Deleted conversations, by id: the object that was deleted (a weak reference, so
        # a tombstone never keeps a chat in memory and dies with the object).
        self._deleted: dict[str, weakref.ref[Conversation] | None] = {}
        self._too_large: set[str] = set()  # told once, not at every checkpoint
        self._unsaved: set[str] = set()  # the last write failed: memory holds the only copy

    def save(self, conversation: Conversation) -> asyncio.Future[None]:
        """Queue a snapshot; the returned future resolves once it (or a newer one) is on disk."""
        slot = self._slots.setdefault(conversation.id, _Slot())
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if self._is_deleted(conversation):
            fut.set_result(None)
            return fut
        slot.last = weakref.ref(conversation)
        slot.pending = conversation.to_dict()
        slot.waiters.append(fut)
        self._kick(conversation.id, slot)
        return fut

    def delete(self, conversation_id: str) -> asyncio.Future[None]:
        """Remove the file after any write in flight; ignore saves of the deleted object."""
        slot = self._slots.setdefault(conversation_id, _Slot())
        self._deleted[conversation_id] = slot.last
        slot.last = None
        slot.pending = None
        slot.delete = True
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        slot.waiters.append(fut)
        self._kick(conversation_id, slot)
        return fut

    def _is_deleted(self, conversation: Conversation) -> bool:
        """Whether this very object was deleted; any other object with its id lifts the mark."""
        if conversation.id not in self._deleted:
            return False
        ref = self._deleted[conversation.id]
        if ref is None or ref() is not conversation:
            # A conversation deleted without ever being saved here cannot be saved late by
            # a stream (every stream saves as it goes), so this is a new one with that id.
            del self._deleted[conversation.id]
            return False
        return True

    def _kick(self, conversation_id: str, slot: _Slot) -> None:
        if slot.task is None or slot.task.done():
            slot.task = asyncio.get_running_loop().create_task(
                self._drain(conversation_id, slot), name=f"save-{conversation_id}"
            )

    async def _drain(self, conversation_id: str, slot: _Slot) -> None:
        while slot.pending is not None or slot.delete:
            data, slot.pending = slot.pending, None
            deleting, slot.delete = slot.delete, False
            waiters, slot.waiters = slot.waiters, []
            try:
                if deleting:
                    await asyncio.to_thread(self._delete, conversation_id)
                elif data is not None:
                    path = self._store.path_for(conversation_id)
                    self._unsaved.add(conversation_id)
                    await asyncio.to_thread(self._write, path, data)
                    self._unsaved.discard(conversation_id)
                    self._too_large.discard(conversation_id)
            except ConversationTooLarge as exc:
                if conversation_id not in self._too_large:
                    self._too_large.add(conversation_id)
                    log.warning("conversation %s not saved: %s", conversation_id, exc)
                    self._on_error(str(exc))
            except Exception as exc:
                log.exception("saving conversation %s failed", conversation_id)
                self._on_error(
                    translate(
                        "saver",
                        "Could not save the conversation to disk ({error}). It is still open "
                        "here; the next change will try again.",
                    ).format(error=f"{type(exc).__name__}: {exc}")
                )
            finally:
                for waiter in waiters:
                    if not waiter.done():
                        waiter.set_result(None)

    def _write(self, path: Path, data: dict[str, object]) -> None:
        blob, data = encode(data)  # lone surrogates become U+FFFD in the index too
        self._store.write(path, blob)
        if self._index is not None:
            self._index.saved(data, path)  # the dict as written: parsing it again costs more

    def _delete(self, conversation_id: str) -> None:
        self._store.delete(conversation_id)
        if self._index is not None:
            self._index.removed(conversation_id)

    def settled(self, conversation_id: str) -> bool:
        """Whether the file holds the latest snapshot: nothing queued, running or failed."""
        slot = self._slots.get(conversation_id)
        busy = slot is not None and (
            slot.pending is not None
            or slot.delete
            or (slot.task is not None and not slot.task.done())
        )
        return not busy and conversation_id not in self._unsaved

    async def flush(self) -> None:
        """Wait until every queued write has finished (call before quitting).

        Cancelling the wait (a timeout around it) never cancels a write: the
        newest snapshot stays queued behind a slow one and is still written.
        """
        while True:
            running = [s.task for s in self._slots.values() if s.task and not s.task.done()]
            if not running:
                return
            await asyncio.shield(asyncio.gather(*running, return_exceptions=True))
