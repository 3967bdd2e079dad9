"""Crash-safety stress: SIGKILL a process that saves conversations non-stop, again and again.

``python -m tests.stress.kill_while_saving --iterations 200`` prints a summary. After
every kill, a fresh store must load every conversation whose save had been
acknowledged, at least as long as acknowledged, with no damaged file at all.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


async def _writer(root: Path) -> None:
    """The child: edit and save conversations as fast as possible, through the app's saver."""
    from gui.core.conversation import Conversation, Message, Role
    from gui.core.saver import SaveQueue
    from gui.core.storage import ConversationStore

    store = ConversationStore(root)
    loaded = store.load_all()
    if loaded.problems:
        print("PROBLEM " + " | ".join(loaded.problems), flush=True)
    queue = SaveQueue(store, lambda text: print(f"ERROR {text}", flush=True))
    conversations = loaded.conversations
    rng = random.Random(os.getpid())
    print("READY", flush=True)
    while True:
        if len(conversations) < 25 and (not conversations or rng.random() < 0.15):
            conversations.append(Conversation(title=f"stress {len(conversations)}"))
        conv = rng.choice(conversations)
        role = Role.USER if len(conv.messages) % 2 == 0 else Role.ASSISTANT
        text = "界 word " * rng.randint(10, 4000)  # up to ~32 KB per message
        conv.messages.append(Message(role=role, content=text))
        conv.touch()
        await queue.save(conv)
        print(f"SAVED {conv.id} {len(conv.messages)}", flush=True)


@dataclass
class Summary:
    iterations: int = 0
    acknowledged_saves: int = 0
    conversations: int = 0
    failures: list[str] = field(default_factory=list)


def run(iterations: int, root: Path, seed: int = 1) -> Summary:
    """Kill the writer ``iterations`` times at random moments and check the folder each time."""
    from gui.core.storage import ConversationStore

    rng = random.Random(seed)
    acknowledged: dict[str, int] = {}
    summary = Summary()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for iteration in range(iterations):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.stress.kill_while_saving", "--child", str(root)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        ready = child.stdout.readline().strip()
        if ready != "READY":
            summary.failures.append(f"iteration {iteration}: writer said {ready!r}")
        deadline = time.monotonic() + rng.uniform(0.02, 0.5)
        while time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        for line in out.splitlines():
            if line.startswith("SAVED "):
                _tag, conv_id, count = line.split()
                acknowledged[conv_id] = max(acknowledged.get(conv_id, 0), int(count))
                summary.acknowledged_saves += 1
            elif line.startswith(("ERROR", "PROBLEM")):
                summary.failures.append(f"iteration {iteration}: {line}")
        result = ConversationStore(root).load_all()
        for problem in result.problems:
            summary.failures.append(f"iteration {iteration}: {problem}")
        on_disk = {c.id: len(c.messages) for c in result.conversations}
        for conv_id, count in acknowledged.items():
            if on_disk.get(conv_id, -1) < count:
                summary.failures.append(
                    f"iteration {iteration}: {conv_id} has {on_disk.get(conv_id)} messages, "
                    f"{count} were saved"
                )
        summary.iterations += 1
        summary.conversations = len(on_disk)
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        asyncio.run(_writer(args.child))
        return 0
    root = Path(tempfile.mkdtemp(prefix="kill-stress-"))
    started = time.monotonic()
    summary = run(args.iterations, root)
    print(
        f"{summary.iterations} kills in {time.monotonic() - started:.0f} s; "
        f"{summary.acknowledged_saves} acknowledged saves; {summary.conversations} "
        f"conversations on disk; {len(summary.failures)} failures"
    )
    for failure in summary.failures[:20]:
        print("  " + failure)
    return 1 if summary.failures else 0


if __name__ == "__main__":
    sys.exit(main())
