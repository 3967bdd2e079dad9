"""Secret values of MCP servers: ``${keyring:mcp/<server>/<name>}`` references into the keyring."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from gui.core.i18n import translate
from gui.core.secrets import SecretStore, SecretStoreError
from gui.core.tools.config import ServerConfig

# The whole reference, anywhere in a value ("Bearer ${keyring:mcp/github/token}" works too).
REFERENCE = re.compile(r"\$\{keyring:([^}]+)\}")
PREFIX = "mcp"

_SECRET_WORDS = ("KEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD", "CREDENTIAL", "AUTH", "COOKIE")


class SecretReferenceError(Exception):
    """A referenced secret is not in the keyring (or the keyring failed); for the user."""


def account(server: str, name: str) -> str:
    """The keyring account that holds ``name`` (an env variable or header) of ``server``."""
    return f"{PREFIX}/{server}/{name}"


def reference(server: str, name: str) -> str:
    return "${keyring:" + account(server, name) + "}"


def has_reference(value: str) -> bool:
    return REFERENCE.search(value) is not None


def resolve(values: Mapping[str, str], store: SecretStore | None, server: str) -> dict[str, str]:
    """``values`` with every reference replaced by its secret. Blocking (keyring).

    A plain value is used as written; a reference to a missing secret raises.
    """
    resolved: dict[str, str] = {}
    for name, value in values.items():

        def lookup(match: re.Match[str], name: str = name) -> str:
            wanted = match.group(1)
            secret = None
            if store is not None:
                try:
                    secret = store.get(wanted)
                except SecretStoreError as exc:
                    raise SecretReferenceError(str(exc)) from None
            if secret is None:
                raise SecretReferenceError(
                    translate(
                        "mcp",
                        'Server "{server}": the secret for {name} ("{account}") is not in the '
                        "keyring. Enter it again in the server's settings.",
                    ).format(server=server, name=name, account=wanted)
                )
            return secret

        resolved[name] = REFERENCE.sub(lookup, value)
    return resolved


def looks_secret(name: str) -> bool:
    """Whether an env variable or header name suggests its value is a secret."""
    upper = name.upper().replace("-", "_")
    return any(word in upper for word in _SECRET_WORDS)


@dataclass(frozen=True, slots=True)
class PlainSecret:
    """A plain value in mcp.json that looks like a secret."""

    server: str
    where: str  # "env" or "headers"
    name: str


def plain_secrets(server: ServerConfig) -> list[PlainSecret]:
    """Plain values with secret-looking names: the editor offers to move them to the keyring."""
    found = []
    for where, values in (("env", server.env), ("headers", server.headers)):
        for name, value in values.items():
            if value and not has_reference(value) and looks_secret(name):
                found.append(PlainSecret(server.name, where, name))
    return found


def move_to_keyring(server: ServerConfig, secrets: list[PlainSecret], store: SecretStore) -> None:
    """Store each value in the keyring and leave a reference in its place. Blocking.

    A value is replaced only after the keyring took it, so a failure loses nothing.
    """
    for secret in secrets:
        values = server.env if secret.where == "env" else server.headers
        value = values.get(secret.name, "")
        if not value or has_reference(value):
            continue
        store.set(account(server.name, secret.name), value)
        values[secret.name] = reference(server.name, secret.name)


def forget(server: ServerConfig, store: SecretStore) -> None:
    """Delete the keyring entries ``server`` refers to (when the server is removed). Blocking."""
    for values in (server.env, server.headers):
        for value in values.values():
            for match in REFERENCE.finditer(value):
                if match.group(1).startswith(f"{PREFIX}/{server.name}/"):
                    store.delete(match.group(1))
