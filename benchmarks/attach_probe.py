"""Probe: paste a 12-megapixel photo and attach a 200-page PDF while the UI keeps beating.

    python -m benchmarks.attach_probe     # prints one JSON line

A 5 ms timer records the longest gap between beats from the paste until both
attachments show in the composer (thumbnail included): the longest UI stall.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PHOTO = (4000, 3000)
PAGES = 200
LINES_PER_PAGE = 45


def photo_bytes() -> tuple[bytes, int, int]:
    """A noisy RGB photo (noise does not compress: the worst case for scaling and encoding)."""
    from PIL import Image

    noise = Image.effect_noise(PHOTO, 60).convert("RGB")
    return noise.tobytes(), *PHOTO


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMimeData, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from benchmarks.probes import emit, finish
    from gui.core.environment import AppPaths
    from gui.core.secrets import MemorySecretStore
    from gui.ui import qt_environment
    from gui.ui.app import apply_style, build_context, build_window, start
    from gui.ui.event_loop import QtEventLoop
    from tests.fakes.pdf import make_pdf

    qt_environment.prepare()  # as the app does before its QApplication
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    apply_style(app)
    data_dir = Path(tempfile.mkdtemp(prefix="bench-attach-"))
    (data_dir / "settings.json").write_text(json.dumps({"model": "MiniMax-M3"}), "utf-8")
    pdf = data_dir / "book.pdf"
    line = "The quick brown fox jumps over the lazy dog, page {page} line {line}."
    pdf.write_bytes(
        make_pdf(
            [
                "\n".join(line.format(page=p, line=n) for n in range(LINES_PER_PAGE))
                for p in range(PAGES)
            ]
        )
    )
    raw, width, height = photo_bytes()
    image = QImage(raw, width, height, width * 3, QImage.Format.Format_RGB888).copy()
    env = {"OPENAI_BASE_URL": "http://127.0.0.1:9", "OPENAI_API_KEY": "sk-api-bench-not-real"}
    context = build_context(AppPaths(data_dir), env, secret_store=MemorySecretStore())
    loop = QtEventLoop(app)
    asyncio.set_event_loop(loop)
    window, controller = build_window(context, lambda: None)
    window.resize(1200, 800)
    gaps: list[float] = []
    last = [time.perf_counter()]
    began = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        if os.environ.get("BENCH_STALLS") and now - last[0] > 0.03:
            print(f"stall {1000 * (now - last[0]):.0f} ms at {now - began[0]:.2f} s", flush=True)
        last[0] = now

    if os.environ.get("BENCH_STALLS"):
        import gc
        import threading

        timing: dict[str, float] = {}

        def on_gc(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                timing["t"] = time.perf_counter()
            elif info["generation"] == 2:
                spent = 1000 * (time.perf_counter() - timing["t"])
                where = threading.current_thread().name
                at = time.perf_counter() - began[0]
                print(f"gc gen2 {spent:.0f} ms in {where} at {at:.2f} s", flush=True)

        gc.callbacks.append(on_gc)

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)

    async def run() -> dict[str, Any]:
        window.show()
        await start(context, controller, window)
        await asyncio.sleep(0.5)
        composer = window.composer
        heartbeat.start()
        gaps.clear()
        last[0] = began[0] = time.perf_counter()
        wanted = os.environ.get("BENCH_ATTACH", "image,pdf").split(",")
        if "image" in wanted:
            pasted = QMimeData()
            pasted.setImageData(image)
            composer.edit.insertFromMimeData(pasted)
        if "pdf" in wanted:
            window.attach.add_paths([str(pdf)])
        if wanted == ["none"]:  # the machine's own noise, for comparison
            wanted.clear()
            await asyncio.sleep(2)
        while len(composer.attachments()) < len(wanted):  # noqa: ASYNC110 - polls widgets
            await asyncio.sleep(0.01)
        chips = composer.strip.chips()
        while any(c.ref.kind == "image" and c.picture.pixmap().isNull() for c in chips):  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        ready = time.perf_counter() - began[0]
        heartbeat.stop()
        refs = composer.attachments()
        await window.shutdown()
        return {
            "ready_s": ready,
            "max_stall_ms": max(gaps) * 1000 if gaps else 0.0,
            "image": [r.width for r in refs if r.kind == "image"],
            "pdf_chars": [r.chars for r in refs if r.kind == "pdf"],
        }

    result = loop.run_until_complete(run())
    finish(loop, context)
    emit(result)


if __name__ == "__main__":
    main()
