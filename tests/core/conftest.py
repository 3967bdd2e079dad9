"""Fixtures for the core tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def child_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Make keyring-helper children use ``FileKeyring``; returns the file of its entries.

    Switch a test to another double with ``use_child_backend``.
    """
    store = tmp_path / "keyring.json"
    use_child_backend(monkeypatch, "FileKeyring")
    monkeypatch.setenv("MINIMAX_CHAT_TEST_KEYRING", str(store))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # the children import the doubles from tests/
    return store


def use_child_backend(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Name a backend of ``tests.core.keyring_doubles`` for the helper children."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", f"tests.core.keyring_doubles.{name}")
