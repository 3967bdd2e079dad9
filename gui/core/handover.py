"""The message a second launch sends the running app: versioned JSON, one line each way.

Request (second launch → running app), UTF-8 JSON ending in a newline::

    {"app": "minimax-chat", "version": 1, "action": "activate", "message": "text" | null}

``version`` is the lowest protocol version that carries every field the sender uses, so
an older running app still understands a newer launch that uses nothing new. Unknown
fields are ignored. A later ``"attach": ["/absolute/path", …]`` (for ``--attach``) would
raise the version to 2; an app that only knows version 1 answers ``unsupported-version``.

Reply (running app → second launch)::

    {"version": 1, "ok": true}    or    {"version": 1, "ok": false, "reason": "…"}
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

APP = "minimax-chat"
VERSION = 1
MAX_BYTES = 4 * 1024 * 1024  # a long --message fits; a runaway peer does not


class HandoverError(ValueError):
    """A request or reply that is not one this version understands; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Handover:
    """What the second launch asks of the running app: show the window, maybe send a message."""

    message: str | None = None


def socket_name(root: Path, user: str) -> str:
    """One name per user and data folder, however the folder is spelt."""
    key = f"{user}\0{root.resolve()}".encode("utf-8", "surrogatepass")
    return f"minimax-chat-{hashlib.sha256(key).hexdigest()[:32]}"


def encode_request(request: Handover) -> bytes:
    body: dict[str, Any] = {"app": APP, "version": VERSION, "action": "activate"}
    body["message"] = request.message
    return _line(body)


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
    return Handover(message=message or None)


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
        raise HandoverError("too-long")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise HandoverError("not-json") from None
    if not isinstance(body, dict):
        raise HandoverError("not-an-object")
    return body
