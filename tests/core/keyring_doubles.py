"""Keyring backends for tests that run the app's keyring helper as a child process.

The child finds them through ``PYTHON_KEYRING_BACKEND=tests.core.keyring_doubles.<Name>``;
``FileKeyring`` keeps its entries in the JSON file named by ``MINIMAX_CHAT_TEST_KEYRING``
so that successive children see one keyring, as they would see the OS keyring.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import keyring.backend
from keyring.errors import PasswordDeleteError

from tests.fakes.keys import fake_key

SECRET_IN_ERRORS = fake_key("TopSecret0123456789abcdef")


class FileKeyring(keyring.backend.KeyringBackend):
    """A working keyring standing in for the OS one (tests only: it is plain text)."""

    priority = 5  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["MINIMAX_CHAT_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self._path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        return data

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(data), "utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if f"{service}/{username}" not in data:
            raise PasswordDeleteError("not found")
        del data[f"{service}/{username}"]
        self._path.write_text(json.dumps(data), "utf-8")


class LeakyKeyring(keyring.backend.KeyringBackend):
    """A backend whose errors quote the secret, and print it to stderr (the worst case)."""

    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        print(f"about to fail holding {SECRET_IN_ERRORS}", file=sys.stderr)
        raise RuntimeError(f"backend exploded while holding {SECRET_IN_ERRORS}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"could not store {password!r} for {username}")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError(f"could not delete {SECRET_IN_ERRORS}")


class SlowKeyring(FileKeyring):
    """A keyring that never answers in time (a hung D-Bus service)."""

    def get_password(self, service: str, username: str) -> str | None:
        time.sleep(60)
        return None


class NoisyKeyring(FileKeyring):
    """A backend that prints to stdout, where the helper's reply goes."""

    def get_password(self, service: str, username: str) -> str | None:
        print("debug output from a careless backend")
        os.write(1, b"and some more, straight to fd 1\n")
        return "sk-noisy-but-fine"


class DyingKeyring(FileKeyring):
    """A backend that takes the whole process down (a crash in a C library)."""

    def get_password(self, service: str, username: str) -> str | None:
        os._exit(3)


class ExitingKeyring(FileKeyring):
    """A backend that raises what ``except Exception`` does not catch."""

    def get_password(self, service: str, username: str) -> str | None:
        raise SystemExit(f"giving up while holding {SECRET_IN_ERRORS}")


# keyring registers every backend class for auto-detection; keep these doubles out of it
# so that a real-keyring run can never pick one.
for _double in (FileKeyring, LeakyKeyring, SlowKeyring, NoisyKeyring, DyingKeyring, ExitingKeyring):
    keyring.backend.KeyringBackend._classes.discard(_double)
