"""The Qt-free smoke checks: data folder, keyring discovery and round trip, TLS, Markdown."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from gui.core import selfcheck
from gui.core.selfcheck import CheckFailed
from tests.core.conftest import use_child_backend


def test_data_dir_is_created_written_and_left_clean(tmp_path: Path) -> None:
    """A missing data folder is created; the write probe reads back and is removed."""
    folder = tmp_path / "new" / "data"
    details = selfcheck.check_data_dir(str(folder))
    assert details == {"path": str(folder), "logs": str(folder / "logs"), "writable": True}
    assert list(folder.iterdir()) == []


def test_data_dir_that_cannot_exist_fails(tmp_path: Path) -> None:
    """A data folder under a plain file cannot be made: the check raises."""
    (tmp_path / "file").write_text("x")
    with pytest.raises(OSError):  # noqa: PT011 - the OS chooses the exact error
        selfcheck.check_data_dir(str(tmp_path / "file" / "data"))


def test_keyring_backend_is_found_but_absence_of_a_service_is_only_reported() -> None:
    """With no usable keyring (tests switch it off) the check passes and says so."""
    details = selfcheck.check_keyring()
    assert "keyring.backends.SecretService" in details["backend_modules"]
    if sys.platform.startswith("linux"):
        assert details["platform_backend"] == "keyring.backends.SecretService"
    assert details["usable"] is False
    assert details["problem"]
    with pytest.raises(CheckFailed, match="no usable keyring"):
        selfcheck.check_keyring(write=True)


def test_keyring_round_trip_stores_reads_and_deletes(child_keyring: Path) -> None:
    """With a working keyring the test entry goes in, comes back, and is gone afterwards."""
    details = selfcheck.check_keyring(write=True)
    assert details["usable"] is True
    assert details["round_trip"] is True
    assert json.loads(child_keyring.read_text("utf-8")) == {}


def test_keyring_round_trip_failure_is_reported(
    child_keyring: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A keyring that fails on write fails the check, without the value in the message."""
    use_child_backend(monkeypatch, "LeakyKeyring")
    with pytest.raises(Exception) as caught:  # noqa: PT011 - SecretStoreError, user-facing
        selfcheck.check_keyring(write=True)
    assert "smoke-" not in str(caught.value)


def test_ssl_context_trusts_certificates() -> None:
    """The SDK's TLS context builds and finds CA certificates on this machine."""
    details = selfcheck.check_ssl()
    assert details["openssl"].startswith("OpenSSL")
    assert details["ca_certificates"] > 0 or details["ca_folder"]


def test_markdown_highlights_code() -> None:
    """Code blocks come out highlighted."""
    assert selfcheck.check_markdown() == {"highlighting": True}


def test_describe_names_the_error_and_where() -> None:
    """Unexpected errors carry their type and location; check failures only their text."""
    assert selfcheck.describe(CheckFailed("plain words")) == "plain words"
    try:
        {}["missing"]  # type: ignore[index]
    except KeyError as exc:
        text = selfcheck.describe(exc)
    assert text.startswith("KeyError: 'missing' (test_selfcheck.py:")


def test_a_keyring_helper_that_does_not_run_fails_the_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The smoke test fails when the app cannot start its keyring helper."""
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    with pytest.raises(CheckFailed, match="keyring helper process"):
        selfcheck.check_keyring()
