"""Screenshots of attachments for the docs: a chat with MiniMax-M3 where a message with an image
and a PDF was sent and a pasted screenshot waits in the composer.

    xvfb-run -a python scripts/attachment_screenshots.py
        # writes docs/screenshots/attachments-<en|zh>-<light|dark>.png

Each picture is taken in its own process against the loopback MiniMax server: no key, no network.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PAIRS = [(lang, theme) for lang in ("en", "zh") for theme in ("light", "dark")]

CONTENT = {
    "en": (
        "Does the chart agree with the paper's table?",
        "The chart shows four quarters; the PDF's table lists the same four values. Compare.",
        "Yes. The bars read **12, 19, 7 and 23**, the same values as the table on page 2 of "
        "*report.pdf*; Q4 is the highest, as the paper says.",
    ),
    "zh": (
        "图表和论文里的表格一致吗？",
        "图表有四个季度；PDF 的表格列出了同样的四个数值。逐一比较。",
        "一致。柱状图的数值是 **12、19、7 和 23**，与 *report.pdf* 第 2 页表格中的数值相同；"
        "和论文所说一样，第四季度最高。",
    ),
}


def chart_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 400), (250, 250, 252))
    draw = ImageDraw.Draw(image)
    colours = [(66, 133, 244), (52, 168, 83), (251, 188, 5), (234, 67, 53)]
    for index, value in enumerate((12, 19, 7, 23)):
        left = 80 + index * 130
        draw.rectangle((left, 360 - value * 13, left + 80, 360), fill=colours[index])
    draw.line((60, 360, 600, 360), fill=(60, 60, 60), width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def shoot(language: str, theme_name: str, target: Path) -> None:
    """Run in a child process: build the real window, send, paste, grab."""
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    sys.path.insert(0, str(ROOT))
    import json

    import qasync
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    from gui.core.environment import AppPaths
    from gui.core.i18n import translating
    from gui.core.secrets import MemorySecretStore
    from gui.ui import i18n
    from gui.ui.aio import asyncgen_hooks
    from gui.ui.app import apply_style, build_context, build_window, start
    from tests.fakes import wire
    from tests.fakes.minimax_server import FakeMiniMax, Reply
    from tests.fakes.pdf import make_pdf
    from tests.ui.conftest import until

    question, reasoning, answer = CONTENT[language]
    fake = FakeMiniMax().start()
    events = wire.split_stream(reasoning, answer, size=40)
    for event in events:
        if isinstance(event, dict) and "model" in event:
            event["model"] = "MiniMax-M3"
    fake.default = Reply(events=events)
    data = Path(tempfile.mkdtemp(prefix="shots-"))
    qt_language = "zh_CN" if language == "zh" else "en"
    (data / "settings.json").write_text(
        json.dumps({"language": qt_language, "theme": theme_name, "model": "MiniMax-M3"}),
        "utf-8",
    )
    files = Path(tempfile.mkdtemp(prefix="shots-files-"))
    (files / "chart.png").write_bytes(chart_png())
    (files / "report.pdf").write_bytes(
        make_pdf(["Quarterly report", "Table: Q1 12, Q2 19, Q3 7, Q4 23"])
    )
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    translators = i18n.install(app, qt_language)
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
            await window.attach.add_paths_and_wait(
                [str(files / "chart.png"), str(files / "report.pdf")]
            )
            window.send(question)
            await controller.wait_idle()
            await asyncio.sleep(0.3)
            # A screenshot pasted into the composer: the window as it looks now.
            pasted = QMimeData()
            pasted.setImageData(window.grab().toImage())
            window.composer.edit.insertFromMimeData(pasted)
            await until(lambda: bool(window.composer.attachments()), timeout=20)
            await asyncio.sleep(0.5)  # thumbnails are made in a thread
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
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    for language, theme_name in PAIRS:
        target = OUT / f"attachments-{language}-{theme_name}.png"
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
