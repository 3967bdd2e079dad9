"""Start-up of the frozen app: ``python -m benchmarks.frozen_startup [--runs 5] [--source]``.

Launches ``dist/MiniMaxChat/MiniMaxChat`` (build it first: ``./scripts/build.sh``) under a
private Xvfb display, each time with the page cache dropped (when running as root) and a
new data folder, and measures the time from ``exec`` until X reports the "MiniMax Chat"
window viewable (polled with ``xdotool`` every 10 ms). Prints one row per launch and the
median; ``--source`` adds the same measurement for ``python -m gui`` for comparison.
Needs Xvfb and xdotool.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BINARY = ROOT / "dist" / "MiniMaxChat" / "MiniMaxChat"
BUDGET_S = 1.5
TIMEOUT_S = 30.0


def drop_caches() -> bool:
    """Empty the page cache so each launch reads the bundle from disk (root only)."""
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A private Xvfb on a display number it picks itself (no races with other servers)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


def window_visible(display: str) -> bool:
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "^MiniMax Chat"],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
    )
    return bool(result.stdout.strip())


def launch(command: list[str], display: str, cold: bool) -> float:
    """Seconds from exec to a viewable window, for one fresh launch."""
    data_dir = Path(tempfile.mkdtemp(prefix="bench-frozen-"))
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env.update(
        {
            "DISPLAY": display,
            "OPENAI_API_KEY": "sk-bench-not-a-key",  # no first-run Settings dialog
            "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",  # nothing is ever sent
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
    )
    if cold:
        drop_caches()
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        while not window_visible(display):
            if process.poll() is not None:
                raise RuntimeError(f"the app exited: {process.stderr.read().decode()[-2000:]}")
            if time.perf_counter() - started > TIMEOUT_S:
                raise RuntimeError("no window within 30 s")
            time.sleep(0.01)
        return time.perf_counter() - started
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(data_dir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--binary", type=Path, default=BINARY)
    parser.add_argument("--source", action="store_true", help="also time `python -m gui`")
    parser.add_argument("--warm", action="store_true", help="do not drop the page cache")
    args = parser.parse_args(argv)
    if not args.binary.is_file():
        sys.exit(f"{args.binary} is missing: build it with ./scripts/build.sh")
    cold = not args.warm and drop_caches()
    kinds = {"frozen": [str(args.binary)]}
    if args.source:
        kinds["source"] = [sys.executable, "-m", "gui"]
    server, display = start_xvfb()
    try:
        launch(kinds["frozen"], display, cold=False)  # a first run to settle the X server
        results: dict[str, list[float]] = {kind: [] for kind in kinds}
        for _ in range(args.runs):
            for kind, command in kinds.items():
                results[kind].append(launch(command, display, cold))
    finally:
        server.terminate()
        server.wait()

    cache = "page cache dropped before each launch" if cold else "warm page cache"
    print(f"Time to the 'MiniMax Chat' window ({args.runs} launches, {cache}, Xvfb)")
    header = "| launch | " + " | ".join(f"{kind} (s)" for kind in results) + " |"
    print(header)
    print("|" + "---|" * (len(results) + 1))
    for i in range(args.runs):
        print(f"| {i + 1} | " + " | ".join(f"{results[k][i]:.2f}" for k in results) + " |")
    medians = {kind: statistics.median(values) for kind, values in results.items()}
    print("| **median** | " + " | ".join(f"**{m:.2f}**" for m in medians.values()) + " |")
    verdict = "within" if medians["frozen"] <= BUDGET_S else "OVER"
    print(f"frozen median {medians['frozen']:.2f} s: {verdict} the {BUDGET_S} s budget")
    return 0 if medians["frozen"] <= BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
