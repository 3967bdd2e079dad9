"""A server's stderr: only its end is kept, however much it writes."""

from __future__ import annotations

import subprocess
import sys

from gui.core.tools.stderr_tail import StderrTail


def test_only_the_end_is_kept() -> None:
    tail = StderrTail(limit=16)
    tail.writer.write("x" * 100_000 + "\nthe real reason")
    tail.writer.flush()
    text = tail.text(wait=5)
    assert text.endswith("the real reason") and len(text) <= 16


def test_a_child_writes_into_it() -> None:
    tail = StderrTail(limit=64)
    code = "import sys; sys.stderr.write('noise ' * 50000 + 'cannot start: no token')"
    subprocess.run([sys.executable, "-c", code], stderr=tail.writer, check=True)
    assert tail.text(wait=5).endswith("cannot start: no token")
