"""MiniMax error classification: codes and HTTP statuses to plain-language messages."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from gui.core.i18n import QT_TRANSLATE_NOOP, render


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


CONTEXT = "errors"

TEXTS: dict[str, str] = {
    "auth": QT_TRANSLATE_NOOP(
        "errors",
        "MiniMax did not accept the API key. Check that it is typed correctly. Keys only work "
        "in their own region: a key from the China platform fails on the International "
        "endpoint the same way (and the other way round), so try switching the region in "
        "Settings.",
    ),
    "balance": QT_TRANSLATE_NOOP(
        "errors",
        "Your MiniMax account has insufficient balance. Top up on the MiniMax platform, then "
        "send the message again.",
    ),
    "rate": QT_TRANSLATE_NOOP(
        "errors", "MiniMax is limiting the request rate. Wait a few seconds and try again."
    ),
    "quota": QT_TRANSLATE_NOOP(
        "errors",
        "You have used up your MiniMax usage allowance for now (plan or token limit). It "
        "resets after the plan's window; retrying right away will not help.",
    ),
    "moderation_in": QT_TRANSLATE_NOOP(
        "errors",
        "MiniMax's content moderation blocked this message. Rephrase it; sending it again "
        "unchanged will be blocked again.",
    ),
    "moderation_out": QT_TRANSLATE_NOOP(
        "errors",
        "MiniMax's content moderation withheld the answer. The part received before it was "
        "stopped is kept.",
    ),
    "context": QT_TRANSLATE_NOOP(
        "errors",
        "The conversation is too long for the model's context window. Start a new "
        "conversation, or edit and shorten earlier messages.",
    ),
    "server": QT_TRANSLATE_NOOP(
        "errors", "MiniMax had a server problem. It is usually temporary: try again in a moment."
    ),
    "overload": QT_TRANSLATE_NOOP(
        "errors", "MiniMax is overloaded right now. Try again in a moment."
    ),
    "model_unavailable": QT_TRANSLATE_NOOP(
        "errors",
        "This model is not available on your MiniMax plan. Choose another model in Settings.",
    ),
    "bad_request": QT_TRANSLATE_NOOP("errors", "MiniMax rejected the request as invalid."),
    "not_found": QT_TRANSLATE_NOOP(
        "errors",
        "The server has no chat endpoint at this address. Check the region or the custom base "
        "URL in Settings (it usually ends in /v1).",
    ),
    "unknown": QT_TRANSLATE_NOOP("errors", "MiniMax returned an error."),
    "server_said": QT_TRANSLATE_NOOP("errors", "MiniMax said: “{detail}”."),
    "network": QT_TRANSLATE_NOOP(
        "errors",
        "Could not reach the MiniMax server. Check your internet connection, proxy and the "
        "region or base URL in Settings.",
    ),
    "dropped": QT_TRANSLATE_NOOP(
        "errors",
        "The connection to MiniMax was lost before the answer was complete. The part received "
        "so far is kept; try again to get a full answer.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "errors",
        "MiniMax sent nothing for {seconds} seconds, so the request was given up. The part "
        "received so far is kept; try again, or raise the timeout in Settings for very long "
        "reasoning.",
    ),
    "protocol": QT_TRANSLATE_NOOP(
        "errors",
        "The server sent a reply this app could not understand. If you use a custom base URL "
        "or a proxy, check that it points at an OpenAI-compatible MiniMax endpoint.",
    ),
    "no_key": QT_TRANSLATE_NOOP(
        "errors", "No MiniMax API key is set. Open Settings and paste your key."
    ),
    "ended_early": QT_TRANSLATE_NOOP(
        "errors",
        "The answer stopped before MiniMax said it was complete (the connection ended early). "
        "The part received so far is kept; try again for a full answer.",
    ),
}
"""Every error text, by id. Messages store ids and arguments so they can be shown in the
user's language later; ``message`` keeps the English for logs and exports."""


def english_text(ids: tuple[str, ...], args: dict[str, str]) -> str:
    return " ".join(TEXTS[i].format(**args) for i in ids if i in TEXTS)


def localized_text(ids: tuple[str, ...], args: dict[str, str]) -> str:
    """The error in the current language (see ``gui.core.i18n.translating``)."""
    return render(TEXTS, CONTEXT, ids, args)


def shown_text(text_ids: Sequence[str], args: Mapping[str, str], stored: str) -> str:
    """What to show for an error: in the current language when the app words it itself,
    else the text stored with it (a server's own message, an older file)."""
    return localized_text(tuple(text_ids), dict(args)) or stored


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
    text_ids: tuple[str, ...] = ()
    args: dict[str, str] = field(default_factory=dict)


def _error(
    kind: ErrorKind,
    ids: tuple[str, ...],
    *,
    retryable: bool,
    detail: str = "",
    args: dict[str, str] | None = None,
    code: int | None = None,
    http_status: int | None = None,
    retry_after: float | None = None,
) -> ClassifiedError:
    values = dict(args or {})
    return ClassifiedError(
        kind,
        english_text(ids, values),
        code,
        http_status,
        retryable,
        retry_after,
        detail,
        ids,
        values,
    )


_CODE_AT_END = re.compile(r"\((\d{4,5})\)\s*$")

AUTH_CODES = frozenset({1004, 2049})
BALANCE_CODES = frozenset({1008})
RATE_CODES = frozenset({1002, 2045})
QUOTA_CODES = frozenset({2056, 1028, 1030, 1039, 1041})
MODERATION_CODES = frozenset({1026, 1027})
SERVER_CODES = frozenset({1000, 1001, 1013, 1024, 1033})


def minimax_code(message: str | None) -> int | None:
    """The MiniMax error code written in parentheses at the end of a message, if any."""
    match = _CODE_AT_END.search(message or "")
    return int(match.group(1)) if match else None


QUOTE_CHARS = 300


def _quoted(detail: str) -> str:
    """The server's text as quoted to the user: one line, at most ``QUOTE_CHARS`` long
    (a proxy may send a whole HTML page)."""
    line = " ".join(detail.split())
    return line if len(line) <= QUOTE_CHARS else line[: QUOTE_CHARS - 1] + "…"


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
        kind: ErrorKind, text_id: str, retryable: bool, after: float | None = None
    ) -> ClassifiedError:
        ids: tuple[str, ...] = (text_id,)
        if detail and kind in (ErrorKind.BAD_REQUEST, ErrorKind.UNKNOWN, ErrorKind.NOT_FOUND):
            ids += ("server_said",)
        return _error(
            kind,
            ids,
            retryable=retryable,
            detail=detail,
            args={"detail": _quoted(detail)},
            code=code,
            http_status=http_status,
            retry_after=after,
        )

    if code in AUTH_CODES:
        return make(ErrorKind.AUTH, "auth", False)
    if code in BALANCE_CODES or error_type == "insufficient_balance_error":
        return make(ErrorKind.BALANCE, "balance", False)
    if code in MODERATION_CODES or "new_sensitive" in lowered:
        inbound = code == 1026 or "input" in lowered
        return make(ErrorKind.MODERATION, "moderation_in" if inbound else "moderation_out", False)
    if code in QUOTA_CODES:
        return make(ErrorKind.RATE_LIMIT, "quota", False)
    if code in RATE_CODES:
        return make(ErrorKind.RATE_LIMIT, "rate", True, 5.0)
    if code == 2061:
        return make(ErrorKind.MODEL_UNAVAILABLE, "model_unavailable", False)
    if code == 2013 or error_type == "bad_request_error":
        if "context" in lowered and ("exceed" in lowered or "limit" in lowered):
            return make(ErrorKind.CONTEXT_OVERFLOW, "context", False)
        return make(ErrorKind.BAD_REQUEST, "bad_request", False)
    if code in SERVER_CODES:
        return make(ErrorKind.SERVER, "server", True, 2.0)

    if http_status is not None:
        if http_status in (401, 403) or error_type == "authorized_error":
            return make(ErrorKind.AUTH, "auth", False)
        if http_status == 402:
            return make(ErrorKind.BALANCE, "balance", False)
        if http_status == 429 or error_type == "rate_limit_error":
            return make(ErrorKind.RATE_LIMIT, "rate", True, 5.0)
        if http_status == 422:
            return make(ErrorKind.MODERATION, "moderation_in", False)
        if http_status == 404:
            return make(ErrorKind.NOT_FOUND, "not_found", False)
        if http_status == 400:
            return make(ErrorKind.BAD_REQUEST, "bad_request", False)
        if http_status == 529 or error_type == "overloaded_error":
            return make(ErrorKind.SERVER, "overload", True, 5.0)
        if http_status >= 500:
            return make(ErrorKind.SERVER, "server", True, 2.0)
    if error_type == "overloaded_error":
        return make(ErrorKind.SERVER, "overload", True, 5.0)
    if error_type in ("server_error", "api_error"):
        return make(ErrorKind.SERVER, "server", True, 2.0)
    return make(ErrorKind.UNKNOWN, "unknown", True)


def network_error(detail: str) -> ClassifiedError:
    """The server could not be reached at all."""
    return _error(ErrorKind.NETWORK, ("network",), retryable=True, detail=detail)


def dropped_error(detail: str) -> ClassifiedError:
    """The connection broke after the reply had started."""
    return _error(ErrorKind.NETWORK, ("dropped",), retryable=True, detail=detail)


def ended_early_error() -> ClassifiedError:
    """The stream ended cleanly but without a finish reason: the reply may be cut short."""
    return _error(ErrorKind.NETWORK, ("ended_early",), retryable=True)


def timeout_error(detail: str, seconds: float | None) -> ClassifiedError:
    """No data arrived for longer than the read timeout."""
    args = {"seconds": f"{seconds:g}" if seconds else "?"}
    return _error(ErrorKind.TIMEOUT, ("timeout",), retryable=True, detail=detail, args=args)


def protocol_error(detail: str) -> ClassifiedError:
    """The server answered with something that is not a MiniMax/OpenAI reply."""
    return _error(ErrorKind.PROTOCOL, ("protocol",), retryable=True, detail=detail)


def no_key_error() -> ClassifiedError:
    """There is no API key to send."""
    return _error(ErrorKind.NO_KEY, ("no_key",), retryable=False)
