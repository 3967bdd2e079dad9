"""How the window looks: light or dark, text size, and code highlighters loaded on demand."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QApplication

from gui.core import markdown
from gui.core.i18n import translate
from gui.core.math_cache import SvgCache
from gui.ui import theme
from gui.ui.context import AppContext
from gui.ui.math_images import MathImages


class Appearance:
    """Owns the theme, the text zoom, the lexer loader and the formula images for the window.

    Args:
        context: the app's services (settings are read and updated here).
        dark: whether answers start rendered for a dark background.
        dark_changed: called with the new value when light/dark flips.
        redraw: redraws the open conversation (after a zoom change).
        announce: tells screen readers a short text.
    """

    def __init__(
        self,
        context: AppContext,
        *,
        dark: bool,
        dark_changed: Callable[[bool], None],
        redraw: Callable[[], None],
        announce: Callable[[str], None],
    ) -> None:
        self._ctx = context
        self._dark = dark
        self._dark_changed = dark_changed
        self._redraw = redraw
        self._announce = announce
        self.lexers = markdown.LexerLoader()
        self.math = MathImages(cache=SvgCache(context.paths.root / "cache" / "math"))
        zoom = context.settings.value.text_zoom
        self._base_point_size = QApplication.font().pointSizeF() * 100 / max(1, zoom)

    @property
    def dark(self) -> bool:
        """Whether answers are rendered for a dark background."""
        return self._dark

    def apply_theme(self, theme_name: str) -> None:
        """Switch light/dark (or follow the system) and redraw the open conversation."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        dark = theme.apply(app, theme_name).dark
        if dark != self._dark:
            self._dark = dark
            self._dark_changed(dark)

    def on_system_colors_changed(self) -> None:
        if self._ctx.settings.value.theme == "system":
            self.apply_theme("system")

    def prepare_highlighting(self, language: str) -> None:
        """Load the lexer for a code block that is still arriving, in a worker thread."""
        if self.lexers.should_load(language):
            self._ctx.tasks.spawn(asyncio.to_thread(self.lexers.load, language), name="load-lexer")

    def zoom_by(self, step: int) -> None:
        settings = self._ctx.settings.value
        self.set_zoom(min(200, max(70, settings.text_zoom + step)))

    def zoom_reset(self) -> None:
        self.set_zoom(100)

    def set_zoom(self, percent: int) -> None:
        """Scale all text (remembered across starts)."""
        settings = self._ctx.settings.value
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_zoom(app, self._base_point_size, percent)
        if settings.text_zoom != percent:
            self._ctx.settings.update(replace(settings, text_zoom=percent))
        self._redraw()
        self._announce(translate("MainWindow", "Text size {percent} %").format(percent=percent))
