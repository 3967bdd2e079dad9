"""A simple window showing one attachment: the image at full size, or the text that was sent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.core.attachments.ref import AttachmentRef
from gui.core.i18n import translate
from gui.ui.widgets.attachment_strip import describe


def show_attachment(
    parent: QWidget, ref: AttachmentRef, image: QImage | None, text: str
) -> QDialog:
    """Open a non-modal viewer: ``image`` for images, else ``text`` (what was sent)."""
    dialog = QDialog(parent)
    dialog.setObjectName("attachment-viewer")
    dialog.setWindowTitle(describe(ref))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    column = QVBoxLayout(dialog)
    if image is not None:
        picture = QLabel()
        picture.setPixmap(QPixmap.fromImage(image))
        picture.setAccessibleName(
            translate("AttachmentViewer", "Image {name}").format(name=ref.name)
        )
        area = QScrollArea()
        area.setWidget(picture)
        area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(area, 1)
        screen = parent.screen().availableGeometry()
        dialog.resize(
            min(image.width() + 40, int(screen.width() * 0.9)),
            min(image.height() + 80, int(screen.height() * 0.9)),
        )
    else:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setPlainText(text)
        view.setAccessibleName(
            translate("AttachmentViewer", "Text of {name}").format(name=ref.name)
        )
        column.addWidget(view, 1)
        dialog.resize(760, 560)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    column.addWidget(buttons)
    dialog.show()
    return dialog
