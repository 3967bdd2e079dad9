"""Importing JSON exports (files, folders, .zip): validate everything first, then add it all."""

from __future__ import annotations

import contextlib
import json
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from gui.core import surrogates
from gui.core.attachments.store import AttachmentStore
from gui.core.conversation import Conversation, new_id
from gui.core.export.attachments import restore, take_embedded
from gui.core.export.filenames import id_key, is_safe_id
from gui.core.i18n import translate
from gui.core.storage import (
    MAX_FILE_BYTES,
    ConversationStore,
    ConversationTooLarge,
    parse_conversation,
)

MAX_FILES = 10_000
MAX_TOTAL_BYTES = 2 * MAX_FILE_BYTES
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # small members may compress very well (a short chat)


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


@dataclass(frozen=True, slots=True)
class ImportLimits:
    """How much one import may read: it holds every conversation in memory until all
    are valid, so the total is bounded, not only each file (a 240 KB zip can declare
    four 60 MB members; a 6 MB one, gigabytes)."""

    file_bytes: int = MAX_FILE_BYTES
    total_bytes: int = MAX_TOTAL_BYTES
    files: int = MAX_FILES
    ratio: int = MAX_RATIO  # decompressed / compressed, for members over RATIO_FLOOR


class _Budget:
    """Counts what an import declares and actually reads against its limits."""

    def __init__(self, limits: ImportLimits) -> None:
        self.limits = limits
        self.declared = 0
        self.read = 0
        self.files = 0

    def declare(self, sizes: Sequence[int]) -> None:
        """Refuse before reading when the sizes the sources claim are already too much."""
        self.files += len(sizes)
        if self.files > self.limits.files:
            raise ImportRefused([_too_many(self.limits.files)])
        self.declared += sum(sizes)
        if self.declared > self.limits.total_bytes:
            raise ImportRefused([_too_much(self.declared, self.limits.total_bytes)])

    def take(self, size: int) -> None:
        """Count bytes actually read (an archive may declare less than it holds)."""
        self.read += size
        if self.read > self.limits.total_bytes:
            raise ImportRefused([_too_much(self.read, self.limits.total_bytes)])


def _too_many(count: int) -> str:
    return translate("importer", "Too many files (more than {count}).").format(count=count)


def _too_much(size: int, limit: int) -> str:
    return translate(
        "importer",
        "Too much to import at once ({size} MB of conversations; the limit is {limit} MB). "
        "Import the files in smaller groups.",
    ).format(size=max(1, size // 2**20), limit=limit // 2**20)


def read_sources(paths: Sequence[Path], limits: ImportLimits | None = None) -> list[Conversation]:
    """Read and validate every conversation in ``paths`` (JSON files, folders, .zip).

    Raises:
        ImportRefused: any file is unreadable or not a conversation export, or the
            import is too large as a whole; nothing was changed, and every bad file
            is listed.
    """
    budget = _Budget(limits or ImportLimits())
    problems: list[str] = []
    found: list[Conversation] = []
    for path in paths:
        for name, raw in _entries(path, problems, budget):
            try:
                found.append(_parse(raw))
            except ValueError as exc:
                problems.append(
                    translate(
                        "importer", "{name} is not a conversation this app can import: {reason}."
                    ).format(name=name, reason=exc)
                )
            del raw  # only the parsed conversation stays
    if problems:
        raise ImportRefused(problems)
    if not found:
        raise ImportRefused([translate("importer", "No conversation files (.json) were found.")])
    return found


def _entries(path: Path, problems: list[str], budget: _Budget) -> Iterable[tuple[str, bytes]]:
    try:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".json" and p.is_file())
            if not files:
                problems.append(
                    translate("importer", "{name} holds no .json files.").format(name=path.name)
                )
            budget.declare([file.stat().st_size for file in files])
            for file in files:
                raw = _read(file, problems, budget)
                if raw is not None:
                    yield file.name, raw
            return
        if path.suffix.lower() == ".zip":
            yield from _zip_entries(path, problems, budget)
            return
        budget.declare([path.stat().st_size])
        raw = _read(path, problems, budget)
        if raw is not None:
            yield path.name, raw
    except OSError as exc:
        problems.append(
            translate("importer", "{name} could not be read ({reason}).").format(
                name=path.name, reason=exc.strerror or exc
            )
        )


def _read(path: Path, problems: list[str], budget: _Budget) -> bytes | None:
    try:
        size = path.stat().st_size
        if size > budget.limits.file_bytes:
            problems.append(
                translate("importer", "{name} is too large ({size} MB).").format(
                    name=path.name, size=size // 2**20
                )
            )
            return None
        with path.open("rb") as handle:
            raw = handle.read(budget.limits.file_bytes + 1)  # it may have grown since
        budget.take(len(raw))
        if len(raw) > budget.limits.file_bytes:
            problems.append(
                translate("importer", "{name} is too large ({size} MB).").format(
                    name=path.name, size=len(raw) // 2**20
                )
            )
            return None
        return raw
    except OSError as exc:
        problems.append(
            translate("importer", "{name} could not be read ({reason}).").format(
                name=path.name, reason=exc.strerror or exc
            )
        )
        return None


def _zip_entries(path: Path, problems: list[str], budget: _Budget) -> Iterable[tuple[str, bytes]]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        problems.append(
            translate("importer", "{name} is not a valid .zip archive.").format(name=path.name)
        )
        return
    with archive:
        entries = archive.infolist()
        if len(entries) > budget.limits.files:
            raise ImportRefused([_too_many(budget.limits.files)])
        members = [
            m
            for m in entries
            if not m.is_dir()
            and m.filename.lower().endswith(".json")
            and not m.filename.startswith("__MACOSX/")
            and not PurePosixPath(m.filename).name.startswith(".")
        ]
        if not members:
            problems.append(
                translate("importer", "{name} holds no .json files.").format(name=path.name)
            )
        # Member names are only ever shown (in messages), never used as file names.
        limits = budget.limits
        for member in members:
            label = f"{path.name}: {member.filename}"
            if member.file_size > limits.file_bytes:
                raise ImportRefused(
                    [
                        translate("importer", "{name} is too large ({size} MB).").format(
                            name=label, size=member.file_size // 2**20
                        )
                    ]
                )
            if member.file_size > RATIO_FLOOR and member.file_size > limits.ratio * max(
                1, member.compress_size
            ):
                raise ImportRefused(
                    [
                        translate(
                            "importer",
                            "{name} expands {ratio} times when unpacked; an export never "
                            "does that, so the archive was not opened.",
                        ).format(name=label, ratio=member.file_size // max(1, member.compress_size))
                    ]
                )
        budget.declare([m.file_size for m in members])
        for member in members:
            label = f"{path.name}: {member.filename}"
            try:
                with archive.open(member) as handle:
                    raw = handle.read(member.file_size + 1)
                budget.take(len(raw))
                if len(raw) > member.file_size:
                    raise zipfile.BadZipFile("it holds more than its header says")
                yield label, raw
            except (zipfile.BadZipFile, OSError, NotImplementedError, EOFError) as exc:
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
    store: ConversationStore,
    paths: Sequence[Path],
    taken: Iterable[str] = (),
    limits: ImportLimits | None = None,
    attachments: AttachmentStore | None = None,
) -> ImportResult:
    """Validate ``paths``, then save every conversation in them into ``store`` (blocking).

    ``taken`` adds ids in use besides the store's files (e.g. unsaved new chats).
    Either every conversation is saved or, on a write error, none is kept. Attachments
    embedded in JSON exports go into ``attachments`` (and never into a conversation file).
    """
    conversations = read_sources(paths, limits)
    pinned: list[str] = []  # safe from a collection until the conversations are saved
    try:
        for conv in conversations:
            blobs = take_embedded(conv)
            if blobs and attachments is not None:
                restore(conv, blobs, lambda blob: _put(attachments, blob, pinned))
        return _save_all(store, conversations, taken)
    finally:
        if attachments is not None:
            attachments.unpin(pinned)


def _put(attachments: AttachmentStore, blob: bytes, pinned: list[str]) -> str:
    digest = attachments.put(blob)
    pinned.append(digest)
    return digest


def _save_all(
    store: ConversationStore, conversations: list[Conversation], taken: Iterable[str]
) -> ImportResult:
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
                        "importer",
                        "“{title}” is too large to keep ({size} MB; the limit is {limit} MB).",
                    ).format(title=title, size=exc.size // 2**20, limit=exc.limit // 2**20)
                ]
            ) from None
        raise
    return result
