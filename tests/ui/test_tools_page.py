"""Settings → Tools against real files and the real demo MCP server (stdio)."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyleOptionViewItem,
    QTreeWidgetItem,
)

from gui.core.connection import SOURCE_NONE, KeyState
from gui.core.environment import EnvOverrides
from gui.core.secrets import MemorySecretStore
from gui.core.settings import Settings
from gui.core.tools.config import McpConfig
from gui.core.tools.preset import missing_launcher_message
from gui.core.tools.toolinfo import ToolInfo
from gui.ui.aio import BackgroundTasks
from gui.ui.widgets.server_editor import ServerEditor
from gui.ui.widgets.tools_page import ServerCheck, ToolsPage, ToolsServices
from tests.tools.conftest import DEMO, HTTP_TOKEN, http_url  # noqa: F401 - a fixture
from tests.ui.conftest import until
from tests.ui.test_untrusted_text import HOSTILE, rich_text_problems

Arun = Callable[..., Any]


class Harness:
    """A page over ``tmp_path/mcp.json``, with what it told the app recorded."""

    def __init__(
        self,
        tmp_path: Path,
        qtbot: Any,
        store: MemorySecretStore,
        environ: dict[str, str],
        owned: bool = True,
    ) -> None:
        self.path = tmp_path / "mcp.json"
        self.claude = tmp_path / "Claude" / "claude_desktop_config.json"
        self.store = store
        self.changes: list[McpConfig] = []
        self.opened: list[Path] = []
        self.errors: list[BaseException] = []
        self.tasks = BackgroundTasks(on_error=lambda _name, exc: self.errors.append(exc))
        services = ToolsServices(
            path=self.path,
            store=store,
            spawn=lambda coro, name: self.tasks.spawn(coro, name=name),
            changed=self.changes.append,
            open_folder=self.opened.append,
            claude_config=self.claude,
            environ=environ,
        )
        self.page = ToolsPage(Settings(), services)
        if owned:  # else the test deletes it
            qtbot.addWidget(self.page)
        self.page.show()

    def write(self, servers: dict[str, Any], **top: Any) -> None:
        self.path.write_text(json.dumps({"mcpServers": servers, **top}), "utf-8")

    def read(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.path.read_text("utf-8"))
        return data

    def servers(self) -> dict[str, Any]:
        servers: dict[str, Any] = self.read()["mcpServers"]
        return servers

    def rows(self) -> list[str]:
        return [item.text(0) for item in self.page._server_items()]

    def status(self, name: str) -> str:
        return next(i.text(2) for i in self.page._server_items() if i.text(0) == name)

    def tool_items(self) -> dict[str, QTreeWidgetItem]:
        tools = self.page.tools
        items = (tools.topLevelItem(i) for i in range(tools.topLevelItemCount()))
        return {item.text(0): item for item in items if item is not None}


@pytest.fixture
def harness(tmp_path: Path, qtbot: Any, qloop: Any) -> Callable[..., Harness]:
    def make(
        store: MemorySecretStore | None = None,
        environ: dict[str, str] | None = None,
        owned: bool = True,
    ) -> Harness:
        env = environ if environ is not None else {"PATH": os.environ.get("PATH", "")}
        return Harness(tmp_path, qtbot, store or keeping_store(), env, owned)

    return make


def keeping_store() -> MemorySecretStore:
    """A store that says it keeps secrets, like the system keyring (only then they move)."""
    store = MemorySecretStore()
    store.persistent = True  # type: ignore[misc]
    return store


def demo(*extra: str, **fields: Any) -> dict[str, Any]:
    return {"command": sys.executable, "args": [str(DEMO), *extra], **fields}


def fill_stdio(editor: ServerEditor, name: str, command: str, args: list[str]) -> None:
    editor.name.setText(name)
    editor.stdio_kind.setChecked(True)
    editor.command.setText(command)
    editor.args.setPlainText("\n".join(args))


def confirm_remove(page: ToolsPage) -> None:
    box = page.findChild(QMessageBox, "confirm-remove-server")
    assert box is not None
    button = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    assert isinstance(button, QPushButton)
    button.click()


def test_add_edit_remove_round_trip_mcp_json(harness: Callable[..., Harness], arun: Arun) -> None:
    h = harness()
    h.write({"kept": {"url": "https://x.example/mcp", "timeout": 30}}, note="mine")
    page = h.page

    async def scenario() -> None:
        await page.load()
        page.add_server()
        fill_stdio(page.editor, "demo", sys.executable, [str(DEMO), "--flag"])
        page.editor.env.add_row("DEMO_SETTING", "on")
        page.editor.accept()
        await page.wait_idle()
        assert h.servers()["demo"] == {
            "command": sys.executable,
            "args": [str(DEMO), "--flag"],
            "env": {"DEMO_SETTING": "on"},
        }
        assert h.rows() == ["kept", "demo"]
        assert stat.S_IMODE(h.path.stat().st_mode) == 0o600

        page.select("kept")
        page.edit_selected()
        editor = page.editor
        assert editor.remote_kind.isChecked() and editor.url.text() == "https://x.example/mcp"
        editor.name.setText("remote")
        editor.headers.add_row("X-Team", "blue")
        editor.enabled.setChecked(False)
        editor.accept()
        await page.wait_idle()
        data = h.read()
        assert list(data["mcpServers"]) == ["remote", "demo"]  # the place is kept on rename
        assert data["mcpServers"]["remote"] == {
            "url": "https://x.example/mcp",
            "timeout": 30,  # another client's field survives
            "headers": {"X-Team": "blue"},
            "disabled": True,
        }
        assert data["note"] == "mine"

        page.select("demo")
        page.remove_selected()
        confirm_remove(page)
        await until(lambda: "demo" not in h.servers())
        await page.wait_idle()
        assert h.rows() == ["remote"]
        assert [list(c.servers) for c in h.changes][-1] == ["remote"]

    arun(scenario(), timeout=20)


def test_editor_refuses_a_taken_name_and_a_missing_command(
    harness: Callable[..., Harness], arun: Arun
) -> None:
    h = harness()
    h.write({"demo": demo()})

    async def scenario() -> None:
        await h.page.load()
        h.page.add_server()
        editor = h.page.editor
        fill_stdio(editor, "demo", "", [])
        editor.accept()
        assert editor.isVisible() and "already exists" in editor.problem.text()
        editor.name.setText("other")
        editor.accept()
        assert editor.isVisible() and "command" in editor.problem.text()
        editor.reject()
        await h.page.wait_idle()

    arun(scenario())
    assert list(h.servers()) == ["demo"]


def test_enable_switch_writes_disabled(harness: Callable[..., Harness], arun: Arun) -> None:
    h = harness()
    h.write({"demo": demo()})

    async def scenario() -> None:
        await h.page.load()
        item = h.page._server_items()[0]
        item.setCheckState(0, Qt.CheckState.Unchecked)
        await h.page.wait_idle()
        assert h.servers()["demo"]["disabled"] is True
        item.setCheckState(0, Qt.CheckState.Checked)
        await h.page.wait_idle()
        assert "disabled" not in h.servers()["demo"]  # the default is not written
        # The app is told each list as written, not the page's own (still edited) copy.
        assert [c.servers["demo"].disabled for c in h.changes] == [True, False]

    arun(scenario())


def test_paste_reports_bad_json_and_adds_servers(
    harness: Callable[..., Harness], arun: Arun
) -> None:
    h = harness()
    h.write({"time": demo()})
    page = h.page

    async def scenario() -> None:
        await page.load()
        page.paste_json()
        dialog = page.paste_dialog
        edit = dialog.findChild(QPlainTextEdit, "mcp-paste-text")
        edit.setPlainText('{"mcpServers": {"time": {"command": "uvx",}}}')
        buttons = dialog.findChildren(QPushButton)
        ok = next(b for b in buttons if b.text() in ("OK", "&OK"))
        ok.click()
        problem = dialog.findChild(QLabel, "editor-problem")
        assert dialog.isVisible() and "line 1, column" in problem.text()
        assert problem.textFormat() == Qt.TextFormat.PlainText
        edit.setPlainText(
            json.dumps(
                {
                    "mcpServers": {
                        "time": {"command": "uvx", "args": ["mcp-server-time"]},
                        "fetch": {"command": "uvx", "args": ["mcp-server-fetch"]},
                    }
                }
            )
        )
        ok.click()
        await page.wait_idle()
        assert list(h.servers()) == ["time", "time-2", "fetch"]
        assert h.servers()["time-2"] == {"command": "uvx", "args": ["mcp-server-time"]}
        assert "time-2" in page.message.text()

        page.paste_json()
        dialog = page.paste_dialog
        dialog.findChild(QPlainTextEdit, "mcp-paste-text").setPlainText(
            '{"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem"]}'
        )
        next(b for b in dialog.findChildren(QPushButton) if b.text() in ("OK", "&OK")).click()
        await page.wait_idle()
        assert "server-filesystem" in h.servers()

    arun(scenario())


def test_import_claude_desktop(harness: Callable[..., Harness], arun: Arun) -> None:
    h = harness()
    page = h.page

    async def scenario() -> None:
        await page.load()
        page.import_claude()
        await page.wait_idle()
        assert "No Claude Desktop configuration" in page.message.text()
        assert not h.path.exists()
        h.claude.parent.mkdir(parents=True)
        h.claude.write_text(
            json.dumps(
                {
                    "mcpServers": {
                        "filesystem": {
                            "command": "npx",
                            "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"],
                        },
                        "docs": {"url": "https://docs.example/mcp"},
                    },
                    "globalShortcut": "Ctrl+Space",
                }
            ),
            "utf-8",
        )
        page.import_button.click()
        await page.wait_idle()
        assert list(h.servers()) == ["filesystem", "docs"]
        assert "globalShortcut" not in h.read()
        assert "filesystem, docs" in page.message.text()

    arun(scenario())


def test_test_lists_the_tools_of_a_real_stdio_server_and_toggles_write(
    harness: Callable[..., Harness], arun: Arun
) -> None:
    h = harness()
    h.write({"demo": demo("--slow-start"), "other": demo()})
    page = h.page

    async def scenario() -> None:
        await page.load()
        page.select("demo")
        page.test_button.click()
        await until(lambda: h.status("demo") == "Testing…")
        assert not page.test_button.isEnabled()  # busy: no second start
        await page.wait_idle()
        assert h.status("demo") == "9 tools"
        assert page.test_button.isEnabled()
        items = h.tool_items()
        assert {"add", "ping", "crash", "sleep"} <= set(items)
        assert items["add"].text(3) == "Add two numbers."
        assert items["add"].checkState(1) == Qt.CheckState.Checked
        items["crash"].setCheckState(1, Qt.CheckState.Unchecked)
        items["add"].setCheckState(2, Qt.CheckState.Checked)
        await page.wait_idle()
        assert h.servers()["demo"]["disabledTools"] == ["crash"]
        assert h.servers()["demo"]["alwaysAllow"] == ["add"]
        items["crash"].setCheckState(1, Qt.CheckState.Checked)
        await page.wait_idle()
        assert "disabledTools" not in h.servers()["demo"]
        page.select("other")  # untested: its tools are not shown yet
        assert h.tool_items() == {}
        assert "Press Test" in page.detail.text()
        page.select("demo")
        assert h.tool_items()["add"].checkState(2) == Qt.CheckState.Checked

    arun(scenario(), timeout=60)


def test_test_of_a_remote_server_uses_the_secret_from_the_keyring(
    harness: Callable[..., Harness],
    arun: Arun,
    http_url: str,  # noqa: F811
) -> None:
    store = keeping_store()
    h = harness(store=store)
    header = {"Authorization": "Bearer ${keyring:mcp/web/Authorization}"}
    h.write({"web": {"url": http_url, "headers": header}})
    page = h.page

    async def scenario() -> None:
        await page.load()
        await page.test("web")
        assert 'the secret for Authorization ("mcp/web/Authorization")' in page.detail.text()
        store.set("mcp/web/Authorization", HTTP_TOKEN)
        await page.test("web")
        assert "add" in h.tool_items() and h.status("web") == "9 tools"

    arun(scenario(), timeout=60)


def test_closing_settings_mid_test_stops_it_without_touching_the_page(
    harness: Callable[..., Harness], arun: Arun
) -> None:
    h = harness(owned=False)
    h.write({"demo": demo("--slow-start")})
    page = h.page

    async def scenario() -> None:
        await page.load()
        page.test_selected()
        page.start()  # a read still under way, too
        await until(lambda: h.status("demo") == "Testing…")
        page.stop()
        page.hide()  # else deleting the last window would quit the test's Qt loop
        shiboken6.delete(page)  # as the closed dialog's deleteLater does
        await page.wait_idle()

    arun(scenario(), timeout=30)
    assert h.errors == []


def test_a_failed_test_says_why_and_leaves_the_busy_state(
    harness: Callable[..., Harness], arun: Arun
) -> None:
    h = harness()
    h.write({"broken": demo("--exit"), "missing": {"command": "no-such-program-4711"}})
    page = h.page

    async def scenario() -> None:
        await page.load()
        page.select("broken")
        page.test_selected()
        await page.wait_idle()
        assert h.status("broken") == "Failed to start"
        assert 'The tool server "broken" could not start' in page.detail.text()
        assert "missing DEMO_SETTING" in page.detail.text()
        assert page.detail.textFormat() == Qt.TextFormat.PlainText
        assert page.test_button.isEnabled()
        page.select("missing")
        page.test_selected()
        await page.wait_idle()
        assert "no-such-program-4711" in page.detail.text()

    arun(scenario(), timeout=60)


def test_plain_secret_moves_to_the_keyring_and_the_file_keeps_a_reference(
    harness: Callable[..., Harness], arun: Arun
) -> None:
    h = harness()
    h.write({"gh": demo(env={"GITHUB_TOKEN": "ghp_plain_secret_1", "DEBUG": "1"})})
    page = h.page

    async def scenario() -> None:
        await page.load()
        page.edit_selected()
        editor = page.editor
        assert editor.move_box.isVisible() and editor.move_box.isChecked()
        assert "GITHUB_TOKEN" in editor.secret_note.text()
        table, delegate = editor.env.table, editor.env.secrets
        token, debug = table.model().index(0, 1), table.model().index(1, 1)
        field = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), token)
        assert isinstance(field, QLineEdit)
        assert field.echoMode() == QLineEdit.EchoMode.Password  # not shown while typing
        assert not delegate._hidden(debug)
        editor.findChild(QCheckBox, "server-env-show").setChecked(True)
        assert not delegate._hidden(token)
        editor.accept()
        await page.wait_idle()

    arun(scenario())
    text = h.path.read_text("utf-8")
    assert "ghp_plain_secret_1" not in text
    assert h.servers()["gh"]["env"] == {
        "GITHUB_TOKEN": "${keyring:mcp/gh/GITHUB_TOKEN}",
        "DEBUG": "1",
    }
    assert h.store.get("mcp/gh/GITHUB_TOKEN") == "ghp_plain_secret_1"


def test_a_secret_typed_in_the_editor_goes_to_the_keyring_directly(
    harness: Callable[..., Harness], arun: Arun
) -> None:
    h = harness()
    page = h.page

    async def scenario() -> None:
        await page.load()
        page.add_server()
        editor = page.editor
        editor.name.setText("docs")
        editor.remote_kind.setChecked(True)
        editor.url.setText("https://docs.example/mcp")
        editor.headers.add_row("Authorization", "Bearer typed-token-42")
        editor.accept()
        await page.wait_idle()
        # The secret reaches the child only at start: Test resolves it from the store.
        assert page.file.config.servers["docs"].headers == {
            "Authorization": "${keyring:mcp/docs/Authorization}"
        }

    arun(scenario())
    assert "typed-token-42" not in h.path.read_text("utf-8")
    assert h.store.get("mcp/docs/Authorization") == "Bearer typed-token-42"


def test_removing_a_server_forgets_its_secrets(harness: Callable[..., Harness], arun: Arun) -> None:
    store = keeping_store()
    store.set("mcp/gh/GITHUB_TOKEN", "ghp_x")
    h = harness(store=store)
    h.write({"gh": demo(env={"GITHUB_TOKEN": "${keyring:mcp/gh/GITHUB_TOKEN}"})})

    async def scenario() -> None:
        await h.page.load()
        h.page.remove_selected()
        confirm_remove(h.page)
        await until(lambda: h.servers() == {})
        await h.page.wait_idle()

    arun(scenario())
    assert store.get("mcp/gh/GITHUB_TOKEN") is None


def test_without_a_keeping_keyring_secrets_stay_in_the_file(
    harness: Callable[..., Harness], arun: Arun
) -> None:
    """A session-only store would lose the secret at restart: the plain value stays."""
    h = harness(store=MemorySecretStore())
    h.write({"gh": demo(env={"GITHUB_TOKEN": "ghp_plain_secret_1"})})

    async def scenario() -> None:
        await h.page.load()
        h.page.edit_selected()
        editor = h.page.editor
        assert not editor.move_box.isVisibleTo(editor)
        assert "No system keyring" in editor.secret_note.text()
        editor.accept()
        await h.page.wait_idle()

    arun(scenario())
    assert h.servers()["gh"]["env"] == {"GITHUB_TOKEN": "ghp_plain_secret_1"}


BROKEN = '{\n  "mcpServers": {\n    "a": {"command": "x",}\n  }\n}\n'


def test_a_broken_file_is_shown_and_never_overwritten(
    harness: Callable[..., Harness], arun: Arun
) -> None:
    h = harness()
    h.path.write_text(BROKEN, "utf-8")
    page = h.page

    async def scenario() -> None:
        await page.load()
        assert page.broken_box.isVisible()
        assert "line 3, column" in page.broken_text.text()
        for button in (
            page.add_button,
            page.edit_button,
            page.remove_button,
            page.test_button,
            page.paste_button,
            page.import_button,
            page.preset_button,
        ):
            assert not button.isEnabled()
        assert page.open_folder.isEnabled()
        page.open_folder.click()
        # Even if something still asked for a write, the file stays as the user left it.
        await page._add_servers([])
        page.add_preset()
        await page.wait_idle()
        assert await page._write() is False

    arun(scenario())
    assert h.path.read_text("utf-8") == BROKEN
    assert h.opened == [h.path.parent]
    assert h.changes == []


def test_a_file_changed_meanwhile_is_read_again_not_overwritten(
    harness: Callable[..., Harness], arun: Arun
) -> None:
    h = harness()
    h.write({"demo": demo()})
    page = h.page

    async def scenario() -> None:
        await page.load()
        h.write({"demo": demo(), "hand": {"command": "hand-added"}})
        edited = h.path.read_bytes()
        page._server_items()[0].setCheckState(0, Qt.CheckState.Unchecked)
        await page.wait_idle()
        assert h.path.read_bytes() == edited
        assert "changed by another program" in page.message.text()
        assert h.rows() == ["demo", "hand"]
        page._server_items()[0].setCheckState(0, Qt.CheckState.Unchecked)
        await page.wait_idle()
        assert h.servers()["demo"]["disabled"] is True

    arun(scenario())


def test_minimax_preset_says_what_to_install_without_uvx(
    harness: Callable[..., Harness], arun: Arun, tmp_path: Path
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    h = harness(environ={"PATH": str(empty)})

    async def scenario() -> None:
        await h.page.load()
        h.page.preset_button.click()
        await h.page.wait_idle()
        assert h.servers() == {
            "minimax": {"command": "uvx", "args": ["minimax-coding-plan-mcp"], "preset": "minimax"}
        }
        assert h.page.message.text() == missing_launcher_message()
        uvx = empty / "uvx"
        uvx.write_text("#!/bin/sh\n", "utf-8")
        uvx.chmod(0o755)
        h.page.preset_button.click()
        await h.page.wait_idle()
        assert list(h.servers()) == ["minimax"]  # added once
        assert "already" in h.page.message.text()

    arun(scenario())


def test_server_sent_text_stays_plain(harness: Callable[..., Harness], arun: Arun) -> None:
    h = harness()
    h.write({"demo": demo()})
    page = h.page

    async def scenario() -> None:
        await page.load()
        page.tests["demo"] = ServerCheck(
            tools=[ToolInfo("demo", HOSTILE, HOSTILE, title=HOSTILE)], problem=""
        )
        page._fill()
        assert HOSTILE in h.tool_items()
        page.tests["demo"] = ServerCheck(problem=HOSTILE)
        page._fill()
        page._say(HOSTILE, error=True)
        assert page.detail.text() == HOSTILE

    arun(scenario())
    assert rich_text_problems() == []


def test_loop_settings_are_in_the_settings_result(
    harness: Callable[..., Harness], arun: Arun
) -> None:
    from gui.ui.widgets.settings_dialog import SettingsDialog

    h = harness()
    dialog = SettingsDialog(
        Settings(), KeyState(SOURCE_NONE), "the keyring", True, EnvOverrides(), tools_page=h.page
    )
    assert h.page.round_limit.value() == 25 and h.page.tool_timeout.value() == 60
    h.page.round_limit.setValue(7)
    h.page.tool_timeout.setValue(90)
    value = dialog.result_value().settings
    assert (value.tool_round_limit, value.tool_timeout) == (7, 90.0)
    assert dialog.tabs.indexOf(h.page) == 2
    arun(h.page.wait_idle())


def test_settings_of_the_real_app_has_the_tools_page(make_app: Any, arun: Arun) -> None:
    """Settings opens with Tools over <data dir>/mcp.json; Save keeps the loop limits."""

    async def scenario() -> None:
        app = await make_app()
        (app.data_dir / "mcp.json").write_text(json.dumps({"mcpServers": {"demo": demo()}}))
        app.window.account.open_settings()
        await until(lambda: app.window.account._settings_dialog is not None)
        dialog = app.window.account._settings_dialog
        page = dialog.tools_page
        assert isinstance(page, ToolsPage)
        await until(lambda: page.loaded)
        assert [i.text(0) for i in page._server_items()] == ["demo"]
        page.round_limit.setValue(12)
        dialog.accept()
        await until(lambda: app.context.settings.value.tool_round_limit == 12)

    arun(scenario(), timeout=20)
