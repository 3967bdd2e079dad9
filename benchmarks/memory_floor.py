"""The memory floor under the app: ``python -m benchmarks.memory_floor [qasync] [openai] [URL]``.

A bare ``QLabel`` window of the main window's size (1200×780), with shiboken's import hook
undone as the app undoes it (``gui.ui``), optionally with qasync and the ``openai`` SDK
imported, and with a URL an ``AsyncOpenAI`` client that has listed the models there (as
the app does at start-up when it has a key); prints one JSON line with its resident memory
one second after the first paint. The xcb rows report it as their baseline: what any
PySide6 window holding the SDK takes before the app's own code (issue 15).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
import time

import gui.ui  # noqa: F401 - the app's plain imports (gui.ui.plain_imports), first
from benchmarks.rss import rss_mb


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QLabel

    for name in ("qasync", "openai"):
        if name in sys.argv[1:]:
            importlib.import_module(name)
    urls = [arg for arg in sys.argv[1:] if "://" in arg]
    client = asyncio.run(list_models(urls[0])) if urls else None
    app = QApplication(sys.argv[:1])
    result: dict[str, float] = {}

    def measure() -> None:
        result["rss_mb"] = rss_mb()
        app.quit()

    class Label(QLabel):
        # Not an event filter: that alone (QEvent's enums, shiboken's signature support)
        # took 1.4 MB, which is the app's, not the floor's.
        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if "painted" not in result:
                result["painted"] = time.time()
                QTimer.singleShot(1000, measure)

    label = Label("hello")
    label.resize(1200, 780)
    label.show()
    app.exec()
    del client
    print(json.dumps(result), flush=True)


async def list_models(url: str) -> object:
    """An SDK client as the app keeps one: built with its default HTTP client, one request
    made (its connection pool and TLS context stay)."""
    from openai import AsyncOpenAI

    client = AsyncOpenAI(api_key="sk-api-bench-not-a-real-key", base_url=url, max_retries=0)
    await client.models.list()
    return client


if __name__ == "__main__":
    main()
