"""``minimax-chat --smoke-test``: prove this install (source or frozen bundle) works, as JSON."""

from __future__ import annotations

import asyncio
import builtins
import json
import os
import platform
import struct
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from gui import __version__
from gui.core import selfcheck
from gui.core.selfcheck import CheckFailed, Details, describe

# A placeholder key and an unused loopback port: the smoke test never reaches a server.
SMOKE_KEY = "sk-smoke-test-not-a-real-key"
SMOKE_URL = "http://127.0.0.1:9/v1"
# What every installation must carry (a wheel once shipped none of them).
REQUIRED_RESOURCES = (
    "icons/minimax-chat.svg",
    "icons/minimax-chat-48.png",  # the window icon is built from the PNG renderings
    "icons/minimax-chat-256.png",
    "styles/app.qss",
    "translations/minimax_chat_zh_CN.qm",
)


class Report:
    """Named checks, each with details; the process exit code follows from them."""

    def __init__(self) -> None:
        self.checks: dict[str, Details] = {}
        self.qt_messages: list[str] = []

    def record(self, name: str, fn: Callable[[], Details]) -> None:
        started = time.perf_counter()
        try:
            details = {"ok": True, **fn()}
        except Exception as exc:
            details = {"ok": False, "error": describe(exc)}
        details["seconds"] = round(time.perf_counter() - started, 3)
        self.checks[name] = details

    async def record_async(self, name: str, fn: Callable[[], Awaitable[Details]]) -> None:
        started = time.perf_counter()
        try:
            details = {"ok": True, **(await fn())}
        except Exception as exc:
            details = {"ok": False, "error": describe(exc)}
        details["seconds"] = round(time.perf_counter() - started, 3)
        self.checks[name] = details

    @property
    def failed(self) -> list[str]:
        return [name for name, details in self.checks.items() if not details["ok"]]

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": not self.failed,
            "failed": self.failed,
            "app": {
                "name": "MiniMax Chat",
                "version": __version__,
                "frozen": bool(getattr(sys, "frozen", False)),
                "executable": sys.executable,
                "python": platform.python_version(),
                "os": platform.platform(),
            },
            "checks": self.checks,
            "qt_messages": self.qt_messages,
        }


def run_smoke_test(
    data_dir: str | None = None,
    report_file: str | None = None,
    *,
    display: bool = False,
    keyring_write: bool = False,
) -> int:
    """Run every check, print the JSON report (and write it to ``report_file``); 0 or 1.

    ``display`` uses the real display instead of an offscreen one; ``keyring_write``
    also stores, reads back and deletes a test entry in the OS keyring.
    """
    if not display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    report = Report()
    with tempfile.TemporaryDirectory(prefix="minimax-chat-smoke-") as scratch:
        _run_checks(report, data_dir, Path(scratch), keyring_write)
    text = json.dumps(report.as_dict(), indent=2, ensure_ascii=False)
    if report_file:
        Path(report_file).write_text(text + "\n", "utf-8")
    if sys.stdout is not None:
        print(text, flush=True)
    if report.failed and sys.stderr is not None:
        print(f"smoke test FAILED: {', '.join(report.failed)}", file=sys.stderr, flush=True)
    return 1 if report.failed else 0


def _run_checks(report: Report, data_dir: str | None, scratch: Path, keyring_write: bool) -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def on_message(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            report.qt_messages.append(message)

    previous = qInstallMessageHandler(on_message)
    try:
        report.record("qt", _check_qt)
        report.record("plain_imports", _check_plain_imports)
        report.record("resources", lambda: _check_resources(report))
        report.record("data_dir", lambda: selfcheck.check_data_dir(data_dir))
        report.record("keyring", lambda: selfcheck.check_keyring(keyring_write))
        report.record("ssl", selfcheck.check_ssl)
        report.record("markdown", selfcheck.check_markdown)
        report.record("math", _check_math)
        _run_async_checks(report, data_dir, scratch)
    finally:
        qInstallMessageHandler(previous)


def _check_qt() -> Details:
    import PySide6
    from PySide6.QtCore import qVersion

    from gui.ui import qt_environment

    app = qt_environment.application([sys.argv[0], "--smoke-test"])
    return {
        "platform": app.platformName(),
        "qt_version": qVersion(),
        "pyside_version": PySide6.__version__,
        "desktop_file_name": app.desktopFileName(),
    }


def _check_math() -> Details:
    """Formulas typeset and paint: ziamath's fonts and QtSvg made it into the build."""
    from gui.core.math_tex import math_url
    from gui.ui.math_images import formula_image

    image = formula_image(math_url(r"\frac{a}{b}", True, "$$"), "#000000", 16.0, 1.0)
    if image is None or image.isNull():
        raise CheckFailed("a formula could not be typeset")
    return {"formula_size": f"{image.width()}x{image.height()}"}


def _check_plain_imports() -> Details:
    """gui.ui undoes shiboken's import hook (gui.ui.plain_imports); frozen builds too."""
    import gui.ui.app  # noqa: F401 - importing it restores the plain import function

    name = getattr(builtins.__import__, "__name__", "?")
    if name != "__import__":
        raise CheckFailed(f"builtins.__import__ is still wrapped ({name})")
    return {"import_function": name}


def _check_resources(report: Report) -> Details:
    from PySide6.QtWidgets import QApplication

    from gui.ui.app import apply_style
    from gui.ui.resources import resource_dir

    folder = resource_dir()
    if not folder.is_dir():
        raise CheckFailed(f"the resources folder is missing: {folder}")
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    loaded: dict[str, str] = {}
    problems = []
    for path in files:
        name = path.relative_to(folder).as_posix()
        try:
            loaded[name] = _load_resource(path)
        except Exception as exc:
            problems.append(f"{name}: {describe(exc)}")
    problems += [f"{name}: missing" for name in REQUIRED_RESOURCES if name not in loaded]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen = len(report.qt_messages)
    apply_style(app)  # exactly what the app does at start-up
    style_messages = [m for m in report.qt_messages[seen:] if "parse" in m.lower()]
    problems += [f"style sheet: {m}" for m in style_messages]
    if app.windowIcon().isNull():
        problems.append("the window icon did not load")
    if problems:
        raise CheckFailed("; ".join(problems))
    return {"folder": str(folder), "files": loaded}


def _load_resource(path: Path) -> str:
    """Load one resource file the way Qt would; a short description of what loaded."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon, QImage
    from PySide6.QtSvg import QSvgRenderer

    suffix = path.suffix.lower()
    if suffix == ".svg":
        if not QSvgRenderer(str(path)).isValid():
            raise CheckFailed("not a valid SVG")
        if QIcon(str(path)).pixmap(64, 64).isNull():
            raise CheckFailed("the SVG icon engine could not draw it")
        return "svg"
    if suffix in (".png", ".jpg", ".jpeg", ".gif", ".webp"):
        image = QImage(str(path))
        if image.isNull():
            raise CheckFailed("the image did not load")
        return f"{image.width()}x{image.height()}"
    if suffix == ".ico":
        return "ico " + ",".join(str(s) for s in _icon_images(path.read_bytes(), "ico"))
    if suffix == ".icns":
        return "icns " + ",".join(str(s) for s in _icon_images(path.read_bytes(), "icns"))
    if suffix == ".qss":
        text = path.read_text("utf-8")
        if not text.strip():
            raise CheckFailed("empty style sheet")
        return f"{len(text)} chars"
    if suffix == ".qm":
        if not QTranslator().load(str(path)):
            raise CheckFailed("Qt could not load the translation")
        return "translation"
    return f"{len(path.read_bytes())} bytes"


def _icon_images(data: bytes, kind: str) -> list[int]:
    """Decode every PNG image inside an .ico or .icns; their pixel sizes."""
    from PySide6.QtGui import QImage

    blobs: list[bytes] = []
    if kind == "ico":
        _reserved, _type, count = struct.unpack_from("<HHH", data, 0)
        for i in range(count):
            length, offset = struct.unpack_from("<II", data, 6 + 16 * i + 8)
            blobs.append(data[offset : offset + length])
    else:
        if data[:4] != b"icns":
            raise CheckFailed("not an icns file")
        pos = 8
        while pos < len(data):
            length = struct.unpack_from(">I", data, pos + 4)[0]
            if length < 8:
                raise CheckFailed("damaged icns element")
            blobs.append(data[pos + 8 : pos + length])
            pos += length
    sizes = []
    for blob in blobs:
        image = QImage.fromData(blob)
        if image.isNull():
            raise CheckFailed(f"an image inside the {kind} file did not load")
        sizes.append(image.width())
    if not sizes:
        raise CheckFailed(f"the {kind} file holds no images")
    return sorted(set(sizes))


def _run_async_checks(report: Report, data_dir: str | None, scratch: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from gui.ui import qt_environment

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        report.checks["window"] = {"ok": False, "error": "no QApplication (see the qt check)"}
        return

    async def checks() -> None:
        await report.record_async("window", lambda: _check_window(data_dir, scratch))
        await report.record_async("openai", _check_openai)

    qt_environment.run_on_loop(app, checks())


async def _check_window(data_dir: str | None, scratch: Path) -> Details:
    """Build the real main window, start it as the app does, draw it, close it.

    The key is a placeholder from the environment (so the first-run Settings dialog
    stays closed) and the server an unused loopback port: nothing leaves the machine.
    """
    from PySide6.QtCore import QLockFile

    from gui.core.environment import AppPaths
    from gui.core.secrets import MemorySecretStore
    from gui.ui.app import build_context, build_window, start

    paths = AppPaths.resolve(data_dir) if data_dir else AppPaths(scratch / "data")
    paths.root.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):  # the app itself is running on it: use a scratch folder
        paths = AppPaths(scratch / "data")
        paths.root.mkdir(parents=True, exist_ok=True)
    environ = {"OPENAI_API_KEY": SMOKE_KEY, "OPENAI_BASE_URL": SMOKE_URL}
    context = build_context(paths, environ, secret_store=MemorySecretStore())
    try:
        window, controller = build_window(context, lambda: None)
        try:
            window.show()
            await start(context, controller, window)
            await asyncio.sleep(0.05)
            picture = window.grab()
            if picture.isNull() or picture.width() < 100:
                raise CheckFailed("the main window did not draw")
            title = window.windowTitle()
            if "MiniMax Chat" not in title:
                raise CheckFailed(f"unexpected window title {title!r}")
            return {
                "title": title,
                "size": [picture.width(), picture.height()],
                "data_dir": str(paths.root),
            }
        finally:
            await window.shutdown()
            window.hide()
            window.deleteLater()
    finally:
        context.logs.close()
        if lock.isLocked():
            lock.unlock()


async def _check_openai() -> Details:
    """The SDK imports and the app builds its AsyncOpenAI client (no request is sent)."""
    from gui.core.minimax import BackendConfig, MiniMaxBackend

    details = await asyncio.to_thread(selfcheck.sdk_details)
    backend = MiniMaxBackend(BackendConfig(SMOKE_URL, SMOKE_KEY))
    try:
        await backend.warm_up()  # builds the client in a worker thread, as at start-up
    finally:
        await backend.aclose()
    return details
