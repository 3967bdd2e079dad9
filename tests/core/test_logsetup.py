"""Logging: keys, bearer tokens and remembered secrets never reach the log file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from gui.core.logsetup import LOG_FILE, RedactingFilter, redact, setup_logging
from tests.fakes.keys import fake_key

API_KEY = fake_key("Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0")
PLAN_KEY = fake_key("AbCdEfGh12345678_-tail", "cp")
OPENAI_KEY = fake_key("proj0123456789abcdefghijXYZ", "")
JWT = (
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
    ".eyJHcm91cE5hbWUiOiJ0ZXN0IiwiVXNlck5hbWUiOiJ0ZXN0In0"
    ".c2lnbmF0dXJlLXBhcnQtMTIzNDU2"
)
ODD_SECRET = "hunter2-not-key-shaped"


@dataclass
class InstalledLog:
    """What a test needs from setup_logging: the file, the redactor and a logger to use."""

    path: Path
    redactor: RedactingFilter
    logger: logging.Logger

    def text(self) -> str:
        for handler in logging.getLogger().handlers:
            handler.flush()
        return self.path.read_text("utf-8")


@contextmanager
def restored_logging() -> Iterator[None]:
    """Undo what setup_logging changes: root handlers, root level, HTTP logger levels."""
    root = logging.getLogger()
    before_handlers = list(root.handlers)
    before_level = root.level
    noisy = ("httpx2", "httpcore2", "openai", "httpx", "httpcore")
    before_noisy = {name: logging.getLogger(name).level for name in noisy}
    try:
        yield
    finally:
        for handler in list(root.handlers):
            if handler not in before_handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(before_level)
        for name, level in before_noisy.items():
            logging.getLogger(name).setLevel(level)


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[InstalledLog]:
    """setup_logging into tmp_path; the handler and logger levels are restored afterwards."""
    with restored_logging():
        setup = setup_logging(tmp_path / "logs", "DEBUG")
        try:
            yield InstalledLog(setup.path, setup.redactor, logging.getLogger("gui.test.logsetup"))
        finally:
            setup.close()


# -- redact ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"key={API_KEY}", API_KEY),
        (f"token plan key {PLAN_KEY} in use", PLAN_KEY),
        (f"openai style {OPENAI_KEY}", OPENAI_KEY),
        (f"Authorization: Bearer {API_KEY}", API_KEY),
        ("Authorization: Bearer abcdefgh.ijklmnop-qrst_uvw", "abcdefgh.ijklmnop-qrst_uvw"),
        ("authorization: bearer opaque-token-1234", "opaque-token-1234"),
        (f"jwt {JWT} end", JWT),
        (f"{{'api_key': '{API_KEY}'}}", API_KEY),
        (f"url https://api.minimax.io/v1?key={PLAN_KEY}&x=1", PLAN_KEY),
    ],
)
def test_redact_removes_key_shapes(text: str, secret: str) -> None:
    """Key-shaped strings and bearer tokens are replaced with a marker."""
    cleaned = redact(text)
    assert secret not in cleaned
    assert "[redacted]" in cleaned


def test_redact_removes_jwt_fragments() -> None:
    """No part of a JWT-style key's header or payload survives."""
    cleaned = redact(f"key {JWT}")
    for part in JWT.split("."):
        assert part not in cleaned


def test_redact_removes_remembered_secrets() -> None:
    """Explicitly remembered secrets are removed even when they are not key-shaped."""
    cleaned = redact(f"the password is {ODD_SECRET}, again {ODD_SECRET}", (ODD_SECRET,))
    assert ODD_SECRET not in cleaned
    assert cleaned.count("[redacted]") == 2


def test_redact_keeps_ordinary_text() -> None:
    """Ordinary text, including words like "sk-" and "bearer", is left alone."""
    text = "Ask-me anything; the bearer of news; MiniMax-M2.7 replied 你好 in 1.2 s"
    assert redact(text) == text


def test_redact_ignores_very_short_remembered_strings() -> None:
    """Remembered strings under six characters are not redacted (they would mangle text)."""
    assert redact("a cat sat", ("a", "", "cat")) == "a cat sat"


# -- RedactingFilter ------------------------------------------------------------------------------


def test_filter_remember_deduplicates() -> None:
    """Remembering the same secret twice keeps one entry; empty strings are ignored."""
    redactor = RedactingFilter()
    redactor.remember(ODD_SECRET)
    redactor.remember(ODD_SECRET)
    redactor.remember("")
    assert redactor.secrets == (ODD_SECRET,)


def test_filter_rewrites_record_with_args() -> None:
    """The filter merges %-args into the message and redacts the result."""
    redactor = RedactingFilter()
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "using %s for %s", (API_KEY, "u"), None
    )
    assert redactor.filter(record) is True
    assert record.args is None
    assert API_KEY not in record.getMessage()
    assert "for u" in record.getMessage()


def test_filter_survives_bad_format_args() -> None:
    """A record whose %-args do not match still passes, redacted from its raw message."""
    redactor = RedactingFilter()
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, f"broken %d {API_KEY}", ("not a number",), None
    )
    assert redactor.filter(record) is True
    assert API_KEY not in record.getMessage()


# -- setup_logging end to end ---------------------------------------------------------------------


def test_setup_logging_creates_file_in_folder(logs: InstalledLog, tmp_path: Path) -> None:
    """The log file lives in the given folder under the standard name."""
    logs.logger.info("hello 你好")
    assert logs.path == tmp_path / "logs" / LOG_FILE
    assert "hello 你好" in logs.text()


def test_key_in_message_never_reaches_file(logs: InstalledLog) -> None:
    """A key in the message text is redacted in the file."""
    logs.logger.warning(f"request failed with key {API_KEY}")
    text = logs.text()
    assert API_KEY not in text
    assert "request failed with key [redacted]" in text


def test_key_in_percent_args_never_reaches_file(logs: InstalledLog) -> None:
    """A key passed as a %-format argument is redacted in the file."""
    logs.logger.info("headers: %s", {"Authorization": f"Bearer {PLAN_KEY}"})
    logs.logger.info("key %s and %r", API_KEY, API_KEY)
    text = logs.text()
    assert PLAN_KEY not in text
    assert API_KEY not in text
    assert "headers: {'Authorization': '[redacted]'}" in text


def test_key_in_traceback_never_reaches_file(logs: InstalledLog) -> None:
    """A key inside an exception (and its chained cause) is redacted from the traceback."""
    try:
        try:
            raise ValueError(f"inner failure for {PLAN_KEY}")
        except ValueError as inner:
            raise RuntimeError(f"401 Unauthorized: invalid api key {API_KEY}") from inner
    except RuntimeError:
        logs.logger.exception("call failed")
    text = logs.text()
    assert "Traceback" in text
    assert "RuntimeError" in text
    assert "call failed" in text
    assert API_KEY not in text
    assert PLAN_KEY not in text


def test_key_in_exc_info_argument_never_reaches_file(logs: InstalledLog) -> None:
    """exc_info passed explicitly at another level is redacted too."""
    error = OSError(f"proxy said Bearer {API_KEY}")
    logs.logger.error("proxy error", exc_info=error)
    text = logs.text()
    assert "OSError" in text
    assert API_KEY not in text


def test_remembered_secret_never_reaches_file(logs: InstalledLog) -> None:
    """A key remembered on the filter is redacted even if it has no known shape."""
    logs.redactor.remember(ODD_SECRET)
    logs.logger.info("custom key %s", ODD_SECRET)
    try:
        raise KeyError(ODD_SECRET)
    except KeyError:
        logs.logger.exception("lookup of %s failed", ODD_SECRET)
    text = logs.text()
    assert ODD_SECRET not in text
    assert text.count("[redacted]") >= 3


def test_child_logger_records_are_redacted(logs: InstalledLog) -> None:
    """Records from any module's logger pass through the redacting handler."""
    logging.getLogger("gui.core.minimax").error("auth failed for %s", API_KEY)
    text = logs.text()
    assert "gui.core.minimax" in text
    assert API_KEY not in text


def test_setup_logging_sets_levels(logs: InstalledLog) -> None:
    """The root level follows the setting; the HTTP stack is kept at WARNING."""
    assert logging.getLogger().level == logging.DEBUG
    for name in ("httpx", "httpcore", "openai", "httpx2", "httpcore2"):
        assert logging.getLogger(name).level == logging.WARNING
    logging.getLogger("httpx").info(f"HTTP Request: POST with Bearer {API_KEY}")
    assert "HTTP Request" not in logs.text()


def test_unknown_level_name_falls_back_to_info(tmp_path: Path) -> None:
    """An unknown level name means INFO."""
    with restored_logging():
        setup_logging(tmp_path, "chatty")
        assert logging.getLogger().level == logging.INFO


def test_close_removes_handler(tmp_path: Path) -> None:
    """close() detaches the log handler from the root logger, so later records are not written."""
    with restored_logging():
        setup = setup_logging(tmp_path, "INFO")
        assert setup.handler in logging.getLogger().handlers
        logging.getLogger("gui.test.logsetup").warning("before close")
        setup.close()
        assert setup.handler not in logging.getLogger().handlers
        logging.getLogger("gui.test.logsetup").warning("after close")
        text = setup.path.read_text("utf-8")
    assert "before close" in text
    assert "after close" not in text
