"""The keyring helper child process: real round trips, errors, hangs and leaks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gui.core.keyring_helper import HELPER_FLAG, helper_command, run_in_child
from gui.core.secrets import KeyringSecretStore, SecretStoreError, probe_keyring
from tests.core.conftest import use_child_backend
from tests.core.keyring_doubles import SECRET_IN_ERRORS
from tests.fakes.keys import fake_key

SECRET = fake_key("child-process-secret-0123456789", "cp")


def test_round_trip_through_child_processes(child_keyring: Path) -> None:
    """Set, read, replace and delete the key, each call in its own child process."""
    store = KeyringSecretStore(service="MiniMax Chat (helper test)")
    assert store.get("china") is None
    store.set("china", SECRET)
    assert store.get("china") == SECRET
    entries = json.loads(child_keyring.read_text("utf-8"))
    assert entries == {"MiniMax Chat (helper test)/china": SECRET}
    store.set("china", "sk-cp-second")
    assert store.get("china") == "sk-cp-second"
    assert store.get("international") is None
    store.delete("china")
    store.delete("china")  # nothing stored any more: not an error
    assert store.get("china") is None


def test_probe_in_a_child_reports_the_backend(child_keyring: Path) -> None:
    """The probe runs in a child and names the backend it found."""
    status = probe_keyring()
    assert status.usable, status.problem
    assert "FileKeyring" in status.backend


def test_secret_never_reaches_the_command_line_or_environment(
    child_keyring: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The secret goes to the child on stdin, never in its arguments or environment."""
    seen: list[list[str]] = []
    envs: list[dict[str, str]] = []
    real_run = subprocess.run

    def spy(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        seen.append(list(args))
        envs.append(dict(kwargs["env"]))  # type: ignore[call-overload]
        return real_run(args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(subprocess, "run", spy)
    KeyringSecretStore().set("china", SECRET)
    assert seen == [helper_command()]
    assert all(SECRET not in arg for arg in seen[0])
    assert all(SECRET not in value for value in envs[0].values())
    assert seen[0][-1] == HELPER_FLAG


def test_leaky_backend_in_a_child_never_shows_the_secret(
    child_keyring: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Only the error's class name crosses back: no message, no stderr, no traceback."""
    use_child_backend(monkeypatch, "LeakyKeyring")
    store = KeyringSecretStore()
    for call in (
        lambda: store.get("china"),
        lambda: store.set("china", SECRET),
        lambda: store.delete("china"),
    ):
        with pytest.raises(SecretStoreError) as info:
            call()
        assert "RuntimeError" in str(info.value)
        for secret in (SECRET, SECRET_IN_ERRORS):
            assert secret not in str(info.value)
    for secret in (SECRET, SECRET_IN_ERRORS):
        assert secret not in caplog.text


def test_a_keyring_that_hangs_is_given_up_on(
    child_keyring: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A call that never returns ends with a clear message after the timeout; no hang."""
    use_child_backend(monkeypatch, "SlowKeyring")
    store = KeyringSecretStore(run=lambda request: run_in_child(request, timeout=2.0))
    with pytest.raises(SecretStoreError, match="did not answer within 2 s"):
        store.get("china")


def test_a_backend_that_prints_does_not_spoil_the_reply(
    child_keyring: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever a backend prints goes to stderr; the reply on stdout stays one JSON object."""
    use_child_backend(monkeypatch, "NoisyKeyring")
    assert KeyringSecretStore().get("china") == "sk-noisy-but-fine"


def test_a_helper_that_dies_is_an_error(
    child_keyring: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child that exits without answering is a failure, never a key."""
    use_child_backend(monkeypatch, "DyingKeyring")
    with pytest.raises(SecretStoreError, match="helper process failed"):
        KeyringSecretStore().get("china")


def test_even_system_exit_in_a_backend_gets_an_answer(
    child_keyring: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No exception escapes the child (a windowed frozen app would show it in a dialog)."""
    use_child_backend(monkeypatch, "ExitingKeyring")
    with pytest.raises(SecretStoreError, match="HelperCrashed") as info:
        KeyringSecretStore().get("china")
    assert SECRET_IN_ERRORS not in str(info.value)


def test_a_slow_read_at_start_up_does_not_disable_the_keyring(
    child_keyring: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unlock prompt nobody answers in time: the keyring is usable, the key unknown."""
    use_child_backend(monkeypatch, "SlowKeyring")
    status = probe_keyring(
        lambda request: run_in_child(request, timeout=4.0), read=("MiniMax Chat", "china")
    )
    assert status.usable, status.problem
    assert status.key is None


def test_a_keyring_py_in_the_working_folder_is_not_imported(
    child_keyring: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The helper ignores modules in the folder the app was started from."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    marker = tmp_path / "hijacked"
    (folder / "keyring.py").write_text(
        f"open({str(marker)!r}, 'w').write('imported')\n", encoding="utf-8"
    )
    monkeypatch.chdir(folder)
    store = KeyringSecretStore()
    store.set("china", SECRET)
    assert store.get("china") == SECRET
    assert not marker.exists()


def test_probe_says_why_when_the_helper_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """A helper that cannot start makes the probe report an unusable keyring in words."""
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    status = probe_keyring()
    assert status.usable is False
    assert "helper process failed" in status.problem


def test_helper_rejects_a_malformed_request() -> None:
    """The child answers a request it cannot read with an error, not a traceback."""
    for raw in ("not json", "[1, 2]", '{"op": "steal"}'):
        done = subprocess.run(
            helper_command(), input=raw, capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 0
        assert json.loads(done.stdout)["ok"] is False


def test_probe_reads_the_key_in_the_same_child(child_keyring: Path) -> None:
    """At start-up one child both finds the keyring and reads the key; repr never shows it."""
    KeyringSecretStore(service="MiniMax Chat (helper test)").set("china", SECRET)
    status = probe_keyring(read=("MiniMax Chat (helper test)", "china"))
    assert status.usable
    assert status.key == SECRET
    assert SECRET not in repr(status)
    assert probe_keyring(read=("MiniMax Chat (helper test)", "international")).key == ""
    assert probe_keyring().key is None  # not asked for


def test_probe_without_a_keyring_reads_nothing() -> None:
    """With keyring's fail backend (the suite's default) nothing is read and nothing fails."""
    status = probe_keyring(read=("MiniMax Chat (helper test)", "china"))
    assert status.usable is False
    assert status.key is None
