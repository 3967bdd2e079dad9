"""Account and connection actions: Settings, the welcome, connection tests, key and model checks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from gui.core.connection import SOURCE_NONE, sends_in_clear
from gui.core.errors import shown_text
from gui.core.i18n import translate
from gui.core.settings import Settings
from gui.ui.context import AppContext
from gui.ui.widgets.notice_banner import NoticeAction

if TYPE_CHECKING:
    # Dialogs load when first opened: they are not needed to show the window.
    from gui.core.tools.config import McpConfig
    from gui.core.tools.preset import MiniMaxAccess
    from gui.ui.widgets.settings_dialog import SettingsDialog, SettingsResult
    from gui.ui.widgets.tools_page import ToolsPage
    from gui.ui.widgets.welcome_dialog import WelcomeDialog


@dataclass(frozen=True, slots=True)
class AccountHooks:
    """What the account actions ask of the window."""

    notify: Callable[[str, NoticeAction | None], None]
    dismiss_notice_if: Callable[[Callable[[], None]], None]
    announce: Callable[[str], None]
    settings_changed: Callable[[Settings, Settings], None]  # (before, after)
    connection_changed: Callable[[], None]
    key_known: Callable[[bool], None]  # whether there is a key to chat with
    focus_composer: Callable[[], None]
    # Settings → Tools wrote a new mcp.json: whoever owns the running tool servers applies it.
    tools_changed: Callable[[McpConfig], None] = lambda _config: None
    # The server's model list arrived (or was forgotten): the chat's model picker lists it.
    models_listed: Callable[[], None] = lambda: None


class AccountActions:
    """Opens Settings and the welcome, applies their result and keeps the key notice current."""

    def __init__(self, parent: QWidget, context: AppContext, hooks: AccountHooks) -> None:
        self._parent = parent
        self._ctx = context
        self._hooks = hooks
        self.has_key = True
        self._settings_dialog: SettingsDialog | None = None
        self._welcome: WelcomeDialog | None = None

    def open_settings(self) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.raise_()
            return
        self._ctx.tasks.spawn(self._open_settings(), name="open-settings")

    async def _open_settings(self) -> None:
        connection = self._ctx.connection
        _key, state = await connection.api_key()
        if self._settings_dialog is not None:
            return
        from gui.ui.widgets.settings_dialog import SettingsDialog

        tools = self._tools_page()
        dialog = SettingsDialog(
            self._ctx.settings.value,
            state,
            connection.secrets.describe(),
            connection.store_is_persistent(),
            connection.env,
            self._ctx.live_models,
            self._parent,
            tools_page=tools,
        )
        tools.start()
        self._settings_dialog = dialog
        dialog.test_requested.connect(lambda result: self._test_connection(dialog, result))

        def done(result: int) -> None:
            self._settings_dialog = None
            tools.stop()
            if result == QDialog.DialogCode.Accepted:
                self._ctx.tasks.spawn(self.apply_settings(dialog.result_value()), name="apply")
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def _tools_page(self) -> ToolsPage:
        """Settings → Tools over ``<data dir>/mcp.json`` and the app's secret store."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from gui.core.tools.config import config_path
        from gui.ui.widgets.tools_page import ToolsPage, ToolsServices

        services = ToolsServices(
            path=config_path(self._ctx.paths.root),
            store=self._ctx.connection.secrets,
            spawn=lambda coro, name: self._ctx.tasks.spawn(coro, name=name),
            minimax_access=self._minimax_access,
            changed=self._hooks.tools_changed,
            open_folder=lambda folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))),
        )
        return ToolsPage(self._ctx.settings.value, services)

    async def _minimax_access(self) -> MiniMaxAccess | None:
        """The key in use and its region's address, for testing MiniMax's own tools."""
        from gui.core.tools.preset import MiniMaxAccess

        key, _state = await self._ctx.connection.api_key()
        if not key:
            return None
        url, _source = self._ctx.connection.base_url()
        return MiniMaxAccess(key, url)

    async def apply_settings(self, result: SettingsResult) -> None:
        before = self._ctx.settings.value
        url = self._ctx.connection.env.base_url or result.settings.base_url()
        if sends_in_clear(url):
            from gui.ui.key_safety import agree_to_plain_http  # with the first plain-http address

            agreed = url == before.plain_http_consent or await agree_to_plain_http(
                self._parent, url
            )
            result.settings.plain_http_consent = url if agreed else ""
        self._ctx.settings.update(result.settings)
        self._hooks.settings_changed(before, result.settings)
        logging.getLogger().setLevel(getattr(logging, result.settings.log_level, logging.INFO))
        problem = None
        if result.new_key is not None:
            problem = await self._ctx.connection.set_api_key(result.new_key)
        elif result.remove_key:
            problem = await self._ctx.connection.set_api_key("")
        await self._ctx.connection.reset()
        self._hooks.connection_changed()
        if problem:
            self._hooks.notify(problem, None)
        server_changed = (result.settings.base_url(), result.settings.region) != (
            before.base_url(),
            before.region,
        )
        if server_changed or result.new_key is not None or result.remove_key:
            # The model list is the server's: ask the new one (or the old one, with the new key).
            self._ctx.live_models = None
            self._ctx.tasks.spawn(self.refresh_models(), name="list-models")
        await self.check_key_async()

    async def refresh_models(self) -> None:
        """Ask the server for its model list, for Settings (MiniMax offers GET /models since
        mid-2026; older deployments answer 404 and the built-in list stays)."""
        backend = await self._ctx.connection.backend()
        if backend.config.api_key:
            self._ctx.live_models = await backend.list_models()
            self._hooks.models_listed()

    def _test_connection(
        self, dialog: SettingsDialog | WelcomeDialog, result: SettingsResult
    ) -> None:
        dialog.test_button.setEnabled(False)
        dialog.test_result.setText(translate("MainWindow", "Testing…"))
        self._ctx.tasks.spawn(self._run_test(dialog, result), name="test-connection")

    async def _run_test(
        self, dialog: SettingsDialog | WelcomeDialog, result: SettingsResult
    ) -> None:
        connection = self._ctx.connection
        settings = result.settings
        # Only the key saved for (or typed beside) the tested address goes there.
        config, choice = await connection.test_config(
            settings, typed=result.new_key, remove=result.remove_key
        )
        url = config.base_url
        if choice.needs_consent:
            from gui.ui.key_safety import agree_to_plain_http

            if not await agree_to_plain_http(dialog, url):
                dialog.show_test_result(False, translate("MainWindow", "Not tested."))
                return
            current = self._ctx.settings.value
            self._ctx.settings.update(replace(current, plain_http_consent=url))
        backend = await connection.probe_backend(config)
        try:
            error, models = await backend.test_connection(settings.model)
        finally:
            await backend.aclose()
        if not dialog.isVisible():
            return  # closed meanwhile
        if error is None:
            if models:
                self._ctx.live_models = models
                self._hooks.models_listed()
            text = translate("MainWindow", "Connected to {url}.").format(url=url)
            if models:
                text += " " + translate("MainWindow", "The server lists {count} models.").format(
                    count=len(models)
                )
            dialog.show_test_result(True, text)
        else:
            text = shown_text(error.text_ids, error.args, error.message)
            dialog.show_test_result(False, text)
        self._hooks.announce(text)  # the result appears away from the focused button

    def check_key(self) -> None:
        self._ctx.tasks.spawn(self.check_key_async(), name="check-key")

    async def check_key_async(self) -> None:
        _key, state = await self._ctx.connection.api_key()
        self.has_key = state.source != SOURCE_NONE
        self._hooks.key_known(self.has_key)
        if not self.has_key:
            self._hooks.notify(
                state.problem or translate("MainWindow", "No MiniMax API key is set yet."),
                (translate("MainWindow", "Open Settings"), self.open_settings),
            )
        else:
            self._hooks.dismiss_notice_if(self.open_settings)

    async def first_run_check(self) -> None:
        """Welcome the user with a short set-up when there is no key to chat with."""
        await self.check_key_async()
        if not self.has_key:
            self.open_welcome()

    def open_welcome(self) -> None:
        if self._welcome is not None or self._settings_dialog is not None:
            return
        from gui.ui.widgets.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(
            self._ctx.settings.value, self._ctx.connection.store_is_persistent(), self._parent
        )
        self._welcome = dialog
        dialog.test_requested.connect(lambda result: self._test_connection(dialog, result))
        dialog.more_settings_requested.connect(lambda: QTimer.singleShot(0, self.open_settings))

        def done(result: int) -> None:
            self._welcome = None
            if result == QDialog.DialogCode.Accepted:
                self._ctx.tasks.spawn(self.apply_settings(dialog.result_value()), name="apply")
                self._hooks.focus_composer()
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
