"""Qt fixtures: the app's asyncio loop per test, failing the test on any unhandled asyncio error."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from gui.core.environment import AppPaths
from gui.core.secrets import MemorySecretStore
from gui.ui.aio import asyncgen_hooks
from gui.ui.app import build_context, build_window, start
from gui.ui.context import AppContext
from gui.ui.controller import ChatController
from gui.ui.main_window import MainWindow
from tests.fakes.keys import fake_key
from tests.fakes.minimax_server import FakeMiniMax

T = TypeVar("T")

TEST_KEY = fake_key("TESTKEY-0123456789abcdef")


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """The app's event loop for one test; unhandled task errors fail the test."""
    from gui.ui.event_loop import QtEventLoop

    loop = QtEventLoop(qapp)
    asyncio.set_event_loop(loop)
    problems: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, ctx: problems.append(ctx))
    with asyncgen_hooks(loop):
        yield loop
        loop.run_until_complete(loop.shutdown_asyncgens())
    try:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        # Let closed transports run their connection_lost callbacks before the loop closes.
        loop.run_until_complete(asyncio.sleep(0.05))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
    finally:
        asyncio.set_event_loop(None)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not problems, f"unhandled asyncio errors: {problems!r}"


@pytest.fixture
def arun(qloop: asyncio.AbstractEventLoop) -> Callable[..., Any]:
    """arun(coro, timeout=10) runs a coroutine to completion on the app's loop."""

    def run(coro: Coroutine[Any, Any, T], timeout: float = 10.0) -> T:
        return qloop.run_until_complete(asyncio.wait_for(coro, timeout))

    return run


async def until(
    predicate: Callable[[], bool],
    timeout: float = 5.0,  # noqa: ASYNC109 - a polling helper: the deadline is the point
    step: float = 0.01,
) -> None:
    """Wait (inside a coroutine) until ``predicate()`` is true."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(step)


class App:
    """The real composition root wired to a loopback server, for GUI tests."""

    def __init__(self, context: AppContext, window: MainWindow, controller: ChatController):
        self.context = context
        self.window = window
        self.controller = controller

    @property
    def data_dir(self) -> Path:
        return self.context.paths.root


@pytest.fixture
def make_app(
    tmp_path: Path, qloop: asyncio.AbstractEventLoop, qtbot: Any, fake_minimax: FakeMiniMax
) -> Iterator[Callable[..., Awaitable[App]]]:
    """Build the app (window shown) against the fake server; call inside ``arun``."""
    apps: list[App] = []

    async def make(
        *,
        key: str | None = TEST_KEY,
        data_dir: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> App:
        QApplication.instance().setQuitOnLastWindowClosed(False)  # as in the real app
        root = data_dir or tmp_path / "data"
        environ = {"OPENAI_BASE_URL": fake_minimax.base_url}
        environ.update(env or {})
        store = MemorySecretStore()
        context = build_context(AppPaths(root), environ, secret_store=store)
        if key:
            await context.connection.set_api_key(key)
        window, controller = build_window(context, lambda: None)
        qtbot.addWidget(window)
        window.show()
        await start(context, controller, window)
        app = App(context, window, controller)
        apps.append(app)
        return app

    yield make
    for app in apps:
        qloop.run_until_complete(app.window.shutdown())
        app.window._may_close = True
        app.context.logs.close()
