"""Themes, contrast, text zoom, keyboard access and accessible names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QWidget,
)

from gui.core.markdown import DARK as MD_DARK
from gui.core.markdown import LIGHT as MD_LIGHT
from gui.ui import theme
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import until
from tests.ui.test_chat_window import MakeApp, type_and_send


@pytest.mark.parametrize("colors", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_theme_colours_meet_wcag_aa(colors: theme.Colors) -> None:
    """Every text colour the app uses has at least 4.5:1 contrast on its background."""
    pairs = {
        "text/base": (colors.text, colors.base),
        "text/window": (colors.text, colors.window),
        "text/alternate": (colors.text, colors.alternate),
        "text/button": (colors.text, colors.button),
        "muted/base": (colors.muted, colors.base),
        "muted/window": (colors.muted, colors.window),
        "muted/alternate": (colors.muted, colors.alternate),
        "highlighted": (colors.highlighted_text, colors.highlight),
        "link/base": (colors.link, colors.base),
        "error/base": (colors.error, colors.base),
        "warning/window": (colors.warning, colors.window),
        "ok/window": (colors.ok, colors.window),
        "text/error_bg": (colors.text, colors.error_bg),
        "text/notice_bg": (colors.text, colors.notice_bg),
    }
    failing = {
        name: round(theme.contrast(fg, bg), 2)
        for name, (fg, bg) in pairs.items()
        if theme.contrast(fg, bg) < 4.5
    }
    assert not failing


@pytest.mark.parametrize("palette", [MD_LIGHT, MD_DARK], ids=["light", "dark"])
def test_rendered_markdown_colours_meet_wcag_aa(palette: Any) -> None:
    """Muted labels and quotes in rendered answers stay readable on code backgrounds too."""
    background = theme.LIGHT.base if palette is MD_LIGHT else theme.DARK.base
    for fg, bg in ((palette.muted, background), (palette.muted, palette.code_bg),
                   (palette.text, palette.code_bg), (palette.link, background)):  # fmt: skip
        assert theme.contrast(fg, bg) >= 4.5, (fg, bg)


@pytest.mark.parametrize(
    ("style", "background"),
    [
        (MD_LIGHT.pygments_style, MD_LIGHT.code_bg),
        (MD_DARK.pygments_style, MD_DARK.code_bg),
        (MD_LIGHT.pygments_style, "#f6f8fa"),  # exported HTML, light (export/as_html.py)
        ("github-dark", "#161b22"),  # exported HTML, dark
    ],
)
def test_code_highlighting_colours_meet_wcag_aa(style: str, background: str) -> None:
    """Every coloured token of the highlighting styles is readable on its code background."""
    from pygments.styles import get_style_by_name

    tokens = [
        (str(token), "#" + spec["color"].lstrip("#"))
        for token, spec in get_style_by_name(style)
        if spec["color"] and "Whitespace" not in str(token)  # shown only as blank space
    ]
    assert len(tokens) > 10
    low = [(t, c) for t, c in tokens if theme.contrast(c, background) < 4.5]
    assert not low, low


def test_switching_to_dark_recolours_and_rerenders(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """The dark theme changes the palette at once and re-renders answers for dark."""
    fake_minimax.push(Reply(events=wire.split_stream("r", "```python\nx = 1\n```")))
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "code please")
        await app.controller.wait_idle()

    arun(scenario())
    window = app.window
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    window.appearance.apply_theme("dark")
    assert qapp.palette().base().color().name() == theme.DARK.base
    conv = app.controller.get(window.current_id or "")
    assert conv is not None
    widget = window.chat.widget_for(conv.messages[1].id)
    assert widget is not None
    html = widget.body.segments[0].toHtml()
    assert MD_DARK.code_bg in html
    window.appearance.apply_theme("light")
    assert qapp.palette().base().color().name() == theme.LIGHT.base


def test_text_zoom_changes_font_and_is_remembered(
    arun: Callable[..., Any], make_app: MakeApp
) -> None:
    """Ctrl+= enlarges the text, Ctrl+0 resets it, and the size is saved in settings."""
    app = arun(make_app())
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    before = qapp.font().pointSizeF()
    app.window.zoom_in_action.trigger()
    app.window.zoom_in_action.trigger()
    assert qapp.font().pointSizeF() == pytest.approx(before * 1.2, rel=0.02)
    assert app.context.settings.value.text_zoom == 120
    app.window.zoom_reset_action.trigger()
    assert qapp.font().pointSizeF() == pytest.approx(before, rel=0.02)
    assert app.context.settings.value.text_zoom == 100


def test_keyboard_reaches_search_composer_and_other_chats(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Ctrl+K, Ctrl+L and Ctrl+PgDown/PgUp move focus and between conversations."""
    app = arun(make_app())

    async def scenario() -> None:
        for text in ("first chat", "second chat"):
            app.window.new_chat()
            type_and_send(app, qtbot, text)
            await app.controller.wait_idle()

    arun(scenario())
    window = app.window
    window.activateWindow()
    second = window.current_id
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.composer.edit.hasFocus()

    async def step() -> None:
        window.next_action.trigger()
        await until(lambda: window.current_id != second)

    arun(step())
    assert window.current_id != second

    async def back() -> None:  # a chat left behind is read from its file again
        window.previous_action.trigger()
        await until(lambda: window.current_id == second)

    arun(back())


def test_shortcuts_dialog_lists_every_shortcut(arun: Callable[..., Any], make_app: MakeApp) -> None:
    """Help → Keyboard shortcuts shows each action that has a shortcut."""
    app = arun(make_app())
    app.window.shortcuts_action.trigger()
    table = app.window.findChild(QTableWidget, "shortcuts-table")
    assert table is not None
    names = {table.item(row, 0).text() for row in range(table.rowCount())}
    for action in (app.window.new_action, app.window.stop_action, app.window.export_action,
                   app.window.toggle_reasoning_action, app.window.next_action):  # fmt: skip
        assert action.text().replace("&", "") in names
    for row in range(table.rowCount()):
        keys = table.item(row, 1).text().split(", ")
        assert len(keys) == len(set(keys)), keys  # each shortcut listed once


def test_every_control_has_an_accessible_name(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Buttons, fields and lists in the window can be named by a screen reader."""
    fake_minimax.push(Reply(events=wire.split_stream("thinking", "An answer.")))
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "hello")
        await app.controller.wait_idle()

    arun(scenario())
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QListView)
    unnamed = []
    for widget in app.window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(app.window):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.strip()):
            unnamed.append(f"{type(widget).__name__}#{widget.objectName()}")
    assert not unnamed


def test_every_dialog_control_has_a_name_and_a_description(qtbot: Any) -> None:
    """Settings and the welcome screen: each control a keyboard reaches is named and
    described for screen readers (not only by a tooltip or a label beside it)."""
    from gui.core.connection import SOURCE_NONE, KeyState
    from gui.core.environment import EnvOverrides
    from gui.core.settings import Settings
    from gui.ui.widgets.settings_dialog import SettingsDialog
    from gui.ui.widgets.welcome_dialog import WelcomeDialog

    settings = Settings()
    dialogs = [
        SettingsDialog(settings, KeyState(SOURCE_NONE), "the keyring", True, EnvOverrides()),
        WelcomeDialog(settings, True),
    ]
    missing = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        standard = {  # Save, Cancel, … speak for themselves
            b
            for box in dialog.findChildren(QDialogButtonBox)
            for b in box.buttons()
            if box.standardButton(b) != QDialogButtonBox.StandardButton.NoButton
        }
        for widget in dialog.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget in standard:
                continue
            if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox, QTabBar)):
                continue  # parts of a spin box, combo box or tab bar: the whole is the control
            if not isinstance(
                widget, (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)
            ):
                continue
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            if not name:
                name = "labelled" if _has_buddy_label(dialog, widget) else ""
            if not name or not widget.accessibleDescription():
                missing.append((dialog.objectName(), widget.objectName() or type(widget).__name__))
    assert not missing, missing


def _has_buddy_label(dialog: QWidget, widget: QWidget) -> bool:
    return any(label.buddy() is widget for label in dialog.findChildren(QLabel))
