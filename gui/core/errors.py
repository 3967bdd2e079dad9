"""MiniMax error classification: codes and HTTP statuses to plain-language messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class ErrorKind(StrEnum):
    """Categories the UI can act on (retry, switch region, open settings, …)."""

    AUTH = "auth"
    BALANCE = "balance"
    RATE_LIMIT = "rate_limit"
    MODERATION = "moderation"
    BAD_REQUEST = "bad_request"
    CONTEXT_OVERFLOW = "context_overflow"
    MODEL_UNAVAILABLE = "model_unavailable"
    NOT_FOUND = "not_found"
    NETWORK = "network"
    TIMEOUT = "timeout"
    SERVER = "server"
    PROTOCOL = "protocol"
    NO_KEY = "no_key"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ClassifiedError:
    """A failure with the user-facing text and whether trying again can help."""

    kind: ErrorKind
    message: str
    code: int | None = None
    http_status: int | None = None
    retryable: bool = False
    retry_after: float | None = None
    detail: str = ""


_CODE_AT_END = re.compile(r"\((\d{4,5})\)\s*$")

AUTH_CODES = frozenset({1004, 2049})
BALANCE_CODES = frozenset({1008})
RATE_CODES = frozenset({1002, 2045})
QUOTA_CODES = frozenset({2056, 1028, 1030, 1039, 1041})
MODERATION_CODES = frozenset({1026, 1027})
SERVER_CODES = frozenset({1000, 1001, 1013, 1024, 1033})

_AUTH_TEXT = (
    "MiniMax did not accept the API key. Check that it is typed correctly. Keys only work "
    "in their own region: a key from the China platform fails on the International endpoint "
    "the same way (and the other way round), so try switching the region in Settings."
)
_BALANCE_TEXT = (
    "Your MiniMax account has insufficient balance. Top up on the MiniMax platform, then "
    "send the message again."
)
_RATE_TEXT = "MiniMax is limiting the request rate. Wait a few seconds and try again."
_QUOTA_TEXT = (
    "You have used up your MiniMax usage allowance for now (plan or token limit). It resets "
    "after the plan's window; retrying right away will not help."
)
_MODERATION_IN = (
    "MiniMax's content moderation blocked this message. Rephrase it; sending it again "
    "unchanged will be blocked again."
)
_MODERATION_OUT = (
    "MiniMax's content moderation withheld the answer. The part received before it "
    "was stopped is kept."
)
_CONTEXT_TEXT = (
    "The conversation is too long for the model's context window. Start a new "
    "conversation, or edit and shorten earlier messages."
)
_SERVER_TEXT = "MiniMax had a server problem. It is usually temporary: try again in a moment."
_OVERLOAD_TEXT = "MiniMax is overloaded right now. Try again in a moment."


def minimax_code(message: str | None) -> int | None:
    """The MiniMax error code written in parentheses at the end of a message, if any."""
    match = _CODE_AT_END.search(message or "")
    return int(match.group(1)) if match else None


def classify(
    *,
    http_status: int | None,
    message: str = "",
    code: int | None = None,
    error_type: str | None = None,
) -> ClassifiedError:
    """Classify a MiniMax failure by its code first and its HTTP status second.

    Args:
        http_status: the HTTP status, or None for a mid-stream frame or a 200 body.
        message: the server's message text (may end in "(code)").
        code: the MiniMax code when it was sent separately (``base_resp.status_code``).
        error_type: the envelope's ``error.type`` (``authorized_error``, …) when present.
    """
    code = code if code is not None else minimax_code(message)
    detail = message.strip()
    lowered = detail.lower()

    def make(
        kind: ErrorKind, text: str, retryable: bool, after: float | None = None
    ) -> ClassifiedError:
        if detail and kind in (ErrorKind.BAD_REQUEST, ErrorKind.UNKNOWN, ErrorKind.NOT_FOUND):
            text = f"{text} MiniMax said: “{detail}”."
        return ClassifiedError(kind, text, code, http_status, retryable, after, detail)

    if code in AUTH_CODES:
        return make(ErrorKind.AUTH, _AUTH_TEXT, False)
    if code in BALANCE_CODES or error_type == "insufficient_balance_error":
        return make(ErrorKind.BALANCE, _BALANCE_TEXT, False)
    if code in MODERATION_CODES or "new_sensitive" in lowered:
        text = _MODERATION_IN if code == 1026 or "input" in lowered else _MODERATION_OUT
        return make(ErrorKind.MODERATION, text, False)
    if code in QUOTA_CODES:
        return make(ErrorKind.RATE_LIMIT, _QUOTA_TEXT, False)
    if code in RATE_CODES:
        return make(ErrorKind.RATE_LIMIT, _RATE_TEXT, True, 5.0)
    if code == 2061:
        return make(
            ErrorKind.MODEL_UNAVAILABLE,
            "This model is not available on your MiniMax plan. Choose another model in Settings.",
            False,
        )
    if code == 2013 or error_type == "bad_request_error":
        if "context" in lowered and ("exceed" in lowered or "limit" in lowered):
            return make(ErrorKind.CONTEXT_OVERFLOW, _CONTEXT_TEXT, False)
        return make(ErrorKind.BAD_REQUEST, "MiniMax rejected the request as invalid.", False)
    if code in SERVER_CODES:
        return make(ErrorKind.SERVER, _SERVER_TEXT, True, 2.0)

    if http_status is not None:
        if http_status in (401, 403) or error_type == "authorized_error":
            return make(ErrorKind.AUTH, _AUTH_TEXT, False)
        if http_status == 402:
            return make(ErrorKind.BALANCE, _BALANCE_TEXT, False)
        if http_status == 429 or error_type == "rate_limit_error":
            return make(ErrorKind.RATE_LIMIT, _RATE_TEXT, True, 5.0)
        if http_status == 422:
            return make(ErrorKind.MODERATION, _MODERATION_IN, False)
        if http_status == 404:
            return make(
                ErrorKind.NOT_FOUND,
                "The server has no chat endpoint at this address. Check the region or the "
                "custom base URL in Settings (it usually ends in /v1).",
                False,
            )
        if http_status == 400:
            return make(ErrorKind.BAD_REQUEST, "MiniMax rejected the request as invalid.", False)
        if http_status == 529 or error_type == "overloaded_error":
            return make(ErrorKind.SERVER, _OVERLOAD_TEXT, True, 5.0)
        if http_status >= 500:
            return make(ErrorKind.SERVER, _SERVER_TEXT, True, 2.0)
    if error_type == "overloaded_error":
        return make(ErrorKind.SERVER, _OVERLOAD_TEXT, True, 5.0)
    if error_type in ("server_error", "api_error"):
        return make(ErrorKind.SERVER, _SERVER_TEXT, True, 2.0)
    return make(ErrorKind.UNKNOWN, "MiniMax returned an error.", True)


def network_error(detail: str) -> ClassifiedError:
    """The server could not be reached at all."""
    return ClassifiedError(
        ErrorKind.NETWORK,
        "Could not reach the MiniMax server. Check your internet connection, proxy and the "
        "region or base URL in Settings.",
        retryable=True,
        detail=detail,
    )


def dropped_error(detail: str) -> ClassifiedError:
    """The connection broke after the reply had started."""
    return ClassifiedError(
        ErrorKind.NETWORK,
        "The connection to MiniMax was lost before the answer was complete. The part "
        "received so far is kept; try again to get a full answer.",
        retryable=True,
        detail=detail,
    )


def timeout_error(detail: str, seconds: float | None) -> ClassifiedError:
    """No data arrived for longer than the read timeout."""
    wait = f" for {seconds:g} seconds" if seconds else ""
    return ClassifiedError(
        ErrorKind.TIMEOUT,
        f"MiniMax sent nothing{wait}, so the request was given up. The part received so far "
        "is kept; try again, or raise the timeout in Settings for very long reasoning.",
        retryable=True,
        detail=detail,
    )


def protocol_error(detail: str) -> ClassifiedError:
    """The server answered with something that is not a MiniMax/OpenAI reply."""
    return ClassifiedError(
        ErrorKind.PROTOCOL,
        "The server sent a reply this app could not understand. If you use a custom base "
        "URL or a proxy, check that it points at an OpenAI-compatible MiniMax endpoint.",
        retryable=True,
        detail=detail,
    )


def no_key_error() -> ClassifiedError:
    """There is no API key to send."""
    return ClassifiedError(
        ErrorKind.NO_KEY,
        "No MiniMax API key is set. Open Settings and paste your key.",
        retryable=False,
    )
