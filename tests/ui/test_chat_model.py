"""A model per chat: the picker under the composer, the image offer, and what each chat sends."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from gui.core.conversation import Role
from gui.core.tools.approval import ApprovalRequest, Decision
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.tools.conftest import DEMO
from tests.ui.conftest import App, until

MakeApp = Callable[..., Awaitable[App]]


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), (10, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def answer_from(model: str, text: str = "Hi.") -> Reply:
    """A reply whose chunks name ``model``, as MiniMax's do (the fake's say M2.7 otherwise)."""
    events = wire.split_stream("Hm.", text)
    for event in events:
        if isinstance(event, dict):
            event["model"] = model
    return Reply(events=events)


def use_default(app: App, model: str) -> None:
    box = app.context.settings
    box.update(replace(box.value, model=model))
    app.window.chat_status.refresh()


def test_switching_one_chat_to_m3_leaves_other_chats_on_the_default(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """The image offer switches the chat it was made in, not Settings → Model."""
    image = tmp_path / "shot.png"
    image.write_bytes(png())
    fake_minimax.push(
        Reply(events=wire.split_stream("Seen.", "A picture.")),
        Reply(events=wire.split_stream("Hm.", "Hello.")),
        Reply(events=wire.split_stream("Again.", "Still blue.")),
    )
    app = arun(make_app())
    use_default(app, "MiniMax-M2.7")
    boxes: list[QMessageBox] = []

    async def scenario() -> None:
        app.window.attach.add_paths([str(image)])
        await until(lambda: app.window.attach.pending == 0)
        app.window.send("Describe it")
        await until(lambda: bool(app.window.findChildren(QMessageBox, "no-images")))
        boxes.extend(app.window.findChildren(QMessageBox, "no-images"))
        switch = next(b for b in boxes[0].buttons() if "MiniMax-M3" in b.text())
        switch.click()
        await until(lambda: bool(fake_minimax.chat_requests()))
        await app.controller.wait_idle()
        assert "Switch this chat to MiniMax-M3" in boxes[0].text()
        assert "Other chats keep their model" in boxes[0].informativeText()
        assert app.window.chat_controls.model.currentText() == "MiniMax-M3"
        first_chat = app.window.current_id
        app.window.new_chat()
        assert app.window.current_id != first_chat
        assert app.window.chat_controls.model.currentText() == "Default (MiniMax-M2.7)"
        app.window.send("Hello there")
        await app.controller.wait_idle()
        await app.window.open_conversation_async(first_chat or "")
        assert app.window.current_id == first_chat
        app.window.send("And now?")
        await app.controller.wait_idle()

    arun(scenario())
    image_chat, other_chat, image_chat_again = fake_minimax.chat_requests()
    assert image_chat["model"] == "MiniMax-M3"
    assert image_chat["messages"][0]["content"][1]["type"] == "image_url"
    assert other_chat["model"] == "MiniMax-M2.7"
    assert "thinking" not in other_chat
    assert image_chat_again["model"] == "MiniMax-M3"
    assert app.context.settings.value.model == "MiniMax-M2.7"


def choose(arun: Callable[..., Any], combo: Any, text: str) -> None:
    """Pick an entry by its text as the user does (inside the running loop, like a click)."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"

    async def pick() -> None:
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    arun(pick())


def send(app: App, arun: Callable[..., Any], text: str) -> dict[str, Any]:
    async def scenario() -> None:
        app.window.send(text)
        await app.controller.wait_idle()

    arun(scenario())
    server: FakeMiniMax = app.fake  # type: ignore[attr-defined]
    return server.chat_requests()[-1]


@pytest.fixture
def app(arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax) -> App:
    fake_minimax.models = ["MiniMax-M3", "MiniMax-M2.7", "MiniMax-M4-preview", "speech-02-hd"]
    made: App = arun(make_app())
    made.fake = fake_minimax  # type: ignore[attr-defined]
    use_default(made, "MiniMax-M2.7")
    return made


def test_the_picker_gives_this_chat_a_model_and_everything_follows_it(
    app: App, arun: Callable[..., Any]
) -> None:
    controls = app.window.chat_controls
    picker = controls.model
    assert picker.isVisible()
    assert picker.currentText() == "Default (MiniMax-M2.7)"
    assert controls.always_on.isVisible() and not controls.thinking.isVisible()
    offered = [picker.itemText(i) for i in range(picker.count())]
    assert "MiniMax-M4-preview" in offered  # the server's list, chat models only
    assert "speech-02-hd" not in offered
    choose(arun, picker, "MiniMax-M3")
    assert picker.currentText() == "MiniMax-M3"
    app.fake.push(answer_from("MiniMax-M3"))  # type: ignore[attr-defined]
    assert controls.thinking.isVisible()  # M3's thinking can be switched
    assert "MiniMax-M3 · " in app.window._model_label.text()
    body = send(app, arun, "Hello")
    assert body["model"] == "MiniMax-M3"
    assert body["thinking"] == {"type": "adaptive"}
    assert "1M context" in controls.context.text()
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None and conv.model == "MiniMax-M3"
    saved = json.loads((app.data_dir / "conversations" / f"{conv.id}.json").read_bytes())
    assert saved["model"] == "MiniMax-M3"
    assert app.context.settings.value.model == "MiniMax-M2.7"
    choose(arun, picker, "Default (MiniMax-M2.7)")
    body = send(app, arun, "And now?")
    assert body["model"] == "MiniMax-M2.7" and "thinking" not in body
    assert conv.model is None
    # each answer keeps the model that wrote it, for the view and exports
    answers = [m.model for m in conv.messages if m.role is Role.ASSISTANT]
    assert answers == ["MiniMax-M3", "MiniMax-M2.7"]
    saved = json.loads((app.data_dir / "conversations" / f"{conv.id}.json").read_bytes())
    assert "model" not in saved


def test_settings_default_moves_chats_that_follow_it_only(
    app: App, arun: Callable[..., Any]
) -> None:
    choose(arun, app.window.chat_controls.model, "MiniMax-M3")
    send(app, arun, "Picked M3")
    own = app.window.current_id
    app.window.new_chat()
    send(app, arun, "On the default")
    follower = app.window.current_id
    use_default(app, "MiniMax-M2.5")
    assert app.window.chat_controls.model.currentText() == "Default (MiniMax-M2.5)"
    assert send(app, arun, "Still the default")["model"] == "MiniMax-M2.5"
    assert arun(app.controller.open(own or "")).model == "MiniMax-M3"
    assert arun(app.controller.open(follower or "")).model is None
    assert app.controller.model_of(own) == "MiniMax-M3"
    assert app.controller.model_of(follower) == "MiniMax-M2.5"


def test_regenerate_uses_the_chat_model_chosen_since(app: App, arun: Callable[..., Any]) -> None:
    assert send(app, arun, "Hello")["model"] == "MiniMax-M2.7"
    choose(arun, app.window.chat_controls.model, "MiniMax-M3")
    app.fake.push(answer_from("MiniMax-M3"))  # type: ignore[attr-defined]

    async def regenerate() -> None:
        app.window.regenerate()
        await until(lambda: app.controller.is_streaming(app.window.current_id or ""))
        await app.controller.wait_idle()

    arun(regenerate())
    server: FakeMiniMax = app.fake  # type: ignore[attr-defined]
    again = server.chat_requests()[-1]
    assert again["model"] == "MiniMax-M3"
    assert again["messages"] == [{"role": "user", "content": "Hello"}]
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None and conv.messages[-1].model == "MiniMax-M3"


def test_a_new_chat_starts_on_the_default(app: App, arun: Callable[..., Any]) -> None:
    picker = app.window.chat_controls.model
    choose(arun, picker, "MiniMax-M3")  # on the empty new chat, then leave it unused
    app.window.new_chat()
    assert picker.currentText() == "Default (MiniMax-M2.7)"
    assert send(app, arun, "Hello")["model"] == "MiniMax-M2.7"
    app.window.new_chat()
    assert picker.currentText() == "Default (MiniMax-M2.7)"


def test_a_change_while_answering_applies_to_the_next_message(
    app: App, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    fake_minimax.push(
        Reply(events=wire.split_stream("Hmm, let me see.", "Slowly.", size=4), delay=0.02),
        answer_from("MiniMax-M3"),
    )
    picker = app.window.chat_controls.model

    async def scenario() -> None:
        app.window.send("Take your time")
        await until(lambda: app.controller.is_streaming(app.window.current_id or ""))
        picker.setCurrentIndex(picker.findText("MiniMax-M3"))
        picker.activated.emit(picker.currentIndex())
        await app.controller.wait_idle()
        app.window.send("Next")
        await app.controller.wait_idle()

    arun(scenario())
    first, second = fake_minimax.chat_requests()
    assert first["model"] == "MiniMax-M2.7"
    assert second["model"] == "MiniMax-M3"
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None
    assert [m.model for m in conv.messages if m.role is Role.ASSISTANT] == [
        "MiniMax-M2.7",
        "MiniMax-M3",
    ]


def test_a_chat_model_from_a_file_is_offered_even_when_unknown(
    app: App, arun: Callable[..., Any]
) -> None:
    conv = app.controller.new_conversation()
    app.controller.set_model(conv.id, "my-proxy-model")
    app.window.open_conversation(conv.id)
    picker = app.window.chat_controls.model
    assert picker.currentText() == "my-proxy-model"
    assert not app.window.chat_controls.meter.isVisible()  # its context window is unknown
    assert send(app, arun, "Hi")["model"] == "my-proxy-model"


def test_an_answer_keeps_its_model_through_its_tool_rounds(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """The chat switches to M3 while a call waits for approval: the rest of that answer
    still goes to M2.7 (one answer, one model); the next message goes to M3."""
    data = tmp_path / "data"
    data.mkdir()
    servers = {"demo": {"command": sys.executable, "args": [str(DEMO)]}}
    (data / "mcp.json").write_text(json.dumps({"mcpServers": servers}), "utf-8")
    fake_minimax.push(
        Reply(events=wire.tool_calls_stream([("call_a", "add", '{"a": 2, "b": 40}')])),
        Reply(events=wire.split_stream("Done.", "42.")),
        answer_from("MiniMax-M3"),
    )
    app = arun(make_app(data_dir=data))
    use_default(app, "MiniMax-M2.7")
    conv = app.controller.new_conversation()

    async def approve(_request: ApprovalRequest) -> Decision:
        app.controller.set_model(conv.id, "MiniMax-M3")
        return Decision.ONCE

    app.controller.approver = approve

    async def scenario() -> None:
        assert app.controller.send(conv.id, "What is 2 + 40?")
        await app.controller.wait_idle()
        assert app.controller.send(conv.id, "Thanks")
        await app.controller.wait_idle()

    arun(scenario(), timeout=30)
    asked, after_tool, next_message = fake_minimax.chat_requests()
    assert [asked["model"], after_tool["model"]] == ["MiniMax-M2.7", "MiniMax-M2.7"]
    assert after_tool["messages"][-1]["role"] == "tool"
    assert next_message["model"] == "MiniMax-M3"
    assert next_message["thinking"] == {"type": "adaptive"}


def test_earlier_images_go_as_names_to_a_model_without_images_and_it_says_so(
    app: App, arun: Callable[..., Any], fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    image = tmp_path / "chart.png"
    image.write_bytes(png())
    picker = app.window.chat_controls.model
    choose(arun, picker, "MiniMax-M3")

    async def with_image() -> None:
        app.window.attach.add_paths([str(image)])
        await until(lambda: app.window.attach.pending == 0)

    arun(with_image())
    first = send(app, arun, "What is this?")
    assert first["messages"][0]["content"][1]["type"] == "image_url"
    choose(arun, picker, "Default (MiniMax-M2.7)")
    assert "MiniMax-M2.7 cannot see images" in app.window.notice_text()
    second = send(app, arun, "Thanks")
    assert second["model"] == "MiniMax-M2.7"
    assert second["messages"][0]["content"] == [
        {"type": "text", "text": "What is this?"},
        {"type": "text", "text": "[image chart.png: not sent to this model]"},
    ]
    choose(arun, picker, "MiniMax-M3")
    third = send(app, arun, "Look again")
    assert third["messages"][0] == first["messages"][0]  # exactly as first sent
