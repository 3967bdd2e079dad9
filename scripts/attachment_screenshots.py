"""Screenshots of attachments for the docs: a chat with MiniMax-M3 where a message with an image
and a PDF was sent and a pasted screenshot waits in the composer; with ``--scene pdf``, a PDF
dropped on the window of a chat with MiniMax-M2.7 and sent (as its text).

    xvfb-run -a python scripts/attachment_screenshots.py
        # writes docs/screenshots/attachments-<en|zh>-<light|dark>.png
    xvfb-run -a python scripts/attachment_screenshots.py --scene pdf
        # writes docs/screenshots/attachments-pdf-m27-<en|zh>-<light|dark>.png

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


PDF_CONTENT = {
    "en": (
        "Summarise this paper in two lines.",
        "A two-page PDF: a quarterly report with one table. Summarise the trend.",
        "The report tracks four quarters: **12, 19, 7 and 23**. Sales dipped in Q3 and "
        "recovered to a high in Q4, so the year ends up $\\frac{23 - 12}{12} \\approx 92\\,\\%$ "
        "on Q1.",
    ),
    "zh": (
        "用两句话概括这篇论文。",
        "一份两页的 PDF：季度报告，含一张表格。概括趋势。",
        "报告记录了四个季度：**12、19、7 和 23**。第三季度下滑，第四季度回升到全年最高，"
        "比第一季度高出 $\\frac{23 - 12}{12} \\approx 92\\,\\%$。",
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


def shoot(language: str, theme_name: str, target: Path, scene: str = "main") -> None:
    """Run in a child process: build the real window, send, paste (or drop), grab."""
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    sys.path.insert(0, str(ROOT))
    import json

    import qasync
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
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

    pdf_scene = scene == "pdf"
    model = "MiniMax-M2.7" if pdf_scene else "MiniMax-M3"
    question, reasoning, answer = (PDF_CONTENT if pdf_scene else CONTENT)[language]
    fake = FakeMiniMax().start()
    events = wire.split_stream(reasoning, answer, size=40)
    for event in events:
        if isinstance(event, dict) and "model" in event:
            event["model"] = model
    fake.default = Reply(events=events)
    data = Path(tempfile.mkdtemp(prefix="shots-"))
    qt_language = "zh_CN" if language == "zh" else "en"
    (data / "settings.json").write_text(
        json.dumps({"language": qt_language, "theme": theme_name, "model": model}),
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
            if pdf_scene:
                # Dropped on the window, as from a file manager (offscreen there is no
                # drag: the drop goes to the window's filter, as Qt would deliver it).
                dropped = QMimeData()
                dropped.setUrls([QUrl.fromLocalFile(str(files / "report.pdf"))])
                window.attach.eventFilter(
                    window,
                    QDropEvent(
                        QPointF(400, 300),
                        Qt.DropAction.CopyAction,
                        dropped,
                        Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier,
                    ),
                )
                await until(lambda: bool(window.composer.attachments()), timeout=20)
                window.send(question)
                await controller.wait_idle()
                await asyncio.sleep(0.5)
                await until(lambda: not window.appearance.math.busy, timeout=30)
                await asyncio.sleep(0.3)
                window.grab().save(str(target))
                await window.shutdown()
                return
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
    parser.add_argument("--scene", choices=("main", "pdf"), default="main")
    args = parser.parse_args()
    if args.child:
        shoot(args.child[0], args.child[1], Path(args.child[2]), args.scene)
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    for language, theme_name in PAIRS:
        stem = "attachments-pdf-m27" if args.scene == "pdf" else "attachments"
        target = OUT / f"{stem}-{language}-{theme_name}.png"
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                language,
                theme_name,
                str(target),
                "--scene",
                args.scene,
            ],
            check=True,
            env=env,
            cwd=ROOT,
        )
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
