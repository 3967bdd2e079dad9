"""The Tools button: a chat switches servers and tools off for itself, kept in its file."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QApplication

from gui.core.conversation import ToolChoice
from gui.ui.widgets.tools_menu import ServerTools, ToolsButton
from tests.ui.conftest import until


def actions(button: ToolsButton) -> dict[str, Any]:
    return {a.objectName(): a for a in button.menu_.actions() if a.objectName()}


def test_switches_make_the_chats_choice(qapp: QApplication) -> None:
    """Unticking a tool or a server gives a new choice; a server's tools follow it."""
    servers = [
        ServerTools("files & more", ["read_file", "delete_file"]),
        ServerTools("web", None),
    ]
    button = ToolsButton(lambda: servers)
    chosen: list[ToolChoice] = []
    button.choice_changed.connect(chosen.append)
    button.fill()
    found = actions(button)
    assert found["server:files & more"].text() == "files && more"  # no shortcut marker
    assert found["tool:files & more/delete_file"].isChecked()
    found["tool:files & more/delete_file"].setChecked(False)
    assert chosen[-1] == ToolChoice([], ["files & more/delete_file"])
    found["server:web"].setChecked(False)
    assert chosen[-1] == ToolChoice(["web"], ["files & more/delete_file"])
    assert button.text() == "Tools (some off)"
    button.fill()
    found = actions(button)
    assert not found["server:web"].isChecked()
    assert not found["tool:files & more/delete_file"].isChecked()
    texts = [a.text() for a in button.menu_.actions()]
    assert "List each server's tools (starts the servers)" in texts  # web is not listed yet


def test_no_servers_points_to_settings(qapp: QApplication) -> None:
    button = ToolsButton(list)
    button.fill()
    texts = [a.text() for a in button.menu_.actions()]
    assert texts == ["No tool servers are set up.", "Add servers in Settings…"]


def test_choice_is_stored_on_the_open_chat(make_app: Any, arun: Any, tmp_path: Any) -> None:
    """The window lists mcp.json's enabled servers; a switch lands in the conversation."""
    root = tmp_path / "data"
    root.mkdir()
    (root / "mcp.json").write_text(
        json.dumps(
            {
                "mcpServers": {
                    "clock": {"command": "clock-server"},
                    "off": {"command": "x", "disabled": True},
                }
            }
        ),
        "utf-8",
    )

    async def scenario() -> None:
        app = await make_app(data_dir=root)
        window = app.window
        await until(lambda: window.current_id is not None)
        window.send("hello")  # a chat with a message: the next new chat is another one
        await app.controller.wait_idle()
        button = window.tools_button
        button.fill()
        found = actions(button)
        assert list(found) == ["server:clock"]  # a disabled server is not offered
        found["server:clock"].setChecked(False)
        conv = app.controller.get(window.current_id)
        assert conv.tools == ToolChoice(["clock"], [])
        window.new_chat()
        assert window.current_id != conv.id
        assert window.tools_button.choice == ToolChoice()  # a new chat has every tool on
        window.open_conversation(conv.id)
        assert window.tools_button.choice == ToolChoice(["clock"], [])

    arun(scenario())


def test_listing_starts_the_servers_and_shows_their_tools(
    make_app: Any, arun: Any, tmp_path: Any
) -> None:
    """ "List each server's tools" asks the real server; its tools then get switches."""
    from tests.ui.test_tool_loop import DEMO_TOOLS, demo, write_mcp

    write_mcp(tmp_path / "data", demo=demo())

    async def scenario() -> None:
        app = await make_app()
        window = app.window
        await until(lambda: window.current_id is not None)
        switches = window.tool_switches
        assert switches.servers()[0].tools is None  # nothing started yet
        assert not app.context.tools.started
        await switches._list()
        assert switches.listed == {"demo": DEMO_TOOLS}
        window.tools_button.fill()
        found = actions(window.tools_button)
        assert [name for name in found if name.startswith("tool:")] == [
            f"tool:demo/{tool}" for tool in DEMO_TOOLS
        ]
        found["tool:demo/crash"].setChecked(False)
        conv = app.controller.get(window.current_id)
        assert conv.tools == ToolChoice([], ["demo/crash"])

    arun(scenario(), timeout=60)
