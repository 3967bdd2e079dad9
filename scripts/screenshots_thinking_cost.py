"""Screenshots of the thinking control, context meter and per-answer cost (issue 14).

    python scripts/screenshots_thinking_cost.py  # docs/screenshots/thinking-cost-*.png

MiniMax-M3 with thinking switched off for the chat, one answer with its tokens and
estimated cost, and a history large enough for the context meter to show. Each picture
is taken in its own process on the offscreen platform, against the loopback server.
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
        "Summarise the attached design notes in three bullet points.",
        "- **One owner per concern**: every stream, save and setting has exactly one home.\n"
        "- **Plain files**: each chat is one JSON file, written atomically.\n"
        "- **Qt-free core**: the protocol and data code never import Qt.",
    ),
    "zh_CN": (
        "用三点概括附带的设计说明。",
        "- **每件事只有一个负责者**：每个流、每次保存、每项设置都只有一个归属。\n"
        "- **普通文件**：每个对话是一个 JSON 文件，以原子方式写入。\n"
        "- **核心不依赖 Qt**：协议和数据代码从不导入 Qt。",
    ),
}


def shoot(language: str, theme_name: str, target: Path) -> None:
    """Run in a child process: M3, thinking off for this chat, one answer, then grab."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    sys.path.insert(0, str(ROOT))
    import json

    import qasync
    from PySide6.QtWidgets import QApplication

    from gui.core.environment import AppPaths
    from gui.core.i18n import translating
    from gui.core.secrets import MemorySecretStore
    from gui.ui import i18n
    from gui.ui.aio import asyncgen_hooks
    from gui.ui.app import apply_style, build_context, build_window, start
    from tests.fakes import wire
    from tests.fakes.minimax_server import FakeMiniMax, Reply

    question, answer = CONTENT[language]
    fake = FakeMiniMax().start()
    events = wire.split_stream("", answer, size=40)
    # A long chat: 812,000 tokens in (past M3's 512 K long-input threshold), 3,150 out.
    events[-1] = wire.usage_chunk(prompt=812_000, completion=3_150, reasoning=0)
    for event in events:
        if isinstance(event, dict):
            event["model"] = "MiniMax-M3"
    fake.default = Reply(events=events)
    data = Path(tempfile.mkdtemp(prefix="shots-"))
    (data / "settings.json").write_text(
        json.dumps({"language": language, "theme": theme_name, "model": "MiniMax-M3"}), "utf-8"
    )
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    translators = i18n.install(app, language)
    with translating(i18n.qt_translate):
        dark = apply_style(app, theme_name)
        env = {"OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": "sk-api-screenshot-demo"}
        context = build_context(AppPaths(data), env, secret_store=MemorySecretStore())
        window, controller = build_window(context, lambda: None, dark=dark)
        window.resize(1280, 800)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)

        async def run() -> None:
            window.show()
            await start(context, controller, window)
            controls = window.chat_controls
            off = 2  # Default, Adaptive, Off
            controls.thinking.setCurrentIndex(off)
            controls.thinking.activated.emit(off)
            window.send(question)
            await controller.wait_idle()
            await asyncio.sleep(0.3)
            window.grab().save(str(target))
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
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for language, theme_name in PAIRS:
        target = OUT / f"thinking-cost-{SHORT[language]}-{theme_name}.png"
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
