"""A model per chat: the picker under the composer, the image offer, and what each chat sends."""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtWidgets import QMessageBox

from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import App, until

MakeApp = Callable[..., Awaitable[App]]


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), (10, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


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
        first_chat = app.window.current_id
        app.window.new_chat()
        assert app.window.current_id != first_chat
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
