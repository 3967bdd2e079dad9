"""What pasted or dropped data holds for attaching: local files, an encoded image, or pixels."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl

# What file managers put on the clipboard besides (or, for some, instead of) text/uri-list:
# "copy" or "cut", then one URL a line.
GNOME_COPIED_FILES = "x-special/gnome-copied-files"

# Encoded images as other programs offer them, in the order they are preferred; kept as they
# are (a photo stays a JPEG) and decoded in a worker thread, never on the window's.
ENCODED_IMAGES = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
}


def local_files(data: QMimeData) -> list[str]:
    """The local files ``data`` names (a URI list or a file manager's copied files), in order."""
    urls = list(data.urls()) if data.hasUrls() else []
    if not urls and data.hasFormat(GNOME_COPIED_FILES):
        lines = bytes(data.data(GNOME_COPIED_FILES).data()).decode("utf-8", "replace")
        urls = [QUrl.fromEncoded(line.strip().encode()) for line in lines.splitlines()[1:]]
    return [url.toLocalFile() for url in urls if url.isLocalFile() and url.toLocalFile()]


def encoded_image(data: QMimeData) -> tuple[bytes, str] | None:
    """An image's file bytes and their MIME type (from the bytes, not the label), if ``data``
    offers one."""
    from gui.core.attachments.prepare import image_type  # loads with the first paste

    for offered in ENCODED_IMAGES:
        if data.hasFormat(offered):
            encoded = bytes(data.data(offered).data())
            mime_type = image_type(encoded[:16])
            if mime_type is not None:
                return encoded, mime_type
    return None


def carries_files(data: QMimeData) -> bool:
    """Whether pasted or dropped data holds local files or an image (not just text)."""
    if data.hasImage() or any(data.hasFormat(mime_type) for mime_type in ENCODED_IMAGES):
        return True
    return bool(local_files(data))


def attachable_copy(data: QMimeData) -> QMimeData:
    """What ``data`` holds for attaching, copied now: the clipboard may change before the
    files are read. Encoded bytes are copied as they are; pixels only when nothing else."""
    copy = QMimeData()
    files = local_files(data)
    if files:
        copy.setUrls([QUrl.fromLocalFile(path) for path in files])
        return copy
    encoded = encoded_image(data)
    if encoded is not None:
        copy.setData(encoded[1], encoded[0])
    elif data.hasImage():
        copy.setImageData(data.imageData())
    return copy
