"""Test connection sends a key only to the address it belongs to, and asks before plain http."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from gui.core.regions import CUSTOM_ID
from gui.core.settings import Settings, save_settings
from tests.fakes.minimax_server import FakeMiniMax
from tests.ui.conftest import TEST_KEY, App, until

MakeApp = Callable[..., Awaitable[App]]


def start_on_custom_address(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path, url: str
) -> App:
    """The app with TEST_KEY saved for ``url`` and no address from the environment."""
    root = tmp_path / "data"
    root.mkdir()
    save_settings(root, Settings(region=CUSTOM_ID, custom_base_url=url))
    app: App = arun(make_app(data_dir=root, env={"OPENAI_BASE_URL": ""}))
    return app


async def open_settings(app: App) -> Any:
    app.window.account.open_settings()
    await until(lambda: app.window.account._settings_dialog is not None)
    return app.window.account._settings_dialog


def test_saved_key_never_goes_to_an_unsaved_address(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    app = start_on_custom_address(arun, make_app, tmp_path, fake_minimax.base_url)
    other = fake_minimax.base_url.replace("/v1", "/elsewhere/v1")

    async def scenario() -> None:
        dialog = await open_settings(app)
        dialog.custom_url.setText(other)
        seen = len(fake_minimax.requests)
        dialog.test_button.click()
        await until(lambda: dialog.test_button.isEnabled())
        sent = [r.headers.get("authorization") for r in fake_minimax.requests[seen:]]
        assert f"Bearer {TEST_KEY}" not in sent
        # Back on the address the key was saved for, the test uses it.
        dialog.custom_url.setText(fake_minimax.base_url)
        seen = len(fake_minimax.requests)
        dialog.test_button.click()
        await until(lambda: dialog.test_button.isEnabled())
        sent = [r.headers.get("authorization") for r in fake_minimax.requests[seen:]]
        assert sent and all(value == f"Bearer {TEST_KEY}" for value in sent)
        dialog.reject()

    arun(scenario())


def test_plain_http_to_another_machine_asks_first(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """Declining the warning sends nothing (192.0.2.1 is a documentation address)."""
    app = start_on_custom_address(arun, make_app, tmp_path, fake_minimax.base_url)
    remote = "http://192.0.2.1:8000/v1"

    async def scenario() -> None:
        dialog = await open_settings(app)
        dialog.custom_url.setText(remote)
        dialog.key_edit.setText("sk-typed-for-the-remote-address-0000")
        dialog.test_button.click()
        await until(lambda: dialog.findChild(QMessageBox, "plain-http-consent") is not None)
        box = dialog.findChild(QMessageBox, "plain-http-consent")
        assert remote in box.text()
        box.reject()
        await until(lambda: dialog.test_button.isEnabled())
        assert app.context.settings.value.plain_http_consent == ""
        dialog.reject()

    arun(scenario())
