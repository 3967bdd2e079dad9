"""The Qt-free checks of ``--smoke-test``: data folder, keyring, TLS, Markdown, the SDK."""

from __future__ import annotations

import importlib
import os
import secrets
import sys
import time
import traceback
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from gui.core.environment import AppPaths
from gui.core.keyring_helper import HELPER_FLAG, KeyringHelperError, helper_command, run_in_child
from gui.core.secrets import KeyringSecretStore, probe_keyring

Details = dict[str, Any]

# The keyring backend each OS must have (found through keyring's entry points, which the
# frozen app only has when PyInstaller collected keyring's metadata) and what it needs.
PLATFORM_KEYRINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "linux": ("keyring.backends.SecretService", ("secretstorage", "jeepney", "cryptography")),
    "win32": ("keyring.backends.Windows", ("win32ctypes.pywin32.win32cred",)),
    "darwin": ("keyring.backends.macOS", ("keyring.backends.macOS.api",)),
}


class CheckFailed(Exception):
    """A smoke check failed; the message says why."""


def describe(exc: BaseException) -> str:
    """One line for the report: the message, or the exception type and where it happened."""
    if isinstance(exc, CheckFailed):
        return str(exc)
    last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" ({Path(last[0].filename).name}:{last[0].lineno})" if last else ""
    return f"{type(exc).__name__}: {exc}{where}"


def check_data_dir(data_dir: str | None) -> Details:
    """The data folder exists (or can be made) and a file written there reads back."""
    paths = AppPaths.resolve(data_dir)
    paths.root.mkdir(parents=True, exist_ok=True)
    probe = paths.root / f".smoke-test-{os.getpid()}.tmp"
    payload = b"MiniMax Chat smoke test"
    try:
        with open(probe, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if probe.read_bytes() != payload:
            raise CheckFailed(f"what was written to {paths.root} did not read back")
    finally:
        probe.unlink(missing_ok=True)
    return {"path": str(paths.root), "logs": str(paths.logs), "writable": True}


def check_keyring(write: bool = False) -> Details:
    """keyring finds this OS's backend; whether a keyring service runs is only reported.

    With ``write`` a throw-away entry is stored, read back and deleted (this may make
    the keyring ask to be unlocked).
    """
    found = sorted({ep.value for ep in entry_points(group="keyring.backends")})
    details: Details = {"backend_modules": found}
    expected = PLATFORM_KEYRINGS.get(sys.platform)
    if expected is not None:
        module, needs = expected
        if module not in found:
            raise CheckFailed(f"keyring cannot find its {module} backend (metadata missing?)")
        for name in (module, *needs):
            try:
                importlib.import_module(name)
            except Exception as exc:
                raise CheckFailed(f"{name} does not import: {describe(exc)}") from exc
        details["platform_backend"] = module
    try:  # the app reaches the keyring only through this child process
        reply = run_in_child({"op": "probe"})
    except KeyringHelperError as exc:
        raise CheckFailed(f"the keyring helper process ({HELPER_FLAG}) {exc.kind}") from None
    details["helper"] = " ".join(helper_command())
    status = probe_keyring(lambda _request: reply)  # the same answer, worded for the user
    details.update({"backend": status.backend, "usable": status.usable})
    if status.problem:
        details["problem"] = status.problem
    if write:
        if not status.usable:
            raise CheckFailed(f"no usable keyring to write to: {status.problem}")
        details["round_trip"] = _keyring_round_trip(status.backend)
    return details


def _keyring_round_trip(backend: str) -> bool:
    store = KeyringSecretStore(backend_name=backend)
    account = f"smoke-test-{os.getpid()}"
    value = f"smoke-{secrets.token_hex(8)}"
    store.set(account, value)
    try:
        if store.get(account) != value:
            raise CheckFailed("the keyring returned something else than what was stored")
    finally:
        store.delete(account)
    if store.get(account) is not None:
        raise CheckFailed("the test entry is still in the keyring after deleting it")
    return True


def check_ssl() -> Details:
    """The TLS context the SDK's HTTP client uses can be built and trusts some CAs."""
    import ssl

    import httpcore2

    context = httpcore2.default_ssl_context()
    count = int(context.cert_store_stats().get("x509_ca", 0))
    details: Details = {"openssl": ssl.OPENSSL_VERSION, "ca_certificates": count}
    if sys.platform.startswith("linux") and not count:
        # A hashed CA folder is read lazily, so it counts zero until the first handshake.
        paths = ssl.get_default_verify_paths()
        folder = paths.capath or paths.openssl_capath
        if not (
            folder and os.path.isdir(folder) and any(n.endswith(".0") for n in os.listdir(folder))
        ):
            raise CheckFailed("no CA certificates found: HTTPS connections would fail")
        details["ca_folder"] = folder
    return details


def check_markdown() -> Details:
    """Markdown renders and code is highlighted (Pygments' lexers are present)."""
    from gui.core.markdown import render_markdown

    html = render_markdown("```python\ndef answer():\n    return 42\n```")
    if "<span" not in html:
        raise CheckFailed("code blocks are not highlighted (Pygments lexers missing?)")
    return {"highlighting": True}


def sdk_details() -> Details:
    """Import the openai SDK (slow the first time: call it from a worker thread)."""
    started = time.perf_counter()
    openai = importlib.import_module("openai")
    return {
        "version": str(getattr(openai, "__version__", "?")),
        "import_seconds": round(time.perf_counter() - started, 3),
    }
