"""Attachment bytes stored once by SHA-256 under ``<data dir>/attachments/``, and collected."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from gui.core.atomic import atomic_write_bytes
from gui.core.attachments.ref import is_sha256, refs_from
from gui.core.datafolder import FILE_MODE, private_folder

log = logging.getLogger(__name__)

GRACE_SECONDS = 60.0
"""Blobs younger than this that another process stored are never collected: it (the command
line) may be about to write the conversation that uses them."""


class AttachmentStore:
    """``<root>/attachments/<first two hex>/<sha256>``: private, atomic, deduplicated.

    Blocking: the UI calls it through a worker thread. Blobs added by this process stay
    *pinned* (never collected) until ``unpin``: a composer holds them before the message
    that references them is saved.
    """

    def __init__(self, root: Path) -> None:
        self.directory = root / "attachments"
        self._conversations = root / "conversations"
        self._lock = threading.Lock()  # put and collect never interleave
        self._pinned: dict[str, int] = {}
        self._mine: set[str] = set()  # stored by this process: pins protect them, not age

    def path(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.directory / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return is_sha256(sha256) and self.path(sha256).is_file()

    def put(self, data: bytes, *, pin: bool = True) -> str:
        """Store ``data`` (once) and return its SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        path = self.path(digest)
        with self._lock:
            self._mine.add(digest)
            if pin:
                self._pinned[digest] = self._pinned.get(digest, 0) + 1
            if path.is_file() and path.stat().st_size == len(data):
                with contextlib.suppress(OSError):
                    os.utime(path)  # fresh again: the grace period protects it
                return digest
            private_folder(self.directory)
            private_folder(path.parent)
            atomic_write_bytes(path, data, FILE_MODE)
        return digest

    def read(self, sha256: str) -> bytes:
        """The stored bytes; checked against their name (a damaged blob raises ValueError)."""
        data = self.path(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"attachment {sha256[:12]}… is damaged")
        return data

    def unpin(self, hashes: Iterable[str]) -> None:
        """The composer let go of these (sent and saved, or removed)."""
        with self._lock:
            for digest in hashes:
                count = self._pinned.get(digest, 0) - 1
                if count > 0:
                    self._pinned[digest] = count
                else:
                    self._pinned.pop(digest, None)

    def referenced(self, extra: Iterable[str] = ()) -> set[str]:
        """Every hash a conversation file references (plus ``extra``, e.g. open chats)."""
        import orjson  # here, not at start-up (see gui.core.atomic)

        found = set(extra)
        if not self._conversations.is_dir():
            return found
        for path in self._conversations.glob("*.json"):
            try:
                raw = path.read_bytes()
            except OSError:
                continue
            if b'"attachments"' not in raw:
                continue  # most chats have none: no need to parse them
            try:
                data = orjson.loads(raw)
            except orjson.JSONDecodeError:
                continue
            messages = data.get("messages") if isinstance(data, dict) else None
            for message in messages if isinstance(messages, list) else []:
                if isinstance(message, dict):
                    found.update(ref.sha256 for ref in refs_from(message.get("attachments")))
        return found

    def collect(self, extra: Iterable[str] = (), grace: float = GRACE_SECONDS) -> int:
        """Remove blobs nothing references; return how many went.

        ``extra``: hashes referenced by conversations not (yet) on disk. Saves queued
        before this call must have finished (the caller flushes them first); blobs
        stored meanwhile are pinned or younger than ``grace`` and stay.
        """
        if not self.directory.is_dir():
            return 0
        keep = self.referenced(extra)
        removed = 0
        with self._lock:
            keep |= self._pinned.keys()
            cutoff = time.time() - grace
            for folder in self.directory.iterdir():
                if not folder.is_dir() or folder.is_symlink():
                    continue
                for blob in folder.iterdir():
                    name = blob.name
                    if not is_sha256(name) or name in keep:
                        continue
                    try:
                        if name not in self._mine and blob.lstat().st_mtime > cutoff:
                            continue
                        blob.unlink()
                        removed += 1
                    except OSError:
                        log.warning("could not remove attachment %s", name[:12])
                with contextlib.suppress(OSError):
                    folder.rmdir()  # only when empty
        if removed:
            log.info("removed %d attachment(s) no conversation uses", removed)
        return removed
