"""What the window loads before its first paint (benchmarks/: start-up and memory at rest)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr + result.stdout
    return result.stdout.strip()


def test_the_app_modules_load_with_plain_imports() -> None:
    """shiboken's import hook reads the source of every module imported under it
    (~6 MB kept in linecache at rest): it is gone before the app's own modules load,
    even when Qt was imported first (as qasync does)."""
    code = (
        "import builtins, linecache, gui, qasync\n"
        "assert builtins.__import__ is not gui.ORIGINAL_IMPORT  # shiboken wrapped it\n"
        "import gui.ui.app\n"
        "assert builtins.__import__ is gui.ORIGINAL_IMPORT\n"
        "mine = ('gui/__init__.py', 'gui/ui/plain_imports.py')  # read before it is undone\n"
        "read = sorted(f for f in linecache.cache if '/gui/' in f and not f.endswith(mine))\n"
        "print(read)\n"
    )
    assert run(code) == "[]"


# Loaded on first use or after the first paint: none of them is needed to show the window.
NOT_BEFORE_PAINT = (
    "gui.core.minimax",  # the protocol: with the first backend
    "gui.core.accumulator",  # the send path: ChatController.warm_up or the first message
    "gui.core.tool_round",
    "gui.core.tools.catalog",
    "gui.core.tools.launch",
    "gui.ui.tool_rounds",
    "gui.ui.reply_stream",
    "gui.core.attachments.prepare",  # reading a file to attach
    "gui.ui.widgets.attachment_viewer",
    "gui.core.pricing",  # the chat's cost: with the first chat shown
    "gui.ui.widgets.message_widget",  # with the first message
    "gui.ui.widgets.approval_card",
    "gui.core.math_svg",  # formulas
    "gui.ui.single_instance",  # the local socket: listens once the window is shown
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "sqlite3",  # the index: read after the first paint
    "orjson",
    "openai",
    "markdown_it",
    "pygments",
)

PAINT = """
import asyncio, os, sys, tempfile
from pathlib import Path
import gui, qasync
from PySide6.QtCore import QEvent, QObject
from PySide6 import QtWidgets
from gui.core.environment import AppPaths
from gui.ui.app import apply_style, build_context, build_window
from gui.ui.qt_environment import application

app = application([*sys.argv, *ARGS])
apply_style(app)
context = build_context(AppPaths(Path(tempfile.mkdtemp())), {})
from gui.ui.event_loop import QtEventLoop
loop = QtEventLoop(app)
asyncio.set_event_loop(loop)
window, controller = build_window(context, lambda: None)
painted = []
styled = []

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(sorted(m for m in NAMES if m in sys.modules))
            styled.append("QStyle" in QtWidgets.__dict__)  # PySide sets types up on first use
        return False

watch = Painted()
window.installEventFilter(watch)
window.show()
while not painted:
    app.processEvents()
print(painted[0])
controller.warm_up()
from gui.ui.controller import SEND_MODULES
print(sorted(m for m in SEND_MODULES if m not in sys.modules))
loop.run_until_complete(window.shutdown())
context.logs.close()
"""


def test_the_window_paints_before_the_feature_code_loads() -> None:
    """Start-up (benchmarks/: start-up to painted window) loads only what the empty window
    shows; the rest loads on first use or from ``start`` after the first paint."""
    code = f"NAMES = {NOT_BEFORE_PAINT!r}\nARGS = ()\n" + PAINT
    at_paint, missing_after_warm_up = run(code).splitlines()[-2:]
    assert at_paint == "[]"
    assert missing_after_warm_up == "[]"  # ChatController.warm_up loads the send path


FONTS = (
    PAINT.split("print(painted[0])")[0]
    + """
from PySide6.QtGui import QRawFont
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

missing = set()
for widget in window.findChildren(QWidget):
    if not widget.isVisible():
        continue
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text()
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        text = widget.placeholderText()
    else:
        continue
    font = QRawFont.fromFont(widget.font())  # the font itself, not its fallbacks
    missing |= {c for c in text if not c.isspace() and not font.supportsCharacter(ord(c))}
print(sorted(missing))
maps = "/proc/self/maps"
print("libQt6Svg" in open(maps).read() if os.path.exists(maps) else False)
loop.run_until_complete(window.shutdown())
context.logs.close()
"""
)


def test_the_first_paint_needs_no_fallback_font() -> None:
    """A character the UI font lacks makes Qt search for and load another font: the
    full-width "＋" of New chat loaded Noto Sans CJK (an 18.6 MB collection) at every start:
    2.8 MB more resident memory at rest under xcb."""
    assert run("NAMES = ()\nARGS = ()\n" + FONTS).splitlines()[-2] == "[]"


def test_the_window_icon_does_not_load_qt_svg() -> None:
    """The SVG window icon loaded Qt's SVG icon engine and QtSvg before the first paint
    (~0.6 MB at rest); the icon's PNG renderings need neither (Linux: /proc/self/maps)."""
    assert run("NAMES = ()\nARGS = ()\n" + FONTS).splitlines()[-1] == "False"


STYLE = (
    PAINT.split("print(painted[0])")[0]
    + """
from PySide6.QtWidgets import QStyle, QStyleFactory
print(styled[0])
window.warm_up()
print("QStyle" in QtWidgets.__dict__)
metrics = [m for m in QStyle.PixelMetric if m.name.startswith("PM_") and "Custom" not in m.name]
shown = [app.style().pixelMetric(m) for m in metrics]
print(shown == [QStyleFactory.create("Fusion").pixelMetric(m) for m in metrics])
print(shown == [QStyleFactory.create("Windows").pixelMetric(m) for m in metrics])
loop.run_until_complete(window.shutdown())
context.logs.close()
"""
)


def test_the_style_is_fusion_and_set_up_after_the_first_paint() -> None:
    """Set with ``QApplication.setStyle``, Fusion was returned as a ``QStyle``, and PySide
    set up that type and its enums before the first paint (7-11 ms of start-up): the app
    is now constructed with it, and the window's warm-up sets the type up instead, before
    the first Send/Stop switch needs it. Fusion still wins over a style asked for on the
    command line, as ``setStyle`` made it."""
    out = run("NAMES = ()\nARGS = ('-style', 'Windows')\n" + STYLE).splitlines()[-4:]
    assert out == ["False", "True", "True", "False"]
