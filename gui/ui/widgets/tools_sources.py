"""The Tools page's changes to the server list: add, edit, remove, paste, import, preset."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from gui.core.i18n import translate
from gui.core.secrets import SecretStoreError
from gui.core.tools.config import (
    McpConfigError,
    ServerConfig,
    import_claude_desktop,
    merge_servers,
    parse_snippet,
)
from gui.core.tools.editing import replace_server, split_plain_secrets
from gui.core.tools.preset import PRESET_ID, PresetUnavailable, check_launcher, preset_server
from gui.core.tools.secret_refs import PlainSecret, forget, move_to_keyring
from gui.ui.plain_text import plain, shown_line
from gui.ui.widgets.tools_services import ToolsServices

if TYPE_CHECKING:
    from gui.ui.widgets.tools_page import ToolsPage

log = logging.getLogger(__name__)


class ServerSources:
    """Changes the page's server list: editor, removal, snippet, Claude, preset."""

    def __init__(self, page: ToolsPage, services: ToolsServices) -> None:
        self._page = page
        self._services = services

    def _keyring_keeps(self) -> bool:
        return bool(self._services.store.persistent)

    def add_server(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        server = self._page.file.config.servers.get(self._page.selected_name())
        if server is not None and not self._page.file.broken:
            self._open_editor(server)

    def _open_editor(self, server: ServerConfig | None) -> None:
        from gui.ui.widgets.server_editor import ServerEditor

        taken = set(self._page.file.config.order) - ({server.name} if server is not None else set())
        editor = ServerEditor(server, taken, self._keyring_keeps(), self._page)
        self._page.editor = editor

        def done(result: int) -> None:
            edited = editor.result_server
            if result == QDialog.DialogCode.Accepted and edited is not None:
                secrets = editor.secrets_to_move(edited)
                old = server.name if server is not None else ""
                self._page._run(self._save_edited(old, edited, secrets), "mcp-write")
            editor.deleteLater()

        editor.finished.connect(done)
        editor.open()

    async def _save_edited(
        self, old_name: str, server: ServerConfig, secrets: list[PlainSecret]
    ) -> None:
        note = ""
        if secrets:
            note = await self._to_keyring(server, secrets)
        if old_name and old_name != server.name:
            self._page.tests.pop(old_name, None)
        else:
            self._page.tests.pop(server.name, None)  # its settings changed: test it again
        replace_server(self._page.file.config, old_name, server)
        if await self._page._write(note):
            self._page._fill()
            self._page.select(server.name)

    async def _to_keyring(self, server: ServerConfig, secrets: list[PlainSecret]) -> str:
        """Move ``secrets`` into the store (what failed stays plain); a note for the user."""
        try:
            await asyncio.to_thread(move_to_keyring, server, secrets, self._services.store)
        except SecretStoreError as exc:
            return translate(
                "ToolsPage", "Some secret values stay in mcp.json as plain text: {error}"
            ).format(error=str(exc))
        return ""

    def remove_selected(self) -> None:
        name = self._page.selected_name()
        if not name or self._page.file.broken:
            return
        box = QMessageBox(self._page)
        box.setObjectName("confirm-remove-server")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ToolsPage", "Remove tool server"))
        box.setText(translate("ToolsPage", "Remove “{name}”?").format(name=shown_line(name)))
        box.setInformativeText(
            translate(
                "ToolsPage",
                "Its entry is deleted from mcp.json and its secrets from the keyring.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        remove = box.addButton(
            translate("ToolsPage", "Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        plain(box)

        def done(_result: int) -> None:
            if box.clickedButton() is remove:
                self._page._run(self._remove(name), "mcp-write")
            box.deleteLater()

        box.finished.connect(done)
        box.open()

    async def _remove(self, name: str) -> None:
        server = self._page.file.config.servers.get(name)
        self._page.file.config.remove(name)
        self._page.tests.pop(name, None)
        if await self._page._write() and server is not None:
            try:
                await asyncio.to_thread(forget, server, self._services.store)
            except SecretStoreError as exc:
                log.warning("could not delete the secrets of a removed server: %s", exc)
        self._page._fill()

    # -- paste, import, preset ---------------------------------------------------------

    def paste_json(self) -> None:
        dialog = QDialog(self._page)
        dialog.setObjectName("mcp-paste-dialog")
        dialog.setWindowTitle(translate("ToolsPage", "Paste MCP servers"))
        dialog.setMinimumWidth(520)
        layout = QVBoxLayout(dialog)
        hint = self._page._label("settings-note")
        hint.setText(
            translate(
                "ToolsPage",
                'Paste a server\'s published snippet: {"mcpServers": {…}}, a {"name": {…}} map, '
                "or one server object.",
            )
        )
        layout.addWidget(hint)
        edit = QPlainTextEdit()
        edit.setObjectName("mcp-paste-text")
        edit.setTabChangesFocus(True)
        layout.addWidget(edit, 1)
        problem = self._page._label("editor-problem")
        problem.hide()
        layout.addWidget(problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(buttons)
        self._page.paste_dialog = dialog

        def accept() -> None:
            try:
                servers = parse_snippet(edit.toPlainText())
            except McpConfigError as exc:
                problem.setText(str(exc))
                problem.show()
                return
            dialog.accept()
            self._page._run(self.add_servers(servers), "mcp-write")

        buttons.accepted.connect(accept)
        buttons.rejected.connect(dialog.reject)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    async def add_servers(self, servers: list[ServerConfig], source: str = "") -> list[str]:
        """Add servers (renamed where taken); their secret values go to the keyring."""
        if self._page.file.broken:
            return []
        added = merge_servers(self._page.file.config, servers)
        notes = []
        if self._keyring_keeps():
            for server in servers:
                typed, _kept = split_plain_secrets(None, server)
                if typed:
                    note = await self._to_keyring(server, typed)
                    if note:
                        notes.append(note)
        text = (
            translate("ToolsPage", "Added from {source}: {names}.")
            if source
            else translate("ToolsPage", "Added: {names}.")
        ).format(source=source, names=", ".join(shown_line(name) for name in added))
        if await self._page._write(" ".join([text, *notes])):
            self._page._fill()
            if added:
                self._page.select(added[-1])
        return added

    def import_claude(self) -> None:
        self._page._run(self._import_claude(), "mcp-write")

    async def _import_claude(self) -> None:
        path = self._services.claude_config
        exists = await asyncio.to_thread(path.exists)
        if not exists:
            self._page._say(
                translate(
                    "ToolsPage", "No Claude Desktop configuration was found at {path}."
                ).format(path=str(path)),
                error=True,
            )
            return
        try:
            servers = await asyncio.to_thread(import_claude_desktop, path)
        except McpConfigError as exc:
            self._page._say(str(exc), error=True)
            return
        if not servers:
            self._page._say(
                translate("ToolsPage", "Claude Desktop has no MCP servers configured ({path}).")
                .format(path=str(path)),
                error=True,
            )  # fmt: skip
            return
        await self.add_servers(servers, translate("ToolsPage", "Claude Desktop"))

    def add_preset(self) -> None:
        self._page._run(self._add_preset(), "mcp-write")

    async def _add_preset(self) -> None:
        existing = next(
            (s.name for s in self._page.file.config.servers.values() if s.preset == PRESET_ID), None
        )
        if existing is None:
            added = await self.add_servers([preset_server()])
            if not added:
                return
        else:
            self._page.select(existing)
        try:
            await asyncio.to_thread(check_launcher, self._services.environ.get("PATH"))
        except PresetUnavailable as exc:
            self._page._say(str(exc), error=True)
            return
        if existing is not None:
            self._page._say(translate("ToolsPage", "MiniMax's tools are already in the list."))
