"""Export, import and copy from the window: dialogs opened without nested loops, files written."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from gui.core.conversation import Role
from gui.core.export.as_json import export_json
from gui.core.export.options import ExportFormat
from gui.ui.widgets.export_dialog import ExportDialog
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.samples import sample_conversation
from tests.ui.conftest import TEST_KEY, App, until

MakeApp = Callable[..., Awaitable[App]]
REASONING = "First I check the parity of both numbers. 先检查奇偶性。"
ANSWER = "Odd plus odd is **even**. 奇数加奇数是偶数。\n\n| a | b |\n|---|---|\n| 1 | 3 |"


def type_and_send(app: App, qtbot: Any, text: str) -> None:
    edit = app.window.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


async def chat(app: App, qtbot: Any, text: str = "Is odd plus odd even?") -> str:
    type_and_send(app, qtbot, text)
    await app.controller.wait_idle()
    assert app.window.current_id is not None
    return app.window.current_id


async def pick_file(app: App, path: Path) -> None:
    """Answer the open file dialog with ``path``, as the user would."""
    await until(lambda: app.window.export_import.file_dialog is not None)
    dialog = app.window.export_import.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def export_dialog(app: App) -> ExportDialog:
    dialog = app.window.export_import.dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.isVisible()
    return dialog


def test_ctrl_e_exports_the_current_chat(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """Ctrl+E opens the dialog; the chosen options are written to the chosen file."""
    fake_minimax.push(Reply(events=wire.split_stream(REASONING, ANSWER)))
    app = arun(make_app())
    target = tmp_path / "out" / "chat.md"
    target.parent.mkdir()

    async def scenario() -> None:
        await chat(app, qtbot)
        qtbot.keyClick(app.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        dialog = export_dialog(app)
        dialog.set_format(ExportFormat.MARKDOWN)
        dialog.reasoning_box.setChecked(True)
        dialog.metadata_box.setChecked(False)
        dialog.export_button.click()
        await pick_file(app, target)
        await until(lambda: "Exported" in app.window.notice_text())

    arun(scenario())
    text = target.read_text("utf-8")
    assert text.startswith("# Is odd plus odd even?\n")
    assert "<summary>Reasoning</summary>" in text and "先检查奇偶性" in text
    assert "| a | b |\n|---|---|\n| 1 | 3 |" in text
    assert str(target) in app.window.notice_text()
    settings = app.context.settings.value
    assert (settings.export_format, settings.export_include_reasoning) == ("md", True)
    assert settings.export_include_metadata is False
    assert settings.export_last_folder == str(target.parent)


def test_export_dialog_remembers_the_last_choices(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """The next export starts with the format and options chosen last time."""
    app = arun(make_app())

    async def scenario() -> None:
        await chat(app, qtbot)
        app.window.export_action.trigger()
        dialog = export_dialog(app)
        dialog.set_format(ExportFormat.TEXT)
        dialog.prompt_box.setChecked(True)
        dialog.reasoning_box.setChecked(False)
        dialog.export_button.click()
        await pick_file(app, tmp_path / "a.txt")
        await until(lambda: (tmp_path / "a.txt").exists())
        app.window.export_action.trigger()

    arun(scenario())
    dialog = export_dialog(app)
    assert dialog.selected_format() is ExportFormat.TEXT
    assert dialog.prompt_box.isChecked() and not dialog.reasoning_box.isChecked()
    dialog.set_format(ExportFormat.JSON)
    assert not dialog.reasoning_box.isEnabled() and dialog.json_note.isVisibleTo(dialog)
    dialog.reject()


def test_pdf_export_from_the_window(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """PDF is rendered by Qt on the GUI thread and written as a real PDF file."""
    fake_minimax.push(Reply(events=wire.split_stream(REASONING, ANSWER)))
    app = arun(make_app())
    target = tmp_path / "chat.pdf"

    async def scenario() -> None:
        await chat(app, qtbot)
        app.window.export_action.trigger()
        dialog = export_dialog(app)
        dialog.set_format(ExportFormat.PDF)
        dialog.accept()
        await pick_file(app, target)
        await until(lambda: "Exported" in app.window.notice_text())

    arun(scenario())
    assert target.read_bytes().startswith(b"%PDF-")


def test_key_in_use_never_reaches_an_exported_file(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """Even a key pasted into the chat is removed from the export (HTML and JSON alike)."""
    app = arun(make_app())

    async def scenario() -> None:
        await chat(app, qtbot, f"my key is {TEST_KEY}")
        for fmt, name in ((ExportFormat.HTML, "a.html"), (ExportFormat.JSON, "a.json")):
            app.window.export_action.trigger()
            dialog = export_dialog(app)
            dialog.set_format(fmt)
            dialog.accept()
            await pick_file(app, tmp_path / name)
            await until(lambda name=name: (tmp_path / name).exists())

    arun(scenario())
    for name in ("a.html", "a.json"):
        data = (tmp_path / name).read_bytes()
        assert TEST_KEY.encode() not in data
        assert b"[API key removed]" in data


def test_export_all_as_zip(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """ "Export all chats" writes one safely named file per chat into a .zip."""
    app = arun(make_app())
    target = tmp_path / "all.zip"

    async def scenario() -> None:
        await chat(app, qtbot, "first: chat")
        app.window.new_chat()
        await chat(app, qtbot, "second/chat")
        app.window.new_chat()  # an empty draft is not exported
        app.window.export_all_action.trigger()
        dialog = export_dialog(app)
        assert "Export all 2 chats" in dialog.findChild(object, "export-heading").text()
        dialog.set_format(ExportFormat.JSON)
        dialog.zip_button.setChecked(True)
        dialog.accept()
        await pick_file(app, target)
        await until(lambda: "Exported 2 chats" in app.window.notice_text())

    arun(scenario())
    names = sorted(zipfile.ZipFile(target).namelist())
    assert names == ["first_ chat.json", "second_chat.json"]
    assert app.context.settings.value.export_all_as_zip is True


def test_export_all_to_a_new_folder(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """Choosing a folder creates a dated export folder inside it with one file per chat."""
    app = arun(make_app())

    async def scenario() -> None:
        await chat(app, qtbot, "alpha")
        app.window.export_all_action.trigger()
        dialog = export_dialog(app)
        dialog.set_format(ExportFormat.HTML)
        dialog.folder_button.setChecked(True)
        dialog.accept()
        await pick_file(app, tmp_path)
        await until(lambda: "Exported 1 chat " in app.window.notice_text())

    arun(scenario())
    (folder,) = [p for p in tmp_path.iterdir() if p.name.startswith("MiniMax Chat export")]
    assert [p.name for p in folder.iterdir()] == ["alpha.html"]


def test_import_adds_chats_and_reports_id_clashes(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, tmp_path: Path
) -> None:
    """Importing a JSON export lists it at once; importing it again gives a renamed copy."""
    app = arun(make_app())
    source = tmp_path / "sample.json"
    source.write_bytes(export_json(sample_conversation()))

    async def scenario() -> None:
        app.window.import_action.trigger()
        await pick_file(app, source)
        await until(lambda: "Imported 1 conversation" in app.window.notice_text())
        assert app.window.current_id == "sample-conversation-0001"
        await app.window.export_import.import_paths([source])

    arun(scenario())
    assert "got the new id" in app.window.notice_text()
    titles = [c.title for c in app.controller.conversations() if c.message_count]
    assert titles.count("Odd + odd: proof 证明 🧮") == 2
    imported = arun(app.controller.open("sample-conversation-0001"))  # left: read again
    assert imported == sample_conversation()
    files = sorted(p.name for p in (app.data_dir / "conversations").glob("*.json"))
    assert len(files) == 2 and "sample-conversation-0001.json" in files


def test_invalid_import_is_refused_and_nothing_changes(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """A file that is not an export is refused with its name; no chat or file is added."""
    app = arun(make_app())
    bad = tmp_path / "notes.json"
    bad.write_text(json.dumps({"title": "not a chat"}))

    async def scenario() -> None:
        await chat(app, qtbot)
        before = sorted((app.data_dir / "conversations").iterdir())
        count = len(app.controller.conversations())
        await app.window.export_import.import_paths([bad])
        assert sorted((app.data_dir / "conversations").iterdir()) == before
        assert len(app.controller.conversations()) == count

    arun(scenario())
    notice = app.window.notice_text()
    assert notice.startswith("Nothing was imported.") and "notes.json" in notice


def test_sidebar_menu_exports_that_chat(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """The conversation's context menu offers Export…, which opens the dialog for it."""
    app = arun(make_app())

    async def scenario() -> None:
        await chat(app, qtbot, "context menu chat")
        app.window.new_chat()

    arun(scenario())
    sidebar = app.window.sidebar
    row = next(
        i
        for i in range(sidebar.model.rowCount())
        if sidebar.model.data(sidebar.model.index(i)) == "context menu chat"
    )
    menu = sidebar.context_menu(sidebar.model.index(row))
    export = next(a for a in menu.actions() if a.text() == "Export…")
    export.trigger()
    heading = export_dialog(app).findChild(object, "export-heading")
    assert heading.text() == "Export “context menu chat”."
    export_dialog(app).reject()


def test_empty_chat_has_nothing_to_export(arun: Callable[..., Any], make_app: MakeApp) -> None:
    """Ctrl+E on a new, empty chat explains instead of opening an empty export."""
    app = arun(make_app())
    app.window.export_action.trigger()
    assert app.window.export_import.dialog is None
    assert "nothing to export" in app.window.notice_text()


def test_copy_menu_on_an_answer(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Copy answer, Copy answer with reasoning and Copy as Markdown put the right text out."""
    fake_minimax.push(Reply(events=wire.split_stream(REASONING, ANSWER)))
    app = arun(make_app())
    arun(chat(app, qtbot))
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None
    reply = next(m for m in conv.messages if m.role is Role.ASSISTANT)
    widget = app.window.chat.widget_for(reply.id)
    assert widget is not None and widget.copy_menu is not None
    texts = [a.text() for a in widget.copy_menu.actions()]
    assert texts == ["Copy answer", "Copy answer with reasoning", "Copy as Markdown"]
    clipboard = QGuiApplication.clipboard()

    qtbot.mouseClick(widget.copy_button, Qt.MouseButton.LeftButton)  # the main part: answer
    assert clipboard.text() == ANSWER
    assert "<table" in clipboard.mimeData().html()

    widget.copy_reasoning_action.trigger()
    assert clipboard.text().startswith(f"Reasoning:\n    {REASONING}\n(End of reasoning)\n\n")
    assert clipboard.text().endswith(ANSWER)

    widget.copy_markdown_action.trigger()
    assert clipboard.text() == ANSWER
    assert not clipboard.mimeData().hasHtml()

    user = app.window.chat.widget_for(conv.messages[0].id)
    assert user is not None and user.copy_menu is None
