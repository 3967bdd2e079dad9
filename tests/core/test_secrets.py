"""Secret stores: memory store behaviour, fail-closed keyring, no secret in any message."""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Callable, Iterator

import keyring
import keyring.backend
import pytest

from gui.core.environment import EnvOverrides
from gui.core.keyring_helper import perform
from gui.core.secrets import (
    KeyringSecretStore,
    KeyringStatus,
    MemorySecretStore,
    SecretStoreError,
    probe_keyring,
)
from tests.fakes.keys import fake_key

SECRET = fake_key("TopSecret0123456789abcdef")


class LeakyKeyring(keyring.backend.KeyringBackend):
    """A secure-looking backend whose errors quote the secret (the worst case)."""

    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError(f"backend exploded while holding {SECRET}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"could not store {password!r} for {username}")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError(f"could not delete {SECRET}")


class DictKeyring(keyring.backend.KeyringBackend):
    """A working in-process backend standing in for a real OS keyring."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.data:
            raise PasswordDeleteError("not found")
        del self.data[(service, username)]


class PlaintextKeyring(DictKeyring):
    """A backend that would store keys unencrypted on disk."""


# keyring registers every backend class for auto-detection; keep these test doubles out of it
# so a real-keyring run (MINIMAX_CHAT_REAL_KEYRING=1) can never pick one.
for _double in (LeakyKeyring, DictKeyring, PlaintextKeyring):
    keyring.backend.KeyringBackend._classes.discard(_double)


InstallBackend = Callable[[keyring.backend.KeyringBackend], None]


@pytest.fixture
def use_backend() -> Iterator[InstallBackend]:
    """Install a keyring backend for one test and restore the previous one afterwards."""
    previous = keyring.get_keyring()
    try:
        yield keyring.set_keyring
    finally:
        keyring.set_keyring(previous)


# -- memory store ---------------------------------------------------------------------------------


def test_memory_store_set_get_delete() -> None:
    """The memory store returns what was set, per account, until deleted."""
    store = MemorySecretStore()
    assert store.get("default") is None
    store.set("default", SECRET)
    store.set("other", fake_key("another-key-123", "cp"))
    assert store.get("default") == SECRET
    assert store.get("other") == fake_key("another-key-123", "cp")
    store.delete("default")
    assert store.get("default") is None
    assert store.get("other") == fake_key("another-key-123", "cp")


def test_memory_store_overwrite_and_delete_missing() -> None:
    """Setting again replaces the key; deleting an unknown account is harmless."""
    store = MemorySecretStore()
    store.set("a", "first-secret")
    store.set("a", "second-secret")
    assert store.get("a") == "second-secret"
    store.delete("missing")
    store.delete("a")
    store.delete("a")
    assert store.get("a") is None


def test_memory_store_is_not_persistent() -> None:
    """The memory store says it does not survive a restart, in words for the user."""
    store = MemorySecretStore()
    assert store.persistent is False
    assert "session" in store.describe()


def test_memory_store_repr_hides_secret() -> None:
    """repr/str of the memory store show how many keys, never the keys."""
    store = MemorySecretStore()
    store.set("default", SECRET)
    for text in (repr(store), str(store), f"{store!r}"):
        assert SECRET not in text
        assert "1 keys" in text


# -- keyring (fail backend from conftest) ---------------------------------------------------------


def test_fail_backend_is_configured() -> None:
    """The test suite runs against keyring's fail backend unless a real keyring is requested."""
    if os.environ.get("MINIMAX_CHAT_REAL_KEYRING") == "1":
        pytest.skip("real keyring requested")
    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"


def test_probe_reports_unusable_with_plain_message() -> None:
    """With no secure keyring, probe_keyring says so in plain language."""
    if os.environ.get("MINIMAX_CHAT_REAL_KEYRING") == "1":
        pytest.skip("real keyring requested")
    status = probe_keyring()
    assert isinstance(status, KeyringStatus)
    assert status.usable is False
    assert "no secure system keyring" in status.problem
    assert "Traceback" not in status.problem


def test_keyring_get_raises_store_error() -> None:
    """Reading from an unavailable keyring raises SecretStoreError, not a keyring exception."""
    if os.environ.get("MINIMAX_CHAT_REAL_KEYRING") == "1":
        pytest.skip("real keyring requested")
    with pytest.raises(SecretStoreError, match="no system keyring is available") as info:
        KeyringSecretStore().get("default")
    assert type(info.value) is SecretStoreError
    assert info.value.__cause__ is None
    assert info.value.__context__ is None  # no keyring exception (or its text) attached


def test_keyring_set_raises_store_error_without_secret() -> None:
    """Saving to an unavailable keyring raises SecretStoreError whose text has no secret."""
    if os.environ.get("MINIMAX_CHAT_REAL_KEYRING") == "1":
        pytest.skip("real keyring requested")
    with pytest.raises(SecretStoreError) as info:
        KeyringSecretStore().set("default", SECRET)
    shown = "".join(traceback.format_exception(info.value))
    assert SECRET not in str(info.value)
    assert SECRET not in shown
    assert "save the API key" in str(info.value)


def test_keyring_delete_raises_store_error() -> None:
    """Removing from an unavailable keyring raises SecretStoreError too."""
    if os.environ.get("MINIMAX_CHAT_REAL_KEYRING") == "1":
        pytest.skip("real keyring requested")
    with pytest.raises(SecretStoreError, match="remove the API key"):
        KeyringSecretStore().delete("default")


# -- keyring with installed backends, in this process ---------------------------------------------


def test_leaky_backend_errors_never_show_secret(
    use_backend: InstallBackend, caplog: pytest.LogCaptureFixture
) -> None:
    """Even a backend error that quotes the key yields a SecretStoreError and logs without it."""
    use_backend(LeakyKeyring())
    store = KeyringSecretStore(run=perform)
    caplog.set_level(logging.DEBUG)
    for call in (
        lambda: store.set("default", SECRET),
        lambda: store.get("default"),
        lambda: store.delete("default"),
    ):
        with pytest.raises(SecretStoreError) as info:
            call()
        assert SECRET not in str(info.value)
        assert SECRET not in repr(info.value)
        assert SECRET not in "".join(traceback.format_exception(info.value))
        assert "RuntimeError" in str(info.value)
    assert SECRET not in caplog.text


def test_working_backend_round_trip(use_backend: InstallBackend) -> None:
    """With a working backend the store sets, gets and deletes under the app's service name."""
    backend = DictKeyring()
    use_backend(backend)
    store = KeyringSecretStore(service="MiniMax Chat test", run=perform)
    assert store.get("default") is None
    store.set("default", SECRET)
    assert store.get("default") == SECRET
    assert backend.data == {("MiniMax Chat test", "default"): SECRET}
    store.delete("default")
    store.delete("default")  # a missing entry is not an error
    assert store.get("default") is None


def test_probe_accepts_secure_backend(use_backend: InstallBackend) -> None:
    """A secure backend with a positive priority is reported usable."""
    use_backend(DictKeyring())
    status = probe_keyring(perform)
    assert status.usable is True
    assert status.problem == ""


def test_probe_rejects_plaintext_backend(use_backend: InstallBackend) -> None:
    """A plain-text backend does not count as a secure keyring."""
    use_backend(PlaintextKeyring())
    status = probe_keyring(perform)
    assert status.usable is False
    assert status.problem


def test_keyring_store_describe_and_repr() -> None:
    """The keyring store is persistent, names its backend and its repr holds no secret."""
    store = KeyringSecretStore(backend_name="SecretService")
    assert store.persistent is True
    assert "SecretService" in store.describe()
    assert repr(store) == "KeyringSecretStore(service='MiniMax Chat')"


# -- environment overrides ------------------------------------------------------------------------


def test_env_overrides_repr_hides_key() -> None:
    """EnvOverrides shows whether a key is set, never the key itself."""
    env = EnvOverrides.from_environ(
        {"OPENAI_API_KEY": f"  {SECRET}  ", "OPENAI_BASE_URL": "https://api.minimax.io/v1/"}
    )
    assert env.api_key == SECRET
    assert env.base_url == "https://api.minimax.io/v1"
    for text in (repr(env), str(env)):
        assert SECRET not in text
        assert "api_key=set" in text


def test_env_overrides_absent() -> None:
    """Empty or missing variables mean no override."""
    env = EnvOverrides.from_environ({"OPENAI_API_KEY": "   ", "OPENAI_BASE_URL": ""})
    assert env == EnvOverrides(None, None)
    assert "api_key=unset" in repr(env)
