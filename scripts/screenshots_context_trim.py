"""Screenshots of leaving earlier turns out of a full chat (issue 14).

    python scripts/screenshots_context_trim.py  # docs/screenshots/context-trim-*.png

A chat of six chapters (each a ~27,600-token text attachment) fills 81 % of MiniMax-M2.7's
window: "before" shows the warning row, "confirm" the question after **Leave out earlier
turns…**, "after" the divider above the first message still sent. Each language and theme
runs in its own process on the offscreen platform, against the loopback server. (The
pictures in docs/ were clicked through by hand under ``xvfb-run`` with ``xdotool``; this
script makes the same three.)
"""

from __future__ import annotations

import argparse
import asyncio
import json
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
        "Field report",
        "Summarise chapter {n} of the field report in three sentences.",
        "Chapter {n} covers the survey of site {n}: the team mapped the river banks, sampled "
        "the soil at twelve points and found the erosion worse on the northern side. The main "
        "cause is the loss of reed beds since the dam opened. The chapter ends with a plan to "
        "replant 400 m of bank next spring.",
    ),
    "zh_CN": (
        "野外报告",
        "用三句话概括野外报告的第 {n} 章。",
        "第 {n} 章记录了第 {n} 号地点的调查：团队测绘了河岸，在十二个点采集了土壤样本，"
        "发现北岸的侵蚀更严重。主要原因是大坝启用后芦苇丛消失。本章最后提出明年春天重新种植 "
        "400 米河岸的计划。",
    ),
}


def write_chat(root: Path, language: str) -> str:
    """The data folder's one conversation: six chapters attached, six short answers."""
    from gui.core.attachments.ref import AttachmentRef
    from gui.core.attachments.store import AttachmentStore
    from gui.core.conversation import Conversation, Message, Role, Usage

    title, question, answer = CONTENT[language]
    store = AttachmentStore(root)
    conv = Conversation(title=title)
    prompt = 40
    for n in range(1, 7):
        text = f"# Chapter {n}\n\n" + "The survey team measured the erosion at each marker. " * 2100
        data = text[:110_000].encode()
        ref = AttachmentRef(
            store.put(data), f"chapter-{n}.md", "text/markdown", "text", len(data), chars=len(data)
        )
        at = f"2026-11-30T09:{2 * n:02d}:00.000Z"
        conv.messages.append(
            Message(role=Role.USER, content=question.format(n=n), attachments=[ref], created_at=at)
        )
        prompt += 27_600
        conv.messages.append(
            Message(
                role=Role.ASSISTANT,
                content=answer.format(n=n),
                model="MiniMax-M2.7",
                usage=Usage(prompt, 180, prompt + 180, 60, max(0, prompt - 28_000)),
                created_at=f"2026-11-30T09:{2 * n + 1:02d}:00.000Z",
                thinking_seconds=4.2,
                reasoning="Summarise.",
            )
        )
        prompt += 180
    folder = root / "conversations"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{conv.id}.json").write_text(json.dumps(conv.to_dict()), "utf-8")
    return conv.id


def shoot(language: str, theme_name: str, out: Path) -> None:
    """Run in a child process: open the full chat, click through the cut, grab each step."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    sys.path.insert(0, str(ROOT))
    import qasync
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QMessageBox

    from gui.core.environment import AppPaths
    from gui.core.i18n import translating
    from gui.core.secrets import MemorySecretStore
    from gui.ui import i18n
    from gui.ui.aio import asyncgen_hooks
    from gui.ui.app import apply_style, build_context, build_window, start
    from tests.fakes.minimax_server import FakeMiniMax

    fake = FakeMiniMax().start()
    data = Path(tempfile.mkdtemp(prefix="shots-"))
    settings = {"language": language, "theme": theme_name, "model": "MiniMax-M2.7"}
    (data / "settings.json").write_text(json.dumps(settings), "utf-8")
    conversation_id = write_chat(data, language)
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    translators = i18n.install(app, language)
    name = f"context-trim-{SHORT[language]}-{theme_name}"
    with translating(i18n.qt_translate):
        dark = apply_style(app, theme_name)
        env = {"OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": "sk-api-screenshot-demo"}
        context = build_context(AppPaths(data), env, secret_store=MemorySecretStore())
        window, controller = build_window(context, lambda: None, dark=dark)
        window.resize(1200, 780)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)

        async def run() -> None:
            window.show()
            await start(context, controller, window)
            await window.open_conversation_async(conversation_id)
            await asyncio.sleep(0.5)
            window.grab().save(str(out / f"{name}-before.png"))
            window.chat_controls.trim.click()
            await asyncio.sleep(0.3)
            box = window.findChild(QMessageBox, "confirm-trim")
            picture = window.grab()
            painter = QPainter(picture)  # the question over the window, as on screen
            painter.drawPixmap(box.geometry().topLeft() - window.geometry().topLeft(), box.grab())
            painter.end()
            picture.save(str(out / f"{name}-confirm.png"))
            next(b for b in box.buttons() if b.objectName() == "confirm-trim-accept").click()
            await asyncio.sleep(0.5)
            window.grab().save(str(out / f"{name}-after.png"))
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
    parser.add_argument("--out", type=Path, default=OUT, help="where the pictures go")
    parser.add_argument("--child", nargs=2, metavar=("LANG", "THEME"))
    args = parser.parse_args()
    if args.child:
        shoot(args.child[0], args.child[1], args.out)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for language, theme_name in PAIRS:
        subprocess.run(
            [sys.executable, __file__, "--out", str(args.out), "--child", language, theme_name],
            check=True,
            env=env,
            cwd=ROOT,
        )
        print(f"context-trim-{SHORT[language]}-{theme_name}-{{before,confirm,after}}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
