"""The hand-over protocol between a second launch and the running app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.core.handover import (
    MAX_BYTES,
    TOO_LONG,
    Handover,
    HandoverError,
    decode_reply,
    decode_request,
    encode_reply,
    encode_request,
    socket_name,
)


@pytest.mark.parametrize("message", [None, "hello", "多行\n消息 😀", "x" * 100_000])
def test_request_round_trip(message: str | None) -> None:
    data = encode_request(Handover(message=message))
    assert data.endswith(b"\n") and data.count(b"\n") == 1, "one line: newlines are escaped"
    assert decode_request(data) == Handover(message=message)


def test_a_request_the_running_app_would_refuse_as_too_long_is_not_encoded() -> None:
    empty = len(encode_request(Handover(message=""))) - 1  # the line without its message
    longest = "x" * (MAX_BYTES - empty)
    line = encode_request(Handover(message=longest))[:-1]  # as the running app reads it
    assert decode_request(line) == Handover(longest)
    with pytest.raises(HandoverError) as refused:
        encode_request(Handover(message=longest + "x"))
    assert refused.value.reason == TOO_LONG
    with pytest.raises(HandoverError, match=TOO_LONG):
        decode_request(line + b"x")


def test_unknown_fields_are_ignored_and_newer_versions_refused() -> None:
    body = json.loads(encode_request(Handover("hi")))
    body["later"] = {"anything": True}
    assert decode_request(json.dumps(body).encode()) == Handover("hi")
    body["version"] = 3
    with pytest.raises(HandoverError) as raised:
        decode_request(json.dumps(body).encode())
    assert raised.value.reason == "unsupported-version"


def test_attachments_raise_the_version_to_2_and_plain_launches_stay_1() -> None:
    plain = json.loads(encode_request(Handover("hi")))
    assert plain["version"] == 1 and "attach" not in plain  # an older app still takes it
    files = (str(Path("/tmp/a.png").resolve()), str(Path("/tmp/b.pdf").resolve()))
    data = encode_request(Handover("look", attach=files))
    body = json.loads(data)
    assert body["version"] == 2 and body["attach"] == list(files)
    assert decode_request(data) == Handover("look", attach=files)
    assert decode_request(encode_request(Handover(attach=files))) == Handover(attach=files)


@pytest.mark.parametrize("attach", ["/x", ["relative/path"], [""], [5], ["/a"] * 101])
def test_bad_attach_lists_are_refused(attach: object) -> None:
    body = {"app": "minimax-chat", "version": 2, "action": "activate", "attach": attach}
    with pytest.raises(HandoverError) as raised:
        decode_request(json.dumps(body).encode())
    assert raised.value.reason == "bad-attach"


def test_a_version_1_request_ignores_an_attach_field() -> None:
    body = {"app": "minimax-chat", "version": 1, "action": "activate", "attach": ["/x"]}
    assert decode_request(json.dumps(body).encode()) == Handover()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not-json"),
        (b"\xff\xfe", "not-json"),
        (b"[1, 2]", "not-an-object"),
        (b'{"version": 1, "action": "activate"}', "not-minimax-chat"),
        (b'{"app": "minimax-chat", "version": "1", "action": "activate"}', "bad-version"),
        (b'{"app": "minimax-chat", "version": true, "action": "activate"}', "bad-version"),
        (b'{"app": "minimax-chat", "version": 0, "action": "activate"}', "bad-version"),
        (b'{"app": "minimax-chat", "version": 1, "action": "quit"}', "unknown-action"),
        (
            b'{"app": "minimax-chat", "version": 1, "action": "activate", "message": 5}',
            "bad-message",
        ),
        (b" " * (MAX_BYTES + 1), "too-long"),
    ],
)
def test_bad_requests_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(HandoverError) as raised:
        decode_request(data)
    assert raised.value.reason == reason


def test_replies() -> None:
    assert decode_reply(encode_reply()) is None
    assert decode_reply(encode_reply("unsupported-version")) == "unsupported-version"
    assert decode_reply(b'{"ok": "yes"}') == "refused"
    with pytest.raises(HandoverError):
        decode_reply(b"garbage")


def test_socket_name_is_per_user_and_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    alias = tmp_path / "alias"
    alias.symlink_to(folder, target_is_directory=True)
    name = socket_name(folder, "alice")
    assert name == socket_name(alias, "alice") == socket_name(tmp_path / "data" / ".", "alice")
    assert name != socket_name(folder, "bob")
    assert name != socket_name(tmp_path, "alice")
    assert name.isascii() and "/" not in name and len(name) < 60
