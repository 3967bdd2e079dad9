"""Check boxes and radio buttons are plainly visible in both themes (WCAG 1.4.11: 3:1)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.ui import theme


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, "light")


def strongest_contrast(button: QAbstractButton, background: str) -> float:
    """The most any pixel of the button's indicator stands out from ``background``."""
    image = button.grab().toImage()
    side = button.style().pixelMetric(button.style().PixelMetric.PM_IndicatorWidth) + 4
    return max(
        theme.contrast(image.pixelColor(x, y).name(), background)
        for x in range(min(side, image.width()))
        for y in range(image.height())
    )


@pytest.mark.parametrize("name", ["light", "dark"])
def test_unchecked_boxes_and_radio_buttons_stand_out(
    name: str, qapp: QApplication, themed: None
) -> None:
    colors = theme.apply(qapp, name)
    host = QWidget()
    host.setAutoFillBackground(True)
    layout = QVBoxLayout(host)
    buttons: list[QAbstractButton] = [QCheckBox(), QRadioButton()]
    for button in buttons:
        layout.addWidget(button)
    host.show()
    background = host.palette().color(QPalette.ColorRole.Window).name()
    assert background == colors.window
    seen = {type(b).__name__: round(strongest_contrast(b, background), 2) for b in buttons}
    host.close()
    assert all(value >= 3 for value in seen.values()), seen


@pytest.mark.parametrize("colors", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_indicator_outline_stands_out_from_every_background(colors: theme.Colors) -> None:
    for background in (colors.base, colors.window, colors.alternate, colors.button):
        assert theme.contrast(colors.indicator, background) >= 3, background
