"""Qt paints on the window's thread, without its helper-thread pool, in the app's QApplication
(gui/ui/qt_environment.py)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gui.ui import qt_environment

ROOT = Path(__file__).resolve().parents[2]

PAINT = """
import sys
from pathlib import Path
{prepare}
from PySide6.QtWidgets import QApplication, QScrollArea, QLabel
app = QApplication.instance() or QApplication(sys.argv)
area = QScrollArea()
area.resize(400, 700)
area.setWidget(QLabel("line\\n" * 400))
area.show()
for _ in range(5):
    app.processEvents()
area.verticalScrollBar().repaint()
names = [Path(task, "comm").read_text().strip() for task in Path("/proc/self/task").iterdir()]
print(sum(name.startswith("Thread (pooled)") for name in names))
"""


def pooled_threads(prepare: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != qt_environment.NO_RASTER_THREADS}
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    result = subprocess.run(
        [sys.executable, "-c", PAINT.format(prepare=prepare)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return int(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads Linux's /proc")
def test_painting_starts_no_helper_threads() -> None:
    """Qt hands a scroll bar's fills to a thread pool and waits for it unless told not to."""
    assert pooled_threads("") > 0  # the default this guards against
    assert pooled_threads("from gui.ui import qt_environment; qt_environment.prepare()") == 0
    made = "from gui.ui import qt_environment; qt_environment.application(sys.argv)"
    assert pooled_threads(made) == 0  # how the app, its smoke test and the benchmarks make it


def test_a_value_the_user_set_is_kept() -> None:
    environ = {qt_environment.NO_RASTER_THREADS: "yes"}
    qt_environment.prepare(environ)
    assert environ == {qt_environment.NO_RASTER_THREADS: "yes"}
    fresh: dict[str, str] = {}
    qt_environment.prepare(fresh)
    assert fresh == {qt_environment.NO_RASTER_THREADS: "1"}


def test_the_app_is_named_for_the_desktop_and_ends_when_its_coroutine_does(qapp: Any) -> None:
    before = (qapp.applicationName(), qapp.desktopFileName(), qapp.quitOnLastWindowClosed())
    try:
        app = qt_environment.application(["minimax-chat"])
        assert app is qapp  # the one that exists
        assert app.desktopFileName() == qt_environment.APP_ID
        assert app.applicationName() == "MiniMax Chat"
        assert not app.quitOnLastWindowClosed()
    finally:
        qapp.setApplicationName(before[0])
        qapp.setDesktopFileName(before[1])
        qapp.setQuitOnLastWindowClosed(before[2])


def test_a_coroutine_runs_on_the_app_loop_which_is_current_only_meanwhile(qapp: Any) -> None:
    from gui.ui.event_loop import QtEventLoop

    seen: list[asyncio.AbstractEventLoop] = []

    async def main() -> str:
        assert asyncio.get_event_loop() is seen[0]
        return "done"

    assert qt_environment.run_on_loop(qapp, main(), seen.append) == "done"
    assert isinstance(seen[0], QtEventLoop) or sys.platform == "win32"
    assert seen[0].is_closed()
    with pytest.raises(RuntimeError):
        asyncio.get_event_loop_policy().get_event_loop()  # none is current


def test_no_display_is_a_unix_session_without_x_or_wayland() -> None:
    assert qt_environment.no_display({}, "linux")
    assert qt_environment.no_display({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not qt_environment.no_display({"DISPLAY": ":0"}, "linux")
    assert not qt_environment.no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not qt_environment.no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not qt_environment.no_display({}, "win32")
    assert not qt_environment.no_display({}, "darwin")
