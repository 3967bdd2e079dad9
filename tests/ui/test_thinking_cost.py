"""Thinking per model and chat, the context meter and tokens/cost, through the loopback server."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.core.pricing import SHIPPED_INTERNATIONAL, table_to_dict
from gui.ui.widgets.settings_costs import ThinkingCostPage
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import App, until
from tests.ui.test_chat_window import MakeApp, type_and_send


def choose(arun: Callable[..., Any], combo: Any, index: int) -> None:
    """Pick an entry as the user does (inside the running loop, like every click)."""

    async def pick() -> None:
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    arun(pick())


def use_model(app: App, model: str, **changes: Any) -> None:
    box = app.context.settings
    box.update(replace(box.value, model=model, **changes))
    app.window.chat_status.refresh()


def ask(app: App, qtbot: Any, arun: Callable[..., Any], text: str = "Hello") -> dict[str, Any]:
    async def scenario() -> None:
        type_and_send(app, qtbot, text)
        await app.controller.wait_idle()

    arun(scenario())
    return fake_request(app)


def fake_request(app: App) -> dict[str, Any]:
    server: FakeMiniMax = app.fake  # type: ignore[attr-defined]
    return server.chat_requests()[-1]


@pytest.fixture
def app(arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax) -> App:
    made: App = arun(make_app())
    made.fake = fake_minimax  # type: ignore[attr-defined]
    return made


def test_m3_sends_adaptive_by_default(app: App, qtbot: Any, arun: Callable[..., Any]) -> None:
    use_model(app, "MiniMax-M3")
    assert ask(app, qtbot, arun)["thinking"] == {"type": "adaptive"}


def test_m3_sends_disabled_when_the_default_is_off(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    use_model(app, "MiniMax-M3", thinking="off")
    body = ask(app, qtbot, arun)
    assert body == {
        "model": "MiniMax-M3",
        "messages": [{"role": "user", "content": "Hello"}],
        "temperature": 1.0,
        "max_completion_tokens": 32768,
        "stream": True,
        "reasoning_split": True,
        "thinking": {"type": "disabled"},
    }


def test_the_chat_choice_beats_the_default(app: App, qtbot: Any, arun: Callable[..., Any]) -> None:
    """Set "Off" in the chat's control while Settings says adaptive; then back to default."""
    use_model(app, "MiniMax-M3")
    controls = app.window.chat_controls
    assert controls.thinking.isVisible()
    assert controls.thinking.currentText() == "Default (Adaptive)"
    choose(arun, controls.thinking, 2)
    assert controls.thinking.currentText() == "Off"
    assert ask(app, qtbot, arun)["thinking"] == {"type": "disabled"}
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None and conv.thinking == "off"
    saved = (app.data_dir / "conversations" / f"{conv.id}.json").read_text("utf-8")
    assert '"thinking": "off"' in saved or '"thinking":"off"' in saved
    choose(arun, controls.thinking, 0)
    assert ask(app, qtbot, arun, "Again")["thinking"] == {"type": "adaptive"}
    assert conv.thinking is None


def test_m2_sends_no_thinking_and_says_it_always_thinks(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    use_model(app, "MiniMax-M2.7", thinking="off")
    controls = app.window.chat_controls
    assert not controls.thinking.isVisible()
    assert controls.always_on.isVisible()
    assert ask(app, qtbot, arun) == {
        "model": "MiniMax-M2.7",
        "messages": [{"role": "user", "content": "Hello"}],
        "temperature": 1.0,
        "max_completion_tokens": 32768,
        "stream": True,
        "reasoning_split": True,
    }


def test_unknown_models_send_no_thinking_and_show_no_control(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    use_model(app, "someone-elses-model", thinking="off")
    controls = app.window.chat_controls
    assert not controls.thinking.isVisible() and not controls.always_on.isVisible()
    assert not controls.meter.isVisible()  # its context window is unknown
    assert "thinking" not in ask(app, qtbot, arun)


def test_usage_shows_tokens_and_cost_under_the_answer_and_for_the_chat(
    app: App, qtbot: Any, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    """The captured usage (769 in, 443 cached, 116 out, 37 reasoning) at M2.7's prices."""
    use_model(app, "MiniMax-M2.7")
    fake_minimax.push(Reply(events=wire.split_stream("Hmm.", "Hi!")))
    ask(app, qtbot, arun)
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None
    widget = app.window.chat.widget_for(conv.messages[-1].id)
    assert widget is not None
    meta = widget._meta.text()
    assert meta.startswith(
        # cached tokens are input, reasoning tokens output: each beside its own count
        "MiniMax-M2.7 · 769 in (443 cached) · 116 out (37 reasoning) · ≈ $0.0002636 · thought for"
    )
    assert widget._meta.textFormat() == Qt.TextFormat.PlainText
    totals = app.window.chat_controls.totals
    assert totals.text() == "This chat: 885 tokens · ≈ $0.0002636"
    assert totals.toolTip().startswith(
        "This chat: 769 in (443 cached) · 116 out (37 reasoning) · ≈ $0.0002636\n"
    )
    assert "2026-10" in totals.toolTip() and "USD" in totals.toolTip()


def test_edited_prices_change_the_shown_cost(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    table = table_to_dict(SHIPPED_INTERNATIONAL)
    table["currency"] = "EUR"
    table["models"]["MiniMax-M2.7"] = {"input": "1", "output": "1"}
    use_model(app, "MiniMax-M2.7", price_table=table)
    ask(app, qtbot, arun)
    # 769 + 116 tokens at 1 EUR per million; cached input costs as input without a cache price
    assert app.window.chat_controls.totals.text().endswith("≈ €0.000885")


def test_meter_warns_at_80_percent_and_explains_what_to_do(
    app: App, qtbot: Any, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    use_model(app, "MiniMax-M2.7")
    controls = app.window.chat_controls
    # 163,840 tokens = 80 % of M2.7's 204,800
    fake_minimax.push(Reply(events=wire.split_stream("Hmm.", "Hi!", size=40)))
    fake_minimax.replies[-1].events[-1] = wire.usage_chunk(prompt=150_000, completion=13_000)
    ask(app, qtbot, arun)
    assert controls.meter.isVisible()
    assert controls.context.text() == "163k of 204.8k context (79 %)"
    assert not controls.warning.isVisible()

    async def type_more() -> None:
        app.window.composer.edit.setPlainText("x" * 4000)  # ~1,000 tokens more
        await until(lambda: controls.warning.isVisible())

    arun(type_more())
    assert controls.context.property("level") == "warn"
    assert controls.warning.isVisible()
    assert "start a new chat" in controls.warning.text()
    assert controls.new_chat.isVisible()
    qtbot.mouseClick(controls.new_chat, Qt.MouseButton.LeftButton)
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None and not conv.messages
    assert not controls.warning.isVisible()


def test_meter_says_when_the_chat_no_longer_fits_and_warns_of_m3_long_input_rate(
    app: App, qtbot: Any, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    use_model(app, "MiniMax-M3")
    events = wire.split_stream("Hmm.", "Hi!", size=40)
    events[-1] = wire.usage_chunk(prompt=600_000, completion=1_000)
    for event in events:
        assert isinstance(event, dict)
        event["model"] = "MiniMax-M3"
    fake_minimax.push(Reply(events=events))
    ask(app, qtbot, arun)
    controls = app.window.chat_controls
    assert "Past 512k input tokens in one request, MiniMax-M3 bills every token at 2×" in (
        controls.warning.text()
    )
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None
    widget = app.window.chat.widget_for(conv.messages[-1].id)
    assert widget is not None and "long-input rate (×2)" in widget._meta.text()
    use_model(app, "MiniMax-M2.7")  # the same chat now overflows the smaller window
    assert controls.context.property("level") == "full"
    assert "no longer fits" in controls.warning.text()


def test_a_message_too_big_for_the_window_on_its_own_says_to_make_it_smaller(
    app: App, arun: Callable[..., Any]
) -> None:
    """Files and text waiting to be sent that alone overflow the window: a new chat or
    leaving out earlier turns cannot help (the advice offered), making the message smaller
    can."""
    use_model(app, "MiniMax-M2.7")
    controls = app.window.chat_controls

    async def type_a_book() -> None:
        app.window.composer.edit.setPlainText("word " * 180_000)  # ~225k tokens, one message
        await until(lambda: controls.warning.isVisible())

    arun(type_a_book())
    assert controls.context.property("level") == "full"
    text = controls.warning.text()
    assert "This message is too large for MiniMax-M2.7's context window" in text
    assert "remove attachments or shorten the text" in text
    assert "Leave out earlier turns" not in text
    assert not controls.new_chat.isVisible() and not controls.trim.isVisible()


def test_settings_page_edits_the_default_and_the_table(app: App, qtbot: Any) -> None:
    settings = app.context.settings.value
    page = ThinkingCostPage(settings)
    qtbot.addWidget(page)
    assert page.apply(settings).price_table == {}  # untouched: the shipped table, not a copy
    page.thinking.setCurrentIndex(page.thinking.findData("off"))
    row = next(r for r in range(page.table.rowCount()) if page._text(r, 0) == "MiniMax-M3")
    page.table.item(row, 1).setText("0.3")
    page.table.item(row, 3).setText("1.2")
    changed = page.apply(settings)
    assert changed.thinking == "off"
    assert changed.price_table["models"]["MiniMax-M3"]["input"] == "0.3"
    # the long-input rule stays with the edited M3 price
    assert changed.price_table["models"]["MiniMax-M3"]["long_input_factor"] == "2"
    page.table.item(row, 1).setText("cheap")
    assert page.problem() is not None and "cheap" in (page.problem() or "")
    page.reset.click()
    assert page.problem() is None
    assert page.apply(settings).price_table == {}


def test_the_thinking_choice_stays_readable_once_the_chat_total_shows(
    app: App, qtbot: Any, arun: Callable[..., Any]
) -> None:
    # Seen as a new user: after the first answer "Default (Adaptive)" read "Default ("
    use_model(app, "MiniMax-M3")
    app.window.resize(1200, 780)
    app.window.show()
    ask(app, qtbot, arun)
    controls = app.window.chat_controls

    async def settle() -> None:
        await until(lambda: bool(controls.totals.text()))

    arun(settle())
    QApplication.processEvents()
    assert controls.thinking.currentText() == "Default (Adaptive)"
    assert controls.thinking.width() >= controls.thinking.sizeHint().width()
