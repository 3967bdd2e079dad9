"""ConversationStore on real files: lossless round trips, isolation, damaged files set aside."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path
from typing import Any

import pytest

from gui.core.conversation import (
    SCHEMA_VERSION,
    Conversation,
    ErrorInfo,
    Message,
    MessageStatus,
    Role,
    Usage,
)
from gui.core.storage import ConversationStore, LoadResult


@pytest.fixture
def store(tmp_path: Path) -> ConversationStore:
    """A store rooted in a fresh temporary data folder."""
    return ConversationStore(tmp_path)


def rich_conversation(
    conv_id: str = "conv-1", updated_at: str = "2026-01-02T03:04:05.678Z"
) -> Conversation:
    """A conversation that uses every field, including unknown extra keys."""
    return Conversation(
        id=conv_id,
        title="Odd plus odd 你好 👋",
        created_at="2026-01-01T00:00:00.000Z",
        updated_at=updated_at,
        system_prompt="",
        extra={"pinned": True, "tags": ["math", "数学"], "future": {"nested": [1, 2.5, None]}},
        messages=[
            Message(
                role=Role.USER,
                content="Prove odd + odd is even.",
                id="m1",
                created_at="2026-01-01T00:00:01.000Z",
                extra={"reactions": [], "client_hint": "typed"},  # keys this app does not know
            ),
            Message(
                role=Role.ASSISTANT,
                content="**Proof.** 2(a+b+1).",
                id="m2",
                reasoning="Write 2a+1 and 2b+1.",
                status=MessageStatus.COMPLETE,
                created_at="2026-01-01T00:00:02.000Z",
                model="MiniMax-M2.7",
                usage=Usage(10, 20, 30, reasoning_tokens=7, cached_tokens=3),
                finish_reason="tool_calls",
                raw_content="<think>\nWrite 2a+1 and 2b+1.\n</think>\n\n**Proof.** 2(a+b+1).",
                reasoning_details=[
                    {
                        "type": "reasoning.text",
                        "id": "reasoning-text-1",
                        "format": "MiniMax-response-v1",
                        "index": 0,
                        "text": "Write 2a+1 and 2b+1.",
                    }
                ],
                tool_calls=[
                    {
                        "id": "call_function_abc_1",
                        "type": "function",
                        "function": {"name": "check", "arguments": '{"n": 3}'},
                        "index": 0,
                    }
                ],
                reasoning_split=True,
                thinking_seconds=1.25,
                completed_at="2026-01-01T00:00:03.000Z",
                extra={"rating": "up", "server_id": "0601"},
            ),
            Message(
                role=Role.ASSISTANT,
                content="Partial",
                id="m3",
                status=MessageStatus.ERROR,
                error=ErrorInfo(
                    kind="rate_limit",
                    message="Slow down.",
                    code=1002,
                    http_status=429,
                    retryable=True,
                    detail="rate limit exceeded (1002)",
                ),
                reasoning_split=False,
            ),
        ],
    )


def write_raw(store: ConversationStore, name: str, data: bytes | str) -> Path:
    """Put a file straight into the conversations folder."""
    store.directory.mkdir(parents=True, exist_ok=True)
    path = store.directory / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def valid_json(conv_id: str, **extra: Any) -> str:
    return json.dumps(
        {"schema_version": SCHEMA_VERSION, "id": conv_id, "title": conv_id, "messages": [], **extra}
    )


def aside_files(store: ConversationStore, name: str) -> list[Path]:
    """Files a quarantine of ``name`` produced (not the .reason.txt notes)."""
    return sorted(
        p
        for p in store.directory.iterdir()
        if p.name.startswith(f"{name}.damaged-") and not p.name.endswith(".reason.txt")
    )


# -- round trip -----------------------------------------------------------------------------------


def test_round_trip_is_lossless(store: ConversationStore) -> None:
    """Saving and loading gives back an equal conversation, every field and extra key included."""
    conv = rich_conversation()
    store.save(conv)
    result = store.load_all()
    assert result.problems == []
    assert result.conversations == [conv]
    assert result.conversations[0].to_dict() == conv.to_dict()


def test_round_trip_keeps_unknown_keys_on_disk(store: ConversationStore) -> None:
    """Unknown keys written by another version survive a load and re-save byte for byte."""
    data = rich_conversation().to_dict()
    data["from_newer_minor"] = {"x": 1}
    data["messages"][1]["annotations"] = [{"kind": "note", "text": "🔖"}]
    write_raw(store, "conv-1.json", json.dumps(data))
    loaded = store.load_all().conversations[0]
    store.save(loaded)
    reread = json.loads(store.path_for("conv-1").read_text("utf-8"))
    assert reread == data


def test_round_trip_keeps_none_versus_empty_system_prompt(store: ConversationStore) -> None:
    """A prompt of "" (no prompt) and None (use default) stay distinct after a reload."""
    store.save(Conversation(id="empty", system_prompt=""))
    store.save(Conversation(id="none", system_prompt=None))
    loaded = {c.id: c for c in store.load_all().conversations}
    assert loaded["empty"].system_prompt == ""
    assert loaded["none"].system_prompt is None


def test_saved_file_is_utf8_json_with_schema_version(store: ConversationStore) -> None:
    """The file is readable UTF-8 JSON (CJK kept as is) with the schema version."""
    store.save(rich_conversation())
    raw = store.path_for("conv-1").read_bytes()
    assert "你好 👋".encode() in raw
    assert json.loads(raw)["schema_version"] == SCHEMA_VERSION


def test_save_writes_file_named_after_id(store: ConversationStore, tmp_path: Path) -> None:
    """A conversation lives in <root>/conversations/<id>.json."""
    store.save(Conversation(id="abc_123-X"))
    assert (tmp_path / "conversations" / "abc_123-X.json").is_file()


def test_load_from_missing_folder_is_empty(store: ConversationStore) -> None:
    """A data folder without conversations loads as an empty result without errors."""
    assert store.load_all() == LoadResult()


# -- isolation ------------------------------------------------------------------------------------


def test_saving_one_never_rewrites_another(store: ConversationStore) -> None:
    """Saving (and re-saving) one conversation leaves every other file's bytes and mtime alone."""
    store.save(rich_conversation("a"))
    store.save(rich_conversation("b"))
    other = store.path_for("b")
    old_time = time.time() - 3600
    os.utime(other, (old_time, old_time))
    before_bytes = other.read_bytes()
    before_stat = other.stat()

    conv_a = rich_conversation("a")
    conv_a.title = "changed"
    store.save(conv_a)
    store.save(Conversation(id="c"))

    after_stat = other.stat()
    assert other.read_bytes() == before_bytes
    assert after_stat.st_mtime_ns == before_stat.st_mtime_ns
    assert after_stat.st_ino == before_stat.st_ino
    assert json.loads(store.path_for("a").read_text("utf-8"))["title"] == "changed"


def test_save_leaves_no_temp_files(store: ConversationStore) -> None:
    """After saves, the folder holds only the conversation files."""
    for n in range(3):
        store.save(Conversation(id=f"c{n}"))
    assert sorted(p.name for p in store.directory.iterdir()) == ["c0.json", "c1.json", "c2.json"]


def test_delete_removes_only_that_file(store: ConversationStore) -> None:
    """delete() removes one conversation's file and nothing else."""
    store.save(Conversation(id="keep"))
    store.save(Conversation(id="drop"))
    write_raw(store, "notes.txt", "unrelated")
    store.delete("drop")
    assert sorted(p.name for p in store.directory.iterdir()) == ["keep.json", "notes.txt"]
    assert [c.id for c in store.load_all().conversations] == ["keep"]


def test_delete_missing_conversation_is_harmless(store: ConversationStore) -> None:
    """Deleting a conversation that has no file does not raise."""
    store.save(Conversation(id="keep"))
    store.delete("never-saved")
    assert store.path_for("keep").exists()


def test_loaded_conversation_saves_back_to_its_own_file(store: ConversationStore) -> None:
    """A conversation whose file name differs from its id is saved back to that same file."""
    write_raw(store, "legacy-name.json", valid_json("real-id"))
    conv = store.load_all().conversations[0]
    conv.title = "renamed"
    store.save(conv)
    assert sorted(p.name for p in store.directory.iterdir()) == ["legacy-name.json"]
    data = json.loads((store.directory / "legacy-name.json").read_text("utf-8"))
    assert data["title"] == "renamed"


# -- ordering and status --------------------------------------------------------------------------


def test_conversations_sorted_by_updated_at_descending(store: ConversationStore) -> None:
    """The most recently updated conversation comes first, regardless of file names."""
    store.save(Conversation(id="a", updated_at="2026-01-01T00:00:00.000Z"))
    store.save(Conversation(id="b", updated_at="2026-03-01T00:00:00.000Z"))
    store.save(Conversation(id="c", updated_at="2026-02-01T00:00:00.000Z"))
    assert [c.id for c in store.load_all().conversations] == ["b", "c", "a"]


def test_streaming_status_on_disk_loads_as_interrupted(store: ConversationStore) -> None:
    """A reply saved mid-stream comes back as interrupted, with its partial text kept."""
    conv = Conversation(
        id="s",
        messages=[
            Message(role=Role.USER, content="Hi"),
            Message(role=Role.ASSISTANT, content="Half an ans", status=MessageStatus.STREAMING),
        ],
    )
    store.save(conv)
    loaded = store.load_all().conversations[0]
    assert loaded.messages[1].status is MessageStatus.INTERRUPTED
    assert loaded.messages[1].content == "Half an ans"
    assert loaded.messages[0].status is MessageStatus.COMPLETE


# -- damaged files --------------------------------------------------------------------------------

DAMAGED = {
    "empty": b"",
    "truncated": b'{"schema_version": 1, "id": "t", "messages": [{"role": "us',
    "binary": bytes(range(256)) * 4,
    "nul_filled": b"\x00" * 512,
    "list": b"[1, 2, 3]",
    "string": b'"just a string"',
    "messages_not_list": json.dumps(
        {"schema_version": 1, "id": "x", "messages": {"role": "user"}}
    ).encode(),
    "missing_id": json.dumps({"schema_version": 1, "messages": []}).encode(),
    "empty_id": json.dumps({"schema_version": 1, "id": "", "messages": []}).encode(),
    "id_not_string": json.dumps({"schema_version": 1, "id": 7, "messages": []}).encode(),
    "no_schema_version": json.dumps({"id": "x", "messages": []}).encode(),
    "bad_message": json.dumps(
        {"schema_version": 1, "id": "x", "messages": [{"role": "user", "content": 5}]}
    ).encode(),
    "message_not_object": json.dumps(
        {"schema_version": 1, "id": "x", "messages": ["hello"]}
    ).encode(),
    "unknown_role": json.dumps(
        {"schema_version": 1, "id": "x", "messages": [{"role": "wizard", "content": ""}]}
    ).encode(),
}


@pytest.mark.parametrize("kind", sorted(DAMAGED))
def test_damaged_file_is_set_aside_and_others_still_load(
    store: ConversationStore, kind: str
) -> None:
    """A damaged file is moved aside intact and reported; every other conversation loads."""
    store.save(Conversation(id="good1", title="one"))
    store.save(Conversation(id="zz-good2", title="two"))
    payload = DAMAGED[kind]
    bad = write_raw(store, f"{kind}.json", payload)

    result = store.load_all()

    assert sorted(c.id for c in result.conversations) == ["good1", "zz-good2"]
    assert not bad.exists()
    moved = aside_files(store, bad.name)
    assert len(moved) == 1
    assert moved[0].read_bytes() == payload  # kept byte for byte
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert bad.name in problem
    assert moved[0].name in problem
    assert "Traceback" not in problem
    assert "\n" not in problem


def test_damaged_file_is_not_overwritten_by_next_load(store: ConversationStore) -> None:
    """A second damaged file of the same name is set aside next to the first, not over it."""
    write_raw(store, "x.json", b"first damage")
    store.load_all()
    write_raw(store, "x.json", b"second damage")
    result = store.load_all()
    moved = aside_files(store, "x.json")
    assert sorted(p.read_bytes() for p in moved) == [b"first damage", b"second damage"]
    assert len(result.problems) == 1


def test_set_aside_file_is_not_loaded_again(store: ConversationStore) -> None:
    """Once set aside, a damaged file is not reported again on the next load."""
    write_raw(store, "x.json", b"{")
    assert len(store.load_all().problems) == 1
    assert store.load_all().problems == []


def test_problems_are_plain_language(store: ConversationStore) -> None:
    """Problems explain what was wrong in words (not JSON internals only)."""
    write_raw(store, "trunc.json", b'{"a": ')
    write_raw(store, "bin.json", b"\xff\xfe\x00garbage")
    problems = " ".join(store.load_all().problems)
    assert "is damaged" in problems
    assert "not valid JSON" in problems
    assert "not UTF-8" in problems
    assert "moved to" in problems


def test_future_schema_is_reported_and_left_in_place(store: ConversationStore) -> None:
    """A file from a newer app version is not opened, not moved, not changed, and reported."""
    payload = json.dumps(
        {"schema_version": SCHEMA_VERSION + 1, "id": "future", "messages": "new-format"}
    ).encode()
    path = write_raw(store, "future.json", payload)
    store.save(Conversation(id="now"))
    before = path.stat()

    result = store.load_all()

    assert [c.id for c in result.conversations] == ["now"]
    assert path.read_bytes() == payload
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert aside_files(store, "future.json") == []
    assert len(result.problems) == 1
    assert "future.json" in result.problems[0]
    assert "newer" in result.problems[0]
    assert "untouched" in result.problems[0]


def test_duplicate_id_second_file_set_aside(store: ConversationStore) -> None:
    """When two files claim the same id, the first (by name) loads and the second is set aside."""
    first = write_raw(store, "a.json", valid_json("same", title="first"))
    second_payload = valid_json("same", title="second").encode()
    second = write_raw(store, "b.json", second_payload)

    result = store.load_all()

    assert [c.title for c in result.conversations] == ["first"]
    assert first.exists()
    assert not second.exists()
    moved = aside_files(store, "b.json")
    assert [p.read_bytes() for p in moved] == [second_payload]
    assert len(result.problems) == 1
    assert "b.json" in result.problems[0]
    assert "a.json" in result.problems[0]


@pytest.mark.skipif(os.name != "posix", reason="symlinks need POSIX")
def test_symlinked_json_is_skipped_and_reported(store: ConversationStore, tmp_path: Path) -> None:
    """A symlink in the folder is neither followed nor moved, and it is reported."""
    outside = tmp_path / "outside.json"
    outside.write_text(valid_json("outside"), encoding="utf-8")
    store.save(Conversation(id="real"))
    link = store.directory / "link.json"
    link.symlink_to(outside)

    result = store.load_all()

    assert [c.id for c in result.conversations] == ["real"]
    assert link.is_symlink()
    assert outside.read_text("utf-8") == valid_json("outside")
    assert len(result.problems) == 1
    assert "link.json" in result.problems[0]
    assert "link" in result.problems[0].replace("link.json", "")


def test_directory_named_json_is_skipped(store: ConversationStore) -> None:
    """A folder whose name ends in .json is reported and left alone."""
    (store.directory / "weird.json").mkdir(parents=True)
    result = store.load_all()
    assert result.conversations == []
    assert (store.directory / "weird.json").is_dir()
    assert len(result.problems) == 1


def test_deeply_nested_json_is_set_aside(store: ConversationStore) -> None:
    """A pathologically nested file is treated as damaged like any other bad JSON."""
    store.save(Conversation(id="good"))
    write_raw(store, "deep.json", b"[" * 200_000)
    result = store.load_all()
    assert [c.id for c in result.conversations] == ["good"]
    assert len(aside_files(store, "deep.json")) == 1


# -- temp files -----------------------------------------------------------------------------------


def test_stale_temp_files_removed_fresh_kept(store: ConversationStore) -> None:
    """Temp files older than 5 minutes are deleted on load; fresh ones (a save in flight) stay."""
    store.save(Conversation(id="c"))
    stale = write_raw(store, ".c.json.abc123xy.tmp", b"{partial")
    fresh = write_raw(store, ".c.json.def456xy.tmp", b"{partial")
    not_ours = write_raw(store, "notes.tmp", b"keep me")
    old = time.time() - 600
    os.utime(stale, (old, old))
    os.utime(not_ours, (old, old))
    almost = time.time() - 120
    os.utime(fresh, (almost, almost))

    result = store.load_all()

    assert not stale.exists()
    assert fresh.exists()
    assert not_ours.exists()
    assert [c.id for c in result.conversations] == ["c"]
    assert result.problems == []


# -- ids ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_id", ["../x", "..", "a/b", "a\\b", "", "x.json", "a b", "/etc/passwd", "x" * 81, "é"]
)
def test_unsafe_id_is_rejected(store: ConversationStore, bad_id: str) -> None:
    """path_for refuses ids that could escape the folder or are not plain names."""
    with pytest.raises(ValueError, match="unsafe"):
        store.path_for(bad_id)


def test_save_with_unsafe_id_writes_nothing(store: ConversationStore, tmp_path: Path) -> None:
    """Saving a conversation with a traversal id raises and creates no file anywhere."""
    with pytest.raises(ValueError, match="unsafe"):
        store.save(Conversation(id="../escape"))
    assert not (tmp_path / "escape.json").exists()
    assert not store.directory.exists() or list(store.directory.iterdir()) == []


def test_delete_with_unsafe_id_raises(store: ConversationStore, tmp_path: Path) -> None:
    """delete() refuses a traversal id instead of removing a file outside the folder."""
    victim = tmp_path / "victim.json"
    victim.write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="unsafe"):
        store.delete("../victim")
    assert victim.exists()


@pytest.mark.parametrize("good_id", ["a", "A-b_9", "0123456789abcdef0123456789abcdef", "x" * 80])
def test_safe_id_maps_into_folder(store: ConversationStore, good_id: str) -> None:
    """Plain ids map to <folder>/<id>.json."""
    assert store.path_for(good_id) == store.directory / f"{good_id}.json"


def test_read_only_store_reports_damage_but_moves_nothing(tmp_path: Path) -> None:
    """The command line's read-only store lists damaged files and leaves every file as is."""
    writer = ConversationStore(tmp_path)
    writer.save(Conversation(id="good", title="fine"))
    bad = write_raw(writer, "broken.json", b"{ not json")
    stale = writer.directory / ".good.json.123.tmp"
    stale.write_bytes(b"partial")
    os.utime(stale, (0, 0))
    before = sorted(p.name for p in writer.directory.iterdir())

    result = ConversationStore(tmp_path, read_only=True).load_all()

    assert [c.id for c in result.conversations] == ["good"]
    assert result.problems == [
        "broken.json is damaged (it is not valid JSON: "
        "Expecting property name enclosed in double quotes at line 1)."
    ]
    assert sorted(p.name for p in writer.directory.iterdir()) == before
    assert bad.read_bytes() == b"{ not json"


def test_file_ids_lists_every_conversation_file(store: ConversationStore) -> None:
    """Ids already used by files (loaded or not) are known, so imports avoid them."""
    store.save(Conversation(id="one"))
    write_raw(store, "two.json", b"damaged")
    assert store.file_ids() == {"one", "two"}


def test_a_file_over_the_size_limit_is_set_aside_unread(tmp_path: Path) -> None:
    """A 100 MB file is moved aside by its size alone; the rest loads."""
    from gui.core.storage import MAX_FILE_BYTES

    store = ConversationStore(tmp_path)
    good = Conversation(title="Good")
    store.save(good)
    huge = store.directory / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    assert huge.stat().st_size > MAX_FILE_BYTES
    result = store.load_all()
    assert [c.id for c in result.conversations] == [good.id]
    assert len(result.problems) == 1 and "too large" in result.problems[0]
    assert not huge.exists()
    (aside,) = [
        p
        for p in store.directory.iterdir()
        if p.name.startswith("huge.json.damaged") and not p.name.endswith(".reason.txt")
    ]
    assert aside.stat().st_size == 100 * 1024 * 1024  # moved, not rewritten


def test_an_unreadable_file_is_left_in_place_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No permission to read: reported, left exactly where it is, the rest loads.

    (Simulated: the test suite may run as root, which may read anything.)"""
    store = ConversationStore(tmp_path)
    good = Conversation(title="Good")
    store.save(good)
    locked = store.directory / "locked.json"
    locked.write_text(json.dumps(Conversation(title="Locked").to_dict()), "utf-8")
    real_read = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "locked.json":
            raise PermissionError(13, "Permission denied")
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = store.load_all()
    assert [c.id for c in result.conversations] == [good.id]
    assert len(result.problems) == 1 and "permission denied" in result.problems[0]
    assert locked.exists()


def test_why_a_file_was_set_aside_is_said_in_the_users_language(tmp_path: Path) -> None:
    """The app's own reasons are translated; a technical detail is quoted inside a
    translated sentence."""
    from gui.core.i18n import translating

    store = ConversationStore(tmp_path)
    store.directory.mkdir(parents=True)
    wrong_list = {"schema_version": 1, "id": "a", "messages": {}}
    wrong_role = {"schema_version": 1, "id": "b", "messages": [{"role": "wizard"}]}
    (store.directory / "a.json").write_text(json.dumps(wrong_list), "utf-8")
    (store.directory / "b.json").write_text(json.dumps(wrong_role), "utf-8")
    with translating(lambda _context, text: "«" + text):
        problems = sorted(store.load_all().problems)
    assert "«messages must be a list" in problems[0]
    assert "«its content is not what this app expects" in problems[1]
    assert "wizard" in problems[1]


def test_the_first_save_into_a_new_folder_creates_it_private(tmp_path: Path) -> None:
    """The command line importing into a fresh folder: folders 0700, the file 0600."""
    root = tmp_path / "fresh"
    ConversationStore(root).save(Conversation(id="c"))
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert stat.S_IMODE((root / "conversations").stat().st_mode) == 0o700
    assert stat.S_IMODE((root / "conversations" / "c.json").stat().st_mode) == 0o600
