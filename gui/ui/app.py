"""Composition root: builds every service, the controller and the window, and runs them."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import sys
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLockFile, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gui.core import datafolder
from gui.core.attachments.store import AttachmentStore
from gui.core.connection import Connection, default_backend
from gui.core.environment import AppPaths, EnvOverrides, scrub_process_environment
from gui.core.handover import Handover
from gui.core.i18n import translate, translating
from gui.core.index import ConversationIndex
from gui.core.keyring_helper import run_in_child
from gui.core.logsetup import setup_logging
from gui.core.secrets import (
    SERVICE,
    KeyringSecretStore,
    MemorySecretStore,
    SecretStore,
    probe_keyring,
)
from gui.core.settings import Settings, load_settings
from gui.core.storage import ConversationStore
from gui.core.tools.service import ToolService
from gui.ui import i18n, qt_environment, theme
from gui.ui.aio import BackgroundTasks, asyncgen_hooks
from gui.ui.context import AppContext, ErrorReporter, SettingsBox
from gui.ui.controller import ChatController
from gui.ui.main_window import MainWindow
from gui.ui.resources import resource_path

if TYPE_CHECKING:
    # Loaded after the window is on screen (or for a second launch only): the protocol
    # code, the MCP presets and the local socket (QtNetwork) of single_instance.
    from gui.core.minimax import BackendConfig, MiniMaxBackend
    from gui.core.tools.preset import MiniMaxAccess

log = logging.getLogger(__name__)

GIL_SWITCH_SECONDS = 0.001


def build_context(
    paths: AppPaths,
    environ: Mapping[str, str],
    *,
    secret_store: SecretStore | None = None,
    backend_factory: Callable[[BackendConfig], MiniMaxBackend] = default_backend,
) -> AppContext:
    """Create the services; ``secret_store`` None means "probe the OS keyring at start-up"."""
    prepare_data_folder(paths)
    settings, settings_problem = load_settings(paths.root)
    logs = setup_logging(paths.logs, settings.log_level)
    reporter = ErrorReporter()
    tasks = BackgroundTasks(on_error=reporter.report)
    box = SettingsBox(paths.root, settings, tasks)
    connection = Connection(
        lambda: box.value, EnvOverrides.from_environ(environ), secret_store, backend_factory
    )
    if environ is os.environ:
        scrub_process_environment(os.environ)  # read once; nothing started later inherits it
    connection.on_key_used = logs.redactor.remember
    if connection.env.api_key:
        logs.redactor.remember(connection.env.api_key)
    context = AppContext(
        paths=paths,
        settings=box,
        store=ConversationStore(paths.root),
        index=ConversationIndex(paths.index_file),
        connection=connection,
        tasks=tasks,
        logs=logs,
        errors=reporter,
        tools=ToolService(paths.root, lambda: connection.secrets, _minimax_access(connection)),
        attachments=AttachmentStore(paths.root),
    )
    if settings_problem:
        context.startup_notices.append(settings_problem)
    log.info("MiniMax Chat starting; data folder %s", paths.root)
    return context


def _minimax_access(connection: Connection) -> Callable[[], Awaitable[MiniMaxAccess | None]]:
    """The key in use and its region, for MiniMax's own tools (never written to a file)."""

    async def access() -> MiniMaxAccess | None:
        from gui.core.tools.preset import MiniMaxAccess

        key, _state = await connection.api_key()
        return MiniMaxAccess(key, connection.base_url()[0]) if key else None

    return access


def prepare_data_folder(paths: AppPaths) -> None:
    """Before anything is read: folders private, files left open by older versions tightened,
    temp files of saves a crash interrupted removed (this instance holds the folder's lock)."""
    datafolder.make_private(paths.root)
    datafolder.remove_crash_leftovers(paths.root)


def apply_style(app: QApplication, theme_name: str = "system", zoom: int = 100) -> bool:
    """Theme, text size and window icon; returns True for a dark theme."""
    colors = theme.apply(app, theme_name)
    if zoom != 100:
        theme.apply_zoom(app, app.font().pointSizeF(), zoom)
    app.setWindowIcon(window_icon())
    return colors.dark


WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def window_icon() -> QIcon:
    """The app icon from its PNG renderings: the SVG would load Qt's SVG icon engine and
    QtSvg before the first paint (0.8 MB resident at rest; formulas load them later)."""
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        path = resource_path("icons", f"minimax-chat-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


async def choose_secret_store(context: AppContext) -> None:
    """Probe the OS keyring off the UI thread; fall back to memory, and say so."""
    account = context.connection.account()
    # The key from OPENAI_API_KEY wins: reading the stored one could only bring up an
    # unlock prompt for nothing.
    read = None if context.connection.env.api_key else (SERVICE, account)
    status = await asyncio.to_thread(probe_keyring, run_in_child, read)
    if status.usable:
        known = {account: status.key} if status.key is not None else None
        context.connection.set_store(KeyringSecretStore(backend_name=status.backend), known)
        log.info("using keyring backend %s", status.backend)
    else:
        context.connection.set_store(MemorySecretStore())
        log.warning("no secure keyring: %s", status.problem)
        if context.connection.env.api_key:
            return  # the key comes from OPENAI_API_KEY; nothing needs saving
        context.startup_notices.append(
            translate(
                "App",
                "The API key cannot be saved: {problem}. It will be kept for this session only "
                "(never written to a file).",
            ).format(problem=status.problem)
        )


def build_window(
    context: AppContext, on_closed: Callable[[], None], *, dark: bool = False
) -> tuple[MainWindow, ChatController]:
    controller = ChatController(
        context.store,
        context.index,
        context.connection,
        lambda: context.settings.value,
        context.tasks,
        tools=context.tools,
        attachments=context.attachments,
    )
    window = MainWindow(context, controller, on_closed, dark=dark)
    controller.setParent(window)
    return window, controller


async def start(
    context: AppContext,
    controller: ChatController,
    window: MainWindow,
    first_message: str | None = None,
    started: asyncio.Event | None = None,
    first_attach: tuple[str, ...] = (),
) -> None:
    """Everything after the window is on screen: keyring, conversations, first-run check.

    ``started`` is set once the window can take messages (those of later launches).
    """
    # A worker thread busy in Python (compiling a lexer, building a save) keeps the GIL
    # for up to the switch interval each time the UI thread asks for it, and a frame
    # asks many times: 5 ms (the default) stretched one frame past 30 ms.
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    # The keyring may wait for an unlock prompt: list the conversations meanwhile.
    probing = None
    if not context.connection.has_store:
        probing = asyncio.ensure_future(choose_secret_store(context))
    try:
        await controller.load()
        await window.show_latest()
    finally:
        if probing is not None:
            await probing
    for notice in context.startup_notices:
        window.show_notice(notice)
    await window.account.first_run_check()
    if first_message or first_attach:
        from gui.ui.single_instance import deliver

        await deliver(window, first_message, first_attach)
    if started is not None:
        started.set()
    # Import the SDK, build the HTTP client and load the Markdown and highlighting code
    # now, in threads, rather than in the middle of the first answer.
    backend = await context.connection.backend()
    await backend.warm_up()
    await window.account.refresh_models()
    from gui.core import markdown

    await asyncio.to_thread(markdown.warm_up, window.dark)
    window.warm_up()
    controller.warm_up()
    # Everything loaded so far lives as long as the app: keep the garbage collector
    # from walking it again on every full collection (those pauses stall the UI).
    gc.collect()
    gc.freeze()


async def run_window(
    app: QApplication,
    context: AppContext,
    first_message: str | None = None,
    instance_root: Path | None = None,
    first_attach: tuple[str, ...] = (),
) -> int:
    """Show the window and run it until it closes; with ``instance_root``, later launches
    on that data folder hand their requests to this window."""
    with asyncgen_hooks(asyncio.get_running_loop()):
        return await _run_window(app, context, first_message, instance_root, first_attach)


async def _run_window(
    app: QApplication,
    context: AppContext,
    first_message: str | None,
    instance_root: Path | None,
    first_attach: tuple[str, ...] = (),
) -> int:
    closed = asyncio.Event()
    window, controller = build_window(
        context, closed.set, dark=theme.colors_for(context.settings.value.theme, app).dark
    )
    app.aboutToQuit.connect(closed.set)
    stop_signals = _close_on_termination_signals(window)
    window.show()
    started = asyncio.Event()
    instance = None
    if instance_root is not None:  # later launches on this data folder come to this window
        # Listening begins once the window is shown: the local socket (QtNetwork) is not
        # needed to paint it, and a second launch waits for it (CONNECT_SECONDS).
        from gui.ui.single_instance import InstanceServer, carry_out, instance_name

        instance = InstanceServer(instance_name(instance_root), window)
        instance.listen()
        instance.serve(
            lambda request: context.tasks.spawn(
                carry_out(window, request, started), name="hand-over"
            )
        )
    context.tasks.spawn(
        start(context, controller, window, first_message, started, first_attach), name="start-up"
    )
    try:
        await closed.wait()
        stop_signals.stop()
        await window.shutdown()  # a no-op after a normal close; saves after a quit from outside
    finally:
        if instance is not None:
            instance.close()
    return 0


def _close_on_termination_signals(window: MainWindow) -> QTimer:
    """SIGTERM/SIGINT (logout, kill, Ctrl+C) close the window the normal way, saving first.

    Python runs signal handlers only between bytecodes; while Qt waits for events no
    bytecode runs, so a cheap timer wakes the interpreter a few times a second.
    """

    def on_signal(_signum: int, _frame: Any) -> None:
        QTimer.singleShot(0, window.close)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)
    timer = QTimer(window)
    timer.setObjectName("signal-wakeup")
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def _install_exception_logging(loop: asyncio.AbstractEventLoop, reporter: ErrorReporter) -> None:
    """Nothing unexpected is swallowed: it is logged, and the user hears of it once."""

    def on_loop_error(_loop: asyncio.AbstractEventLoop, ctx: dict[str, Any]) -> None:
        exc = ctx.get("exception")
        log.error("asyncio: %s", ctx.get("message"), exc_info=exc)
        if isinstance(exc, BaseException):
            reporter.report("a background task", exc)

    loop.set_exception_handler(on_loop_error)

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        log.error("unhandled exception", exc_info=(kind, value, tb))
        reporter.report("the window", value)

    sys.excepthook = hook


def run_gui(
    data_dir: str | None,
    environ: Mapping[str, str] | None = None,
    first_message: str | None = None,
    first_attach: tuple[str, ...] = (),
) -> int:
    """Start the app; returns the process exit code."""
    environ = os.environ if environ is None else environ
    headless = qt_environment.no_display(environ)
    app = _core_application() if headless else qt_environment.application(sys.argv)
    paths = AppPaths.resolve(data_dir)
    if not headless:
        paths.root.mkdir(parents=True, exist_ok=True)
    # Language and theme, before any text shows. A damaged file is left for build_context,
    # which sets it aside and tells the user (in their language, loaded by then).
    early, _problem = load_settings(paths.root, set_aside=False)
    translators = i18n.install(app, i18n.resolve_language(early.language))
    with translating(i18n.qt_translate):
        if headless:
            return _run_without_display(paths, Handover(message=first_message, attach=first_attach))
        assert isinstance(app, QApplication)
        return _run_gui(app, paths, environ, first_message, early, translators, first_attach)


def _core_application() -> QCoreApplication:
    instance = QCoreApplication.instance()
    return instance if instance is not None else QCoreApplication(sys.argv)


def _taken_lock(paths: AppPaths) -> QLockFile | None:
    """The data folder's lock, taken; None while a live app holds it (a dead one's lock
    is taken over)."""
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(100) else None


def _run_without_display(paths: AppPaths, request: Handover) -> int:
    """No window can open: hand the request to the app open on this data folder, or say
    that a display is needed."""
    from gui.ui.single_instance import second_launch

    if paths.lock_file.parent.is_dir() and _taken_lock(paths) is None:
        return second_launch(paths.root, request, window=False)
    print(  # (a lock taken above to look was let go at once)
        translate(
            "App",
            "MiniMax Chat needs a desktop to open its window, and there is no display "
            "here (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your "
            "desktop session; the command line's export and import work anywhere.",
        ),
        file=sys.stderr,
    )
    return 1


def _run_gui(
    app: QApplication,
    paths: AppPaths,
    environ: Mapping[str, str],
    first_message: str | None,
    early: Settings,
    translators: list[Any],
    first_attach: tuple[str, ...] = (),
) -> int:
    apply_style(app, early.theme, early.text_zoom)
    lock = _taken_lock(paths)
    if lock is None:
        from gui.ui.single_instance import second_launch

        return second_launch(paths.root, Handover(message=first_message, attach=first_attach))
    context = build_context(paths, environ)
    try:
        return qt_environment.run_on_loop(
            app,
            run_window(app, context, first_message, paths.root, first_attach),
            lambda loop: _install_exception_logging(loop, context.errors),
        )
    except RuntimeError as exc:
        if "Event loop stopped before Future completed" in str(exc):
            return 0  # Qt quit from outside; saves are eager, nothing is lost
        raise
    finally:
        context.logs.close()
        if app.platformName() == "offscreen":
            # WORKAROUND: the offscreen platform crashes at exit if the clipboard still
            # owns data (smoke tests and headless runs use it; real desktops do not).
            app.clipboard().clear()
        lock.unlock()
