"""Run every benchmark and print one table: ``python -m benchmarks [--quick] [--json FILE]``.

Each figure is the median of several runs and, where a budget is relative, is compared
with a baseline measured in the same run on the same machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


@dataclass
class Row:
    name: str
    value: float
    unit: str
    budget: str
    baseline: float | None = None
    ratio: float | None = None
    ok: bool = True
    low: float | None = None  # the fastest and slowest run, where the spread matters
    high: float | None = None
    ratio_low: float | None = None  # the lowest and highest run-by-run ratio
    ratio_high: float | None = None


def probe(
    name: str,
    *args: str,
    env: dict[str, str] | None = None,
    prefix: tuple[str, ...] = (),
    module: str = "benchmarks.probes",
) -> dict[str, Any]:
    """Run one probe in a fresh interpreter and return its JSON line (``module`` runs
    with ``name`` as its first argument; an empty ``name`` passes only ``args``)."""
    full_env = dict(os.environ)
    full_env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    full_env.update(env or {})
    result = subprocess.run(
        [*prefix, sys.executable, "-m", module, *([name] if name else []), *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"probe {name} failed:\n{result.stderr[-3000:]}")
    data: dict[str, Any] = json.loads(lines[-1])
    return data


def timed_launch(name: str, *args: str) -> tuple[float, dict[str, Any]]:
    """Seconds from process launch to the probe's first paint."""
    launched = time.time()
    data = probe(name, *args)
    return data["painted"] - launched, data


def compile_app() -> None:
    """Write the app's bytecode (``__pycache__``) before anything is measured.

    An installed app runs from bytecode: pip compiles it at install, the frozen bundle
    holds only bytecode, and a checkout writes its ``__pycache__`` on the first run.
    Without this, the first probe of a changed tree (or every probe, where
    ``PYTHONDONTWRITEBYTECODE`` is set) compiled the app's ~100 modules from source
    (~90 ms of start-up), which the bare PySide6 baseline, compiled at install, never pays.
    """
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "gui"), str(ROOT / "benchmarks")],
        check=True,
    )


def median(values: list[float]) -> float:
    return statistics.median(values)


def paired_ratio(values: list[float], baselines: list[float]) -> float:
    """The median of run-by-run ratios: each run is compared with the baseline measured
    just before it, which cancels the slow and fast spells of a shared machine."""
    return median(ratios(values, baselines))


def ratios(values: list[float], baselines: list[float]) -> list[float]:
    return [value / base for value, base in zip(values, baselines, strict=True)]


def spread(row: Row, values: list[float], baselines: list[float] | None = None) -> Row:
    """Add the fastest and slowest run (and run-by-run ratio) to a row."""
    row.low, row.high = min(values), max(values)
    if baselines is not None:
        each = ratios(values, baselines)
        row.ratio_low, row.ratio_high = min(each), max(each)
    return row


class StreamServer:
    """``benchmarks.stream_server`` in its own process (its CPU never counts)."""

    def __init__(self, *args: str) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="bench-server-"))
        self.arrivals = self.folder / "arrivals.txt"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.stream_server", "--stamp",
             str(self.folder / "last-byte.txt"), "--arrivals", str(self.arrivals), *args],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()

    def close(self) -> None:
        self.process.terminate()
        self.process.wait()


def bench_startup(runs: int) -> list[Row]:
    bare, app_runs, rss = [], [], []
    data_dir = Path(tempfile.mkdtemp(prefix="bench-start-"))
    for _ in range(runs):  # alternate, so a slow spell of the machine hits both alike
        bare.append(timed_launch("start_bare")[0])
        seconds, data = timed_launch("start_app", str(data_dir))
        app_runs.append(seconds)
        rss.append(data["rss_mb"])
    base, app = median(bare), median(app_runs)
    ratio = paired_ratio(app_runs, bare)
    return [
        spread(Row("cold start: window painted", app * 1000, "ms", "≤ 2× bare",
                   base * 1000, ratio, ratio <= 2),
               [a * 1000 for a in app_runs], [b * 1000 for b in bare]),
        spread(Row("memory at rest (SDK loaded, offscreen)", median(rss), "MB", "≤ 120 MB",
                   ok=median(rss) <= 120), rss),
    ]  # fmt: skip


def bench_memory_xcb(runs: int) -> list[Row]:
    """Resident memory at rest under a real X server (xcb), through ``xvfb-run -a``: the
    app as ``python -m gui`` runs it (``start_real``), on its first run (no key: the welcome
    dialog is open) and with a key (the SDK's client built, the model list fetched from the
    loopback server), the state most users are in. Each row's baseline is its floor
    (``benchmarks.memory_floor``): a bare PySide6 window of the same size with qasync and
    the SDK imported (and, for the row with a key, an SDK client that listed the models
    from the same server), under the same X server."""
    server = StreamServer()
    key = {"OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": "sk-api-bench-not-a-real-key"}
    xcb = {"QT_QPA_PLATFORM": "xcb"}
    first: tuple[list[float], list[float]] = ([], [])  # the app's runs, its floor's
    keyed: tuple[list[float], list[float]] = ([], [])
    try:
        for _ in range(runs):
            for (values, floor), extra in ((first, {}), (keyed, key)):
                data_dir = tempfile.mkdtemp(prefix="bench-xcb-")
                data = probe("start_real", data_dir, env={**xcb, **extra},
                             prefix=("xvfb-run", "-a"))  # fmt: skip
                assert data["key"] == bool(extra), data
                values.append(data["rss_mb"])
                client = (server.url,) if extra else ()
                data = probe("", "qasync", "openai", *client, env=xcb, prefix=("xvfb-run", "-a"),
                             module="benchmarks.memory_floor")  # fmt: skip
                floor.append(data["rss_mb"])
    finally:
        server.close()
    return [
        spread(Row(f"memory at rest (SDK loaded, xcb, {name})", median(values), "MB",
                   "≤ 110 MB", baseline=median(floor), ok=median(values) <= 110), values)
        for name, (values, floor) in (("first run", first), ("with a key", keyed))
    ]  # fmt: skip


def bench_tools_idle(runs: int) -> list[Row]:
    """Two MCP servers configured but unused: no MCP import before the first paint, no
    server started, and resident memory at rest as without them (issue 13)."""
    plain = Path(tempfile.mkdtemp(prefix="bench-notools-"))
    tools = Path(tempfile.mkdtemp(prefix="bench-tools-"))
    demo = str(ROOT / "tests" / "tools" / "servers" / "demo.py")
    servers = {
        "demo": {"command": sys.executable, "args": [demo]},
        "time": {"command": "uvx", "args": ["mcp-server-time"], "alwaysAllow": ["get_time"]},
    }
    (tools / "mcp.json").write_text(json.dumps({"mcpServers": servers}), "utf-8")
    without, with_tools, imported, started = [], [], [], []
    for _ in range(runs):  # alternate, so a slow spell of the machine hits both alike
        without.append(probe("start_app", str(plain))["rss_mb"])
        data = probe("start_app", str(tools))
        with_tools.append(data["rss_mb"])
        imported.append(bool(data["mcp_at_paint"] or data["mcp_at_rest"]))
        started.append(data["children"] or 0)
    extra = median(with_tools) - median(without)
    return [
        Row("2 MCP servers configured, unused: mcp imported (at paint or rest)",
            sum(imported), "runs", "0", ok=not any(imported)),
        Row("  servers started at rest", max(started), "processes", "0", ok=max(started) == 0),
        spread(Row("  memory at rest vs no mcp.json", median(with_tools), "MB", "≤ +2 MB",
                   median(without), ok=extra <= 2), with_tools),
    ]  # fmt: skip


@dataclass(frozen=True)
class PacedKind:
    """One kind of real-pace answer: the stream server's flags, the probes' flags, what the
    row's name adds, and how many messages the chat must end with (None: not checked)."""

    server: tuple[str, ...] = ()
    probe: tuple[str, ...] = ()
    label: str = ""
    messages: int | None = None


PACED = {
    "": PacedKind(),  # Markdown with code and a table
    "math": PacedKind(server=("--math",), label=", formulas"),  # a proof full of formulas
    # bold words, code spans, links and numbered steps, which render as they arrive
    "markup": PacedKind(server=("--markup",), label=", inline Markdown"),
    # a tool call first, run by the demo MCP server, then the answer: question, call,
    # result, answer
    "tools": PacedKind(("--tool-round",), ("tools",), ", a tool round", messages=4),
}


def bench_paced(runs: int, kind: str = "") -> list[Row]:
    """An answer at MiniMax's real pace: 30 events a second for about 12 s (``kind``: a
    key of ``PACED``)."""
    paced = PACED[kind]
    server = StreamServer(
        "--chars", "2300", "--reasoning-chars", "600", "--pace", "30", *paced.server
    )
    try:
        plain, apps = [], []
        for _ in range(runs):  # alternate, so a slow spell of the machine hits both alike
            plain.append(probe("stream_plain", server.url, *paced.probe))
            data = probe("stream_app", server.url, "quiet", *paced.probe)
            if data["status"] != "complete":
                raise RuntimeError(f"the streamed reply ended as {data['status']}")
            if paced.messages is not None and data["messages"] != paced.messages:
                raise RuntimeError(
                    f"the chat ended with {data['messages']} messages, not {paced.messages}"
                )
            apps.append(data)
    finally:
        server.close()
    cpu = [a["cpu"] * 1000 for a in apps]
    base = [p["cpu"] * 1000 for p in plain]
    share = [100 * a["cpu"] / a["wall"] for a in apps]
    ratio = paired_ratio(cpu, base)
    return [
        spread(Row(f"real pace (30 events/s, 12 s{paced.label}): CPU", median(cpu), "ms",
                   "≤ 2× plain openai client", median(base), ratio, ratio <= 2), cpu, base),
        spread(Row("  share of one core while it streams", median(share), "%", "≤ 5 %",
                   ok=median(share) <= 5), share),
    ]  # fmt: skip


def bench_enter(runs: int) -> list[Row]:
    """Enter to the request's headers at the server, with a 2,000-message chat open."""
    from benchmarks.datasets import long_conversation, write_long
    from gui.core.storage import ConversationStore

    long_root = Path(tempfile.mkdtemp(prefix="bench-enter-long-"))
    long_id = write_long(long_root)
    short_root = Path(tempfile.mkdtemp(prefix="bench-enter-short-"))
    short = long_conversation(messages=4, chars=2_000)
    ConversationStore(short_root).save(short)
    server = StreamServer("--chars", "2000", "--reasoning-chars", "200")
    try:
        longs, shorts = [], []
        for _ in range(runs):
            args = (server.url, str(server.arrivals))
            shorts.append(probe("enter_to_wire", str(short_root), short.id, *args))
            longs.append(probe("enter_to_wire", str(long_root), long_id, *args))
    finally:
        server.close()
    value = [r["enter_to_wire_ms"] for r in longs]
    base = [r["enter_to_wire_ms"] for r in shorts]
    return [
        spread(Row("Enter to wire, 2,000-message chat", median(value), "ms", "≤ 100 ms",
                   median(base), paired_ratio(value, base), max(value) <= 100), value, base),
    ]  # fmt: skip


def bench_chats_memory(runs: int, chats: int) -> list[Row]:
    """Open and leave ``chats`` long conversations in turn: memory must not pile up."""
    from benchmarks.datasets import long_conversation
    from gui.core.storage import ConversationStore

    root = Path(tempfile.mkdtemp(prefix="bench-chats-"))
    store = ConversationStore(root)
    for _ in range(chats):
        store.save(long_conversation(messages=400, chars=200_000))
    grown = []
    for _ in range(runs):
        data = probe("chats_memory", str(root))
        grown.append(data["last_mb"] - data["first_mb"])
    value = median(grown)
    return [
        spread(Row(f"memory growth over {chats} long chats", value, "MB", "≤ 20 MB",
                   ok=max(grown) <= 20), grown),
    ]  # fmt: skip


def bench_streaming(runs: int, chars: int, math: bool = False) -> list[Row]:
    stamp = Path(tempfile.mkdtemp(prefix="bench-stream-")) / "last-byte.txt"
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.stream_server", "--chars", str(chars),
         "--stamp", str(stamp), *(["--math"] if math else [])],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        plain, apps = [], []
        for _ in range(runs):  # alternate, so a slow spell of the machine hits both alike
            plain.append(probe("stream_plain", url)["cpu"])
            data = probe("stream_app", url)
            if data["status"] != "complete":
                raise RuntimeError(f"the streamed reply ended as {data['status']}")
            apps.append(data)
    finally:
        server.terminate()
        server.wait()
    base = median(plain)
    cpu = median([a["cpu"] for a in apps])
    stall = median([a["max_stall_ms"] for a in apps])
    lag = median([a["save_lag_ms"] for a in apps])
    ratio = paired_ratio([a["cpu"] for a in apps], plain)
    runs_ms = [a["cpu"] * 1000 for a in apps]
    each = ratios([a["cpu"] for a in apps], plain)
    kind = "math-heavy stream" if math else "stream"
    return [
        spread(Row(f"{kind} {chars // 1000}k chars / 8-char deltas: CPU", cpu * 1000, "ms",
                   "≤ 1.5× median, every run ≤ 2×", base * 1000, ratio,
                   ratio <= 1.5 and max(each) <= 2), runs_ms, [p * 1000 for p in plain]),
        Row("  longest UI stall while streaming", stall, "ms", "≤ 50 ms", ok=stall <= 50),
        Row("  saved complete after last byte", lag, "ms", "≤ 200 ms", ok=lag <= 200),
    ]  # fmt: skip


def bench_attach(runs: int) -> list[Row]:
    """Paste a 12-megapixel photo and attach a 200-page PDF (benchmarks/attach_probe.py)."""
    results = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-m", "benchmarks.attach_probe"],
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if result.returncode != 0 or not lines:
            raise RuntimeError(f"attach probe failed:\n{result.stderr[-3000:]}")
        results.append(json.loads(lines[-1]))
    stall = median([r["max_stall_ms"] for r in results])
    ready = median([r["ready_s"] for r in results])
    return [
        Row("paste 12 MP photo + 200-page PDF: longest UI stall", stall, "ms", "≤ 50 ms",
            ok=stall <= 50),
        Row("  both in the composer (thumbnail shown)", ready * 1000, "ms", "(figure only)"),
    ]  # fmt: skip


def bench_render(runs: int) -> list[Row]:
    small, large = [], []
    for _ in range(runs):
        data = probe("render_cost")
        small.append(data["2000"])
        large.append(data["200000"])
    base, value = median(small), median(large)
    ratio = value / base
    return [
        Row("repaint cost at 200k chars", value, "ms", "≤ 2× cost at 2k chars", base, ratio,
            ratio <= 2),
    ]  # fmt: skip


def bench_long(runs: int) -> list[Row]:
    from benchmarks.datasets import write_long

    root = Path(tempfile.mkdtemp(prefix="bench-long-"))
    conv_id = write_long(root)
    results = [probe("open_long", str(root), conv_id) for _ in range(runs)]
    open_ms = median([r["open_ms"] for r in results])
    scroll = median([r["scroll_worst_ms"] for r in results])
    rss = median([r["rss_mb"] for r in results])
    return [
        Row("open 2,000-message conversation", open_ms, "ms", "≤ 300 ms", ok=open_ms <= 300),
        Row("  slowest scroll frame", scroll, "ms", "smooth (≤ 16 ms)", ok=scroll <= 16),
        Row("  resident memory", rss, "MB", "≤ 300 MB", ok=rss <= 300),
    ]


def bench_images(runs: int, count: int = 50) -> list[Row]:
    """Open a chat with ``count`` images (benchmarks/datasets.py:write_images)."""
    from benchmarks.datasets import write_images

    root = Path(tempfile.mkdtemp(prefix="bench-images-"))
    conv_id = write_images(root, count)
    results = [probe("open_images", str(root), conv_id) for _ in range(runs)]
    open_ms = median([r["open_ms"] for r in results])
    ready = median([r["thumbnails_ms"] for r in results])
    stall = median([r["stall_ms"] for r in results])
    return [
        spread(Row(f"open a chat with {count} images", open_ms, "ms", "≤ 300 ms",
                   ok=open_ms <= 300), [r["open_ms"] for r in results]),
        Row(f"  all thumbnails shown ({results[0]['chips']} chips)", ready, "ms", "(recorded)"),
        Row("  longest UI stall after the first paint", stall, "ms", "(recorded)"),
    ]  # fmt: skip


def bench_many(runs: int, count: int) -> list[Row]:
    from benchmarks.datasets import write_many

    root = Path(tempfile.mkdtemp(prefix="bench-many-"))
    write_many(root, count)
    first = probe("many_start", str(root))  # builds any cache; later runs reuse it
    results = [probe("many_start", str(root)) for _ in range(runs)]
    populated = median([r["populated_ms"] for r in results])
    search = median([r["search_ms"] for r in results])
    if first["listed"] != count or results[0]["hits"] != 1:
        raise RuntimeError(f"listed {first['listed']} of {count}, search hits {results[0]['hits']}")
    return [
        Row(f"start-up with {count:,} conversations", populated, "ms", "≤ 1000 ms",
            first["populated_ms"], populated / first["populated_ms"], populated <= 1000),
        Row("  search across all messages", search, "ms", "≤ 500 ms", ok=search <= 500),
    ]  # fmt: skip


def bench_save(runs: int) -> list[Row]:
    from benchmarks.datasets import long_conversation
    from gui.core.storage import ConversationStore

    conv = long_conversation()
    root = Path(tempfile.mkdtemp(prefix="bench-save-"))
    store = ConversationStore(root)
    raw_path = root / "raw.json"
    saves, raws = [], []
    for _ in range(max(5, runs * 2)):
        t0 = time.perf_counter()
        store.save(conv)
        saves.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        raw_path.write_text(json.dumps(conv.to_dict()), "utf-8")
        raws.append(time.perf_counter() - t0)
    value, base = median(saves) * 1000, median(raws) * 1000
    return [
        Row("save 2,000-message conversation", value, "ms", "≤ 50 ms", base, value / base,
            value <= 50),
    ]  # fmt: skip


def bench_stalls(runs: int) -> list[Row]:
    from benchmarks.content import PATHOLOGICAL

    rows = []
    for case in PATHOLOGICAL:
        for mode, verb in (("open", "opening"), ("stream", "streaming")):
            stalls = [probe("stall", case, mode)["max_stall_ms"] for _ in range(runs)]
            rows.append(
                Row(f"stall {verb} {case}", median(stalls), "ms", "≤ 50 ms (every run)",
                    ok=max(stalls) <= 50, low=min(stalls), high=max(stalls))
            )  # fmt: skip
    rows.extend(trim_stall_rows(runs))
    return rows


def trim_stall_rows(runs: int, messages: int = 600) -> list[Row]:
    """Cut a ``messages``-message chat's context, divider revealed: at its second turn,
    and 35 turns (70 messages, within the view's reveal limit) above the first page."""
    import shutil

    from benchmarks.datasets import long_conversation
    from gui.core.storage import ConversationStore

    source = Path(tempfile.mkdtemp(prefix="bench-trim-"))
    conv = long_conversation(messages, messages * 500)
    ConversationStore(source).save(conv)
    rows = []
    for turn, where in ((1, "far back (turn 2)"), (messages // 2 - 42, "35 turns up")):
        stalls = []
        for _ in range(runs):
            root = Path(tempfile.mkdtemp(prefix="bench-trim-run-"))
            shutil.copytree(source, root, dirs_exist_ok=True)  # each run cuts a fresh copy
            stalls.append(probe("trim_stall", str(root), conv.id, str(turn))["max_stall_ms"])
        rows.append(
            Row(f"stall cutting {messages} messages {where}", median(stalls), "ms",
                "≤ 50 ms (every run)", ok=max(stalls) <= 50, low=min(stalls), high=max(stalls))
        )  # fmt: skip
    return rows


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next(
                (line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")),
                cpu,
            )
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def print_table(rows: list[Row]) -> None:
    header = (
        f"{'benchmark':44} {'value':>11} {'min–max':>17} {'baseline':>11} {'ratio (min–max)':>21}  "
        f"{'budget':26} ok"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        base = f"{row.baseline:,.1f}" if row.baseline is not None else ""
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else ""
        if row.ratio_low is not None and row.ratio_high is not None:
            ratio = f"{ratio} ({row.ratio_low:.2f}–{row.ratio_high:.2f})"
        value = f"{row.value:,.1f} {row.unit}"
        runs = f"{row.low:,.1f}–{row.high:,.1f}" if row.low is not None else ""
        mark = "✓" if row.ok else "✗"
        print(
            f"{row.name:44} {value:>11} {runs:>17} {base:>11} {ratio:>21}  {row.budget:26} {mark}"
        )


# Every suite by its --only name, in the order a full run takes them: (runs, quick) -> rows.
SUITES: dict[str, Callable[[int, bool], list[Row]]] = {
    "startup": lambda runs, quick: bench_startup(runs),
    "xcb": lambda runs, quick: bench_memory_xcb(max(3, runs - 2)),
    "paced": lambda runs, quick: bench_paced(runs),
    "paced-math": lambda runs, quick: bench_paced(runs, "math"),
    "paced-tools": lambda runs, quick: bench_paced(runs, "tools"),
    "paced-markup": lambda runs, quick: bench_paced(runs, "markup"),
    "enter": lambda runs, quick: bench_enter(runs),
    "chats": lambda runs, quick: bench_chats_memory(max(1, runs - 2), 50),
    "streaming": lambda runs, quick: bench_streaming(runs, 200_000),
    "math": lambda runs, quick: bench_streaming(runs, 50_000, math=True),
    "render": lambda runs, quick: bench_render(runs),
    "long": lambda runs, quick: bench_long(max(3, runs - 2)),
    "many": lambda runs, quick: bench_many(3, 2_000 if quick else 10_000),
    "save": lambda runs, quick: bench_save(runs),
    "stalls": lambda runs, quick: bench_stalls(3),  # ~1 minute per run
    "attach": lambda runs, quick: bench_attach(3),
    "tools-idle": lambda runs, quick: bench_tools_idle(runs),
    "images": lambda runs, quick: bench_images(3),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller data")
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    parser.add_argument(
        "--from-source",
        action="store_true",
        help="do not write the app's bytecode first (every import compiles where "
        "PYTHONDONTWRITEBYTECODE is set)",
    )
    parser.add_argument("--only", help="comma-separated: " + ",".join(SUITES))
    args = parser.parse_args()
    runs = 3 if args.quick else 5
    chosen = args.only.split(",") if args.only else list(SUITES)
    print(f"Machine: {machine()}")
    if not args.from_source:
        compile_app()
    rows: list[Row] = []
    for name in chosen:
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            rows.extend(SUITES[name](runs, args.quick))
        except Exception as exc:  # one broken suite must not hide the others' figures
            print(f"{name} failed: {exc}", file=sys.stderr)
            rows.append(
                Row(f"{name}: FAILED ({type(exc).__name__})", float("nan"), "", "", ok=False)
            )
    print()
    print_table(rows)
    if args.json:
        args.json.write_text(
            json.dumps({"machine": machine(), "rows": [r.__dict__ for r in rows]}, indent=1)
        )
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
