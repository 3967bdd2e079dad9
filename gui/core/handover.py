"""The message a second launch sends the running app: versioned JSON, one line each way.

Request (second launch → running app), UTF-8 JSON ending in a newline::

    {"app": "minimax-chat", "version": 1, "action": "activate", "message": "text" | null}
    {"app": "minimax-chat", "version": 2, "action": "activate", "message": "text" | null,
     "attach": ["/absolute/path", …]}

``version`` is the lowest protocol version that carries every field the sender uses, so
an older running app still understands a newer launch that uses nothing new: a launch
without ``--attach`` still sends version 1. Unknown fields are ignored. Version 2 adds
``attach`` (the files of ``--attach``, absolute paths); an app that only knows version 1
answers ``unsupported-version``.

Reply (running app → second launch)::

    {"version": 2, "ok": true}    or    {"version": 2, "ok": false, "reason": "…"}
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

APP = "minimax-chat"
VERSION = 2
MAX_ATTACH = 100  # paths in one request
MAX_BYTES = 4 * 1024 * 1024  # a long --message fits; a runaway peer does not
TOO_LONG = "too-long"  # the reason a request (or reply) over MAX_BYTES is refused


class HandoverError(ValueError):
    """A request or reply that is not one this version understands; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Handover:
    """What the second launch asks of the running app: show the window, maybe send a message
    (with files attached)."""

    message: str | None = None
    attach: tuple[str, ...] = ()


def socket_name(root: Path, user: str) -> str:
    """One name per user and data folder, however the folder is spelt."""
    key = f"{user}\0{root.resolve()}".encode("utf-8", "surrogatepass")
    return f"minimax-chat-{hashlib.sha256(key).hexdigest()[:32]}"


def encode_request(request: Handover) -> bytes:
    """Raises HandoverError(TOO_LONG) for a request the running app would refuse as too
    long: it is not sent, and the user hears why."""
    body: dict[str, Any] = {"app": APP, "version": 1, "action": "activate"}
    body["message"] = request.message
    if request.attach:
        body["version"] = 2
        body["attach"] = list(request.attach)
    line = _line(body)
    if len(line) - 1 > MAX_BYTES:
        raise HandoverError(TOO_LONG)
    return line


def decode_request(data: bytes) -> Handover:
    """Raises HandoverError for anything but a request this version can carry out."""
    body = _parse(data)
    if body.get("app") != APP:
        raise HandoverError("not-minimax-chat")
    version = body.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise HandoverError("bad-version")
    if version > VERSION:
        raise HandoverError("unsupported-version")
    if body.get("action") != "activate":
        raise HandoverError("unknown-action")
    message = body.get("message")
    if message is not None and not isinstance(message, str):
        raise HandoverError("bad-message")
    attach = body.get("attach", []) if version >= 2 else []
    if (
        not isinstance(attach, list)
        or len(attach) > MAX_ATTACH
        or not all(isinstance(p, str) and p and Path(p).is_absolute() for p in attach)
    ):
        raise HandoverError("bad-attach")
    return Handover(message=message or None, attach=tuple(attach))


def encode_reply(error: str | None = None) -> bytes:
    body: dict[str, Any] = {"version": VERSION, "ok": error is None}
    if error is not None:
        body["reason"] = error
    return _line(body)


def decode_reply(data: bytes) -> str | None:
    """None when the running app accepted the request, else its reason for refusing."""
    body = _parse(data)
    if body.get("ok") is True:
        return None
    reason = body.get("reason")
    return reason if isinstance(reason, str) and reason else "refused"


def _line(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode("utf-8") + b"\n"


def _parse(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_BYTES:
        raise HandoverError(TOO_LONG)
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise HandoverError("not-json") from None
    if not isinstance(body, dict):
        raise HandoverError("not-an-object")
    return body
