"""A rebuildable SQLite cache of conversation summaries and search text; JSON stays the truth."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gui.core.conversation import SCHEMA_VERSION, Conversation
from gui.core.datafolder import open_private, private_folder
from gui.core.storage import ConversationStore

if TYPE_CHECKING:
    import sqlite3  # imported where used: the index opens after the window is on screen

log = logging.getLogger(__name__)

INDEX_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    messages INTEGER NOT NULL,
    haystack TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS skipped (
    file TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class Summary:
    """What the conversation list needs, without the messages."""

    id: str
    title: str
    created_at: str
    updated_at: str
    message_count: int


@dataclass(slots=True)
class RefreshResult:
    summaries: list[Summary] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    parsed: int = 0  # files read because the cache did not know them (or they changed)


def summary_of(conv: Conversation) -> Summary:
    return Summary(conv.id, conv.title, conv.created_at, conv.updated_at, len(conv.messages))


def haystack_of(title: str, contents: Iterable[str]) -> str:
    """Everything search looks at, case-folded once."""
    return "\n".join([title, *contents]).casefold()


class ConversationIndex:
    """Summaries and search text for every conversation file, kept in ``index.sqlite3``.

    Each row remembers the file's size and modification time; ``refresh`` re-reads
    only files that changed, appeared or vanished, so starting with thousands of
    conversations reads one small database instead of every file. The database is
    a cache: when it is damaged or from another version it is deleted and rebuilt.
    All methods block; call them from a worker thread.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    # -- connection ----------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        import sqlite3

        if self._db is None:
            private_folder(self.path.parent)
            try:
                self._db = self._open()
            except sqlite3.DatabaseError as exc:
                log.warning("search index unusable (%s); rebuilding it", exc)
                self._discard()
                self._db = self._open()
        return self._db

    def _open(self) -> sqlite3.Connection:
        import sqlite3

        # The full text of every chat: created owner-only (SQLite gives its -wal and -shm
        # files the database file's mode), not with the process umask.
        os.close(open_private(self.path, os.O_RDWR))
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last write is fine
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        if row is None:
            db.execute("INSERT INTO meta VALUES ('version', ?)", (str(INDEX_VERSION),))
        elif row[0] != str(INDEX_VERSION):
            db.close()
            raise sqlite3.DatabaseError(f"index version {row[0]}")
        return db

    def _discard(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    # -- reading -------------------------------------------------------------------------

    def refresh(self, store: ConversationStore) -> RefreshResult:
        """Bring the index in line with the folder and return every summary.

        Damaged files are handled by the store (set aside and reported).
        """
        with self._lock:
            db = self._connect()
            known = {
                row[1]: row
                for row in db.execute("SELECT id, file, mtime_ns, size FROM conversations")
            }
            result = RefreshResult()
            on_disk: dict[str, os.stat_result] = {}
            odd: dict[str, os.stat_result] = {}  # links and other non-files named *.json
            with contextlib.suppress(FileNotFoundError), os.scandir(store.directory) as entries:
                for entry in entries:
                    if not entry.name.endswith(".json"):
                        continue
                    info = entry.stat(follow_symlinks=False)
                    if entry.is_file(follow_symlinks=False):
                        on_disk[entry.name] = info
                    else:
                        odd[entry.name] = info
            # Files that could not be loaded and were left in place (a link, no permission,
            # a newer schema) are reported once, then skipped until they change.
            skipped = dict(db.execute("SELECT file, fingerprint FROM skipped"))
            stale = [
                name
                for name, info in {**on_disk, **odd}.items()
                if (
                    name not in known
                    or known[name][2] != info.st_mtime_ns
                    or known[name][3] != info.st_size
                )
                and skipped.get(name) != _fingerprint(info)
            ]
            vanished = [name for name in known if name not in on_disk]
            try:
                db.execute("BEGIN")
                db.executemany(
                    "DELETE FROM conversations WHERE file=?", [(n,) for n in [*vanished, *stale]]
                )
                if stale:
                    taken = {
                        row[0]: row[1] for row in db.execute("SELECT id, file FROM conversations")
                    }
                    loaded = store.load_files(
                        [store.directory / name for name in sorted(stale)], taken
                    )
                    result.problems.extend(loaded.problems)
                    result.parsed = len(stale)
                    self._insert_all(db, store, loaded.conversations)
                    # An indexed file that a new one repeated the id of may have been set
                    # aside: forget its row (only those ids can be affected).
                    for conv in loaded.conversations:
                        name = taken.get(conv.id)
                        if name is not None and not (store.directory / name).exists():
                            db.execute(
                                "DELETE FROM conversations WHERE id=? AND file=?", (conv.id, name)
                            )
                self._remember_skipped(db, store, stale, skipped)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            rows = db.execute(
                "SELECT id, file, title, created_at, updated_at, messages FROM conversations "
                "ORDER BY updated_at DESC"
            ).fetchall()
            store.remember_files({row[0]: row[1] for row in rows})
            result.summaries = [Summary(row[0], *row[2:]) for row in rows]
            return result

    @staticmethod
    def _remember_skipped(
        db: sqlite3.Connection, store: ConversationStore, stale: list[str], skipped: dict[str, str]
    ) -> None:
        loaded = {row[0] for row in db.execute("SELECT file FROM conversations")}
        for name in skipped:
            try:
                gone = _fingerprint((store.directory / name).lstat()) != skipped[name]
            except OSError:
                gone = True
            if gone or name in loaded:
                db.execute("DELETE FROM skipped WHERE file=?", (name,))
        for name in stale:
            if name in loaded:
                continue
            with contextlib.suppress(OSError):  # set aside (moved): nothing left to skip
                info = (store.directory / name).lstat()
                db.execute(
                    "INSERT OR REPLACE INTO skipped VALUES (?, ?)", (name, _fingerprint(info))
                )

    def _insert_all(
        self, db: sqlite3.Connection, store: ConversationStore, conversations: list[Conversation]
    ) -> None:
        rows = []
        for conv in conversations:
            path = store.path_for(conv.id)
            try:
                info = path.stat()
            except OSError:
                continue
            rows.append(self._row(conv, path.name, info))
        db.executemany("INSERT OR REPLACE INTO conversations VALUES (?,?,?,?,?,?,?,?,?)", rows)

    @staticmethod
    def _row(conv: Conversation, file: str, info: os.stat_result) -> tuple[Any, ...]:
        return (
            conv.id,
            file,
            info.st_mtime_ns,
            info.st_size,
            conv.title,
            conv.created_at,
            conv.updated_at,
            len(conv.messages),
            haystack_of(conv.title, (m.content for m in conv.messages)),
        )

    @staticmethod
    def _row_from_data(data: Mapping[str, Any], file: str, info: os.stat_result) -> tuple[Any, ...]:
        """The same row from a conversation's JSON form (as just saved): no re-parsing."""
        messages = data["messages"]
        return (
            data["id"],
            file,
            info.st_mtime_ns,
            info.st_size,
            data["title"],
            data["created_at"],
            data["updated_at"],
            len(messages),
            haystack_of(data["title"], (m["content"] for m in messages)),
        )

    def search(self, query: str) -> list[str]:
        """Ids of conversations whose title or messages contain every word, newest first."""
        words = [w.casefold() for w in query.split()]
        if not words:
            return []
        clauses = " AND ".join("instr(haystack, ?) > 0" for _ in words)
        with self._lock:
            db = self._connect()
            rows = db.execute(
                f"SELECT id FROM conversations WHERE {clauses} ORDER BY updated_at DESC",
                words,
            ).fetchall()
        return [row[0] for row in rows]

    # -- writing ---------------------------------------------------------------------------

    def saved(self, conv: Conversation | Mapping[str, Any], path: Path) -> None:
        """Record a conversation (or its JSON form, as written) just written to ``path``."""
        import sqlite3

        try:
            info = path.stat()
        except OSError:
            return
        if isinstance(conv, Conversation):
            row = self._row(conv, path.name, info)
        else:
            row = self._row_from_data(conv, path.name, info)
        with self._lock:
            try:
                self._connect().execute(
                    "INSERT OR REPLACE INTO conversations VALUES (?,?,?,?,?,?,?,?,?)", row
                )
            except sqlite3.Error as exc:  # a cache: never let it break a save
                log.warning("could not update the search index: %s", exc)

    def removed(self, conversation_id: str) -> None:
        import sqlite3

        with self._lock:
            try:
                self._connect().execute("DELETE FROM conversations WHERE id=?", (conversation_id,))
            except sqlite3.Error as exc:
                log.warning("could not update the search index: %s", exc)


def _fingerprint(info: os.stat_result) -> str:
    """Changes when the file is edited, replaced, or its permissions change (ctime), and
    with the app's schema version (a newer app may read what this one skipped)."""
    return f"{info.st_ctime_ns}:{info.st_size}:{info.st_mode}:{SCHEMA_VERSION}"
