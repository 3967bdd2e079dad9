"""Child-process probes; each prints one JSON line. Run as ``python -m benchmarks.probes NAME``."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

# Like `python -m gui`, import the package before PySide6: it keeps Python's own import
# function, which the app restores after PySide6 replaces it.
import gui  # noqa: F401
from benchmarks.rss import rss_mb

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def _children() -> list[tuple[str, list[str]]] | None:
    """This process's running children: pid and the ``/proc/PID/stat`` fields after the
    name (Linux; None elsewhere)."""
    try:
        pids = [p for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return None
    found = []
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == os.getpid():
            found.append((pid, fields))
    return found


def child_processes() -> int | None:
    """How many processes this one started that still run (Linux /proc; None elsewhere)."""
    children = _children()
    return None if children is None else len(children)


class Typesetter:
    """CPU seconds of the formula typesetter child (``--math-worker``), the app's own work.

    Found by one scan of /proc once it runs; after that only its stat file is read. The
    CPU this process spends looking (``spent``, a few ms a scan) is the probe's, not the
    app's: callers take it out of the app's figure.
    """

    def __init__(self) -> None:
        self.pid: str | None = None
        self.spent = 0.0

    def cpu(self) -> float:
        started = time.process_time()
        try:
            return self._cpu()
        finally:
            self.spent += time.process_time() - started

    def _find(self) -> None:
        for pid, _fields in _children() or []:
            with contextlib.suppress(OSError):
                if b"--math-worker" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    self.pid = pid
                    return

    def _cpu(self) -> float:
        if self.pid is None:
            self._find()
        if self.pid is None:
            return 0.0
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Heartbeat:
    """A 5 ms Qt timer: the longest gap between its beats is the UI thread's longest stall.

    ``counts(since)`` says whether the gap that began at ``since`` (``perf_counter``)
    counts (all do without it). With ``BENCH_STALLS`` set, each counted gap over 30 ms
    is printed to stderr as it ends.
    """

    INTERVAL_MS = 5
    STALL = 0.03

    def __init__(self, counts: Callable[[float], bool] | None = None) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.cpu_gaps: list[float] = []  # this thread's CPU time in each counted gap
        self.stalls: list[tuple[float, float]] = []  # (since start, gap) of gaps over 30 ms
        self.began = self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self._counts = counts
        self._timer = QTimer()
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        """Start from now: the first gap begins here, earlier ones are forgotten."""
        self.gaps.clear()
        self.cpu_gaps.clear()
        self.stalls.clear()
        self.began = self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def longest_ms(self) -> float:
        return max(self.gaps) * 1000 if self.gaps else 0.0

    @property
    def longest_cpu_ms(self) -> float:
        """The most CPU time the UI thread spent between two beats: the app's own share
        of its longest turn, which other jobs on a shared machine do not lengthen."""
        return max(self.cpu_gaps) * 1000 if self.cpu_gaps else 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        cpu = time.thread_time()
        gap = now - self.last
        if self._counts is None or self._counts(self.last):
            self.gaps.append(gap)
            self.cpu_gaps.append(cpu - self.last_cpu)
            if gap > self.STALL:
                self.stalls.append((now - self.began, gap))
                if os.environ.get("BENCH_STALLS"):
                    at = now - self.began
                    print(f"stall {1000 * gap:.0f} ms at {at:.2f} s (clock {now:.3f})",
                          file=sys.stderr, flush=True)  # fmt: skip
        self.last = now
        self.last_cpu = cpu


def qt_app(*, style: bool = False) -> Any:
    """The app's QApplication, made as ``run_gui`` makes it (the Qt environment first);
    with ``style``, the app's theme and window icon as at start-up."""
    from gui.ui import qt_environment

    app = qt_environment.application(sys.argv)
    if style:
        from gui.ui.app import apply_style

        apply_style(app)
    return app


def app_window(
    app: Any, data_dir: Path, env: dict[str, str] | None = None
) -> tuple[Any, asyncio.AbstractEventLoop, Any, Any]:
    """The app's services on ``data_dir`` (the key kept in memory), its loop, and its main
    window at 1200×800, built as ``run_gui`` builds them: context, loop, window, controller."""
    from gui.core.environment import AppPaths
    from gui.core.secrets import MemorySecretStore
    from gui.ui.app import build_context, build_window
    from gui.ui.qt_environment import install_loop

    context = build_context(AppPaths(data_dir), env or {}, secret_store=MemorySecretStore())
    loop = install_loop(app)
    window, controller = build_window(context, lambda: None)
    window.resize(1200, 800)
    return context, loop, window, controller


def record_paints(widget: Any, times: list[float]) -> None:
    """Append the ``perf_counter`` of each paint of ``widget`` to ``times`` from now on."""
    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                times.append(time.perf_counter())
            return False

    widget.installEventFilter(Painted(widget))


def emit(data: dict[str, Any]) -> None:
    print(json.dumps(data), flush=True)


def finish(loop: Any, context: Any) -> None:
    """Close the loop (and its worker threads) and the log file before exiting."""
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    asyncio.set_event_loop(None)
    context.logs.close()


def run_to_end(loop: Any, context: Any, main: Coroutine[Any, Any, dict[str, Any]]) -> None:
    """Run the probe's coroutine, close the loop and the log file, print its result."""
    result = loop.run_until_complete(main)
    finish(loop, context)
    emit(result)


# -- start-up -------------------------------------------------------------------------


def start_bare() -> None:
    """A bare PySide6 window: the baseline for start-up time.

    Both start-up probes take the time once the first frame is painted: a zero timer
    set at the window's first paint event runs after Qt has painted every widget of
    that frame and flushed it. Until 2026-12-02 they took it at the paint event itself,
    before the label's text was drawn: the bare window never loaded a font (Qt's font
    database, ~46 M instructions) while the app's layout had loaded them before its
    first paint event.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    label = QLabel("hello")

    def frame_painted() -> None:
        emit({"painted": time.time(), "rss_mb": rss_mb()})
        app.quit()

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if obj is label and event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, frame_painted)
            return False

    painted = Painted()
    label.installEventFilter(painted)
    label.resize(800, 600)
    label.show()
    app.exec()


def start_app() -> None:
    """The real window, built the way ``run_gui`` builds it, until its first frame is
    painted (as ``start_bare``)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from gui.core.environment import AppPaths
    from gui.ui.app import build_context, build_window, start
    from gui.ui.qt_environment import install_loop

    app = qt_app(style=True)
    data_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    context = build_context(AppPaths(data_dir), os.environ)
    loop = install_loop(app)
    result: dict[str, Any] = {}
    window, controller = build_window(context, lambda: None)

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint_event" not in result:
                result["paint_event"] = time.time()
                result["mcp_at_paint"] = "mcp" in sys.modules
                QTimer.singleShot(0, lambda: result.setdefault("painted", time.time()))
            return False

    painted = Painted()
    window.installEventFilter(painted)

    async def run() -> dict[str, Any]:
        window.show()
        while "painted" not in result:  # noqa: ASYNC110 - a Qt event filter sets it
            await asyncio.sleep(0.001)
        await start(context, controller, window)  # keyring probe, history, SDK warm-up
        result["ready"] = time.time()
        await asyncio.sleep(0.5)
        result["rss_mb"] = rss_mb()
        result["conversations"] = len(controller.conversations())
        result["mcp_at_rest"] = "mcp" in sys.modules
        result["children"] = child_processes()
        await window.shutdown()
        return result

    run_to_end(loop, context, run())


def start_real() -> None:
    """The app as ``python -m gui`` runs it, until it is at rest: ``start_real DATA_DIR``.

    ``gui.__main__.main`` in full (translations, the data folder's lock, the instance
    socket that later launches reach, the signal timer); only ``start`` is wrapped, to read
    the RSS 0.5 s after it finished and then close the window the normal way. The memory
    rows measure this rather than ``start_app``, which builds the window itself: until
    2026-12-01 the xcb row ran ``start_app``, which skipped the instance socket (then
    QtNetwork, 3 MB) and imported Qt before ``gui.ui``, so shiboken's import hook read the
    source of its first modules into ``linecache`` (1.5 MB the real app never held).
    """
    import gui.ui.app as app_module
    from gui.__main__ import main

    original = app_module.start
    result: dict[str, Any] = {}

    async def measured(context: Any, controller: Any, window: Any, *args: Any) -> None:
        await original(context, controller, window, *args)
        await asyncio.sleep(0.5)
        result["rss_mb"] = rss_mb()
        result["modules"] = len(sys.modules)
        result["key"] = bool(context.connection.env.api_key)
        window.close()

    app_module.start = measured  # type: ignore[assignment]
    result["exit_code"] = main(["--data-dir", sys.argv[2]])
    emit(result)


# -- streaming --------------------------------------------------------------------------


def stream_plain() -> None:
    """A plain openai client that consumes the stream and throws it away.

    ``stream_plain URL [tools]``: with ``tools`` the first reply is a tool call; the client
    sends the call and a result back and consumes the second reply too.
    """
    url = sys.argv[2]
    tools = "tools" in sys.argv[3:]
    from openai import AsyncOpenAI

    async def run() -> dict[str, Any]:
        client = AsyncOpenAI(api_key="sk-bench", base_url=url, max_retries=0)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        messages: list[Any] = [{"role": "user", "content": "go"}]
        chunks = 0
        for _round in range(2 if tools else 1):
            stream = await client.chat.completions.create(
                model="MiniMax-M2.7", messages=messages, stream=True
            )
            async for _chunk in stream:
                chunks += 1
            function = {"name": "add", "arguments": "{}"}
            call = {"id": "call-1", "type": "function", "function": function}
            messages += [
                {"role": "assistant", "content": "", "tool_calls": [call]},
                {"role": "tool", "tool_call_id": "call-1", "content": "5"},
            ]
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        await client.close()
        return {"cpu": cpu, "wall": wall, "chunks": chunks}

    emit(asyncio.run(run()))


def stream_app() -> None:
    """The whole app (window, controller, rendering, saving) receiving the same stream.

    ``stream_app URL [quiet] [tools]``: with ``quiet`` no heartbeat timer runs, so the CPU
    figure holds the app's own work only (the stall figure is then not measured). With
    ``tools`` the demo MCP server is configured (its ``add`` always allowed) and the server
    calls it first; one warm-up message runs a whole tool round before the measured one, as
    the first tool use of a session also starts the server and loads the MCP SDK. The CPU
    counts the app's process and its formula typesetter (a child), not the tool server.
    """
    url = sys.argv[2]
    quiet = "quiet" in sys.argv[3:]
    tools = "tools" in sys.argv[3:]
    from gui.ui.app import start

    app = qt_app(style=True)
    data_dir = Path(tempfile.mkdtemp())
    if os.environ.get("BENCH_RENDER_MS"):  # for experiments with the render interval
        (data_dir / "settings.json").write_text(
            json.dumps({"render_interval_ms": int(os.environ["BENCH_RENDER_MS"])}), "utf-8"
        )
    if tools:
        demo = Path(__file__).resolve().parents[1] / "tests" / "tools" / "servers" / "demo.py"
        server = {"command": sys.executable, "args": [str(demo)], "alwaysAllow": ["add"]}
        (data_dir / "mcp.json").write_text(json.dumps({"mcpServers": {"demo": server}}), "utf-8")
    env = {"OPENAI_BASE_URL": url, "OPENAI_API_KEY": "sk-api-bench-not-a-real-key"}
    context, loop, window, controller = app_window(app, data_dir, env)
    heartbeat = Heartbeat()

    async def run() -> dict[str, Any]:
        window.show()
        await start(context, controller, window)
        await asyncio.sleep(0.3)
        if tools:
            window.open_conversation(controller.new_conversation().id)
            window.send("warm up")
            await controller.wait_idle()
        conv = controller.new_conversation()
        window.open_conversation(conv.id)
        ended: list[float] = []
        controller.message_changed.connect(lambda *_: ended.append(time.time()))
        if not quiet:
            heartbeat.start()
        typesetter = Typesetter()
        cpu0, wall0, child0 = time.process_time(), time.perf_counter(), typesetter.cpu()
        window.send("go")
        await controller.wait_idle()
        saved_at = time.time()
        wall = time.perf_counter() - wall0
        # Formulas of the last lines may still be typeset and put on screen: that is this
        # reply's work too, so the figures run until the typesetter has been idle 0.3 s.
        seen, idle_since = typesetter.cpu(), time.perf_counter()
        while (
            typesetter.pid is not None  # no formula, no typesetter: nothing to wait for
            and time.perf_counter() - idle_since < 0.3
            and time.perf_counter() - wall0 < wall + 30
        ):
            await asyncio.sleep(0.05)
            now = typesetter.cpu()
            if now != seen:
                seen, idle_since = now, time.perf_counter()
                wall = idle_since - wall0
        child = seen - child0
        cpu = time.process_time() - cpu0 - typesetter.spent + child
        heartbeat.stop()
        path = data_dir / "conversations" / f"{conv.id}.json"
        messages = json.loads(path.read_text("utf-8"))["messages"]
        stored = messages[-1]
        await window.shutdown()
        return {
            "cpu": cpu,
            "wall": wall,
            "max_stall_ms": heartbeat.longest_ms,
            "saved_at": saved_at,
            "save_lag_ms": (saved_at - ended[-1]) * 1000 if ended else float("nan"),
            "status": stored["status"],
            "chars": len(stored["content"]),
            "typesetter_cpu": child,
            "messages": len(messages),
        }

    run_to_end(loop, context, run())


# -- rendering ---------------------------------------------------------------------------


def render_cost() -> None:
    """Cost of one streaming repaint (apply a frame of deltas + paint) at a given reply length.

    Uses the real chat view: a streaming answer inside the scrolling conversation.
    """
    from benchmarks.content import reply_text
    from gui.core.conversation import Conversation, Message, MessageStatus, Role
    from gui.core.progress import StreamPhase, StreamUpdate
    from gui.ui.widgets.chat_view import ChatView

    app = qt_app()
    results: dict[str, Any] = {}
    for size in (2_000, 200_000):
        text = reply_text(size + 40_000)
        conv = Conversation(title="bench")
        conv.messages.append(Message(role=Role.USER, content="go"))
        reply = Message(role=Role.ASSISTANT, status=MessageStatus.STREAMING)
        conv.messages.append(reply)
        view = ChatView()
        view.resize(800, 700)
        view.show()
        view.show_conversation(conv)
        view.begin_stream(reply.id, "")
        view.apply_update(
            reply.id, StreamUpdate(False, text[:size], False, "", StreamPhase.WRITING, 1.0)
        )
        app.processEvents()
        timings = []
        pos = size
        for _ in range(60):
            piece = text[pos : pos + 160]  # one frame: ~20 deltas of 8 characters
            pos += 160
            t0 = time.perf_counter()
            view.apply_update(
                reply.id, StreamUpdate(False, piece, False, "", StreamPhase.WRITING, 1.0)
            )
            app.processEvents()  # layout and the scroll-to-bottom, as the event loop would
            view.viewport().repaint()
            timings.append(time.perf_counter() - t0)
        timings.sort()
        results[str(size)] = timings[len(timings) // 2] * 1000
        view.close()
        view.deleteLater()
        app.processEvents()
    emit(results)


# -- conversations ------------------------------------------------------------------------


def open_long() -> None:
    """Open a 2,000-message conversation (~1 M characters) in the real window."""
    data_dir = Path(sys.argv[2])
    conv_id = sys.argv[3]
    from gui.ui.app import start

    app = qt_app()
    context, loop, window, controller = app_window(app, data_dir)
    painted: list[float] = []

    async def run() -> dict[str, Any]:
        window.show()
        await start(context, controller, window)
        other = controller.new_conversation()
        window.open_conversation(other.id)
        await asyncio.sleep(0.3)
        record_paints(window.chat.widget(), painted)  # the page covers the viewport
        t0 = time.perf_counter()
        window.open_conversation(conv_id)
        while not painted:  # noqa: ASYNC110 - a Qt event filter appends to it
            await asyncio.sleep(0)
        elapsed = painted[0] - t0
        # Scroll through the loaded page and measure the slowest frame.
        bar = window.chat.verticalScrollBar()
        worst = 0.0
        for value in range(bar.maximum(), 0, -max(1, bar.maximum() // 40)):
            s0 = time.perf_counter()
            bar.setValue(value)
            window.chat.viewport().repaint()
            worst = max(worst, time.perf_counter() - s0)
        result = {"open_ms": elapsed * 1000, "scroll_worst_ms": worst * 1000, "rss_mb": rss_mb()}
        await window.shutdown()
        return result

    run_to_end(loop, context, run())


def open_images() -> None:
    """Open a conversation with many images: first paint, then every thumbnail, with the
    longest gap of a 5 ms UI timer after the first paint."""
    data_dir = Path(sys.argv[2])
    conv_id = sys.argv[3]
    from gui.ui.app import start
    from gui.ui.widgets.attachment_strip import AttachmentChip

    app = qt_app()
    context, loop, window, controller = app_window(app, data_dir)
    painted: list[float] = []

    # only gaps that begin after the first paint: the opening itself is timed apart
    heartbeat = Heartbeat(lambda since: bool(painted) and since >= painted[0])

    def thumbnails() -> tuple[int, int]:
        chips = window.chat.findChildren(AttachmentChip)
        shown = sum(1 for chip in chips if not chip.picture.pixmap().isNull())
        return shown, len(chips)

    async def run() -> dict[str, Any]:
        window.show()
        await start(context, controller, window)
        other = controller.new_conversation()
        window.open_conversation(other.id)
        await asyncio.sleep(0.3)
        record_paints(window.chat.widget(), painted)  # the page covers the viewport
        heartbeat.start()
        t0 = heartbeat.began
        window.open_conversation(conv_id)
        while not painted:  # noqa: ASYNC110 - a Qt event filter appends to it
            await asyncio.sleep(0)
        elapsed = painted[0] - t0
        while True:
            shown, chips = thumbnails()
            if chips and shown == chips:
                break
            if time.perf_counter() - t0 > 120:
                raise RuntimeError(f"only {shown} of {chips} thumbnails after 120 s")
            await asyncio.sleep(0.005)
        ready = time.perf_counter() - t0
        heartbeat.stop()
        result = {
            "open_ms": elapsed * 1000,
            "thumbnails_ms": ready * 1000,
            "chips": chips,
            "stall_ms": heartbeat.longest_ms,
            # (ms after opening, gap ms) of each gap over 30 ms
            "stalls": [(round(1000 * at), round(1000 * gap)) for at, gap in heartbeat.stalls],
            "rss_mb": rss_mb(),
        }
        await window.shutdown()
        return result

    run_to_end(loop, context, run())


def many_start() -> None:
    """Start-up to a populated list with many conversation files, then search all messages."""
    data_dir = Path(sys.argv[2])
    from gui.core.environment import AppPaths
    from gui.core.secrets import MemorySecretStore
    from gui.ui.app import build_context, build_window, start
    from gui.ui.qt_environment import install_loop

    app = qt_app()
    loop = install_loop(app)
    t0 = time.perf_counter()
    context = build_context(AppPaths(data_dir), {}, secret_store=MemorySecretStore())
    window, controller = build_window(context, lambda: None)

    async def run() -> dict[str, Any]:
        window.show()
        await controller.load()
        await window.show_latest()
        listed = window.sidebar.model.rowCount()
        populated = time.perf_counter() - t0
        s0 = time.perf_counter()
        hits = await controller.search("zebra quokka")
        search = time.perf_counter() - s0
        result = {
            "populated_ms": populated * 1000,
            "listed": listed,
            "search_ms": search * 1000,
            "hits": len(hits),
            "rss_mb": rss_mb(),
        }
        _ = start  # the full start also warms the SDK; not part of "populated list"
        await window.shutdown()
        return result

    run_to_end(loop, context, run())


# -- pathological answers ------------------------------------------------------------------


def stall() -> None:
    """Longest UI-thread stall while one pathological answer is opened or streamed.

    ``stall CASE open``: show a conversation holding the answer in the real chat view.
    ``stall CASE stream``: stream it in, one 16 KB frame every 50 ms (the render
    throttle's pace, with ten times the text the app parses from a loopback stream),
    then finish it as the controller does.
    A 5 ms ``QTimer`` heartbeat measures the event loop's longest gap until the view
    has nothing left to lay out. As in the app, the Markdown code is warmed up and
    everything loaded is frozen for the garbage collector first, and full collections
    wait while the answer streams.
    """
    case, mode = sys.argv[2], sys.argv[3]
    import gc
    import threading

    from PySide6.QtCore import QTimer

    from benchmarks.content import PATHOLOGICAL
    from gui.core.conversation import Conversation, Message, MessageStatus, Role
    from gui.core.markdown import LexerLoader, warm_up
    from gui.ui.controller import StreamUpdate
    from gui.ui.widgets.chat_view import ChatView
    from gui.ui.widgets.message_widget import MessageWidget

    app = qt_app()
    warm_up()
    MessageWidget(Message(role=Role.ASSISTANT, content="x")).deleteLater()  # as the window does
    text = PATHOLOGICAL[case]()
    conv = Conversation(title="bench")
    conv.messages.append(Message(role=Role.USER, content="go"))
    reply = Message(role=Role.ASSISTANT, content=text, status=MessageStatus.COMPLETE)
    conv.messages.append(reply)
    lexers = LexerLoader()  # as the window does: load highlighters in a worker thread
    view = ChatView(lexer_ready=lexers.ready)
    view.code_language_seen.connect(
        lambda language: (
            lexers.should_load(language)
            and threading.Thread(target=lexers.load, args=(language,), daemon=True).start()
        )
    )
    view.resize(1000, 750)
    view.show()
    app.processEvents()
    frame = 16_000
    thresholds = gc.get_threshold()

    def busy() -> bool:
        widget = view.widget_for(reply.id)
        return widget is not None and bool(getattr(widget.body, "rendering", False))

    state = {"pos": 0, "done_at": 0.0}

    def stream_frame() -> None:
        pos = state["pos"]
        if pos == 0:
            gc.set_threshold(thresholds[0], thresholds[1], 1_000_000)
            reply.content = ""
            reply.status = MessageStatus.STREAMING
            view.show_conversation(conv)
        piece = text[pos : pos + frame]
        state["pos"] = pos + frame
        if piece:
            reply.content += piece
            view.apply_update(reply.id, StreamUpdate(False, piece, False, "", "writing", 1.0))
            QTimer.singleShot(50, stream_frame)
        else:
            reply.status = MessageStatus.COMPLETE
            view.message_finished(reply.id)
            gc.set_threshold(*thresholds)
            state["done_at"] = time.perf_counter()

    def open_chat() -> None:
        view.show_conversation(conv)
        state["done_at"] = time.perf_counter()

    gc.collect()
    gc.freeze()
    heartbeat = Heartbeat()
    # The first gap runs from here: it once began before the collection above, and every
    # case's figure held the probe's own 50 ms of gc.collect.
    heartbeat.start()
    QTimer.singleShot(20, open_chat if mode == "open" else stream_frame)
    while True:
        app.processEvents()
        time.sleep(0.001)
        done = state["done_at"]
        if done and not busy() and time.perf_counter() - done > 0.3:
            break
    heartbeat.stop()
    widget = view.widget_for(reply.id)
    emit(
        {
            "max_stall_ms": heartbeat.longest_ms,
            "max_turn_cpu_ms": heartbeat.longest_cpu_ms,
            "beats": len(heartbeat.gaps),
            "wall_s": time.perf_counter() - heartbeat.began,
            "shown_chars": len(widget.body.toPlainText()) if widget else 0,
        }
    )


def trim_stall() -> None:
    """Cut a long chat's context, as the warning's button does, in the real window.

    ``trim_stall DATA_DIR CONV_ID TURN``: opens the conversation, waits until it settles,
    then starts its context at user message number ``TURN`` (0 is the first), the divider
    to be scrolled into view. A 5 ms ``QTimer`` heartbeat measures the event loop's
    longest gap from the cut until the view has built what it builds for it and laid it
    out.
    """
    data_dir = Path(sys.argv[2])
    conv_id = sys.argv[3]
    turn = int(sys.argv[4])
    from PySide6.QtWidgets import QWidget

    from gui.core.conversation import Role
    from gui.ui.app import start

    app = qt_app()
    context, loop, window, controller = app_window(app, data_dir)

    async def run() -> dict[str, Any]:
        window.show()
        await start(context, controller, window)
        window.open_conversation(conv_id)
        await asyncio.sleep(0.5)
        conv = controller.get(conv_id)
        assert conv is not None
        start_id = [m for m in conv.messages if m.role is Role.USER][turn].id
        divider = window.chat.findChild(QWidget, "context-divider")
        shown_before = len(window.chat.findChildren(QWidget, "user-message"))
        heartbeat = Heartbeat()
        heartbeat.start()
        t0 = heartbeat.began
        window.context_trim.start_at(start_id, reveal=True)
        await asyncio.sleep(0.05)
        while getattr(window.chat, "_reveal", None) is not None:  # building toward it
            if time.perf_counter() - t0 > 60:
                raise RuntimeError("the divider was not revealed within 60 s")
            await asyncio.sleep(0.005)
        built = time.perf_counter() - t0
        await asyncio.sleep(0.3)  # what the cut left to lay out
        heartbeat.stop()
        result = {
            "max_stall_ms": heartbeat.longest_ms,
            "built_ms": built * 1000,
            "divider_shown": divider.isVisible() and not divider.visibleRegion().isEmpty(),
            "user_messages_built": len(window.chat.findChildren(QWidget, "user-message"))
            - shown_before,
            "messages": len(conv.messages),
        }
        await window.shutdown()
        return result

    run_to_end(loop, context, run())


# -- Enter to the wire, and memory over many chats ------------------------------------------


def enter_to_wire() -> None:
    """From Enter in the composer to the request's headers reaching the server.

    ``enter_to_wire DATA_DIR CONV_ID URL ARRIVALS``: opens the conversation in the real
    window (after the SDK client is built, as it is a moment after start-up), types a
    message, presses Enter and reads the server's arrival stamp for that request.
    """
    data_dir, conv_id, url, arrivals = sys.argv[2], sys.argv[3], sys.argv[4], Path(sys.argv[5])
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from gui.ui.app import start

    app = qt_app(style=True)
    env = {"OPENAI_BASE_URL": url, "OPENAI_API_KEY": "sk-api-bench-not-a-real-key"}
    context, loop, window, controller = app_window(app, Path(data_dir), env)

    def stamps() -> list[str]:
        return arrivals.read_text().split() if arrivals.exists() else []

    async def run() -> dict[str, Any]:
        window.show()
        await start(context, controller, window)
        window.open_conversation(conv_id)
        await asyncio.sleep(0.5)
        before = len(stamps())
        window.composer.edit.setPlainText("One more question about the code above?")
        window.composer.edit.setFocus()
        cpu0 = time.process_time()
        pressed = time.time()
        QTest.keyClick(window.composer.edit, Qt.Key.Key_Return)
        while len(stamps()) <= before:  # noqa: ASYNC110 - another process writes it
            await asyncio.sleep(0.001)
        arrived = float(stamps()[before])
        cpu = time.process_time() - cpu0
        await controller.wait_idle()
        await window.shutdown()
        return {"enter_to_wire_ms": (arrived - pressed) * 1000, "cpu_ms": cpu * 1000}

    run_to_end(loop, context, run())


def chats_memory() -> None:
    """Resident memory after opening and leaving many long chats one after another.

    ``chats_memory DATA_DIR``: opens every conversation of the folder in turn in the real
    window, lets each paint, then a new empty chat; RSS after the first and after the last
    (after a garbage collection, as the app's idle time would run one).
    """
    data_dir = Path(sys.argv[2])
    import gc

    from gui.ui.app import start

    app = qt_app()
    context, loop, window, controller = app_window(app, data_dir)

    async def settle() -> float:
        for _ in range(20):
            await asyncio.sleep(0.01)
        gc.collect()
        await asyncio.sleep(0.05)
        return rss_mb()

    async def run() -> dict[str, Any]:
        window.show()
        await start(context, controller, window)
        ids = [entry.id for entry in controller.conversations()]
        blank = controller.new_conversation()
        window.open_conversation(blank.id)
        rss: list[float] = []
        for conv_id in ids:
            window.open_conversation(conv_id)
            await settle()
            window.open_conversation(blank.id)
            rss.append(await settle())
        await window.shutdown()
        return {"first_mb": rss[0], "last_mb": rss[-1], "chats": len(ids), "rss": rss}

    run_to_end(loop, context, run())


PROBES = {
    "enter_to_wire": enter_to_wire,
    "chats_memory": chats_memory,
    "start_bare": start_bare,
    "start_app": start_app,
    "start_real": start_real,
    "stream_plain": stream_plain,
    "stream_app": stream_app,
    "render_cost": render_cost,
    "open_long": open_long,
    "open_images": open_images,
    "many_start": many_start,
    "stall": stall,
    "trim_stall": trim_stall,
}

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    PROBES[sys.argv[1]]()
