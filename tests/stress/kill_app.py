"""Crash-safety stress on the real program: SIGKILL ``python -m gui`` while it answers.

``python -m tests.stress.kill_app --iterations 50`` prints a summary. Each round starts the
app (offscreen) on one data folder with a new question, lets the loopback server stream
a long answer slowly, and kills the app with SIGKILL at a random moment, before, during or
after its 2-second checkpoints. After every kill the folder must hold no damaged file,
every conversation ever found saved must still be there with its question, and each
saved reply must be a checkpoint of the answer (its text a prefix of what was sent).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.fakes import wire
from tests.fakes.keys import fake_key
from tests.fakes.minimax_server import FakeMiniMax, Reply

ROOT = Path(__file__).resolve().parents[2]
ANSWER = "".join(f"Sentence {n} of a long answer. " for n in range(4000))


@dataclass
class Tally:
    rounds: int = 0
    saved: set[str] = field(default_factory=set)  # questions found on disk after their round
    replies_seen: int = 0  # rounds whose reply had been checkpointed before the kill
    failures: list[str] = field(default_factory=list)


def launch(data_dir: Path, base_url: str, question: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "OPENAI_BASE_URL": base_url,
            "OPENAI_API_KEY": fake_key("stress-0123456789"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
    )
    return subprocess.Popen(
        [sys.executable, "-m", "gui", "--data-dir", str(data_dir), "--message", question],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def check(data_dir: Path, asked: list[str], tally: Tally) -> None:
    """Every file parses, nothing was set aside, no question once saved is missing.

    A round's own question may be missing: the kill can come before the app has started
    or sent it (the app takes one to two seconds to start here)."""
    from gui.core.storage import ConversationStore

    folder = data_dir / "conversations"
    damaged = [p.name for p in folder.glob("*damaged*")] if folder.is_dir() else []
    if damaged:
        tally.failures.append(f"round {tally.rounds}: damaged files {damaged}")
    result = ConversationStore(data_dir, read_only=True).load_all()
    if result.problems:
        tally.failures.append(f"round {tally.rounds}: {result.problems}")
    questions = {}
    for conv in result.conversations:
        if conv.messages:
            questions[conv.messages[0].content] = conv
    for number, question in enumerate(asked):
        conv = questions.get(question)
        if conv is None:
            if question in tally.saved:
                tally.failures.append(f"round {tally.rounds}: lost “{question}”")
            continue
        tally.saved.add(question)
        replies = [m for m in conv.messages[1:] if m.role.value == "assistant"]
        for reply in replies:
            if not ANSWER.startswith(reply.content):
                tally.failures.append(f"round {tally.rounds}: reply to “{question}” garbled")
        if number == len(asked) - 1 and replies and replies[0].content:
            tally.replies_seen += 1


def run(
    iterations: int,
    seed: int,
    data_dir: Path | None = None,
    kill_after: tuple[float, float] = (0.5, 5.0),
) -> Tally:
    """``kill_after``: the range (seconds after launch) the kill is drawn from."""
    rng = random.Random(seed)
    server = FakeMiniMax().start()
    server.default = Reply(events=wire.split_stream("Thinking.", ANSWER, size=40), delay=0.002)
    tally = Tally()
    asked: list[str] = []
    root = data_dir or Path(tempfile.mkdtemp(prefix="kill-app-"))
    try:
        for _ in range(iterations):
            tally.rounds += 1
            question = f"Question {tally.rounds}: {rng.random():.6f}"
            asked.append(question)
            process = launch(root, server.base_url, question)
            time.sleep(rng.uniform(*kill_after))
            process.send_signal(signal.SIGKILL)
            process.wait()
            check(root, asked, tally)
    finally:
        server.stop()
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--iterations", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    tally = run(args.iterations, args.seed)
    seconds = time.monotonic() - started
    print(
        json.dumps(
            {
                "kills": tally.rounds,
                "seconds": round(seconds),
                "questions_saved": len(tally.saved),
                "rounds_with_a_saved_partial_reply": tally.replies_seen,
                "failures": tally.failures,
            }
        )
    )
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
