"""What pasted or dropped data holds for attaching: local files, an encoded image, or pixels."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage

from gui.core.attachments.image_types import SUFFIXES, image_type

# What file managers put on the clipboard besides (or, for some, instead of) text/uri-list:
# "copy" or "cut", then one URL a line.
GNOME_COPIED_FILES = "x-special/gnome-copied-files"


@dataclass(frozen=True, slots=True)
class Attachable:
    """What one paste or drop gives to attach, read from the clipboard once (it may change
    before the files are read): local files, else an encoded image, else pixels.

    An encoded image is kept as it is (a photo stays a JPEG) and decoded in a worker thread,
    never on the window's.
    """

    files: tuple[str, ...] = ()
    encoded: bytes = b""
    mime_type: str = ""  # of ``encoded``, from its bytes, not the clipboard's label
    image: QImage | None = None


def local_files(data: QMimeData) -> list[str]:
    """The local files ``data`` names (a URI list or a file manager's copied files), in order."""
    urls = list(data.urls()) if data.hasUrls() else []
    if not urls and data.hasFormat(GNOME_COPIED_FILES):
        lines = bytes(data.data(GNOME_COPIED_FILES).data()).decode("utf-8", "replace")
        urls = [QUrl.fromEncoded(line.strip().encode()) for line in lines.splitlines()[1:]]
    return [url.toLocalFile() for url in urls if url.isLocalFile() and url.toLocalFile()]


def carries_files(data: QMimeData) -> bool:
    """Whether pasted or dropped data holds local files or an image (not just text)."""
    if data.hasImage() or any(data.hasFormat(mime_type) for mime_type in SUFFIXES):
        return True
    return bool(local_files(data))


def attachable(data: QMimeData) -> Attachable | None:
    """What ``data`` holds for attaching, read now; None when it holds only text."""
    files = local_files(data)
    if files:
        return Attachable(files=tuple(files))
    for offered in SUFFIXES:
        if data.hasFormat(offered):
            encoded = bytes(data.data(offered).data())  # the one copy: bytes(bytes) is itself
            mime_type = image_type(encoded[:16])
            if mime_type is not None:
                return Attachable(encoded=encoded, mime_type=mime_type)
    if data.hasImage():
        return Attachable(image=QImage(data.imageData()))
    return None
