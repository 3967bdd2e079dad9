"""Keyring calls in a short-lived child process, so keyring's libraries never stay loaded.

On Linux, keyring's Secret Service backend pulls in ``secretstorage`` and
``cryptography`` (for the encrypted D-Bus session): with keyring itself about 15 MB that
would stay resident for the whole session to read one key at start-up. The app runs each
call in a child (``minimax-chat --keyring-helper``, the same program, frozen or not),
which also bounds how long a keyring that never answers can keep a call waiting.

The protocol is one JSON object on the child's stdin and one on its stdout; a secret only
ever travels through those pipes, never on a command line, in a file or in a log.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from gui.core.environment import child_environment

HELPER_FLAG = "--keyring-helper"

# An unlock prompt waits for the user; anything slower than this is a keyring that hangs.
CALL_TIMEOUT_SECONDS = 120.0
PROBE_TIMEOUT_SECONDS = 30.0

Request = Mapping[str, Any]
Reply = dict[str, Any]
KeyringRunner = Callable[[Request], Reply]


class KeyringHelperError(Exception):
    """The child process did not give an answer (it hung, crashed or printed garbage)."""

    def __init__(self, kind: str, seconds: float = 0.0) -> None:
        super().__init__(kind)
        self.kind = kind  # "timeout" or "failed"
        self.seconds = seconds


# -- in this process -------------------------------------------------------------------------


def perform(request: Request) -> Reply:
    """Carry out one keyring request here (the child calls this; so can tests)."""
    op = request.get("op")
    if op == "probe":
        reply = _probe()
        if reply["usable"] and "accounts" in request:
            # Keys read in the same child (start-up, CLI exports): one process, not several.
            # An account whose read failed is left out; "" means nothing is stored.
            values = {}
            for account in request["accounts"]:
                got = perform({"op": "get", "service": request["service"], "account": account})
                if got.get("ok"):
                    values[str(account)] = got.get("value") or ""
            reply["values"] = values
        return reply
    if op not in ("get", "set", "delete"):
        return {"ok": False, "error": "UnknownRequest"}
    try:
        import keyring
        from keyring.errors import PasswordDeleteError
    except Exception as exc:  # a broken install must not stop the app
        return {"ok": False, "error": type(exc).__name__}
    try:
        service, account = str(request["service"]), str(request["account"])
        if op == "get":
            return {"ok": True, "value": keyring.get_password(service, account)}
        if op == "set":
            keyring.set_password(service, account, str(request["secret"]))
        else:
            with contextlib.suppress(PasswordDeleteError):  # nothing stored: already so
                keyring.delete_password(service, account)
        return {"ok": True, "value": None}
    except Exception as exc:
        # Only the class name goes back: some backends quote the secret in their messages.
        return {"ok": False, "error": type(exc).__name__}


def _probe() -> Reply:
    """Find a secure keyring backend; plain-text and null backends do not count."""
    try:
        import keyring
        import keyring.core
        from keyring.backends import chainer, fail, null
    except Exception as exc:
        return {"usable": False, "backend": "none", "problem": "load", "detail": str(exc)}
    try:
        ring = keyring.get_keyring()
    except Exception as exc:
        return {"usable": False, "backend": "none", "problem": "detect", "detail": str(exc)}
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
        return {"usable": False, "backend": type(ring).__name__, "problem": "insecure"}
    names = ", ".join(str(getattr(b, "name", type(b).__name__)) for b in good)
    return {"usable": True, "backend": names, "problem": ""}


def serve() -> int:
    """The child's side: read one request from stdin, answer on stdout.

    Uses file descriptors 0 and 1 directly: a windowed frozen app on Windows starts with
    ``sys.stdin``/``sys.stdout`` set to None (or, after ``packaging/entry.py``, to a null
    sink) even when its parent handed it pipes. Anything a backend prints goes to stderr,
    so it cannot spoil the reply, and no exception escapes (a windowed frozen app would
    show it in a dialog and wait).
    """
    reply_fd = os.dup(1)
    with contextlib.suppress(OSError):
        os.dup2(2, 1)
    try:
        chunks = []
        while chunk := os.read(0, 65536):
            chunks.append(chunk)
        try:
            request = json.loads(b"".join(chunks))
        except ValueError:
            request = None
        if isinstance(request, dict):
            reply = perform(request)
        else:
            reply = {"ok": False, "error": "BadRequest"}
    except BaseException:  # the parent gets an answer whatever happened
        reply = {"ok": False, "error": "HelperCrashed"}
    payload = memoryview(json.dumps(reply).encode("utf-8"))
    while payload:
        payload = payload[os.write(reply_fd, payload) :]
    os.close(reply_fd)
    return 0


# -- in a child process -----------------------------------------------------------------------


def helper_command() -> list[str]:
    """How to start this program as the helper, from source or from the frozen bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_FLAG]
    # -P: the working folder must not come first on sys.path, or a ``keyring.py`` lying
    # there would be imported by the process that handles the key.
    return [sys.executable, "-P", "-m", "gui", HELPER_FLAG]


def _child_environment() -> dict[str, str]:
    env = child_environment(os.environ)  # the helper needs no API key variable
    if not getattr(sys, "frozen", False):
        # The child must import this same copy of ``gui``, wherever it was started from.
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


def run_in_child(request: Request, timeout: float | None = None) -> Reply:
    """Carry out one request in a child process (blocking: use a worker thread)."""
    if timeout is None:
        # Reading a key may bring up an unlock prompt: the user needs time to answer it.
        quick = request.get("op") == "probe" and "accounts" not in request
        timeout = PROBE_TIMEOUT_SECONDS if quick else CALL_TIMEOUT_SECONDS
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up on Windows
    done: subprocess.CompletedProcess[str] | None = None
    timed_out = False
    try:
        done = subprocess.run(
            helper_command(),
            input=json.dumps(request),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            env=_child_environment(),
            creationflags=flags,
            check=False,
        )
    except subprocess.TimeoutExpired:
        timed_out = True
    except OSError:
        pass
    # Raised out here, not in the handlers: TimeoutExpired holds whatever the child had
    # written (possibly the key) and must not stay attached as the error's context.
    if timed_out:
        raise KeyringHelperError("timeout", timeout)
    if done is None:
        raise KeyringHelperError("failed")
    try:
        reply = json.loads(done.stdout)
    except ValueError:
        reply = None
    if done.returncode != 0 or not isinstance(reply, dict):
        # stderr is not shown or logged: a backend's traceback may quote the secret.
        raise KeyringHelperError("failed")
    return reply
