"""Connection: where the key comes from once the start-up probe has chosen a store."""

from __future__ import annotations

from gui.core.connection import SOURCE_NONE, SOURCE_STORE, Connection
from gui.core.environment import EnvOverrides
from gui.core.secrets import MemorySecretStore
from gui.core.settings import Settings

KEY = "sk-cp-read-by-the-probe-0123456789"


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
    store.set("international", "sk-api-other-region")
    connection = Connection(lambda: settings, EnvOverrides(), None)
    connection.set_store(store, {"china": KEY})
    key, state = await connection.api_key()
    assert (key, state.source) == (KEY, SOURCE_STORE)
    assert store.reads == []
    settings = Settings(region="international")
    key, _ = await connection.api_key()
    assert key == "sk-api-other-region"
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
