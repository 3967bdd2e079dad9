"""Connection: where the key comes from once the start-up probe has chosen a store."""

from __future__ import annotations

import asyncio
import threading

from gui.core.connection import SOURCE_NONE, SOURCE_SESSION, Connection
from gui.core.environment import EnvOverrides
from gui.core.secrets import MemorySecretStore
from gui.core.settings import Settings
from tests.fakes.keys import fake_key

KEY = fake_key("read-by-the-probe-0123456789", "cp")


class CountingStore(MemorySecretStore):
    """A memory store that counts reads (each would be a keyring child process)."""

    def __init__(self) -> None:
        super().__init__()
        self.reads: list[str] = []

    def get(self, account: str) -> str | None:
        self.reads.append(account)
        return super().get(account)


async def test_keys_read_by_the_probe_are_not_read_again() -> None:
    """A key (or its absence) the probe read is used as is; other accounts are read."""
    settings = Settings(region="china")
    store = CountingStore()
    store.set("international", fake_key("other-region"))
    connection = Connection(lambda: settings, EnvOverrides(), None)
    connection.set_store(store, {"china": KEY})
    key, state = await connection.api_key()
    assert (key, state.source) == (KEY, SOURCE_SESSION)  # a memory store: this session only
    assert store.reads == []
    settings = Settings(region="international")
    key, _ = await connection.api_key()
    assert key == fake_key("other-region")
    assert store.reads == ["international"]


async def test_no_key_found_by_the_probe_means_none() -> None:
    """An empty read ("" from the probe) is "no key", not a reason to read again."""
    settings = Settings(region="china")
    store = CountingStore()
    connection = Connection(lambda: settings, EnvOverrides(), None)
    connection.set_store(store, {"china": ""})
    key, state = await connection.api_key()
    assert (key, state.source) == (None, SOURCE_NONE)
    assert store.reads == []


class GatedStore(CountingStore):
    """Reads wait until the test opens the gate (a keyring waiting on an unlock prompt)."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()

    def get(self, account: str) -> str | None:
        value = super().get(account)  # read now: what a slow keyring had before a save
        assert self.gate.wait(10)
        return value


async def test_concurrent_lookups_share_one_read() -> None:
    """Several callers waiting for the same key start one keyring read between them."""
    settings = Settings(region="china")
    store = GatedStore()
    store.set("china", KEY)
    connection = Connection(lambda: settings, EnvOverrides(), store)
    lookups = [asyncio.ensure_future(connection.api_key()) for _ in range(3)]
    await asyncio.sleep(0.05)
    store.gate.set()
    results = await asyncio.gather(*lookups)
    assert [key for key, _state in results] == [KEY] * 3
    assert store.reads == ["china"]


async def test_a_read_that_ends_after_a_save_does_not_undo_it() -> None:
    """A slow read of the old key must not replace the key the user just saved."""
    settings = Settings(region="china")
    store = GatedStore()
    store.set("china", "sk-cp-old-key")
    connection = Connection(lambda: settings, EnvOverrides(), store)
    slow = asyncio.ensure_future(connection.api_key())
    await asyncio.sleep(0.05)
    assert await connection.set_api_key(KEY) is None
    store.gate.set()
    await slow
    key, _ = await connection.api_key()
    assert key == KEY
