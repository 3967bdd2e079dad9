"""Light and dark themes (following the OS unless chosen), style sheet colours and text zoom."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from gui.ui.resources import resource_path


@dataclass(frozen=True, slots=True)
class Colors:
    """One theme's colours; every text/background pair meets WCAG AA (tests check it)."""

    dark: bool
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    highlight: str
    highlighted_text: str
    mid: str
    link: str
    error: str
    warning: str
    ok: str
    error_bg: str
    notice_bg: str
    indicator: str  # check box and radio button outlines: 3:1 on every background


LIGHT = Colors(
    dark=False,
    window="#f3f4f6",
    base="#ffffff",
    alternate="#eef1f4",
    text="#1f2328",
    muted="#57606a",
    button="#e6e9ed",
    highlight="#0969da",
    highlighted_text="#ffffff",
    mid="#c3c8ce",
    link="#0550ae",
    error="#b3261e",
    warning="#8a5300",
    ok="#1a7f37",
    error_bg="#fdeceb",
    notice_bg="#fff4d6",
    indicator="#6e7781",
)
DARK = Colors(
    dark=True,
    window="#1d2127",
    base="#14171c",
    alternate="#242a31",
    text="#e6edf3",
    muted="#9ea7b3",
    button="#2b3139",
    highlight="#1f6feb",
    highlighted_text="#ffffff",
    mid="#414852",
    link="#6cb6ff",
    error="#ff8a80",
    warning="#f2c265",
    ok="#6fdd8b",
    error_bg="#3a1d1d",
    notice_bg="#3a3018",
    indicator="#7d8590",
)


def system_prefers_dark(app: QGuiApplication) -> bool:
    return bool(app.styleHints().colorScheme() == Qt.ColorScheme.Dark)


def colors_for(theme: str, app: QGuiApplication) -> Colors:
    """The colours for the "light", "dark" or "system" setting."""
    if theme == "dark" or (theme == "system" and system_prefers_dark(app)):
        return DARK
    return LIGHT


def palette(colors: Colors) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: colors.window,
        QPalette.ColorRole.WindowText: colors.text,
        QPalette.ColorRole.Base: colors.base,
        QPalette.ColorRole.AlternateBase: colors.alternate,
        QPalette.ColorRole.Text: colors.text,
        QPalette.ColorRole.Button: colors.button,
        QPalette.ColorRole.ButtonText: colors.text,
        QPalette.ColorRole.Highlight: colors.highlight,
        QPalette.ColorRole.HighlightedText: colors.highlighted_text,
        QPalette.ColorRole.PlaceholderText: colors.muted,
        QPalette.ColorRole.ToolTipBase: colors.base,
        QPalette.ColorRole.ToolTipText: colors.text,
        QPalette.ColorRole.Link: colors.link,
        QPalette.ColorRole.LinkVisited: colors.link,
        QPalette.ColorRole.Mid: colors.mid,
        QPalette.ColorRole.Midlight: colors.alternate,
        QPalette.ColorRole.Dark: colors.mid,
        QPalette.ColorRole.Light: colors.base,
        QPalette.ColorRole.BrightText: colors.error,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    disabled = QColor(colors.muted)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def indicator_palette(colors: Colors) -> QPalette:
    """WORKAROUND: Fusion outlines a check box or radio button in Window.darker(140): on
    the dark theme's Base that is all but invisible, and too faint on the light one. Check
    boxes and radio buttons get a Window colour whose darker(140) is ``colors.indicator``
    (they paint no background of their own, so nothing else changes)."""
    pal = palette(colors)
    outline = QColor(colors.indicator)
    window = QColor.fromHsv(
        outline.hsvHue(), outline.hsvSaturation(), min(255, outline.value() * 14 // 10)
    )
    pal.setColor(QPalette.ColorRole.Window, window)
    return pal


def stylesheet(colors: Colors) -> str:
    """The app's style sheet with this theme's colours filled in."""
    template = resource_path("styles", "app.qss").read_text("utf-8")
    for name in Colors.__dataclass_fields__:
        value = getattr(colors, name)
        if isinstance(value, str):
            template = template.replace(f"@{name}@", value)
    return template


STYLE = "Fusion"
STYLE_ARGUMENTS = ("-style", STYLE)
"""Given to QApplication's constructor (``qt_environment.application``): set afterwards
with ``setStyle``, the ``QStyle`` it returns made PySide set up that type and its eleven
enums before the first paint (7-11 ms of start-up); the window's warm-up does it later."""
_STYLE_GIVEN = "minimaxChatStyleGiven"


def style_given(app: QApplication) -> None:
    """Record that ``app`` was constructed with ``STYLE_ARGUMENTS``."""
    app.setProperty(_STYLE_GIVEN, True)


def apply(app: QApplication, theme: str) -> Colors:
    """Switch the whole application to ``theme``; returns the colours in use."""
    colors = colors_for(theme, app)
    if not app.property(_STYLE_GIVEN):  # an app made elsewhere (tests, a host)
        app.setStyle(STYLE)
    app.setPalette(palette(colors))
    for kind in ("QCheckBox", "QRadioButton"):
        # PySide's stub says bytes, but only str is accepted at run time.
        app.setPalette(indicator_palette(colors), kind)  # type: ignore[arg-type]
    app.setStyleSheet(stylesheet(colors))
    return colors


def apply_zoom(app: QApplication, base_point_size: float, percent: int) -> None:
    """Scale the interface text to ``percent`` of the normal size."""
    font = QFont(app.font())
    font.setPointSizeF(max(6.0, base_point_size * percent / 100))
    app.setFont(font)


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(value: str) -> float:
        color = QColor(value)
        channels = []
        for c in (color.redF(), color.greenF(), color.blueF()):
            channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
