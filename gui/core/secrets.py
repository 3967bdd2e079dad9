"""API key storage: the OS keyring only, or memory for this session. Never a file."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from gui.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

SERVICE = "MiniMax Chat"


class SecretStoreError(Exception):
    """The secret store could not do what was asked; the message is for the user."""


class SecretStore(Protocol):
    """Where API keys live. Calls may block (D-Bus, unlock prompts): use a worker thread."""

    @property
    def persistent(self) -> bool:
        """True when keys survive a restart."""
        ...

    def describe(self) -> str:
        """A short, user-facing name for the store."""
        ...

    def get(self, account: str) -> str | None: ...

    def set(self, account: str, secret: str) -> None: ...

    def delete(self, account: str) -> None: ...


class MemorySecretStore:
    """Keeps keys in memory until the app quits."""

    persistent = False

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}

    def describe(self) -> str:
        return translate("secrets", "this session only (not saved)")

    def get(self, account: str) -> str | None:
        return self._secrets.get(account)

    def set(self, account: str, secret: str) -> None:
        self._secrets[account] = secret

    def delete(self, account: str) -> None:
        self._secrets.pop(account, None)

    def __repr__(self) -> str:
        return f"MemorySecretStore(<{len(self._secrets)} keys>)"


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """The outcome of probing the OS keyring."""

    usable: bool
    backend: str
    problem: str = ""


def probe_keyring() -> KeyringStatus:
    """Find a secure keyring backend; plain-text and null backends do not count.

    Blocking (it may talk to D-Bus): run it in a worker thread.
    """
    try:
        import keyring
        import keyring.core
        from keyring.backends import chainer, fail, null
    except Exception as exc:  # a broken install must not stop the app
        why = translate("secrets", "the keyring library could not load ({error})")
        return KeyringStatus(False, "none", why.format(error=exc))
    try:
        ring = keyring.get_keyring()
    except Exception as exc:
        why = translate("secrets", "no keyring backend could be loaded ({error})")
        return KeyringStatus(False, "none", why.format(error=exc))
    members = ring.backends if isinstance(ring, chainer.ChainerBackend) else [ring]
    good = [
        b
        for b in members
        if not isinstance(b, (fail.Keyring, null.Keyring))
        and "plaintext" not in type(b).__name__.lower()
        and "plaintext" not in str(getattr(b, "name", "")).lower()
        and getattr(b, "priority", 0) >= 1
    ]
    if not good:
        return KeyringStatus(
            False,
            type(ring).__name__,
            translate(
                "secrets",
                "no secure system keyring is available (on Linux: a Secret Service such as "
                "GNOME Keyring or KWallet must be running)",
            ),
        )
    return KeyringStatus(True, ", ".join(str(getattr(b, "name", type(b).__name__)) for b in good))


class KeyringSecretStore:
    """Stores keys in the OS keyring (Secret Service, Keychain, Credential Locker).

    Errors are turned into ``SecretStoreError`` with a message for the user; there
    is no plain-text fallback.
    """

    persistent = True

    def __init__(self, service: str = SERVICE, backend_name: str = "system keyring") -> None:
        self._service = service
        self._backend_name = backend_name

    def describe(self) -> str:
        return translate("secrets", "the system keyring ({backend})").format(
            backend=self._backend_name
        )

    def get(self, account: str) -> str | None:
        import keyring

        try:
            return keyring.get_password(self._service, account)
        except Exception as exc:
            raise SecretStoreError(_explain(exc, "read")) from None

    def set(self, account: str, secret: str) -> None:
        import keyring

        try:
            keyring.set_password(self._service, account, secret)
        except Exception as exc:
            raise SecretStoreError(_explain(exc, "save")) from None

    def delete(self, account: str) -> None:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(self._service, account)
        except PasswordDeleteError:
            pass
        except Exception as exc:
            raise SecretStoreError(_explain(exc, "remove")) from None

    def __repr__(self) -> str:
        return f"KeyringSecretStore(service={self._service!r})"


_ACTIONS = {
    "read": QT_TRANSLATE_NOOP("secrets", "Could not read the API key from the keyring"),
    "save": QT_TRANSLATE_NOOP("secrets", "Could not save the API key in the keyring"),
    "remove": QT_TRANSLATE_NOOP("secrets", "Could not remove the API key from the keyring"),
}


def _explain(exc: BaseException, action: str) -> str:
    name = type(exc).__name__
    what = translate("secrets", _ACTIONS[action])
    if name == "KeyringLocked":
        why = translate("secrets", "it is locked and the unlock prompt was dismissed.")
        return f"{what}: {why}"
    if name == "NoKeyringError":
        return f"{what}: " + translate("secrets", "no system keyring is available.")
    # The exception text never contains the secret itself, but keep it short.
    log.warning("keyring %s failed: %s", action, name)
    return f"{what} ({name})."
