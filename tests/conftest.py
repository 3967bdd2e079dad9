"""Test-wide set-up: offscreen Qt, no real keyring unless asked, a loopback MiniMax server."""

from __future__ import annotations

import os

# Before anything imports Qt or keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
if os.environ.get("MINIMAX_CHAT_REAL_KEYRING") != "1":
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY"):
    os.environ.pop(name, None)
    os.environ.pop(name.lower(), None)
os.environ["NO_PROXY"] = "127.0.0.1,localhost"

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from tests.fakes.minimax_server import FakeMiniMax  # noqa: E402


@pytest.fixture
def fake_minimax() -> Iterator[FakeMiniMax]:
    """A loopback MiniMax server, stopped after the test."""
    server = FakeMiniMax().start()
    try:
        yield server
    finally:
        server.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests that need a QApplication so `-m "not gui"` runs the fast core suite."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if {"qapp", "qtbot", "qloop", "arun"} & set(fixtures):
            item.add_marker(pytest.mark.gui)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Empty the clipboard while Qt still runs.

    WORKAROUND: Qt's offscreen platform crashes at interpreter exit when the
    clipboard still owns data set from Python (the copy-action tests leave some).
    """
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        QGuiApplication.clipboard().clear()
