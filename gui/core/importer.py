"""Importing JSON exports (files, folders, .zip): validate everything first, then add it all."""

from __future__ import annotations

import contextlib
import json
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gui.core import surrogates
from gui.core.filenames import id_key, is_safe_id
from gui.core.i18n import translate
from gui.core.models import Conversation, new_id
from gui.core.storage import (
    MAX_FILE_BYTES,
    ConversationStore,
    ConversationTooLarge,
    parse_conversation,
)

MAX_FILES = 10_000


class ImportRefused(ValueError):
    """Nothing was imported; ``problems`` says why, one line per file."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(slots=True)
class Renamed:
    """An imported conversation whose id was already taken (or unusable) got a new one."""

    title: str
    old_id: str
    new_id: str


@dataclass(slots=True)
class ImportResult:
    """What was added, and which conversations got a new id."""

    conversations: list[Conversation] = field(default_factory=list)
    renamed: list[Renamed] = field(default_factory=list)

    def summary(self) -> str:
        """A plain-language report of the import."""
        count = len(self.conversations)
        if count == 1:
            text = translate("importer", "Imported 1 conversation.")
        else:
            text = translate("importer", "Imported {count} conversations.").format(count=count)
        for item in self.renamed:
            title = item.title or translate("importer", "Untitled chat")
            text += "\n" + translate(
                "importer", "“{title}” got the new id {new}: its id {old} was already in use."
            ).format(title=title, new=item.new_id, old=repr(item.old_id))
        return text


def read_sources(paths: Sequence[Path]) -> list[Conversation]:
    """Read and validate every conversation in ``paths`` (JSON files, folders, .zip).

    Raises:
        ImportRefused: any file is unreadable or not a conversation export; nothing
            was changed, and every bad file is listed.
    """
    problems: list[str] = []
    found: list[Conversation] = []
    for path in paths:
        for name, raw in _entries(path, problems):
            try:
                found.append(_parse(raw))
            except ValueError as exc:
                problems.append(
                    translate(
                        "importer", "{name} is not a conversation this app can import: {reason}."
                    ).format(name=name, reason=exc)
                )
            if len(found) + len(problems) > MAX_FILES:
                raise ImportRefused(
                    [
                        translate("importer", "Too many files (more than {count}).").format(
                            count=MAX_FILES
                        )
                    ]
                )
    if problems:
        raise ImportRefused(problems)
    if not found:
        raise ImportRefused([translate("importer", "No conversation files (.json) were found.")])
    return found


def _entries(path: Path, problems: list[str]) -> Iterable[tuple[str, bytes]]:
    try:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".json" and p.is_file())
            if not files:
                problems.append(
                    translate("importer", "{name} holds no .json files.").format(name=path.name)
                )
            for file in files:
                raw = _read(file, problems)
                if raw is not None:
                    yield file.name, raw
            return
        if path.suffix.lower() == ".zip":
            yield from _zip_entries(path, problems)
            return
        raw = _read(path, problems)
        if raw is not None:
            yield path.name, raw
    except OSError as exc:
        problems.append(
            translate("importer", "{name} could not be read ({reason}).").format(
                name=path.name, reason=exc.strerror or exc
            )
        )


def _read(path: Path, problems: list[str]) -> bytes | None:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(
                translate("importer", "{name} is too large ({size} MB).").format(
                    name=path.name, size=size // 2**20
                )
            )
            return None
        return path.read_bytes()
    except OSError as exc:
        problems.append(
            translate("importer", "{name} could not be read ({reason}).").format(
                name=path.name, reason=exc.strerror or exc
            )
        )
        return None


def _zip_entries(path: Path, problems: list[str]) -> Iterable[tuple[str, bytes]]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        problems.append(
            translate("importer", "{name} is not a valid .zip archive.").format(name=path.name)
        )
        return
    with archive:
        members = [
            m
            for m in archive.infolist()
            if not m.is_dir()
            and m.filename.lower().endswith(".json")
            and not m.filename.startswith("__MACOSX/")
            and not Path(m.filename).name.startswith(".")
        ]
        if not members:
            problems.append(
                translate("importer", "{name} holds no .json files.").format(name=path.name)
            )
        for member in members:
            label = f"{path.name}: {member.filename}"
            if member.file_size > MAX_FILE_BYTES:
                problems.append(
                    translate("importer", "{name} is too large ({size} MB).").format(
                        name=label, size=member.file_size // 2**20
                    )
                )
                continue
            try:
                yield label, archive.read(member)
            except (zipfile.BadZipFile, OSError, NotImplementedError) as exc:
                problems.append(
                    translate("importer", "{name} could not be read ({reason}).").format(
                        name=label, reason=exc
                    )
                )


def _parse(raw: bytes) -> Conversation:
    try:
        data = surrogates.clean_decoded(raw, json.loads(raw.decode("utf-8")))
    except UnicodeDecodeError:
        raise ValueError(translate("importer", "it is not UTF-8 text")) from None
    except json.JSONDecodeError as exc:
        raise ValueError(
            translate("importer", "it is not valid JSON ({error} at line {line})").format(
                error=exc.msg, line=exc.lineno
            )
        ) from None
    except RecursionError:
        raise ValueError(translate("importer", "it is nested too deeply")) from None
    try:
        return parse_conversation(data)
    except (TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise ValueError(str(exc) or type(exc).__name__) from None


def assign_ids(conversations: list[Conversation], taken: set[str]) -> ImportResult:
    """Give each conversation whose id is taken (or unsafe as a file name) a fresh id."""
    result = ImportResult()
    used = {id_key(conv_id) for conv_id in taken}  # "Chat" and "chat" share a file on macOS
    for conv in conversations:
        if id_key(conv.id) in used or not is_safe_id(conv.id):
            fresh = new_id()
            result.renamed.append(Renamed(conv.title, conv.id, fresh))
            conv.id = fresh
        used.add(id_key(conv.id))
        result.conversations.append(conv)
    return result


def import_into(
    store: ConversationStore, paths: Sequence[Path], taken: Iterable[str] = ()
) -> ImportResult:
    """Validate ``paths``, then save every conversation in them into ``store`` (blocking).

    ``taken`` adds ids in use besides the store's files (e.g. unsaved new chats).
    Either every conversation is saved or, on a write error, none is kept.
    """
    conversations = read_sources(paths)
    result = assign_ids(conversations, set(taken) | store.file_ids())
    saved: list[str] = []
    try:
        for conv in result.conversations:
            store.save(conv)
            saved.append(conv.id)
    except BaseException as exc:
        for conv_id in saved:
            with contextlib.suppress(OSError):
                store.delete(conv_id)
        if isinstance(exc, ConversationTooLarge):
            title = conv.title or translate("importer", "Untitled chat")
            raise ImportRefused(
                [
                    translate(
                        "importer", "“{title}” is too large to keep ({size} MB; the limit is "
                        "{limit} MB)."
                    ).format(title=title, size=exc.size // 2**20, limit=exc.limit // 2**20)
                ]
            ) from None
        raise
    return result
