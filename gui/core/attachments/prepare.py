"""Turn a file into what is sent: an image (scaled when too big) or a named text part."""

from __future__ import annotations

import io
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gui.core.attachments import limits
from gui.core.attachments.image_types import SUFFIXES, image_type
from gui.core.attachments.ref import AttachmentRef
from gui.core.attachments.store import AttachmentStore
from gui.core.i18n import translate

if TYPE_CHECKING:
    from PIL import Image  # loaded with the first image, not at import

LANGUAGES = {
    ".py": "python", ".pyi": "python", ".js": "javascript", ".mjs": "javascript",
    ".ts": "typescript", ".tsx": "tsx", ".jsx": "jsx", ".java": "java", ".kt": "kotlin",
    ".c": "c", ".h": "c", ".cc": "cpp", ".cpp": "cpp", ".hpp": "cpp", ".cs": "csharp",
    ".go": "go", ".rs": "rust", ".rb": "ruby", ".php": "php", ".swift": "swift",
    ".sh": "bash", ".bash": "bash", ".zsh": "bash", ".ps1": "powershell", ".sql": "sql",
    ".html": "html", ".htm": "html", ".css": "css", ".scss": "scss", ".xml": "xml",
    ".json": "json", ".yaml": "yaml", ".yml": "yaml", ".toml": "toml", ".ini": "ini",
    ".md": "markdown", ".rst": "rst", ".tex": "latex", ".r": "r", ".lua": "lua",
    ".pl": "perl", ".scala": "scala", ".dart": "dart", ".vue": "vue", ".csv": "csv",
}  # fmt: skip


class AttachmentRefused(ValueError):
    """A file that cannot be attached; the message says why, in the user's language."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """An attachment stored and ready to send; ``warning`` is shown when it was changed."""

    ref: AttachmentRef
    warning: str = ""


def prepare_file(store: AttachmentStore, path: Path, context_window: int) -> Prepared:
    """Read, check and store the file at ``path`` (blocking: run it in a worker thread).

    Raises:
        AttachmentRefused: it cannot be read, is binary, or is over a limit.
    """
    name = path.name or "attachment"
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise AttachmentRefused(
                translate("attachments", "{name} is not a file.").format(name=name)
            )
        with path.open("rb") as handle:
            head = handle.read(16)
            limit = limits.MAX_IMAGE_FILE_BYTES if image_type(head) else limits.MAX_TEXT_FILE_BYTES
            if size > limit:
                raise AttachmentRefused(
                    translate(
                        "attachments",
                        "{name} is too large to attach ({size} MB; at most {limit} MB).",
                    ).format(name=name, size=size // 2**20, limit=limit // 2**20)
                )
            data = head + handle.read()
    except OSError as exc:
        raise AttachmentRefused(
            translate("attachments", "{name} could not be read: {error}").format(
                name=name, error=exc.strerror or exc
            )
        ) from exc
    return prepare_bytes(store, data, name, context_window)


def prepare_bytes(store: AttachmentStore, data: bytes, name: str, context_window: int) -> Prepared:
    """Check and store ``data`` named ``name`` (a pasted image, a file's contents)."""
    mime = image_type(data[:16])
    if mime is not None:
        return _prepare_image(store, data, name, mime)
    if data.startswith(b"%PDF-"):
        return _prepare_pdf(store, data, name, context_window)
    return _prepare_text(store, data, name, context_window)


def _prepare_image(store: AttachmentStore, data: bytes, name: str, mime: str) -> Prepared:
    from PIL import Image, ImageOps  # here: Pillow is only needed once images are attached

    try:
        with Image.open(io.BytesIO(data)) as probe:
            width, height = probe.size
            if width * height > limits.MAX_IMAGE_PIXELS:
                raise AttachmentRefused(
                    translate(
                        "attachments",
                        "{name} has too many pixels ({width} × {height}); at most {limit} "
                        "million can be sent.",
                    ).format(
                        name=name,
                        width=width,
                        height=height,
                        limit=limits.MAX_IMAGE_PIXELS // 1_000_000,
                    )
                )
            fits = (
                max(width, height) <= limits.MAX_IMAGE_SIDE
                and len(data) <= limits.MAX_IMAGE_SEND_BYTES
            )
            if fits:
                probe.verify()  # a broken file is refused now, not by MiniMax later
                ref = _store(store, data, name, mime, "image", width=width, height=height)
                return Prepared(ref)
            image = ImageOps.exif_transpose(probe)  # scaling drops EXIF: keep its rotation
            image.thumbnail((limits.MAX_IMAGE_SIDE, limits.MAX_IMAGE_SIDE))
            # A packed PNG kept at its size is known to be over the limit: not encoded again.
            same = mime == "image/png" and image.size == (width, height) and _packed_png(data)
            known = len(data) if same else None
            scaled, out_mime, image = _encode(image, keep_png=mime == "image/png", png_size=known)
    except AttachmentRefused:
        raise
    except Image.DecompressionBombError as exc:  # over twice Pillow's limit: not even opened
        raise AttachmentRefused(
            translate(
                "attachments", "{name} has too many pixels; at most {limit} million can be sent."
            ).format(name=name, limit=limits.MAX_IMAGE_PIXELS // 1_000_000)
        ) from exc
    except Exception as exc:  # Pillow raises many kinds for a broken file
        raise AttachmentRefused(
            translate("attachments", "{name} is not a readable image ({error}).").format(
                name=name, error=type(exc).__name__
            )
        ) from exc
    ref = _store(
        store, scaled, _renamed(name, out_mime), out_mime, "image",
        width=image.width, height=image.height,
    )  # fmt: skip
    return Prepared(ref, _changed(name, (width, height), mime, image, out_mime))


def prepare_pixels(
    store: AttachmentStore,
    pixels: bytes | bytearray | memoryview,
    width: int,
    height: int,
    stride: int,
    name: str,
    layout: str = "BGRA",
) -> Prepared:
    """Store a pasted image given as raw pixels, as PNG, scaled down (and re-encoded) when
    over the limits. No PNG round trip before scaling.

    ``layout``: the bytes of one pixel, as Pillow names them: ``BGRA`` (Qt's ARGB32 in
    memory on little-endian machines), ``RGBA`` or ``RGB``.
    """
    from PIL import Image

    if width * height > limits.MAX_IMAGE_PIXELS:
        raise AttachmentRefused(
            translate(
                "attachments",
                "{name} has too many pixels ({width} × {height}); at most {limit} "
                "million can be sent.",
            ).format(
                name=name, width=width, height=height, limit=limits.MAX_IMAGE_PIXELS // 1_000_000
            )
        )
    view = pixels if isinstance(pixels, bytes) else memoryview(pixels)
    mode = "RGB" if layout == "RGB" else "RGBA"
    image = Image.frombuffer(mode, (width, height), view, "raw", layout, stride, 1)  # type: ignore[arg-type]
    if image.mode == "RGBA" and not _has_alpha(image):
        image = image.convert("RGB")
    if max(width, height) > limits.MAX_IMAGE_SIDE:
        image = image.copy()
        image.thumbnail((limits.MAX_IMAGE_SIDE, limits.MAX_IMAGE_SIDE))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=6)
    data, mime = buffer.getvalue(), "image/png"
    if len(data) > limits.MAX_IMAGE_SEND_BYTES:
        data, mime, image = _encode(image, png_size=len(data))
    ref = _store(
        store, data, _renamed(name, mime), mime, "image", width=image.width, height=image.height
    )
    return Prepared(ref, _changed(name, (width, height), "image/png", image, mime))


def _encode(
    image: Image.Image, keep_png: bool = False, png_size: int | None = None
) -> tuple[bytes, str, Image.Image]:
    """The image, encoded under the byte limit: as PNG when it was one (a screenshot: JPEG
    would smudge its text) and fits, or has transparency (JPEG has none: it is scaled down
    until it fits), else as JPEG. Returns the bytes, their MIME type and the image they hold.

    ``png_size``: what this image takes as PNG, when that is known already (not encoded again).
    """
    from PIL import Image

    transparent = image.mode in ("RGBA", "LA", "P") and _has_alpha(image)
    if transparent and image.mode != "RGBA":
        image = image.convert("RGBA")
    while keep_png or transparent:
        if png_size is None:
            buffer = io.BytesIO()
            image.save(buffer, "PNG", optimize=False)
            if buffer.tell() <= limits.MAX_IMAGE_SEND_BYTES:
                return buffer.getvalue(), "image/png", image
            png_size = buffer.tell()
        if not transparent:
            break
        # A PNG's size follows its pixel count; aim a little under the limit.
        shrink = 0.9 * math.sqrt(limits.MAX_IMAGE_SEND_BYTES / png_size)
        size = (max(1, int(image.width * shrink)), max(1, int(image.height * shrink)))
        image, png_size = image.resize(size, Image.Resampling.LANCZOS), None
    rgb = image.convert("RGB")
    for quality in (90, 80, 65, 50):
        buffer = io.BytesIO()
        rgb.save(buffer, "JPEG", quality=quality)
        if buffer.tell() <= limits.MAX_IMAGE_SEND_BYTES:
            break
    return buffer.getvalue(), "image/jpeg", image


def _packed_png(data: bytes) -> bool:
    """Whether a PNG file's pixels were compressed at zlib's default level or harder (the
    level its first IDAT chunk's zlib header names): packing them again saves little. A
    PNG written fast or uncompressed may shrink a lot."""
    at = 8  # after the signature: chunks of length, type, data and CRC
    while at + 10 <= len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        if data[at + 4 : at + 8] == b"IDAT":
            return length >= 2 and data[at + 9] >> 6 >= 2
        at += 12 + length
    return False


def _changed(name: str, size: tuple[int, int], mime: str, image: Image.Image, out_mime: str) -> str:
    """What the user is told about an image that is not sent as given."""
    width, height = size
    if image.width * image.height < width * height:
        return translate(
            "attachments",
            "{name} was scaled down from {width} × {height} to {new_width} × {new_height}.",
        ).format(
            name=name, width=width, height=height, new_width=image.width, new_height=image.height
        )
    if out_mime != mime:
        return translate(
            "attachments", "{name} was converted to JPEG to stay under {limit} MB."
        ).format(name=name, limit=limits.MAX_IMAGE_SEND_BYTES // 2**20)
    return ""


def _has_alpha(image: object) -> bool:
    from PIL import Image

    assert isinstance(image, Image.Image)
    if image.mode == "P":
        return "transparency" in image.info
    return image.getextrema()[-1][0] < 255  # type: ignore[index]


def _renamed(name: str, mime: str) -> str:
    stem, ext = os.path.splitext(name)
    wanted = SUFFIXES[mime]
    return (
        name if ext.lower() in (wanted, ".jpeg" if wanted == ".jpg" else wanted) else stem + wanted
    )


def _prepare_text(store: AttachmentStore, data: bytes, name: str, context_window: int) -> Prepared:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = ""
    if (not text and data) or "\x00" in text:
        raise AttachmentRefused(
            translate(
                "attachments",
                "{name} looks like a binary file. Only images (PNG, JPEG, GIF, WebP), PDF and "
                "UTF-8 text files can be attached.",
            ).format(name=name)
        )
    text = text.replace("\r\n", "\n")
    language = LANGUAGES.get(os.path.splitext(name)[1].lower(), "")
    return _store_text(store, text, name, "text/plain", "text", context_window, language)


def _prepare_pdf(store: AttachmentStore, data: bytes, name: str, context_window: int) -> Prepared:
    text, pages = pdf_text(data, name)
    if not text.strip():
        raise AttachmentRefused(
            translate(
                "attachments",
                "{name} has no text layer (scanned pages?); only the text of a PDF can be sent.",
            ).format(name=name)
        )
    return _store_text(store, text, name, "application/pdf", "pdf", context_window, "", pages)


def pdf_text(data: bytes, name: str) -> tuple[str, int]:
    """The text layer of a PDF, page by page, and its page count."""
    from pypdf import PdfReader  # here: only needed once a PDF is attached

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise AttachmentRefused(
                translate("attachments", "{name} is protected by a password.").format(name=name)
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except AttachmentRefused:
        raise
    except Exception as exc:
        raise AttachmentRefused(
            translate("attachments", "{name} is not a readable PDF ({error}).").format(
                name=name, error=type(exc).__name__
            )
        ) from exc
    text = "\n\n".join(
        f"[page {number}]\n{page.strip()}" for number, page in enumerate(pages, 1) if page.strip()
    )
    return text, len(pages)


def _store_text(
    store: AttachmentStore,
    text: str,
    name: str,
    mime: str,
    kind: str,
    context_window: int,
    language: str,
    pages: int | None = None,
) -> Prepared:
    budget = limits.text_budget(context_window)
    chars = len(text)
    truncated = chars > budget
    warning = ""
    if truncated:
        text = text[:budget]
        warning = translate(
            "attachments",
            "{name} is too long for the model's context: only its first {sent} of {chars} "
            "characters are sent.",
        ).format(name=name, sent=f"{budget:,}", chars=f"{chars:,}")
    part = text_part(name, text, language, pages=pages, cut_from=chars if truncated else None)
    ref = _store(store, part.encode("utf-8"), name, mime, kind, chars=chars, truncated=truncated)
    return Prepared(ref, warning)


def text_part(
    name: str, text: str, language: str, *, pages: int | None = None, cut_from: int | None = None
) -> str:
    """The text part as sent: the file's name, then its text (in a fence for code)."""
    header = f"File: {name}"
    if pages is not None:
        header += f" (PDF, {pages} pages, text layer)"
    if cut_from is not None:
        header += f" [cut: the first {len(text)} of {cut_from} characters]"
    if pages is not None or language in ("", "markdown"):
        return f"{header}\n\n{text}"
    fence = "```"
    while fence in text:
        fence += "`"
    return f"{header}\n\n{fence}{language}\n{text}\n{fence}"


def _store(
    store: AttachmentStore, data: bytes, name: str, mime: str, kind: str, **fields: object
) -> AttachmentRef:
    digest = store.put(data)
    return AttachmentRef(
        sha256=digest, name=name, mime_type=mime, kind=kind, size=len(data),
        **fields,  # type: ignore[arg-type]
    )  # fmt: skip
