"""Secret references in env and headers: resolved from the keyring, plain values still work."""

from __future__ import annotations

import pytest

from gui.core.secrets import MemorySecretStore
from gui.core.tools.config import ServerConfig
from gui.core.tools.secret_refs import (
    PlainSecret,
    SecretReferenceError,
    account,
    forget,
    move_to_keyring,
    plain_secrets,
    reference,
    resolve,
)


def test_reference_format() -> None:
    assert reference("github", "GITHUB_TOKEN") == "${keyring:mcp/github/GITHUB_TOKEN}"
    assert account("github", "GITHUB_TOKEN") == "mcp/github/GITHUB_TOKEN"


def test_resolve_whole_and_embedded_references_and_plain_values() -> None:
    store = MemorySecretStore()
    store.set("mcp/s/TOKEN", "t0k3n")
    values = {
        "TOKEN": reference("s", "TOKEN"),
        "Authorization": "Bearer " + reference("s", "TOKEN"),
        "PLAIN_KEY": "written-by-hand",
    }
    assert resolve(values, store, "s") == {
        "TOKEN": "t0k3n",
        "Authorization": "Bearer t0k3n",
        "PLAIN_KEY": "written-by-hand",
    }


def test_missing_secret_names_server_and_variable() -> None:
    with pytest.raises(SecretReferenceError, match='"s": the secret for TOKEN'):
        resolve({"TOKEN": reference("s", "TOKEN")}, MemorySecretStore(), "s")
    with pytest.raises(SecretReferenceError):
        resolve({"TOKEN": reference("s", "TOKEN")}, None, "s")


def test_plain_secrets_are_found_and_moved() -> None:
    server = ServerConfig(
        "gh",
        command="x",
        env={"GITHUB_TOKEN": "ghp_x", "API_KEY": "k", "DEBUG": "1", "DB_PASSWORD": "p"},
        headers={"Authorization": "Bearer abc", "X-Trace": "1"},
    )
    found = plain_secrets(server)
    assert found == [
        PlainSecret("gh", "env", "GITHUB_TOKEN"),
        PlainSecret("gh", "env", "API_KEY"),
        PlainSecret("gh", "env", "DB_PASSWORD"),
        PlainSecret("gh", "headers", "Authorization"),
    ]
    store = MemorySecretStore()
    move_to_keyring(server, found, store)
    assert server.env["GITHUB_TOKEN"] == reference("gh", "GITHUB_TOKEN")
    assert server.env["DEBUG"] == "1"
    assert server.headers["Authorization"] == reference("gh", "Authorization")
    assert store.get("mcp/gh/Authorization") == "Bearer abc"
    assert plain_secrets(server) == []
    assert "ghp_x" not in str(server.to_json())
    forget(server, store)
    assert store.get("mcp/gh/GITHUB_TOKEN") is None


def test_a_failing_keyring_leaves_the_value_in_place() -> None:
    class BrokenStore(MemorySecretStore):
        def set(self, account: str, secret: str) -> None:
            from gui.core.secrets import SecretStoreError

            raise SecretStoreError("locked")

    server = ServerConfig("gh", command="x", env={"GITHUB_TOKEN": "ghp_x"})
    from gui.core.secrets import SecretStoreError

    with pytest.raises(SecretStoreError):
        move_to_keyring(server, plain_secrets(server), BrokenStore())
    assert server.env["GITHUB_TOKEN"] == "ghp_x"
