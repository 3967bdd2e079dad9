"""The typed words the code passes around keep the text the file format stores."""

from __future__ import annotations

import json

from gui.core.atomic import dumps
from gui.core.conversation import ErrorInfo
from gui.core.errors import (
    ClassifiedError,
    ErrorKind,
    ended_early_error,
    english_text,
    network_error,
)
from gui.core.progress import StreamPhase


def test_error_info_keeps_every_field_of_a_classified_error() -> None:
    error = ClassifiedError(
        ErrorKind.RATE_LIMIT,
        "Too many requests.",
        code=1002,
        http_status=429,
        retryable=True,
        retry_after=3.0,
        detail="rpm exceeded",
        text_ids=("rate_limit",),
        args={"seconds": "3"},
    )
    info = ErrorInfo.from_error(error)
    assert info == ErrorInfo(
        kind="rate_limit",
        message="Too many requests.",
        code=1002,
        http_status=429,
        retryable=True,
        detail="rpm exceeded",
        text_ids=["rate_limit"],
        args={"seconds": "3"},
    )
    # The file holds the plain word, and reads back to an equal value.
    stored = json.loads(dumps(info.to_dict()))
    assert stored["kind"] == "rate_limit" and type(stored["kind"]) is str
    assert ErrorInfo.from_dict(stored) == info


def test_error_info_from_a_network_error_can_be_retried() -> None:
    info = ErrorInfo.from_error(network_error("connection reset"))
    assert info.kind == ErrorKind.NETWORK and info.retryable
    assert info.text_ids and info.message


def test_error_kinds_compare_with_the_stored_words() -> None:
    """Files store kinds as text; the enum members must equal that text."""
    auth = ErrorInfo.from_dict({"kind": "auth"})
    newer = ErrorInfo.from_dict({"kind": "from-a-newer-version"})
    assert auth is not None and auth.kind in (ErrorKind.AUTH, ErrorKind.NO_KEY)
    assert newer is not None and newer.kind == "from-a-newer-version"


def test_stream_phases_are_the_words_shown_before() -> None:
    assert [p.value for p in StreamPhase] == ["waiting", "thinking", "writing", "retrying"]
    assert StreamPhase.THINKING == "thinking"


def test_a_reply_without_a_finish_reason_keeps_the_ended_early_error() -> None:
    """The one error the accumulator words itself goes through the same constructor."""
    info = ErrorInfo.from_error(ended_early_error())
    assert info.to_dict() == {
        "kind": "network",
        "message": english_text(("ended_early",), {}),
        "code": None,
        "http_status": None,
        "retryable": True,
        "detail": "",
        "text_ids": ["ended_early"],
        "args": {},
    }
