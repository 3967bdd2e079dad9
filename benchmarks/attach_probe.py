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
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QImage

    from benchmarks.probes import Heartbeat, app_window, qt_app, run_to_end
    from gui.ui.app import start
    from tests.fakes.pdf import make_pdf

    app = qt_app(style=True)
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
    context, loop, window, controller = app_window(app, data_dir, env)
    heartbeat = Heartbeat()

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
                at = time.perf_counter() - heartbeat.began
                print(f"gc gen2 {spent:.0f} ms in {where} at {at:.2f} s", flush=True)

        gc.callbacks.append(on_gc)

    async def run() -> dict[str, Any]:
        window.show()
        await start(context, controller, window)
        await asyncio.sleep(0.5)
        composer = window.composer
        heartbeat.start()
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
        ready = time.perf_counter() - heartbeat.began
        heartbeat.stop()
        refs = composer.attachments()
        await window.shutdown()
        return {
            "ready_s": ready,
            "max_stall_ms": heartbeat.longest_ms,
            "image": [r.width for r in refs if r.kind == "image"],
            "pdf_chars": [r.chars for r in refs if r.kind == "pdf"],
        }

    run_to_end(loop, context, run())


if __name__ == "__main__":
    main()
