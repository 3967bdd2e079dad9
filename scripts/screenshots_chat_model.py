"""Screenshots of the per-chat model picker under the composer (issue 14).

    xvfb-run -a python scripts/screenshots_chat_model.py  # docs/screenshots/chat-model-*.png

Settings → Model stays MiniMax-M2.7; one chat follows it, the open one was switched to
MiniMax-M3 with the picker: the window (chat-model-*), then the picker's list open
(chat-model-list-*). Each language and theme is taken in its own process on a real X
display (the open list is a window of its own, which only a grab of the screen shows),
against the loopback server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PAIRS = [(lang, theme) for lang in ("en", "zh_CN") for theme in ("light", "dark")]
SHORT = {"en": "en", "zh_CN": "zh"}

CONTENT = {
    "en": (
        ("Rename `load_all` to something clearer.", "`read_every_conversation` says it best."),
        (
            "Which of the two logo sketches reads better at 16 px?",
            "The **second**: its single bold stroke survives the small size, while the first "
            "one's thin inner ring blurs into the background.",
        ),
    ),
    "zh_CN": (
        ("给 `load_all` 起一个更清楚的名字。", "`read_every_conversation` 最能说明它的作用。"),
        (
            "两个标志草图在 16 像素下哪个更清楚？",
            "**第二个**：它单一的粗笔画在小尺寸下依然清楚，而第一个细细的内环会和背景糊在一起。",
        ),
    ),
}


def shoot(language: str, theme_name: str, target: Path) -> None:
    """Run in a child process: two chats, the open one on MiniMax-M3, its picker open."""
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    sys.path.insert(0, str(ROOT))
    import json

    import qasync
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QColor, QPainter, QRegion
    from PySide6.QtWidgets import QApplication

    from gui.core.environment import AppPaths
    from gui.core.i18n import translating
    from gui.core.secrets import MemorySecretStore
    from gui.ui import i18n
    from gui.ui.aio import asyncgen_hooks
    from gui.ui.app import apply_style, build_context, build_window, start
    from tests.fakes import wire
    from tests.fakes.minimax_server import FakeMiniMax, Reply

    (first_q, first_a), (second_q, second_a) = CONTENT[language]
    fake = FakeMiniMax().start()
    m3 = wire.split_stream("", second_a, size=40)
    for event in m3:
        if isinstance(event, dict):
            event["model"] = "MiniMax-M3"
    fake.push(Reply(events=wire.split_stream("", first_a, size=40)), Reply(events=m3))
    data = Path(tempfile.mkdtemp(prefix="shots-"))
    (data / "settings.json").write_text(
        json.dumps({"language": language, "theme": theme_name, "model": "MiniMax-M2.7"}),
        "utf-8",
    )
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    translators = i18n.install(app, language)
    with translating(i18n.qt_translate):
        dark = apply_style(app, theme_name)
        env = {"OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": "sk-api-screenshot-demo"}
        context = build_context(AppPaths(data), env, secret_store=MemorySecretStore())
        window, controller = build_window(context, lambda: None, dark=dark)
        window.setGeometry(0, 0, 1280, 800)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)

        async def run() -> None:
            window.show()
            await start(context, controller, window)
            window.send(first_q)
            await controller.wait_idle()
            window.new_chat()
            picker = window.chat_controls.model
            m3_index = picker.findText("MiniMax-M3")
            picker.setCurrentIndex(m3_index)
            picker.activated.emit(m3_index)
            window.send(second_q)
            await controller.wait_idle()
            await asyncio.sleep(0.3)
            screen = app.primaryScreen()
            frame = window.frameGeometry()
            shot = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
            shot.save(str(target))
            # The open list, with the part of the window around it: its own picture.
            picker.showPopup()
            await asyncio.sleep(0.5)
            popup = picker.view().window().frameGeometry()
            center = window.centralWidget().widget(1)  # the column: chat, composer, controls
            column = QRect(center.mapToGlobal(QPoint(0, 0)), center.size())
            area = popup.united(column.adjusted(0, column.height() - 220, 0, 0))
            shot = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
            # Where the list hangs below the window, a plain grey stands for the desktop
            # (the virtual screen's own background is black).
            painter = QPainter(shot)
            desktop = QRegion(0, 0, area.width(), area.height())
            for inside in (frame, popup):
                desktop -= QRegion(inside.translated(-area.x(), -area.y()))
            painter.setClipRegion(desktop)
            painter.fillRect(shot.rect(), QColor("#8a8f98"))
            painter.end()
            shot.save(str(target.with_name(target.name.replace("chat-model-", "chat-model-list-"))))
            picker.hidePopup()
            await window.shutdown()

        with asyncgen_hooks(loop):
            loop.run_until_complete(run())
            loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        context.logs.close()
    fake.stop()
    del translators


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", nargs=3, metavar=("LANG", "THEME", "FILE"))
    args = parser.parse_args()
    if args.child:
        shoot(args.child[0], args.child[1], Path(args.child[2]))
        return 0
    if not os.environ.get("DISPLAY"):
        print("needs an X display: run it under xvfb-run -a", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    for language, theme_name in PAIRS:
        target = OUT / f"chat-model-{SHORT[language]}-{theme_name}.png"
        subprocess.run(
            [sys.executable, __file__, "--child", language, theme_name, str(target)],
            check=True,
            env=env,
            cwd=ROOT,
        )
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
