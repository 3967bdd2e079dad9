"""Adding attachments (button, paste, drop, command line), their thumbnails and viewer, and the
checks made before a message with attachments is sent."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.core.attachments import limits
from gui.core.attachments.image_types import SUFFIXES
from gui.core.attachments.ref import AttachmentRef
from gui.core.attachments.store import AttachmentStore
from gui.core.i18n import translate
from gui.core.minimax_models import accepts_images, context_window, image_models
from gui.ui.context import AppContext
from gui.ui.pasted_data import Attachable, attachable, carries_files
from gui.ui.plain_text import plain
from gui.ui.widgets.attachment_strip import THUMBNAIL, AttachmentChip
from gui.ui.widgets.composer import Composer

if TYPE_CHECKING:
    # Reading files and the viewer load with the first attachment, not at start-up.
    from gui.core.attachments.prepare import Prepared

log = logging.getLogger(__name__)


def _pasted_name(suffix: str) -> str:
    return time.strftime("pasted-image-%Y%m%d-%H%M%S") + suffix


def _prepare_pasted(store: AttachmentStore, image: QImage, name: str) -> Prepared:
    """A pasted image, read pixel by pixel (blocking: a worker thread). Pillow does the
    work: it lets go of the GIL, where Qt's image calls from Python keep it."""
    from gui.core.attachments.prepare import prepare_pixels

    layout = _LAYOUTS.get(image.format())
    if layout is None or (sys.byteorder != "little" and layout == "BGRA"):
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)
        layout = "RGBA"
    pixels = image.constBits()  # a view: copying 48 MB would hold the GIL meanwhile
    return prepare_pixels(
        store, pixels, image.width(), image.height(), image.bytesPerLine(), name, layout
    )


# Qt image formats Pillow reads as they are (Qt's 32-bit ARGB is B, G, R, A in memory on
# little-endian machines); anything else is converted first.
_LAYOUTS = {
    QImage.Format.Format_ARGB32: "BGRA",
    QImage.Format.Format_RGB32: "BGRA",
    QImage.Format.Format_RGBA8888: "RGBA",
    QImage.Format.Format_RGBX8888: "RGBA",
    QImage.Format.Format_RGB888: "RGB",
}


def _thumbnail(store: AttachmentStore, ref: AttachmentRef, size: int) -> tuple[bytes, int, int]:
    """RGBA pixels of a small version of a stored image (blocking: a worker thread)."""
    from PIL import Image

    with Image.open(io.BytesIO(store.read(ref.sha256))) as image:
        image.draft("RGB", (size * 4, size * 4))  # JPEG: decode at a fraction of the size
        small = image.convert("RGBA")
        small.thumbnail((size * THUMBNAIL.width() // THUMBNAIL.height(), size))
        return small.tobytes(), small.width, small.height


class AttachActions(QObject):
    """The window's attachment part: it fills the composer and answers the chips' clicks.

    Args:
        window: the main window (dialogs' parent; files dropped anywhere on it are taken).
        context: the app's services (the attachment store, settings, tasks).
        composer: where attachments wait until sent.
        notify: shows a plain-language notice.
        chat_model: the model the open chat's next message goes to.
        switch_model: gives the open chat another model (the offer for images); other chats
            and Settings keep theirs.
    """

    def __init__(
        self,
        window: QWidget,
        context: AppContext,
        composer: Composer,
        notify: Callable[[str], None],
        chat_model: Callable[[], str],
        switch_model: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        assert context.attachments is not None
        self._window = window
        self._ctx = context
        self._store: AttachmentStore = context.attachments
        self._composer = composer
        self._notify = notify
        self._chat_model = chat_model
        self._switch_model = switch_model
        self.pending = 0  # files being read (tests and benchmarks wait for 0)
        # One file at a time: two readers at once leave the window's thread a third of
        # the CPU on a two-core machine, and it stalls.
        self._one_at_a_time = asyncio.Semaphore(1)
        composer.attach_requested.connect(self.choose_files)
        composer.files_given.connect(self.add_attachable)
        composer.attachment_removed.connect(lambda ref: self._store.unpin([ref.sha256]))
        composer.attachment_opened.connect(self.open)
        window.setAcceptDrops(True)  # the window hands drags to take_drop

    # -- adding --------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._window,
            translate("AttachActions", "Attach files"),
            "",
            translate(
                "AttachActions",
                "Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.py "
                "*.json *.csv);;All files (*)",
            ),
        )
        self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        self._start([self._reader(Path(path)) for path in paths])

    def _reader(self, path: Path) -> Callable[[], Prepared]:
        from gui.core.attachments.prepare import prepare_file

        return lambda: prepare_file(self._store, path, self._context())

    async def add_paths_and_wait(self, paths: list[str]) -> None:
        """Attach ``paths`` (from the command line) and wait until all are read."""
        task = self._start([self._reader(Path(path)) for path in paths])
        await asyncio.gather(task, return_exceptions=True)

    def add_attachable(self, found: Attachable) -> None:
        """Attach what a paste or drop gave: its files, else its image."""
        if found.files:
            self.add_paths(list(found.files))
        elif found.encoded:
            from gui.core.attachments.prepare import prepare_bytes

            name = _pasted_name(SUFFIXES[found.mime_type])
            encoded = found.encoded
            self._start([lambda: prepare_bytes(self._store, encoded, name, self._context())])
        elif found.image is not None:
            self.add_image(found.image)

    def add_image(self, image: QImage) -> None:
        name = _pasted_name(".png")
        # No copy: QImage is shared copy-on-write, and nothing here changes this one.
        self._start([lambda: _prepare_pasted(self._store, image, name)])

    def _context(self) -> int:
        return context_window(self._chat_model())

    def _start(self, works: list[Callable[[], Prepared]]) -> asyncio.Task[None]:
        """Read ``works`` one after another; what there is to say about them is said once,
        at the end (a notice per file would leave only the last one on screen)."""
        self.pending += len(works)
        return self._ctx.tasks.spawn(self._add_all(works), name="attach")

    async def _add_all(self, works: list[Callable[[], Prepared]]) -> None:
        notes: list[str] = []
        left = len(works)
        try:
            for work in works:
                try:
                    notes.append(await self._add(work))
                except Exception:  # not a refusal: a bug; the other files still come
                    log.exception("attaching a file failed")
                left -= 1
                self.pending -= 1
        finally:
            self.pending -= left  # cancelled: nothing more is coming
            if any(notes):
                self._notify("\n".join(note for note in notes if note))

    async def _add(self, work: Callable[[], Prepared]) -> str:
        """Read, store and show one attachment; what the user should be told about it."""
        from gui.core.attachments.prepare import AttachmentRefused
        from gui.core.gcpause import collections_paused

        try:
            async with self._one_at_a_time:
                with collections_paused():
                    prepared = await asyncio.to_thread(work)
        except AttachmentRefused as exc:
            return str(exc)
        attached = self._composer.attachments()
        if any(ref.sha256 == prepared.ref.sha256 for ref in attached):
            self._store.unpin([prepared.ref.sha256])
            if prepared.ref in attached:
                return ""  # the same file twice: once is enough
            return translate("AttachActions", "{name} is already attached.").format(
                name=prepared.ref.name
            )
        chip = self._composer.strip.add(prepared.ref, prepared.warning)
        self.show_thumbnail(chip)
        return prepared.warning

    def show_thumbnails(self, chips: list[AttachmentChip]) -> None:
        for chip in chips:
            self.show_thumbnail(chip)

    def show_thumbnail(self, chip: AttachmentChip) -> None:
        if chip.ref.kind == "image":
            self._ctx.tasks.spawn(self._thumbnail(chip), name="thumbnail")

    async def _thumbnail(self, chip: AttachmentChip) -> None:
        try:
            pixels, width, height = await asyncio.to_thread(
                _thumbnail, self._store, chip.ref, THUMBNAIL.height()
            )
        except Exception:  # a damaged or missing file: the chip keeps its badge
            log.warning("no thumbnail for attachment %s", chip.ref.sha256[:12])
            return
        image = QImage(pixels, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()
        with contextlib.suppress(RuntimeError):  # the chip was removed meanwhile
            chip.set_thumbnail(image)

    def take_drop(self, event: QDragEnterEvent | QDropEvent) -> bool:
        """A drag entering, or a drop on, the window (its ``dragEnterEvent`` and
        ``dropEvent``): files dropped anywhere on it are attached. False: not files.

        Not an event filter on the window: a Python filter there is called for every event
        the window gets, each streamed frame's update request and layout included.
        """
        data = event.mimeData()
        if not carries_files(data):
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop and (found := attachable(data)) is not None:
            self.add_attachable(found)
        return True

    # -- opening -------------------------------------------------------------------

    def open(self, ref: AttachmentRef) -> None:
        self._ctx.tasks.spawn(self._open(ref), name="open-attachment")

    async def _open(self, ref: AttachmentRef) -> None:
        try:
            data = await asyncio.to_thread(self._store.read, ref.sha256)
        except (OSError, ValueError) as exc:
            self._notify(
                translate("AttachActions", "{name} could not be opened: {error}").format(
                    name=ref.name, error=exc
                )
            )
            return
        from gui.ui.widgets.attachment_viewer import show_attachment

        if ref.kind == "image":
            image = await asyncio.to_thread(QImage.fromData, data)
            show_attachment(self._window, ref, image, "")
        else:
            show_attachment(self._window, ref, None, data.decode("utf-8", "replace"))

    # -- sending -------------------------------------------------------------------

    def ready_to_send(self, refs: list[AttachmentRef], send: Callable[[], None]) -> bool:
        """Whether ``refs`` may go to the current model now; if not, say why (and offer a
        model that takes images, calling ``send`` after switching)."""
        images = [ref for ref in refs if ref.kind == "image"]
        if len(images) > limits.MAX_IMAGES_PER_MESSAGE:
            self._notify(
                translate(
                    "AttachActions",
                    "At most {limit} images can be sent in one message; remove {extra}.",
                ).format(
                    limit=limits.MAX_IMAGES_PER_MESSAGE,
                    extra=len(images) - limits.MAX_IMAGES_PER_MESSAGE,
                )
            )
            return False
        model = self._chat_model()
        if images and not accepts_images(model):
            self._offer_image_model(model, send)
            return False
        return True

    def _offer_image_model(self, model: str, send: Callable[[], None]) -> None:
        choices = image_models()
        box = QMessageBox(self._window)
        box.setObjectName("no-images")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("AttachActions", "This model does not take images"))
        box.setText(
            translate(
                "AttachActions",
                "{model} cannot see images, so nothing was sent. Switch this chat to {other}, "
                "which does, and send?",
            ).format(model=model, other=choices[0])
        )
        box.setInformativeText(
            translate(
                "AttachActions",
                "Other chats keep their model. Or remove the images from the message and send "
                "the rest to {model}.",
            ).format(model=model)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        switch = box.addButton(
            translate("AttachActions", "Switch this chat to {other} and send").format(
                other=choices[0]
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(switch)
        plain(box)  # the model may be a name the server sent

        def done(_result: int) -> None:
            if box.clickedButton() is switch:
                self._switch_model(choices[0])
                send()

        box.finished.connect(done)
        box.open()

    def sent(self, refs: list[AttachmentRef]) -> None:
        """The message holding ``refs`` is in a conversation now: the composer lets go."""
        self._store.unpin(ref.sha256 for ref in refs)
