"""The process's Qt set-up: settings made before the QApplication, the app, its asyncio loop."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable, Coroutine, Mapping, MutableMapping, Sequence
from typing import Any, TypeVar

from PySide6.QtWidgets import QApplication

from gui.ui import theme

T = TypeVar("T")

NO_RASTER_THREADS = "QT_NO_GUI_THREADPOOL"
NAME = "MiniMax Chat"
APP_ID = "io.github.minimax_chat.MiniMaxChat"


def prepare(environ: MutableMapping[str, str] = os.environ) -> None:
    """Paint on the window's thread only.

    Qt's raster engine hands fills, lines and image conversions above a small size to a
    pool of helper threads and waits for them. For a chat window's shapes the hand-off
    costs more than the fill: on a two-core machine a 612-pixel scroll bar took 1.3 ms
    to repaint instead of 0.13 ms, the whole window 6.5 ms instead of 1.1 ms, and while
    an answer streams every frame paid it (benchmarks/: ``paced``). Qt reads the
    variable once, when it first wants the pool; a value set by the user is kept.
    """
    environ.setdefault(NO_RASTER_THREADS, "1")


def no_display(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether a window cannot open here: a Linux or BSD session without X or Wayland (a
    login over SSH, say), where Qt would abort with advice to reinstall."""
    if platform.startswith(("win", "darwin")) or environ.get("DISPLAY"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    needs_one = not chosen or chosen.startswith(("xcb", "wayland"))  # offscreen, vnc… do not
    return needs_one and not environ.get("WAYLAND_DISPLAY")


def application(argv: Sequence[str]) -> QApplication:
    """The app's QApplication (the one that exists, if any), made after ``prepare``.

    Named for the desktop (its windows find their .desktop entry and icon by ``APP_ID``);
    the app's coroutine, not the last window closing, decides when it ends.
    """
    prepare()
    app = QApplication.instance()
    if app is None:
        app = QApplication([*argv, *theme.STYLE_ARGUMENTS])
        theme.style_given(app)
    assert isinstance(app, QApplication)
    app.setApplicationName(NAME)
    app.setOrganizationName(NAME)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    return app


def install_loop(app: QApplication) -> asyncio.AbstractEventLoop:
    """The loop the app runs on (``event_loop.app_event_loop``), this thread's current one."""
    from gui.ui.event_loop import app_event_loop

    loop = app_event_loop(app)
    asyncio.set_event_loop(loop)  # Python 3.11's Runner does not do this
    return loop


def run_on_loop(
    app: QApplication,
    main: Coroutine[Any, Any, T],
    on_loop: Callable[[asyncio.AbstractEventLoop], None] | None = None,
) -> T:
    """Run ``main`` to its end on the app's loop (``on_loop`` sees the loop first); the
    loop is closed and no longer current afterwards."""

    def new_loop() -> asyncio.AbstractEventLoop:
        loop = install_loop(app)
        if on_loop is not None:
            on_loop(loop)
        return loop

    try:
        with asyncio.Runner(loop_factory=new_loop) as runner:
            return runner.run(main)
    finally:
        asyncio.set_event_loop(None)
