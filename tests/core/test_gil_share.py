"""Work run gently in a worker thread gives its result and leaves the thread as it was."""

from __future__ import annotations

import sys
import threading

import pytest

from gui.core.gil_share import run_gently


def _in_thread(job):  # type: ignore[no-untyped-def]
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = job()
        except Exception as error:  # handed back to the test
            box["error"] = error
        box["profile"] = sys.getprofile()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return box


def test_gentle_work_returns_its_result_and_removes_its_hook() -> None:
    def work() -> int:
        return sum(len(str(n)) for n in range(200_000))  # long enough to pause many times

    box = _in_thread(lambda: run_gently(work))
    assert box["result"] == work()
    assert box["profile"] is None


def test_gentle_work_that_fails_raises_and_removes_its_hook() -> None:
    def work() -> None:
        raise ValueError("no such lexer")

    box = _in_thread(lambda: run_gently(work))
    assert isinstance(box["error"], ValueError)
    assert box["profile"] is None


def test_gentle_work_leaves_the_calling_threads_own_profiler_in_place() -> None:
    calls: list[str] = []

    def mine(_frame, event, _arg):  # type: ignore[no-untyped-def]
        calls.append(event)

    def job() -> object:
        sys.setprofile(mine)
        run_gently(lambda: 1)
        restored = sys.getprofile()
        sys.setprofile(None)
        return restored

    assert _in_thread(job)["result"] is mine


def test_the_thread_that_draws_keeps_no_hook() -> None:
    run_gently(lambda: None)
    assert sys.getprofile() is None
    with pytest.raises(KeyError):
        run_gently(lambda: {}["x"])
    assert sys.getprofile() is None
