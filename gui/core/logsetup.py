"""Logging to a rotating file in the data folder, with keys and auth headers redacted."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
from dataclasses import dataclass
from pathlib import Path

from gui.core.datafolder import open_private, private_folder

LOG_FILE = "minimax-chat.log"
_KEY_SHAPES = re.compile(
    r"(sk-(?:api|cp)-[A-Za-z0-9_\-]{8,}"  # MiniMax pay-as-you-go and Token Plan keys
    r"|sk-[A-Za-z0-9_\-]{20,}"  # other OpenAI-style keys
    r"|eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}(?:\.[A-Za-z0-9_\-]+)?"  # JWT-style keys
    r"|(?i:bearer)\s+[A-Za-z0-9._\-]{8,})"
)


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """Replace key-shaped strings, bearer tokens and known secrets with a marker."""
    for secret in secrets:
        if secret and len(secret) >= 6:
            text = text.replace(secret, "[redacted]")
    return _KEY_SHAPES.sub("[redacted]", text)


class RedactingFilter(logging.Filter):
    """Rewrites every record so no key or Authorization header reaches a log."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: tuple[str, ...] = ()

    def remember(self, secret: str) -> None:
        """Also redact this exact string (the key currently in use)."""
        if secret and secret not in self.secrets:
            self.secrets = (*self.secrets, secret)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        cleaned = redact(message, self.secrets)
        if record.exc_info and record.exc_info[1] is not None:
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info), self.secrets)
            record.exc_info = None
        record.msg, record.args = cleaned, None
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read (they name chats and folders)."""

    def _open(self) -> io.TextIOWrapper:
        fd = open_private(Path(self.baseFilename), os.O_WRONLY | os.O_APPEND)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


@dataclass(slots=True)
class LogSetup:
    """The installed log file: its path, its redactor, and a way to remove it again."""

    path: Path
    redactor: RedactingFilter
    handler: logging.Handler

    def close(self) -> None:
        logging.getLogger().removeHandler(self.handler)
        self.handler.close()


def setup_logging(log_dir: Path, level: str = "INFO") -> LogSetup:
    """Log to ``log_dir/minimax-chat.log`` (rotating, 1 MB x 3)."""
    private_folder(log_dir)
    path = log_dir / LOG_FILE
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    redactor = RedactingFilter()
    handler.addFilter(redactor)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    # The HTTP stack logs request lines and headers at DEBUG; keep it quiet.
    for noisy in ("httpx2", "httpcore2", "openai", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return LogSetup(path, redactor, handler)
