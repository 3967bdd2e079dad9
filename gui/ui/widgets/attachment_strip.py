"""A row of attachment chips: a thumbnail or a file name, removable in the composer."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from gui.core.attachments.ref import AttachmentRef
from gui.core.i18n import translate
from gui.ui.plain_text import plain, plain_tooltip

THUMBNAIL = QSize(96, 72)


def describe(ref: AttachmentRef) -> str:
    """One line about an attachment: its name and what was sent."""
    if ref.kind == "image":
        return translate("AttachmentStrip", "{name} ({width} × {height})").format(
            name=ref.name, width=ref.width, height=ref.height
        )
    chars = f"{ref.chars or 0:,}"
    if ref.truncated:
        return translate("AttachmentStrip", "{name} (cut: {chars} characters)").format(
            name=ref.name, chars=chars
        )
    return translate("AttachmentStrip", "{name} ({chars} characters)").format(
        name=ref.name, chars=chars
    )


def _badge(ref: AttachmentRef) -> str:
    """What a chip shows until (or instead of) a thumbnail: the file's type, e.g. "PDF"."""
    if ref.kind == "pdf":
        return "PDF"
    suffix = ref.name.rsplit(".", 1)[-1] if "." in ref.name else ""
    return (suffix[:4] or ("IMG" if ref.kind == "image" else "TXT")).upper()


class AttachmentChip(QFrame):
    """One attachment: a thumbnail (images) or an icon and the file name; click to open."""

    clicked = Signal(object)
    remove_clicked = Signal(object)

    def __init__(self, ref: AttachmentRef, *, removable: bool, warning: str = "") -> None:
        super().__init__()
        self.ref = ref
        self.setObjectName("attachment-chip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        tip = describe(ref) + (f"\n{warning}" if warning else "")
        self.setToolTip(plain_tooltip(tip))
        self.setAccessibleName(
            translate("AttachmentStrip", "Attachment {name}").format(name=ref.name)
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(2)
        self.picture = QLabel(_badge(ref))
        self.picture.setObjectName("attachment-thumbnail")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(THUMBNAIL if ref.kind == "image" else QSize(48, 40))
        plain(self.picture)  # the badge comes from a file name
        top.addWidget(self.picture, 1)
        if removable:
            remove = QToolButton()
            remove.setText("×")
            remove.setObjectName("attachment-remove")
            remove.setAutoRaise(True)
            tip_remove = translate("AttachmentStrip", "Remove {name}").format(name=ref.name)
            remove.setToolTip(plain_tooltip(tip_remove))
            remove.setAccessibleName(tip_remove)
            remove.clicked.connect(lambda: self.remove_clicked.emit(self.ref))
            top.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        caption = QLabel(("⚠ " if warning or ref.truncated else "") + ref.name)
        plain(caption)  # a file name is text from outside
        caption.setObjectName("attachment-name")
        caption.setMaximumWidth(THUMBNAIL.width() + 30)
        metrics = caption.fontMetrics()
        caption.setText(
            metrics.elidedText(caption.text(), Qt.TextElideMode.ElideMiddle, THUMBNAIL.width() + 30)
        )
        column.addWidget(caption)

    def set_thumbnail(self, image: QImage) -> None:
        self.picture.setPixmap(QPixmap.fromImage(image))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.ref)
        super().mouseReleaseEvent(event)


class AttachmentStrip(QWidget):
    """Chips in a row; hidden while empty.

    Signals:
        removed(AttachmentRef): the user removed one (composer only).
        opened(AttachmentRef): the user clicked one.
        changed(): a chip was added or removed, or all were cleared.
    """

    removed = Signal(object)
    opened = Signal(object)
    changed = Signal()

    def __init__(self, *, removable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachment-strip")
        self._removable = removable
        self._chips: list[AttachmentChip] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addStretch(1)
        self.hide()

    def refs(self) -> list[AttachmentRef]:
        return [chip.ref for chip in self._chips]

    def chips(self) -> list[AttachmentChip]:
        return list(self._chips)

    def add(self, ref: AttachmentRef, warning: str = "") -> AttachmentChip:
        chip = AttachmentChip(ref, removable=self._removable, warning=warning)
        chip.clicked.connect(self.opened)
        chip.remove_clicked.connect(self._remove)
        self._row.insertWidget(len(self._chips), chip)
        self._chips.append(chip)
        self.show()
        self.changed.emit()
        return chip

    def clear(self) -> list[AttachmentRef]:
        """Remove every chip; return what they held."""
        refs = self.refs()
        for chip in self._chips:
            chip.deleteLater()
        self._chips.clear()
        self.hide()
        if refs:
            self.changed.emit()
        return refs

    def _remove(self, ref: AttachmentRef) -> None:
        for chip in list(self._chips):
            if chip.ref == ref:
                self._chips.remove(chip)
                chip.deleteLater()
                self.removed.emit(ref)
                self.changed.emit()
                break
        self.setVisible(bool(self._chips))
