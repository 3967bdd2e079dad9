"""Attachments in the window: what goes on the wire, what is refused, what is kept and removed."""

from __future__ import annotations

import base64
import io
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.fakes.pdf import make_pdf
from tests.ui.conftest import App, until

MakeApp = Callable[..., Awaitable[App]]


def png(width: int = 30, height: int = 20) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (10, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def use_model(app: App, model: str) -> None:
    box = app.context.settings
    box.update(replace(box.value, model=model))


async def attach(app: App, *paths: Path) -> None:
    app.window.attach.add_paths([str(p) for p in paths])
    await until(lambda: app.window.attach.pending == 0)


def blobs(app: App) -> list[Path]:
    return sorted(p for p in (app.data_dir / "attachments").rglob("*") if p.is_file())


def test_image_and_pdf_go_to_m3_as_parts_and_replay_the_same(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    image = tmp_path / "chart.png"
    image.write_bytes(png())
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(make_pdf(["Theorem one", "Proof follows"]))
    fake_minimax.push(
        Reply(events=wire.split_stream("Looking.", "A blue chart.")),
        Reply(events=wire.split_stream("Again.", "Still blue.")),
    )
    app = arun(make_app())
    use_model(app, "MiniMax-M3")

    async def scenario() -> None:
        await attach(app, image, pdf)
        assert [r.name for r in app.window.composer.attachments()] == ["chart.png", "paper.pdf"]
        app.window.send("What is this?")
        await app.controller.wait_idle()
        assert app.window.composer.attachments() == []
        app.window.send("And now?")
        await app.controller.wait_idle()

    arun(scenario())
    first, second = fake_minimax.chat_requests()
    data_url = "data:image/png;base64," + base64.b64encode(png()).decode()
    expected_user = {
        "role": "user",
        "content": [
            {"type": "text", "text": "What is this?"},
            {"type": "image_url", "image_url": {"url": data_url}},
            {
                "type": "text",
                "text": "File: paper.pdf (PDF, 2 pages, text layer)\n\n"
                "[page 1]\nTheorem one\n\n[page 2]\nProof follows",
            },
        ],
    }
    assert first["model"] == "MiniMax-M3"
    assert first["messages"] == [expected_user]
    assert second["messages"][0] == expected_user  # history replays exactly what was sent
    assert second["messages"][2] == {"role": "user", "content": "And now?"}
    conv_id = app.window.current_id
    assert conv_id is not None
    saved = json.loads((app.data_dir / "conversations" / f"{conv_id}.json").read_bytes())
    refs = saved["messages"][0]["attachments"]
    assert [(r["name"], r["kind"]) for r in refs] == [("chart.png", "image"), ("paper.pdf", "pdf")]
    assert refs[0]["width"] == 30 and refs[0]["height"] == 20
    assert len(blobs(app)) == 2
    widget = app.window.chat.widget_for(saved["messages"][0]["id"])
    assert widget is not None and widget.attachments is not None
    assert [c.ref.name for c in widget.attachments.chips()] == ["chart.png", "paper.pdf"]


def test_image_with_m2_is_refused_before_sending_and_offers_m3(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    image = tmp_path / "shot.png"
    image.write_bytes(png())
    fake_minimax.push(Reply(events=wire.split_stream("Seen.", "A picture.")))
    app = arun(make_app())
    use_model(app, "MiniMax-M2.7")
    boxes: list[QMessageBox] = []

    async def scenario() -> None:
        await attach(app, image)
        app.window.send("Describe it")
        await until(lambda: bool(app.window.findChildren(QMessageBox, "no-images")))
        boxes.extend(app.window.findChildren(QMessageBox, "no-images"))
        assert "MiniMax-M2.7 cannot see images" in boxes[0].text()
        assert fake_minimax.chat_requests() == []
        assert [r.name for r in app.window.composer.attachments()] == ["shot.png"]
        switch = next(b for b in boxes[0].buttons() if "MiniMax-M3" in b.text())
        switch.click()
        await until(lambda: bool(fake_minimax.chat_requests()))
        await app.controller.wait_idle()

    arun(scenario())
    (request,) = fake_minimax.chat_requests()
    assert request["model"] == "MiniMax-M3"
    assert request["messages"][0]["content"][1]["type"] == "image_url"
    assert app.controller.model_of(app.window.current_id) == "MiniMax-M3"  # this chat only


def test_more_images_than_one_message_takes_send_nothing_and_say_how_many_to_remove(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    images = []
    for index in range(11):
        image = tmp_path / f"shot{index}.png"
        image.write_bytes(png(30 + index, 20))  # eleven different pictures
        images.append(image)
    fake_minimax.push(Reply(events=wire.split_stream("Seen.", "Ten pictures.")))
    app = arun(make_app())
    use_model(app, "MiniMax-M3")

    async def scenario() -> None:
        await attach(app, *images)
        assert len(app.window.composer.attachments()) == 11
        app.window.send("Compare them")
        assert "At most 10 images can be sent in one message; remove 1." in (
            app.window.notice_text()
        )
        assert fake_minimax.chat_requests() == []
        assert len(app.window.composer.attachments()) == 11  # nothing lost
        last = app.window.composer.strip.chips()[-1]
        last.remove_clicked.emit(last.ref)  # its × clicked
        app.window.send("Compare them")
        await app.controller.wait_idle()

    arun(scenario())
    (request,) = fake_minimax.chat_requests()
    parts = request["messages"][0]["content"]
    assert [p["type"] for p in parts] == ["text"] + ["image_url"] * 10


def test_refused_binary_file_sends_nothing_of_it(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    binary = tmp_path / "tool.exe"
    binary.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\xff\xff")
    fake_minimax.push(Reply(events=wire.split_stream("Hm.", "Hello.")))
    app = arun(make_app())

    async def scenario() -> None:
        await attach(app, binary)
        assert app.window.composer.attachments() == []
        assert "tool.exe looks like a binary file" in app.window.notice_text()
        app.window.send("hi")
        await app.controller.wait_idle()

    arun(scenario())
    assert fake_minimax.chat_requests()[0]["messages"] == [{"role": "user", "content": "hi"}]
    assert blobs(app) == []


def test_pasted_image_and_copied_files_are_attached(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    text_file = tmp_path / "notes.md"
    text_file.write_text("# Notes\n", encoding="utf-8")
    app = arun(make_app())

    async def scenario() -> None:
        shot = QImage(64, 48, QImage.Format.Format_RGB32)  # B, G, R, A in memory
        shot.fill(QColor("orange"))
        pasted = QMimeData()
        pasted.setImageData(shot)
        app.window.composer.edit.insertFromMimeData(pasted)
        copied = QMimeData()
        copied.setUrls([QUrl.fromLocalFile(str(text_file))])
        app.window.composer.edit.insertFromMimeData(copied)
        await until(lambda: len(app.window.composer.attachments()) == 2)

    arun(scenario())
    refs = app.window.composer.attachments()
    kinds = sorted((r.kind, r.width) for r in refs)
    assert kinds == [("image", 64), ("text", None)]
    (pasted,) = [r for r in refs if r.kind == "image"]
    with Image.open(io.BytesIO(app.context.attachments.read(pasted.sha256))) as stored:
        assert stored.format == "PNG" and stored.getpixel((5, 5))[:3] == (255, 165, 0)
    assert app.window.composer.edit.toPlainText() == ""  # no file URL typed into the box


def test_deleting_a_chat_removes_attachments_only_it_used(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    shared = tmp_path / "shared.txt"
    shared.write_text("used by both chats\n", encoding="utf-8")
    own = tmp_path / "own.txt"
    own.write_text("used by one chat\n", encoding="utf-8")
    fake_minimax.push(
        Reply(events=wire.split_stream("a", "b")), Reply(events=wire.split_stream("c", "d"))
    )
    app = arun(make_app())

    async def scenario() -> tuple[str, str]:
        await attach(app, shared, own)
        app.window.send("first")
        await app.controller.wait_idle()
        first = app.window.current_id
        app.window.new_chat()
        await attach(app, shared)
        app.window.send("second")
        await app.controller.wait_idle()
        second = app.window.current_id
        assert first and second and first != second
        return first, second

    first, _second = arun(scenario())
    assert len(blobs(app)) == 2
    arun(app.controller.delete(first))
    remaining = blobs(app)
    assert len(remaining) == 1
    assert b"used by both chats" in remaining[0].read_bytes()


def test_files_dropped_on_the_window_are_attached_and_open_full_size(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication, QDialog, QLabel

    photo = tmp_path / "photo.png"
    photo.write_bytes(png(300, 200))
    fake_minimax.push(Reply(events=wire.split_stream("a", "b")))
    app = arun(make_app())
    use_model(app, "MiniMax-M3")

    async def scenario() -> None:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(photo))])
        drop = QDropEvent(
            QPointF(200, 200),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        assert app.window.acceptDrops()
        enter = QDragEnterEvent(
            QPoint(200, 200),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(app.window, enter)
        assert enter.isAccepted()
        # Qt delivers a drop only to the target of a real drag: hand it to the window.
        app.window.dropEvent(drop)
        assert drop.isAccepted()
        await until(lambda: len(app.window.composer.attachments()) == 1)
        app.window.send("")  # files only, no text
        await app.controller.wait_idle()
        conv = app.controller.get(app.window.current_id or "")
        assert conv is not None and conv.title == "photo.png"
        widget = app.window.chat.widget_for(conv.messages[0].id)
        assert widget is not None and widget.attachments is not None
        (chip,) = widget.attachments.chips()
        await until(lambda: not chip.picture.pixmap().isNull())  # the thumbnail arrived
        chip.clicked.emit(chip.ref)
        await until(lambda: bool(app.window.findChildren(QDialog, "attachment-viewer")))
        (viewer,) = app.window.findChildren(QDialog, "attachment-viewer")
        sizes = [label.pixmap().size() for label in viewer.findChildren(QLabel)]
        assert any((s.width(), s.height()) == (300, 200) for s in sizes)
        viewer.close()

    arun(scenario())
    (request,) = fake_minimax.chat_requests()
    assert [p["type"] for p in request["messages"][0]["content"]] == ["image_url"]


def test_editing_a_message_keeps_its_attachments(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("alpha\n", encoding="utf-8")
    fake_minimax.push(
        Reply(events=wire.split_stream("a", "b")), Reply(events=wire.split_stream("c", "d"))
    )
    app = arun(make_app())

    async def scenario() -> None:
        await attach(app, notes)
        app.window.send("Summarise")
        await app.controller.wait_idle()
        app.window.chat.edit_requested.emit("Summarise")
        assert [r.name for r in app.window.composer.attachments()] == ["notes.txt"]
        app.window.send("Summarise briefly")
        await app.controller.wait_idle()

    arun(scenario())
    second = fake_minimax.chat_requests()[1]["messages"]
    assert len(second) == 1
    assert second[0]["content"][0] == {"type": "text", "text": "Summarise briefly"}
    assert second[0]["content"][1]["text"] == "File: notes.txt\n\nalpha\n"


def _pages(word: str, count: int) -> list[str]:
    line = " ".join([word] * 20)[:79]
    return ["\n".join([line] * 40) for _ in range(count)]


def test_context_meter_counts_attachments_waiting_and_sent_and_warns_at_80_percent(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    # Each PDF is cut to half of M2.7's window (307,200 characters, about 76,800 tokens)
    first, second = tmp_path / "alpha.pdf", tmp_path / "beta.pdf"
    first.write_bytes(make_pdf(_pages("alpha", 100)))
    second.write_bytes(make_pdf(_pages("beta", 100)))
    fake_minimax.push(Reply(events=wire.split_stream("Reading.", "Done.", ending="finish")))
    app = arun(make_app())
    use_model(app, "MiniMax-M2.7")
    app.window.chat_status.refresh()
    controls = app.window.chat_controls

    def percent() -> int:
        found = re.search(r"\((\d+) %\)", controls.context.text())
        return int(found.group(1)) if found and controls.context.isVisible() else -1

    async def scenario() -> None:
        await attach(app, first)
        await until(lambda: percent() >= 37)  # the PDF waiting in the message box counts
        app.window.send("Summarise")
        await app.controller.wait_idle()
        assert app.window.composer.attachments() == []
        await until(lambda: percent() >= 37)  # sent without a usage count: still estimated
        assert percent() <= 39
        await attach(app, second)
        app.window.composer.edit.setPlainText("x" * 48_000)  # 12,000 tokens more: 81 %
        await until(lambda: controls.warning.isVisible())

    arun(scenario())
    assert controls.context.property("level") == "warn"
    assert "start a new chat" in controls.warning.text()


def test_a_handed_over_message_goes_with_its_own_files_and_the_draft_waits(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """``minimax-chat --attach script.py --message …`` to the open app sends that message
    with script.py only: the files and text waiting in the message box went along with it
    (and the typed text was then wiped)."""
    from gui.ui.single_instance import deliver

    notes = tmp_path / "notes.txt"
    notes.write_text("my private notes\n", "utf-8")
    script = tmp_path / "script.py"
    script.write_text("print('hi')\n", "utf-8")
    fake_minimax.push(Reply(events=wire.split_stream("Reading.", "It prints hi.")))
    app = arun(make_app())

    async def scenario() -> None:
        await attach(app, notes)
        app.window.composer.edit.setPlainText("half-written question")
        await deliver(app.window, "Explain this code", (str(script),))
        await app.controller.wait_idle()

    arun(scenario())
    (request,) = fake_minimax.chat_requests()
    parts = request["messages"][0]["content"]
    assert parts[0] == {"type": "text", "text": "Explain this code"}
    assert [p["text"].split("\n")[0] for p in parts[1:]] == ["File: script.py"]
    assert app.window.composer.text() == "half-written question"  # the draft is back
    assert [r.name for r in app.window.composer.attachments()] == ["notes.txt"]

    async def send_the_draft() -> None:  # it can still be sent, file and all
        app.window.send(app.window.composer.text())
        await app.controller.wait_idle()

    arun(send_the_draft())
    second = fake_minimax.chat_requests()[-1]["messages"][-1]["content"]
    assert [p["text"].split("\n")[0] for p in second] == [
        "half-written question",
        "File: notes.txt",
    ]


def test_a_handed_over_image_waiting_for_the_model_offer_leaves_the_draft_aside(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    from gui.ui.single_instance import deliver

    notes = tmp_path / "notes.txt"
    notes.write_text("my private notes\n", "utf-8")
    shot = tmp_path / "shot.png"
    shot.write_bytes(png())
    fake_minimax.push(Reply(events=wire.split_stream("Seen.", "A picture.")))
    app = arun(make_app())
    use_model(app, "MiniMax-M2.7")

    async def scenario() -> None:
        await attach(app, notes)
        app.window.composer.edit.setPlainText("half-written question")
        await deliver(app.window, "What is this?", (str(shot),))
        await until(lambda: bool(app.window.findChildren(QMessageBox, "no-images")))
        assert fake_minimax.chat_requests() == []
        assert app.window.composer.text() == "What is this?"
        assert [r.name for r in app.window.composer.attachments()] == ["shot.png"]
        (box,) = app.window.findChildren(QMessageBox, "no-images")
        next(b for b in box.buttons() if "MiniMax-M3" in b.text()).click()
        await until(lambda: bool(fake_minimax.chat_requests()))
        await app.controller.wait_idle()
        await until(lambda: app.window.composer.text() == "half-written question")

    arun(scenario())
    (request,) = fake_minimax.chat_requests()
    assert [p["type"] for p in request["messages"][0]["content"]] == ["text", "image_url"]
    assert [r.name for r in app.window.composer.attachments()] == ["notes.txt"]
