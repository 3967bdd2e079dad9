"""Storage trust through the real window: re-imported chats are saved, shutdown keeps the newest."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from gui.core.export.as_json import export_json
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import App, until

MakeApp = Callable[..., Awaitable[App]]


def type_and_send(app: App, qtbot: Any, text: str) -> None:
    edit = app.window.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def on_disk(app: App, conversation_id: str) -> dict[str, Any]:
    path = app.data_dir / "conversations" / f"{conversation_id}.json"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def test_a_deleted_then_reimported_chat_saves_new_messages(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """Export → delete → import (same id) → send: the new turn is on disk after a restart."""
    fake_minimax.push(
        Reply(events=wire.split_stream("r", "First answer.")),
        Reply(events=wire.split_stream("r", "Second answer.")),
    )
    app = arun(make_app())
    exported = tmp_path / "exported.json"

    async def scenario() -> str:
        type_and_send(app, qtbot, "first question")
        await app.controller.wait_idle()
        conv_id = app.window.current_id or ""
        conv = await app.controller.open(conv_id)
        assert conv is not None
        exported.write_bytes(export_json(conv))
        await app.controller.delete(conv_id)
        await app.controller.wait_idle()
        await app.window.export_import.import_paths([exported])
        assert "Imported 1 conversation." in app.window.notice_text()
        assert app.window.current_id == conv_id  # the id was free again, so it is kept
        type_and_send(app, qtbot, "second question")
        await app.controller.wait_idle()
        return conv_id

    conv_id = arun(scenario())
    contents = [m["content"] for m in on_disk(app, conv_id)["messages"]]
    assert contents == ["first question", "First answer.", "second question", "Second answer."]
    arun(app.window.shutdown())
    app.window._may_close = True
    again = arun(make_app(data_dir=app.data_dir))
    reopened = arun(again.controller.open(conv_id))
    assert reopened is not None
    assert [m.content for m in reopened.messages] == contents


def test_an_import_with_values_that_broke_rendering_opens_and_exports(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    """Infinite thinking time and an error text without its args: shown, exported, reopened."""
    from gui.core.export.options import ExportFormat
    from gui.ui.widgets.export_dialog import ExportChoice
    from tests.core.test_untrusted_values import hostile_file

    source = tmp_path / "odd.json"
    source.write_text(
        hostile_file(
            thinking_seconds="@inf",
            error={"kind": "server", "message": "It failed.", "text_ids": ["server_said"]},
        ),
        "utf-8",
    )
    app = arun(make_app())
    target = tmp_path / "odd.md"

    async def scenario() -> None:
        await app.window.export_import.import_paths([source])
        assert "Imported 1 conversation." in app.window.notice_text()
        assert app.window.current_id == "odd-values"
        widget = app.window.chat.widget_for("a1")
        assert widget is not None and "The answer." in widget.body.toPlainText()
        choice = ExportChoice(ExportFormat.MARKDOWN, True, True, True)
        await app.window.export_import.write_one("odd-values", choice, target)

    arun(scenario())
    assert "It failed." in target.read_text("utf-8")


def test_closing_while_a_write_is_slow_still_saves_the_newest_snapshot(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    caplog: Any,
) -> None:
    """A write slower than the close budget: the window waits for it and the newer one."""
    import asyncio
    import logging
    import threading

    from gui.ui.main_window import MainWindow

    app = arun(make_app())
    store = app.context.store
    real_write = store.write
    release = threading.Event()
    calls: list[Path] = []

    def slow_write(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 1:
            release.wait(30)  # a disk that stalls (network folder, USB stick, sleep)
        real_write(path, data)

    async def scenario() -> str:
        type_and_send(app, qtbot, "question")
        await app.controller.wait_idle()
        conv_id = app.window.current_id or ""
        store.write = slow_write  # type: ignore[method-assign]
        app.controller.rename(conv_id, "First rename")  # its write stalls
        await asyncio.sleep(0)
        app.controller.rename(conv_id, "Newest title")  # queued behind it
        caplog.set_level(logging.WARNING)
        app.window.close()
        await until(lambda: "shutdown did not finish" in caplog.text, timeout=20)
        release.set()
        closing = app.window._closing
        assert closing is not None
        await closing
        return conv_id

    original = getattr(MainWindow, "CLOSE_TIMEOUT", None)
    MainWindow.CLOSE_TIMEOUT = 0.2  # type: ignore[attr-defined]
    try:
        conv_id = arun(scenario(), timeout=40)
    finally:
        release.set()
        if original is None:
            del MainWindow.CLOSE_TIMEOUT  # type: ignore[attr-defined]
        else:
            MainWindow.CLOSE_TIMEOUT = original  # type: ignore[attr-defined]
    assert on_disk(app, conv_id)["title"] == "Newest title"


def modes(root: Path) -> dict[str, int]:
    """Every folder and file under ``root`` (and itself) with its permission bits."""
    found = {".": root.lstat().st_mode & 0o777}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = path.lstat().st_mode & 0o777
    return found


def assert_private(root: Path) -> None:
    found = modes(root)
    assert any(name.endswith("index.sqlite3-wal") for name in found)
    assert any(name.endswith(".log") for name in found)
    wrong = {
        name: oct(mode)
        for name, mode in found.items()
        if mode != (0o700 if (root / name).is_dir() else 0o600)
    }
    assert wrong == {}


def test_a_real_session_leaves_only_private_files_and_no_crash_leftovers(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """Folders 0700 and files 0600 (index and its -wal/-shm, logs, settings, set-aside
    files), also when an older version left them open; stale temp files are removed."""
    import dataclasses
    import logging
    import os
    import time

    fake_minimax.push(
        Reply(events=wire.split_stream("r", "Paris is the capital.")),
        Reply(events=wire.split_stream("r", "Lyon is a city.")),
    )
    root = tmp_path / "data"
    app = arun(make_app(data_dir=root))

    async def session(question: str, word: str) -> None:
        app.window.new_chat()
        type_and_send(app, qtbot, question)
        await app.controller.wait_idle()
        app.window.sidebar.search.setText(word)
        await until(lambda: app.window.sidebar.model.rowCount() == 1)
        app.window.sidebar.search.setText("")
        settings = app.context.settings
        settings.update(dataclasses.replace(settings.value, text_zoom=110))
        await settings.flush()
        logging.getLogger("gui.test").warning("a line in the log")

    arun(session("Capital of France?", "paris"))
    assert_private(root)  # as created
    arun(app.window.shutdown())
    app.window._may_close = True
    app.context.logs.close()

    # What an older version (umask 022) and a crash mid-save leave behind.
    for path in [root, *[p for p in root.rglob("*")]]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    conversations = root / "conversations"
    (conversations / "broken.json").write_text("{ not json")
    os.chmod(conversations / "broken.json", 0o644)
    stale = [conversations / ".abc.json.k3j4h5g6.tmp", root / ".settings.json.a_b1c2d3.tmp"]
    young = conversations / ".def.json.zz99yy88.tmp"
    other = [conversations / "notes.tmp", conversations / ".mine.tmp"]
    hour_ago = time.time() - 3600
    for path in [*stale, young, *other]:
        path.write_text("partial")
        if path is not young:
            os.utime(path, (hour_ago, hour_ago))

    again = arun(make_app(data_dir=root))
    app = again
    arun(session("Capital of Rhone?", "lyon"))
    assert "broken.json" in again.window.notice_text()
    assert any(".damaged-" in path.name for path in conversations.iterdir())
    assert_private(root)  # as tightened at start, with the set-aside file and its reason
    assert not any(path.exists() for path in stale)
    assert young.exists() and all(path.exists() for path in other)


def test_half_an_emoji_from_the_server_is_saved_searched_and_exported(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """A lone surrogate escape in the stream (\\ud83d without its pair) never blocks a save."""
    from gui.core.export.options import ExportFormat
    from gui.ui.widgets.export_dialog import ExportChoice

    fake_minimax.push(Reply(events=wire.split_stream("think \ud83d", "Half \ud83d emoji.")))
    app = arun(make_app())
    target = tmp_path / "half.md"

    async def scenario() -> str:
        type_and_send(app, qtbot, "question")
        await app.controller.wait_idle()
        conv_id = app.window.current_id or ""
        app.window.sidebar.search.setText("emoji")
        await until(lambda: app.window.sidebar.model.rowCount() == 1)
        choice = ExportChoice(ExportFormat.MARKDOWN, True, True, True)
        await app.window.export_import.write_one(conv_id, choice, target)
        return conv_id

    conv_id = arun(scenario())
    assert app.window.notice_text().startswith("Exported")
    reply = on_disk(app, conv_id)["messages"][1]
    assert reply["content"] == "Half \ufffd emoji."
    assert "Half \ufffd emoji." in target.read_text("utf-8")
