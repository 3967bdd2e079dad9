"""Conversation storage: one JSON file per conversation, atomic saves, damaged files set aside."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gui.core import surrogates
from gui.core.atomic import atomic_write_bytes, dumps, quarantine, remove_stale_temp_files
from gui.core.conversation import SCHEMA_VERSION, BadConversation, Conversation, MessageStatus
from gui.core.datafolder import private_folder
from gui.core.export.filenames import is_safe_id
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.migrations import MIGRATIONS, Migration, upgrade

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(slots=True)
class LoadResult:
    """Every conversation that loaded, and one plain-language line per file that did not."""

    conversations: list[Conversation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class ConversationTooLarge(Exception):
    """A conversation that would not open again if written (over the read limit).

    Not a ValueError: it is never a reason to set a file aside.
    """

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            translate(
                "storage",
                "This conversation is too large to save ({size} MB; the limit is {limit} MB). "
                "The saved copy stays as it was; export the conversation to keep the newest "
                "part, and continue in a new one.",
            ).format(size=size // 2**20, limit=limit // 2**20)
        )
        self.size = size
        self.limit = limit


class NewerSchemaError(ValueError):
    """The file was written by a newer version of the app."""


def parse_conversation(data: Any) -> Conversation:
    """Validate and build a conversation from decoded JSON.

    Raises:
        NewerSchemaError: the file comes from a newer app version.
        ValueError: the data is not a conversation.
    """
    if not isinstance(data, dict):
        raise BadConversation(QT_TRANSLATE_NOOP("storage", "the file does not hold a JSON object"))
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BadConversation(
            QT_TRANSLATE_NOOP("storage", "schema_version is missing or not a number")
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            translate(
                "storage",
                "it was written by a newer MiniMax Chat (format {new}, this app reads {ours})",
            ).format(new=version, ours=SCHEMA_VERSION)
        )
    if version < 1:
        raise ValueError(f"unknown schema_version {version}")
    conv = Conversation.from_dict(data)
    for message in conv.messages:
        # A reply still "streaming" on disk means the app stopped mid-answer.
        if message.status is MessageStatus.STREAMING:
            message.status = MessageStatus.INTERRUPTED
    return conv


class ConversationStore:
    """Reads and writes ``<root>/conversations/<id>.json``.

    All methods block on disk I/O; the UI calls them through a worker thread.
    Saving one conversation never rewrites another's file. A ``read_only`` store
    (the command line reading a folder the app may be using) reports damaged
    files but leaves them, and temp files, where they are.
    """

    def __init__(
        self,
        root: Path,
        *,
        read_only: bool = False,
        migrations: Mapping[int, Migration] = MIGRATIONS,
        max_bytes: int = MAX_FILE_BYTES,
    ) -> None:
        self.directory = root / "conversations"
        self.read_only = read_only
        self.max_bytes = max_bytes  # files larger than this are not read, so never written
        self._migrations = migrations
        self._paths: dict[str, Path] = {}
        self._folder_ready = False

    def path_for(self, conversation_id: str) -> Path:
        known = self._paths.get(conversation_id)
        if known is not None:
            return known
        if not is_safe_id(conversation_id):
            raise ValueError(f"unsafe conversation id {conversation_id!r}")
        return self.directory / f"{conversation_id}.json"

    def load_all(self) -> LoadResult:
        """Load every conversation; damaged files are moved aside and reported, never lost."""
        if not self.directory.is_dir():
            return LoadResult()
        if not self.read_only:
            remove_stale_temp_files(self.directory)
        result = self.load_files(sorted(self.directory.glob("*.json")))
        result.conversations.sort(key=lambda c: c.updated_at, reverse=True)
        return result

    def load_files(self, paths: list[Path], taken: Mapping[str, str] | None = None) -> LoadResult:
        """Load these files; a repeated id keeps the file named after it.

        Args:
            paths: conversation files in this store's folder.
            taken: id → file name of conversations known from elsewhere (an index).
        """
        result = LoadResult()
        seen: dict[str, tuple[Path, Conversation]] = {}
        for path in paths:
            conv = self._load_one(path, result.problems)
            if conv is None:
                continue
            first = seen.get(conv.id)
            first_path = first[0] if first else None
            if first_path is None and taken and conv.id in taken and taken[conv.id] != path.name:
                first_path = self.directory / taken[conv.id]
            if first_path is not None:
                # The file named after the id is the real one; the other is a copy.
                if path.stem == conv.id and first_path.stem != conv.id:
                    keep, drop = path, first_path
                    seen[conv.id] = (path, conv)
                else:
                    keep, drop = first_path, path
                reason = translate("storage", "it repeats the id of {name}").format(name=keep.name)
                self._set_aside(drop, reason, result.problems)
                continue
            seen[conv.id] = (path, conv)
        for conv_id, (path, conv) in seen.items():
            self._paths[conv_id] = path
            result.conversations.append(conv)
        return result

    def remember_files(self, files: Mapping[str, str]) -> None:
        """Learn id → file name pairs known without loading the files (from an index)."""
        for conv_id, name in files.items():
            self._paths[conv_id] = self.directory / name

    def load(self, conversation_id: str) -> Conversation | None:
        """Load one conversation by id (None when its file is missing or damaged)."""
        path = self.path_for(conversation_id)
        problems: list[str] = []
        conv = self._load_one(path, problems) if path.exists() else None
        if problems:
            log.warning("could not load %s: %s", path.name, "; ".join(problems))
        return conv

    @staticmethod
    def _keep_backup(path: Path, raw: bytes, version: int) -> None:
        """The file as it was before an upgrade rewrote it: ``<name>.v<N>.bak``."""
        atomic_write_bytes(path.with_name(f"{path.name}.v{version}.bak"), raw)

    def file_ids(self) -> set[str]:
        """The ids that already name a file here (loaded or not), to avoid clashes."""
        try:
            names = [p.stem for p in self.directory.glob("*.json")]
        except OSError:
            return set(self._paths)
        return set(names) | set(self._paths)

    def _load_one(self, path: Path, problems: list[str]) -> Conversation | None:
        try:
            info = path.lstat()
        except OSError as exc:
            problems.append(
                translate("storage", "{name} could not be read ({reason}).").format(
                    name=path.name, reason=exc.strerror
                )
            )
            return None
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
            problems.append(
                translate(
                    "storage",
                    "{name} was skipped: it is a link or not a regular file, and this app only "
                    "reads its own files.",
                ).format(name=path.name)
            )
            return None
        if info.st_size > self.max_bytes:
            reason = translate("storage", "it is too large ({size} MB)")
            self._set_aside(path, reason.format(size=info.st_size // 2**20), problems)
            return None
        try:
            raw = path.read_bytes()
        except PermissionError:
            problems.append(
                translate(
                    "storage", "{name} could not be read (permission denied); it was left as is."
                ).format(name=path.name)
            )
            return None
        except OSError as exc:
            problems.append(
                translate(
                    "storage", "{name} could not be read ({reason}); it was left as is."
                ).format(name=path.name, reason=exc.strerror)
            )
            return None
        try:
            data = surrogates.clean_decoded(raw, json.loads(raw.decode("utf-8")))
            if isinstance(data, dict):
                data, old_version = upgrade(data, self._migrations)
                if old_version is not None and not self.read_only:
                    conv = parse_conversation(data)
                    blob = dumps(conv.to_dict())
                    if len(blob) > self.max_bytes:
                        return conv  # upgraded in memory only; the file stays readable
                    self._keep_backup(path, raw, old_version)
                    self.write(path, blob)
                    log.info("%s upgraded from format %d (backup kept)", path.name, old_version)
                    return conv
            return parse_conversation(data)
        except NewerSchemaError as exc:
            problems.append(
                translate(
                    "storage", "{name} was not opened: {reason}. It was left untouched."
                ).format(name=path.name, reason=exc)
            )
            return None
        except (
            UnicodeDecodeError,
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
            RecursionError,  # absurdly deep nesting
        ) as exc:
            self._set_aside(path, _short(exc), problems)
            return None

    def _set_aside(self, path: Path, reason: str, problems: list[str]) -> None:
        if self.read_only:
            problems.append(
                translate("storage", "{name} is damaged ({reason}).").format(
                    name=path.name, reason=reason
                )
            )
            return
        try:
            aside = quarantine(path, reason)
        except OSError as exc:
            problems.append(
                translate(
                    "storage", "{name} is damaged ({reason}) and could not be moved: {error}"
                ).format(name=path.name, reason=reason, error=exc)
            )
            return
        log.warning("conversation file %s set aside: %s", path.name, reason)
        problems.append(
            translate("storage", "{name} is damaged ({reason}). It was moved to {aside}.").format(
                name=path.name, reason=reason, aside=aside.name
            )
        )

    def snapshot(self, conversation: Conversation) -> tuple[Path, bytes]:
        """Serialise on the calling thread; write the result with ``write``."""
        return self.path_for(conversation.id), dumps(conversation.to_dict())

    def write(self, path: Path, data: bytes) -> None:
        """Atomically write a snapshot (blocking).

        Raises:
            ConversationTooLarge: it would be set aside on the next start; nothing written.
        """
        if len(data) > self.max_bytes:
            raise ConversationTooLarge(len(data), self.max_bytes)
        if not self._folder_ready:  # the command line may be the first to write here
            private_folder(self.directory.parent)
            private_folder(self.directory)
            self._folder_ready = True
        atomic_write_bytes(path, data)

    def save(self, conversation: Conversation) -> None:
        """Serialise and write in one blocking call."""
        self.write(*self.snapshot(conversation))
        self._paths.setdefault(conversation.id, self.path_for(conversation.id))

    def delete(self, conversation_id: str) -> None:
        """Remove a conversation's file (the user confirmed it)."""
        path = self.path_for(conversation_id)
        self._paths.pop(conversation_id, None)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def _short(exc: BaseException) -> str:
    """Why a file is not a conversation, in the user's language where the app words it."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, UnicodeDecodeError):
        return translate("storage", "it is not UTF-8 text")
    if isinstance(exc, json.JSONDecodeError):
        return translate("storage", "it is not valid JSON: {error} at line {line}").format(
            error=exc.msg, line=exc.lineno
        )
    if isinstance(exc, RecursionError):
        return translate("storage", "it is nested too deeply")
    if isinstance(exc, BadConversation):
        return translate("storage", text)
    # A technical detail (a wrong type, an unknown value): quoted as it is.
    return translate("storage", "its content is not what this app expects ({detail})").format(
        detail=text[:200]
    )
