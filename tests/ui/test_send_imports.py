"""What the first message loads: nothing of the app's own that ChatController.warm_up did not."""

from __future__ import annotations

import sys

from tests.ui.test_start_up_imports import run

SEND = """
import asyncio, sys, tempfile
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from gui.core.environment import AppPaths
from gui.core.secrets import MemorySecretStore
from gui.ui import qt_environment
from gui.ui.app import apply_style, build_context, build_window, start
from tests.fakes import wire
from tests.fakes.keys import fake_key
from tests.fakes.minimax_server import FakeMiniMax, Reply

server = FakeMiniMax().start()
server.push(Reply(events=wire.split_stream("Thinking it over.", "Hello **there**.")))
app = qt_environment.application(sys.argv)  # as run_gui makes it, and on its loop below
apply_style(app)
env = {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": fake_key("SENDIMPORTS-0123456789")}
context = build_context(AppPaths(Path(tempfile.mkdtemp())), env, secret_store=MemorySecretStore())

async def main():
    print(type(asyncio.get_running_loop()).__name__)
    window, controller = build_window(context, lambda: None)
    window.show()
    await start(context, controller, window)  # ends with the warm-ups
    loaded = set(sys.modules)
    window.composer.edit.setPlainText("Hello?")
    QTest.keyClick(window.composer.edit, Qt.Key.Key_Return)
    while not server.chat_requests():
        await asyncio.sleep(0.01)
    await controller.wait_idle()
    print(sorted(m for m in set(sys.modules) - loaded if m.startswith("gui.")))
    await window.shutdown()

qt_environment.run_on_loop(app, main())
context.logs.close()
server.stop()
"""


def test_warm_up_loads_everything_the_first_message_imports() -> None:
    """``controller.SEND_MODULES`` is kept by hand: a module the send path imports lazily
    and the list forgets would load on Enter, in the middle of the first message."""
    loop, loaded = run(SEND).splitlines()[-2:]
    assert loaded == "[]"
    assert loop == ("QEventLoop" if sys.platform == "win32" else "QtEventLoop")  # the app's
