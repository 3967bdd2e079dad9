"""Pasting into the composer as other programs fill the clipboard: encoded images, file
managers' copied files, several files at once, the same image twice, paths as text."""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication, QImage

from tests.ui.conftest import App, until

MakeApp = Callable[..., Awaitable[App]]


def photo_jpeg() -> bytes:
    """A noisy photo: as PNG it would be several times larger."""
    buffer = io.BytesIO()
    Image.effect_noise((320, 240), 60).convert("RGB").save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


async def paste(app: App, data: QMimeData) -> None:
    """Ctrl+V with ``data`` on the clipboard, then wait until what it gave is read."""
    QGuiApplication.clipboard().setMimeData(data)
    app.window.composer.edit.setFocus()
    app.window.composer.edit.paste()
    await until(lambda: app.window.attach.pending == 0)


def test_pasted_jpeg_is_kept_as_the_same_jpeg(arun: Callable[..., Any], make_app: MakeApp) -> None:
    # What X11 and Wayland offer for a copied photo: its encoded bytes, and Qt's decoded image.
    jpeg = photo_jpeg()
    app = arun(make_app())
    data = QMimeData()
    data.setData("image/jpeg", jpeg)
    data.setImageData(QImage.fromData(jpeg))
    arun(paste(app, data))
    (ref,) = app.window.composer.attachments()
    assert (ref.mime_type, ref.width, ref.height) == ("image/jpeg", 320, 240)
    assert ref.name.endswith(".jpg")
    assert app.context.attachments.read(ref.sha256) == jpeg  # not re-encoded as a larger PNG


def test_files_copied_in_a_gnome_file_manager_are_attached(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    notes = tmp_path / "my notes.md"
    notes.write_text("# Notes\n", encoding="utf-8")
    app = arun(make_app())
    data = QMimeData()  # some file managers offer only this target
    url = QUrl.fromLocalFile(str(notes)).toEncoded().data()
    data.setData("x-special/gnome-copied-files", b"copy\n" + url)
    arun(paste(app, data))
    assert [r.name for r in app.window.composer.attachments()] == ["my notes.md"]
    assert app.window.composer.edit.toPlainText() == ""


def test_every_refused_file_of_one_paste_is_named(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    good = tmp_path / "notes.txt"
    good.write_text("hello\n", encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    app = arun(make_app())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in (tmp_path / "gone.pdf", folder, good)])
    arun(paste(app, data))
    notice = app.window.notice_text()
    assert "gone.pdf could not be read" in notice
    assert "folder is not a file." in notice


def test_the_same_image_pasted_twice_is_attached_once(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    jpeg = photo_jpeg()
    first, second = tmp_path / "photo.jpg", tmp_path / "photo (copy).jpg"
    for path in (first, second):
        path.write_bytes(jpeg)
    app = arun(make_app())
    for path in (first, second):
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        arun(paste(app, data))
    assert [r.name for r in app.window.composer.attachments()] == ["photo.jpg"]
    assert "photo (copy).jpg is already attached" in app.window.notice_text()


def test_a_path_copied_as_text_is_pasted_as_text(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    app = arun(make_app())
    data = QMimeData()
    data.setText(str(pdf))
    arun(paste(app, data))
    assert app.window.composer.edit.toPlainText() == str(pdf)
    assert app.window.attach.pending == 0 and app.window.composer.attachments() == []


def test_a_paste_is_read_once_into_what_is_attached(qapp: Any, tmp_path: Path) -> None:
    from gui.ui.pasted_data import Attachable, attachable

    jpeg = photo_jpeg()
    photo = QMimeData()
    photo.setData("image/png", b"not a png")  # a wrong label: the next offer is taken
    photo.setData("image/jpeg", jpeg)
    photo.setImageData(QImage.fromData(jpeg))
    assert attachable(photo) == Attachable(encoded=jpeg, mime_type="image/jpeg")
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(tmp_path / name)) for name in ("a.txt", "b.pdf")])
    files.setData("image/png", b"\x89PNG\r\n\x1a\n")  # files win over an icon of them
    assert attachable(files) == Attachable(files=(str(tmp_path / "a.txt"), str(tmp_path / "b.pdf")))
    text = QMimeData()
    text.setText("just words")
    assert attachable(text) is None
