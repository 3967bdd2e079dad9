"""Leaving earlier turns out of a chat in the window: button, confirmation, divider, menu, undo."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QTextEdit, QWidget

from gui.core.conversation import Conversation, Message, Role
from tests.fakes.minimax_server import FakeMiniMax
from tests.ui.conftest import App
from tests.ui.test_chat_window import MakeApp, type_and_send

TURN_CHARS = 120_000  # about 30,000 tokens a message: six turns fill M2.7's 204,800


@pytest.fixture
def app(arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax) -> App:
    made: App = arun(make_app())
    box = made.context.settings
    box.update(replace(box.value, model="MiniMax-M2.7", system_prompt="Be brief."))
    made.fake = fake_minimax  # type: ignore[attr-defined]
    return made


def inside(arun: Callable[..., Any], action: Callable[[], Any]) -> Any:
    """Do ``action`` inside the running loop, as every click in the app happens."""

    async def run() -> Any:
        return action()

    return arun(run())


def ask(app: App, qtbot: Any, arun: Callable[..., Any], text: str) -> None:
    async def scenario() -> None:
        type_and_send(app, qtbot, text)
        await app.controller.wait_idle()

    arun(scenario())


def open_chat(app: App, turns: int, chars: int = TURN_CHARS) -> Conversation:
    """A chat of ``turns`` long questions and answers, open in the window."""
    conv = app.controller.new_conversation()
    for n in range(turns):
        conv.messages.append(Message(role=Role.USER, content=f"Q{n} " + "q" * chars, id=f"u{n}"))
        conv.messages.append(Message(role=Role.ASSISTANT, content=f"A{n} " + "a" * 40, id=f"a{n}"))
    conv.title = "Long chat"
    app.window.open_conversation(conv.id)
    return conv


def current(app: App) -> Conversation:
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None
    return conv


def saved(app: App, conv: Conversation, arun: Callable[..., Any]) -> dict[str, Any]:
    arun(app.controller.flush_saves())
    path = app.data_dir / "conversations" / f"{conv.id}.json"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def message_box(app: App, name: str) -> QMessageBox:
    boxes = [b for b in app.window.findChildren(QMessageBox, name) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def context_menu(app: App, message_id: str) -> QMenu:
    """Right-click the text of a message as the user does; the menu that opens."""
    widget = app.window.chat.widget_for(message_id)
    assert widget is not None
    edit = widget.findChildren(QTextEdit)[0]
    viewport = edit.viewport()
    pos = QPoint(5, 5)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    menus = [m for m in edit.findChildren(QMenu, "message-context-menu") if m.isVisible()]
    assert len(menus) == 1
    return menus[0]


def start_action(menu: QMenu) -> Any:
    action = next(a for a in menu.actions() if a.objectName() == "context-start-action")
    return action


def test_earlier_turns_are_not_sent_and_the_system_prompt_is(
    app: App, qtbot: Any, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    for text in ("first", "second", "third"):
        ask(app, qtbot, arun, text)
    conv = current(app)
    second = next(m for m in conv.messages if m.content == "second")
    menu = context_menu(app, second.id)
    action = start_action(menu)
    assert action.text() == "Start context here" and action.isEnabled()
    assert "Copy" in " ".join(a.text() for a in menu.actions())  # the text's own menu stays
    inside(arun, action.trigger)
    menu.close()
    assert conv.context_from == second.id
    ask(app, qtbot, arun, "fourth")
    body = fake_minimax.chat_requests()[-1]
    sent = [(m["role"], m.get("content")) for m in body["messages"]]
    assert sent[0] == ("system", "Be brief.")
    assert sent[1] == ("user", "second")
    assert ("user", "first") not in sent
    assert [role for role, _ in sent] == [
        "system", "user", "assistant", "user", "assistant", "user"
    ]  # fmt: skip
    # saved: the start, and which start the new answer was asked with
    data = saved(app, conv, arun)
    assert data["context_from"] == second.id
    assert data["messages"][-1]["context_from"] == second.id
    assert "context_from" not in data["messages"][1]
    assert [m["content"] for m in data["messages"] if m["role"] == "user"] == [
        "first", "second", "third", "fourth"
    ]  # fmt: skip
    # undone from the same menu: the whole chat is sent again
    menu = context_menu(app, second.id)
    assert start_action(menu).text() == "Send the whole chat again"
    inside(arun, start_action(menu).trigger)
    menu.close()
    assert conv.context_from is None
    ask(app, qtbot, arun, "fifth")
    first = fake_minimax.chat_requests()[-1]["messages"][1]
    assert first == {"role": "user", "content": "first"}


def test_the_first_message_cannot_start_the_context(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    ask(app, qtbot, arun, "only")
    conv = current(app)
    menu = context_menu(app, conv.messages[0].id)
    assert not start_action(menu).isEnabled()
    menu.close()


def test_editing_the_start_message_keeps_the_context_starting_there(
    app: App, qtbot: Any, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    ask(app, qtbot, arun, "first")
    ask(app, qtbot, arun, "second")
    conv = current(app)
    assert inside(arun, lambda: app.controller.set_context_start(conv.id, conv.messages[2].id))

    async def edit() -> None:
        assert app.controller.edit_last_user_message(conv.id, "second, edited")
        await app.controller.wait_idle()

    arun(edit())
    assert conv.context_from == conv.messages[2].id
    assert conv.messages[2].content == "second, edited"
    assert fake_minimax.chat_requests()[-1]["messages"][1] == {
        "role": "user",
        "content": "second, edited",
    }


def test_the_warning_button_proposes_a_cut_and_the_divider_undoes_it(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    conv = open_chat(app, 6)
    controls = app.window.chat_controls
    assert controls.context.property("level") == "warn"
    assert controls.trim.isVisible() and controls.new_chat.isVisible()
    assert controls.trim.text() == "Leave out earlier turns…"
    divider = app.window.chat._divider
    assert not divider.isVisible()
    inside(arun, controls.trim.click)
    box = message_box(app, "confirm-trim")
    # 50 % of 204,800 holds three of the six ~30k-token turns
    assert box.text() == "Leave out the first 3 turns of this chat?"
    assert "last 3 of 6 turns" in box.informativeText()
    assert "MiniMax-M2.7" in box.informativeText()
    assert box.textFormat() == Qt.TextFormat.PlainText
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    cancel.click()
    assert conv.context_from is None  # nothing changes without a yes
    inside(arun, controls.trim.click)
    box = message_box(app, "confirm-trim")
    inside(arun, next(b for b in box.buttons() if b.objectName() == "confirm-trim-accept").click)
    assert conv.context_from == "u3"
    assert saved(app, conv, arun)["context_from"] == "u3"
    # the meter counts only what is sent now
    assert controls.context.property("level") == "ok"
    assert not controls.trim.isVisible()
    assert controls.context.text().endswith("context (43 %)")  # three ~30k-token turns
    tip = controls.context.toolTip()
    assert "Earlier turns left out: 3." in tip and "has not counted what is sent now" in tip
    # the divider stands right above the first message sent; earlier ones are dimmed
    chat = app.window.chat
    start = chat.widget_for("u3")
    assert start is not None
    layout = chat._layout
    assert divider.isVisible()
    assert not divider.visibleRegion().isEmpty()  # scrolled into view after the cut
    assert layout.indexOf(divider) == layout.indexOf(start) - 1
    assert divider.label.text() == "Earlier messages are not sent to the model"
    shown_before = [chat.widget_for(f"{k}{n}") for k in "ua" for n in range(3)]
    assert all(w is None or w.property("left-out") for w in shown_before)
    assert any(w is not None for w in shown_before)
    assert not start.property("left-out")
    dimmed = next(w for w in shown_before if w is not None)
    assert dimmed.graphicsEffect() is not None and start.graphicsEffect() is None
    # faded parts fill no background: Qt would paint nothing behind them, and old pixels
    # showed through (text not faded, ghosts of the divider)
    viewports = [e.viewport() for e in dimmed.findChildren(QTextEdit)]
    assert viewports and not any(v.autoFillBackground() for v in viewports)
    # every message is still in the chat
    assert len(conv.messages) == 12
    inside(arun, divider.undo.click)
    assert conv.context_from is None
    assert not divider.isVisible()
    assert not dimmed.property("left-out") and dimmed.graphicsEffect() is None
    assert all(v.autoFillBackground() for v in viewports)
    assert controls.context.property("level") == "warn"
    assert "left out" not in controls.context.toolTip()
    assert "context_from" not in saved(app, conv, arun)


def test_the_divider_survives_reopening_and_new_answers(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    conv = open_chat(app, 2, chars=40)
    assert inside(arun, lambda: app.controller.set_context_start(conv.id, "u1"))
    app.window.open_conversation(conv.id)
    chat = app.window.chat
    divider = chat._divider
    assert divider.isVisible()
    ask(app, qtbot, arun, "more")
    start = chat.widget_for("u1")
    assert start is not None
    assert chat._layout.indexOf(divider) == chat._layout.indexOf(start) - 1
    # the new answer's widgets come after the start, in order
    last = chat.widget_for(conv.messages[-1].id)
    assert last is not None and chat._layout.indexOf(last) > chat._layout.indexOf(start)
    order = [chat._layout.indexOf(w) for m in conv.messages if (w := chat.widget_for(m.id))]
    assert order == sorted(order)


def test_a_last_turn_that_alone_does_not_fit_is_not_cut(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    conv = open_chat(app, 1, chars=900_000)  # ~225,000 tokens: more than the window
    controls = app.window.chat_controls
    assert controls.context.property("level") == "full"
    assert "Leave out earlier turns" in controls.warning.text()
    inside(arun, controls.trim.click)
    box = message_box(app, "trim-impossible")
    assert box.text() == "Leaving out earlier turns cannot make this chat fit"
    assert "204.8k" in box.informativeText()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert conv.context_from is None


def test_nothing_earlier_to_leave_out_is_said_plainly(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    conv = open_chat(app, 1, chars=40)
    conv.messages.append(Message(role=Role.USER, content="q" * 680_000, id="u1"))
    app.window.open_conversation(conv.id)  # ~170,000 tokens in the last turn: 83 %
    controls = app.window.chat_controls
    assert controls.context.property("level") == "warn"
    inside(arun, controls.trim.click)
    box = message_box(app, "confirm-trim")  # the first, short turn can still go
    assert box.text() == "Leave out the first turn of this chat?"
    inside(arun, next(b for b in box.buttons() if b.objectName() == "confirm-trim-accept").click)
    assert conv.context_from == "u1"
    assert controls.context.property("level") == "warn"  # the last turn alone is that big
    inside(arun, controls.trim.click)
    box = message_box(app, "trim-impossible")
    assert box.text() == "There are no earlier turns to leave out"
    assert "start a new chat" in box.informativeText()
    box.button(QMessageBox.StandardButton.Ok).click()
    arun(app.controller.flush_saves())


def test_the_pdf_marks_where_the_context_starts(app: App) -> None:
    from gui.core.export.options import ExportOptions
    from gui.ui.pdf_export import document_html

    conv = open_chat(app, 3, chars=40)
    conv.context_from = "u1"
    page = document_html(conv, ExportOptions())
    marker = page.index("The messages above are not sent to the model")
    assert page.index("Q0 ") < marker < page.index("Q1 ")
    assert page.count("Q0 ") == 1  # still there


def test_a_cut_a_few_pages_back_builds_them_over_turns_of_the_event_loop(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    """The messages between the cut and those shown get their widgets a few each turn
    of the event loop: the cut itself builds none, and no turn builds more than a page."""
    from gui.ui.widgets.chat_view import PAGE

    conv = open_chat(app, 40, chars=40)  # 80 messages: the first page shows 15
    chat = app.window.chat
    assert chat.widget_for("u2") is None
    built = len(chat._widgets)

    counts: list[int] = []
    beat = QTimer()
    beat.setInterval(0)
    beat.timeout.connect(lambda: counts.append(len(chat._widgets)))

    def cut() -> None:
        app.window.context_trim.start_at("u2", reveal=True)
        counts.append(len(chat._widgets))
        beat.start()  # counts the widgets at every turn of the event loop from now on

    inside(arun, cut)
    assert counts[0] == built  # nothing built before the event loop turns
    assert conv.context_from == "u2"
    divider = chat._divider
    qtbot.waitUntil(lambda: divider.isVisible() and not divider.visibleRegion().isEmpty())
    beat.stop()
    steps = [after - before for before, after in pairwise(counts)]
    assert 0 < max(steps) <= PAGE
    start = chat.widget_for("u2")
    assert start is not None and not start.property("left-out")
    assert chat._layout.indexOf(divider) == chat._layout.indexOf(start) - 1
    above = chat.widget_for("a1")
    assert above is not None and above.property("left-out")  # dimmed, above the divider
    order = [chat._layout.indexOf(w) for m in conv.messages if (w := chat.widget_for(m.id))]
    assert order == sorted(order)


def test_a_cut_reveals_its_divider_though_the_chat_grows_at_the_bottom_meanwhile(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    """An answer growing at the bottom (the view following it) while the messages up to
    the cut are built is not the reader scrolling away: the divider is still shown."""
    conv = open_chat(app, 40, chars=40)
    chat = app.window.chat
    last = chat.widget_for(conv.messages[-1].id)
    assert last is not None

    def cut_while_the_last_answer_grows() -> None:
        app.window.context_trim.start_at("u2", reveal=True)
        last.setMinimumHeight(last.height() + 200)  # as a streamed answer grows
        container = chat.widget()
        assert container is not None and container.layout() is not None
        container.layout().activate()  # the scroll range follows now, before any step

    inside(arun, cut_while_the_last_answer_grows)
    divider = chat._divider
    qtbot.waitUntil(lambda: divider.isVisible() and not divider.visibleRegion().isEmpty())


def test_a_cut_far_back_builds_nothing_and_shows_once_paged_to(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    """Hundreds of messages above those shown are not built for a cut: the reader keeps
    their place, and the divider stands above the start once they page up to it."""
    conv = open_chat(app, 100, chars=40)  # 200 messages: the first page shows 15
    chat = app.window.chat
    built = set(chat._widgets)
    bar = chat.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    inside(arun, lambda: app.window.context_trim.start_at("u1", reveal=True))
    assert conv.context_from == "u1"
    qtbot.wait(50)  # turns of the event loop: nothing is built in them either
    assert set(chat._widgets) == built
    assert bar.value() == bar.maximum()  # still reading the end of the chat
    divider = chat._divider
    assert not divider.isVisible()
    while chat._first_shown > 0:
        chat.show_earlier()  # what scrolling up does, a page at a time
    start = chat.widget_for("u1")
    assert start is not None and divider.isVisible()
    assert chat._layout.indexOf(divider) == chat._layout.indexOf(start) - 1
    first = chat.widget_for("u0")
    assert first is not None and first.property("left-out")
    assert not start.property("left-out")


def test_a_new_message_while_a_cut_is_revealed_keeps_the_chat_in_order(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    conv = open_chat(app, 40, chars=40)
    chat = app.window.chat
    shown = set(chat._widgets)
    inside(arun, lambda: app.window.context_trim.start_at("u2", reveal=True))
    qtbot.waitUntil(lambda: len(chat._widgets) > len(shown))
    assert chat._reveal is not None  # half way
    conv.messages.append(Message(role=Role.USER, content="new", id="u-new"))
    chat.rebuild()  # as the window does when a message is added
    assert chat._reveal is None
    assert set(chat._widgets) == shown | {"u-new"}  # what the reveal built is gone
    qtbot.wait(20)
    assert set(chat._widgets) == shown | {"u-new"}
    while chat._first_shown > 0:
        chat.show_earlier()
    order = [chat._layout.indexOf(w) for m in conv.messages if (w := chat.widget_for(m.id))]
    assert len(order) == len(conv.messages) and order == sorted(order)
    start = chat.widget_for("u2")
    assert start is not None
    assert chat._layout.indexOf(chat._divider) == chat._layout.indexOf(start) - 1


def test_the_entry_is_offered_on_the_text_its_later_segments_and_the_frame(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    conv = open_chat(app, 2, chars=40)
    long_text = "\n\n".join(f"Paragraph {n}: " + "word " * 60 for n in range(80))
    conv.messages.append(Message(role=Role.USER, content=long_text, id="u-long"))
    app.window.open_conversation(conv.id)
    widget = app.window.chat.widget_for("u-long")
    assert widget is not None
    qtbot.waitUntil(lambda: not widget.body.rendering)
    segments = [s for s in widget.body.segments if isinstance(s, QTextEdit)]
    assert len(segments) > 1  # the later ones were rendered after the widget was built

    def right_click(target: QWidget, owner: QWidget) -> QMenu:
        pos = QPoint(5, 5)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, target.mapToGlobal(pos))
        QApplication.sendEvent(target, event)
        menus = [m for m in owner.findChildren(QMenu, "message-context-menu") if m.isVisible()]
        assert len(menus) == 1
        return menus[0]

    for segment in (segments[0], segments[-1]):
        menu = right_click(segment.viewport(), segment)
        assert start_action(menu).text() == "Start context here"
        assert "Copy" in " ".join(a.text() for a in menu.actions())  # the text's own entries
        menu.close()
    menu = right_click(widget, widget)  # the frame, outside the text
    action = start_action(menu)
    assert action.text() == "Start context here" and action.isEnabled()
    assert [a for a in menu.actions() if not a.isSeparator()] == [action]
    menu.close()

    def choose() -> None:  # in the running loop, as every click in the app happens
        menu = right_click(widget, widget)
        start_action(menu).trigger()
        menu.close()

    inside(arun, choose)
    assert conv.context_from == "u-long"
    menu = right_click(widget, widget)
    assert start_action(menu).text() == "Send the whole chat again"
    menu.close()
    arun(app.controller.flush_saves())
