"""The start-up keyring probe: one child process reads the key, none when the env has one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gui.core.environment import AppPaths
from gui.core.secrets import SERVICE, KeyringStatus
from gui.core.settings import Settings, save_settings
from gui.ui import app
from tests.fakes.keys import fake_key

KEY = fake_key("read-at-start-up-0123456789", "cp")


@pytest.fixture
def probes(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Replace the probe; returns the ``read`` argument of every call."""
    calls: list[Any] = []

    def probe(run: object, read: tuple[str, str] | None = None) -> KeyringStatus:
        calls.append(read)
        return KeyringStatus(True, "Test keyring", key=KEY if read else None)

    monkeypatch.setattr(app, "probe_keyring", probe)
    return calls


async def test_start_up_reads_the_regions_key_in_the_probe(
    tmp_path: Path, probes: list[Any]
) -> None:
    """The probe reads the current region's key, and the connection uses it as read."""
    save_settings(tmp_path, Settings(region="china"))
    context = app.build_context(AppPaths(tmp_path), {})
    try:
        await app.choose_secret_store(context)
        assert probes == [(SERVICE, "china")]
        key, state = await context.connection.api_key()
        # Read again, the keyring (keyring's fail backend in tests) would have failed.
        assert (key, state.problem) == (KEY, "")
        assert context.connection.store_is_persistent()
    finally:
        context.logs.close()


async def test_no_keyring_read_when_the_environment_has_a_key(
    tmp_path: Path, probes: list[Any]
) -> None:
    """With OPENAI_API_KEY and OPENAI_BASE_URL set, the stored key is not read (no unlock
    prompt for nothing)."""
    environ = {
        "OPENAI_API_KEY": fake_key("from-the-env-0123", ""),
        "OPENAI_BASE_URL": "https://api.minimax.io/v1",
    }
    context = app.build_context(AppPaths(tmp_path), environ)
    try:
        await app.choose_secret_store(context)
        assert probes == [None]
    finally:
        context.logs.close()
