"""API key storage: the OS keyring only, or memory for this session. Never a file."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Protocol

from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.keyring_helper import KeyringHelperError, KeyringRunner, run_in_child

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
    # With ``probe_keyring(read=…)``: the stored key ("" for none), or None if not read.
    key: str | None = field(default=None, repr=False)


def probe_keyring(
    run: KeyringRunner = run_in_child, read: tuple[str, str] | None = None
) -> KeyringStatus:
    """Find a secure keyring backend; plain-text and null backends do not count.

    ``read`` = (service, account) also reads that key, in the same child process.
    Blocking (a child process that may talk to D-Bus): run it in a worker thread.
    """
    request: dict[str, object] = {"op": "probe"}
    if read is not None:
        request.update(service=read[0], accounts=[read[1]])
    try:
        reply = run(request)
    except KeyringHelperError as exc:
        if read is not None:
            # Reading may have waited on an unlock prompt nobody answered: that says
            # nothing about whether the keyring works, so ask that alone.
            return probe_keyring(run)
        why = translate("secrets", "no keyring backend could be loaded ({error})")
        return KeyringStatus(False, "none", why.format(error=_helper_problem(exc)))
    backend = str(reply.get("backend", "none"))
    if reply.get("usable") is True:
        key = _values(reply).get(read[1]) if read is not None else None
        return KeyringStatus(True, backend, key=key)
    problem, detail = reply.get("problem"), str(reply.get("detail", ""))
    if problem == "load":
        why = translate("secrets", "the keyring library could not load ({error})")
        return KeyringStatus(False, backend, why.format(error=detail))
    if problem == "detect":
        why = translate("secrets", "no keyring backend could be loaded ({error})")
        return KeyringStatus(False, backend, why.format(error=detail))
    return KeyringStatus(
        False,
        backend,
        translate(
            "secrets",
            "no secure system keyring is available (on Linux: a Secret Service such as "
            "GNOME Keyring or KWallet must be running)",
        ),
    )


def stored_keys(
    accounts: list[str], service: str = SERVICE, run: KeyringRunner = run_in_child
) -> list[str]:
    """The keys saved for ``accounts`` (to keep them out of exports); [] without a keyring."""
    try:
        reply = run({"op": "probe", "service": service, "accounts": accounts})
    except KeyringHelperError:
        return []
    return [value for value in _values(reply).values() if value]


def _values(reply: dict[str, object]) -> dict[str, str]:
    """The keys a probe read, by account (an account whose read failed is absent)."""
    values = reply.get("values")
    if not isinstance(values, dict):
        return {}
    return {str(k): v for k, v in values.items() if isinstance(v, str)}


class KeyringSecretStore:
    """Stores keys in the OS keyring (Secret Service, Keychain, Credential Locker).

    Each call runs in a short-lived child process (``gui.core.keyring_helper``); errors
    are turned into ``SecretStoreError`` with a message for the user; there is no
    plain-text fallback.
    """

    persistent = True

    def __init__(
        self,
        service: str = SERVICE,
        backend_name: str = "system keyring",
        run: KeyringRunner = run_in_child,
    ) -> None:
        self._service = service
        self._backend_name = backend_name
        self._run = run

    def describe(self) -> str:
        return translate("secrets", "the system keyring ({backend})").format(
            backend=self._backend_name
        )

    def get(self, account: str) -> str | None:
        value = self._call("read", {"op": "get", "account": account})
        return value if isinstance(value, str) else None

    def set(self, account: str, secret: str) -> None:
        self._call("save", {"op": "set", "account": account, "secret": secret})

    def delete(self, account: str) -> None:
        self._call("remove", {"op": "delete", "account": account})

    def _call(self, action: str, request: dict[str, str]) -> object:
        try:
            reply = self._run({**request, "service": self._service})
        except KeyringHelperError as exc:
            raise SecretStoreError(_explain_helper(exc, action)) from None
        if reply.get("ok") is not True:
            raise SecretStoreError(_explain(str(reply.get("error", "Error")), action))
        return reply.get("value")

    def __repr__(self) -> str:
        return f"KeyringSecretStore(service={self._service!r})"


_ACTIONS = {
    "read": QT_TRANSLATE_NOOP("secrets", "Could not read the API key from the keyring"),
    "save": QT_TRANSLATE_NOOP("secrets", "Could not save the API key in the keyring"),
    "remove": QT_TRANSLATE_NOOP("secrets", "Could not remove the API key from the keyring"),
}


def _explain(name: str, action: str) -> str:
    """The user's message for a keyring exception, known only by its class name."""
    what = translate("secrets", _ACTIONS[action])
    if name == "KeyringLocked":
        why = translate("secrets", "it is locked and the unlock prompt was dismissed.")
        return f"{what}: {why}"
    if name == "NoKeyringError":
        return f"{what}: " + translate("secrets", "no system keyring is available.")
    log.warning("keyring %s failed: %s", action, name)
    return f"{what} ({name})."


def _explain_helper(exc: KeyringHelperError, action: str) -> str:
    what = translate("secrets", _ACTIONS[action])
    log.warning("keyring %s failed: helper %s", action, exc.kind)
    return f"{what}: {_helper_problem(exc)}"


def _helper_problem(exc: KeyringHelperError) -> str:
    if exc.kind == "timeout":
        return translate("secrets", "the keyring did not answer within {seconds} s.").format(
            seconds=f"{exc.seconds:.0f}"
        )
    return translate("secrets", "the keyring helper process failed.")
