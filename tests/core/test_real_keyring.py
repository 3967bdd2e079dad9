"""The key through the app's own code against a real Secret Service (CI runs gnome-keyring)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gui.core.connection import SOURCE_STORE, Connection
from gui.core.environment import EnvOverrides
from gui.core.secrets import KeyringSecretStore, probe_keyring
from gui.core.settings import Settings, save_settings
from tests.fakes.keys import fake_key

pytestmark = [
    pytest.mark.real_keyring,
    pytest.mark.skipif(
        os.environ.get("MINIMAX_CHAT_REAL_KEYRING") != "1",
        reason="needs a running Secret Service; scripts/test.sh starts one under dbus-run-session",
    ),
]

SERVICE = "MiniMax Chat (test)"
FIRST = fake_key("real-keyring-first-0123456789")
SECOND = fake_key("real-keyring-second-9876543210", "cp")


def assert_no_file_holds(folder: Path, secret: str) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_probe_finds_the_secret_service() -> None:
    """The probe reports a usable, secure backend."""
    status = probe_keyring()
    assert status.usable, status.problem
    assert "SecretService" in status.backend or "Secret" in status.backend


async def test_store_read_replace_delete_through_the_connection(tmp_path: Path) -> None:
    """Saving, reading, replacing and removing the key work, and no file ever holds it."""
    settings = Settings(region="china")
    store = KeyringSecretStore(service=SERVICE, backend_name=probe_keyring().backend)
    connection = Connection(lambda: settings, EnvOverrides(), store)
    try:
        assert await connection.set_api_key(FIRST) is None
        fresh = Connection(lambda: settings, EnvOverrides(), store)
        key, state = await fresh.api_key()
        assert (key, state.source) == (FIRST, SOURCE_STORE)
        assert state.hint == "…6789"
        assert await connection.set_api_key(SECOND) is None
        key, _ = await Connection(lambda: settings, EnvOverrides(), store).api_key()
        assert key == SECOND
        other_region = Settings(region="international")
        key, _ = await Connection(lambda: other_region, EnvOverrides(), store).api_key()
        assert key is None  # keys are kept per region
        save_settings(tmp_path, settings)
        assert_no_file_holds(tmp_path, SECOND)
    finally:
        assert await connection.set_api_key("") is None
    key, _ = await Connection(lambda: settings, EnvOverrides(), store).api_key()
    assert key is None


def test_start_up_probe_reads_the_key_from_the_secret_service() -> None:
    """The start-up probe finds the Secret Service and reads the key in one child process."""
    store = KeyringSecretStore(service=SERVICE)
    store.set("china", FIRST)
    try:
        status = probe_keyring(read=(SERVICE, "china"))
        assert status.usable, status.problem
        assert status.key == FIRST
        assert probe_keyring(read=(SERVICE, "international")).key == ""
    finally:
        store.delete("china")
