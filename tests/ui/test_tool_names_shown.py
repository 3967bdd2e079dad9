"""Server and tool names (from mcp.json, a server or the model) show on one line, without
bidi controls and cut to a readable length, in every tool widget, like titles elsewhere."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from gui.core.tool_turns import TimelineStep, ToolStep
from gui.core.tools.toolinfo import ToolInfo
from gui.ui.plain_text import BIDI_CONTROLS, MAX_LINE
from gui.ui.widgets.approval_card import ApprovalCard
from gui.ui.widgets.reasoning_pane import step_heading
from gui.ui.widgets.tool_call_card import ToolCallCard
from gui.ui.widgets.tools_menu import ServerTools, ToolsButton
from gui.ui.widgets.tools_page import ServerCheck
from tests.ui.test_tool_widgets import Req
from tests.ui.test_tools_page import Harness, demo, keeping_store

Arun = Callable[..., Any]
# "\u202e" shows "files" as "selif"; the line break would show two names as if two entries.
SERVER = "\u202efiles\nsecond line"
TOOL = "read\u2066_file\u2069\u2028" + "x" * 1000
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def problems(where: str, texts: Iterable[str]) -> list[str]:
    found = []
    for text in texts:
        if any(ch in BIDI_CONTROLS for ch in text):
            found.append(f"{where}: bidi controls in {text[:60]!r}")
        if any(ch in LINE_BREAKS for ch in text):
            found.append(f"{where}: a line break in {text[:60]!r}")
        if len(text) > 2 * MAX_LINE + 100:  # a sentence may hold two names
            found.append(f"{where}: {len(text)} characters")
    return found


def test_a_tool_call_card_shows_the_names_on_one_line(qapp: QApplication) -> None:
    card = ToolCallCard(ToolStep(call_id="c1", name="x", arguments="{}", server=SERVER, tool=TOOL))
    found = problems("title", [card.title.text()])
    found += problems("toggle", [card.toggle.accessibleName()])
    assert not found, found


def test_the_approval_card_shows_the_names_on_one_line(qapp: QApplication) -> None:
    card = ApprovalCard([Req("c1", server=SERVER, tool=TOOL, description="\u202eDeletes all")])
    (panel,) = card.panels
    found = problems("title", [panel.title.text()])
    assert "\u202e" not in panel.description.text()
    assert not found, found


def test_the_tools_menu_shows_the_names_on_one_line(qapp: QApplication) -> None:
    button = ToolsButton(lambda: [ServerTools(SERVER, [TOOL])])
    menu = button.menu()
    assert menu is not None
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions() if action.objectName()]
    assert len(texts) == 2
    found = problems("menu", texts)
    assert not found, found
    assert menu.actions()[0].objectName() == f"server:{SERVER}"  # the real name is kept


def test_the_tools_page_shows_the_names_on_one_line(
    tmp_path: Path, qtbot: Any, qloop: Any, arun: Arun
) -> None:
    h = Harness(tmp_path, qtbot, keeping_store(), {"PATH": os.environ.get("PATH", "")})
    h.write({SERVER: demo()})
    page = h.page

    async def scenario() -> None:
        await page.load()
        (name,) = page.file.config.order
        page.tests[name] = ServerCheck(
            tools=[ToolInfo(name, TOOL, "\u202edescription\nmore", title=TOOL)], problem=""
        )
        page._fill()
        page.select(name)
        found = problems("server row", [item.text(0) for item in page._server_items()])
        tools = [page.tools.topLevelItem(i) for i in range(page.tools.topLevelItemCount())]
        found += problems("tool row", [t.text(c) for t in tools if t for c in (0, 3)])
        found += problems("tools title", [page.tools_title.text()])
        page.remove_selected()
        box = page.findChild(QMessageBox, "confirm-remove-server")
        assert box is not None
        found += problems("remove box", [box.text()])
        found += problems(
            "labels",
            [
                label.text()
                for label in page.findChildren(QLabel)
                if label.objectName() != "mcp-detail"
            ],
        )
        box.reject()
        assert not found, "\n".join(found)

    arun(scenario())


def test_the_reasoning_timeline_shows_the_names_on_one_line() -> None:
    step = ToolStep(call_id="c1", name="x", arguments="{}", server=SERVER, tool=TOOL)
    heading = step_heading(TimelineStep(kind="call", message_id="m1", step=step))
    assert not problems("timeline", [heading])
