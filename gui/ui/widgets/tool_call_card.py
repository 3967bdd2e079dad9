"""A compact card for one tool call in an answer: tool, arguments, status, time and result."""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.formatting import duration, local_time
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.tool_turns import ToolStep, pretty_json, status_text
from gui.ui.plain_text import plain, shown_line
from gui.ui.widgets.approval_card import arguments_view

SHOWN_CHARS = 2_000  # a longer result is cut in the card; "Show all" shows the rest
IMAGE_WIDTH = 360  # images from results are scaled down to at most this width
IMAGE_MIMES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp")

LIVE_TEXT = {
    "waiting": QT_TRANSLATE_NOOP("ToolCallCard", "waiting for approval"),
    "running": QT_TRANSLATE_NOOP("ToolCallCard", "running…"),
}


def image_pixmap(mime_type: str, data: str) -> QPixmap | None:
    """A raster image from base64 ``data``; None for anything else (never SVG or a path)."""
    if mime_type.lower() not in IMAGE_MIMES:
        return None
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None
    image = QImage.fromData(raw)
    if image.isNull():
        return None
    if image.width() > IMAGE_WIDTH:
        image = image.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return QPixmap.fromImage(image)


class ToolCallCard(QFrame):
    """One call: a header line that opens and closes the details below it.

    The details are the arguments as formatted JSON and the result (text and images), all
    plain text. A long result shows its first ``SHOWN_CHARS`` characters; "Show all" the rest.
    """

    def __init__(self, step: ToolStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tool-call-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.step = step
        self.live = False  # the app reported this call waiting or running
        self._expanded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(3)

        head = QHBoxLayout()
        self.toggle = QToolButton()
        self.toggle.setObjectName("tool-call-toggle")
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.clicked.connect(lambda: self.set_expanded(not self.expanded))
        head.addWidget(self.toggle)
        self.title = plain(QLabel())
        self.title.setObjectName("tool-call-title")
        head.addWidget(self.title, 1)
        self.status = QLabel()
        self.status.setObjectName("tool-call-status")
        head.addWidget(self.status)
        layout.addLayout(head)

        self.details = QWidget(self)
        self.details.setObjectName("tool-call-details")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(18, 0, 0, 2)
        details.setSpacing(3)
        self._arguments_label = QLabel(translate("ToolCallCard", "Arguments"))
        self._arguments_label.setObjectName("tool-call-section")
        details.addWidget(self._arguments_label)
        self.arguments = arguments_view(pretty_json(step.arguments))
        self.arguments.setAccessibleName(translate("ToolCallCard", "Arguments"))
        details.addWidget(self.arguments)
        self._result_label = QLabel(translate("ToolCallCard", "Result"))
        self._result_label.setObjectName("tool-call-section")
        details.addWidget(self._result_label)
        self.result: QPlainTextEdit = arguments_view("", "tool-result")
        self.result.setAccessibleName(translate("ToolCallCard", "Result"))
        details.addWidget(self.result)
        self.show_all = QToolButton()
        self.show_all.setObjectName("tool-result-show-all")
        self.show_all.setAutoRaise(True)
        self.show_all.clicked.connect(self.show_full_result)
        details.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignLeft)
        self.images: list[QLabel] = []
        self._images_box = QVBoxLayout()
        details.addLayout(self._images_box)
        layout.addWidget(self.details)
        self.details.hide()
        self.update_step(step)

    def update_step(self, step: ToolStep) -> None:
        """Show a newer state of the call (its result arrived)."""
        self.step = step
        self.title.setText(shown_line(step.title))
        self.title.setToolTip("")
        self.toggle.setAccessibleName(
            translate("ToolCallCard", "Tool call {tool}: show or hide details").format(
                tool=shown_line(step.title)
            )
        )
        parts = [status_text(step.status)]
        if step.duration_seconds is not None:
            parts.append(duration(step.duration_seconds))
        if step.started_at:
            parts.append(local_time(step.started_at))
        self.status.setText(" · ".join(p for p in parts if p))
        self.status.setProperty("state", step.status)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self._result_label.setVisible(not step.pending)
        self.result.setVisible(not step.pending and bool(step.result))
        self._show_result(full=False)
        self._show_images()

    def show_state(self, state: str) -> None:
        """While no result exists: "waiting" (for approval) or "running"."""
        if self.step.pending and state in LIVE_TEXT:
            self.live = True
            self.status.setText(translate("ToolCallCard", LIVE_TEXT[state]))

    def _show_result(self, full: bool) -> None:
        text = self.step.result
        cut = not full and len(text) > SHOWN_CHARS
        shown = text[:SHOWN_CHARS] + "\n…" if cut else text
        self.result.setPlainText(shown)
        lines = min(12, max(1, shown.count("\n") + 1))
        self.result.setFixedHeight(self.result.fontMetrics().lineSpacing() * lines + 14)
        self.show_all.setText(
            translate("ToolCallCard", "Show all {count} characters").format(count=len(text))
        )
        self.show_all.setVisible(cut)

    def show_full_result(self) -> None:
        self._show_result(full=True)

    @property
    def result_truncated(self) -> bool:
        return self.show_all.isVisibleTo(self.details)

    def _show_images(self) -> None:
        for label in self.images:
            label.deleteLater()
        self.images = []
        for image in self.step.images:
            label = QLabel()
            label.setObjectName("tool-result-image")
            pixmap = image_pixmap(image.mime_type, image.data)
            if pixmap is None:
                plain(label).setText(
                    translate("ToolCallCard", "[an image that cannot be shown: {kind}]").format(
                        kind=image.mime_type or "?"
                    )
                )
            else:
                label.setPixmap(pixmap)
                label.setAccessibleName(translate("ToolCallCard", "Image from the tool"))
            self._images_box.addWidget(label)
            self.images.append(label)

    def set_expanded(self, expanded: bool) -> None:
        self._expanded = expanded
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.details.setVisible(expanded)

    @property
    def expanded(self) -> bool:
        return self._expanded
