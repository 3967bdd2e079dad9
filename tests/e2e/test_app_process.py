"""The real program (``python -m gui``) in its own process against the loopback server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.fakes import wire
from tests.fakes.keys import fake_key
from tests.fakes.minimax_server import FakeMiniMax, Reply

ROOT = Path(__file__).resolve().parents[2]
KEY = fake_key("E2E-process-key-0123456789")
BAD_OUTPUT = ("Traceback", "Event loop is closed", "Task exception was never retrieved")


def launch(data_dir: Path, base_url: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "OPENAI_BASE_URL": base_url,
            "OPENAI_API_KEY": KEY,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PYTHONFAULTHANDLER": "1",
        }
    )
    return subprocess.Popen(
        [sys.executable, "-m", "gui", "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def conversation(data_dir: Path) -> dict[str, Any] | None:
    files = list((data_dir / "conversations").glob("*.json"))
    if not files:
        return None
    try:
        data: dict[str, Any] = json.loads(files[0].read_text("utf-8"))
    except ValueError:
        return None
    return data


def wait_for(predicate: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)
    try:
        _out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
        raise AssertionError(f"the app did not exit after SIGTERM:\n{err}") from None
    return process.returncode, err


def assistant(data: dict[str, Any] | None) -> dict[str, Any] | None:
    if not data or len(data["messages"]) < 2:
        return None
    message: dict[str, Any] = data["messages"][1]
    return message


@pytest.mark.timeout(90)
def test_reply_is_saved_complete_and_app_exits_cleanly(
    tmp_path: Path, fake_minimax: FakeMiniMax
) -> None:
    """A message sent at start streams to completion; SIGTERM then closes without errors."""
    fake_minimax.push(Reply(events=wire.split_stream("Reasoning here.", "The full answer.")))
    process = launch(tmp_path, fake_minimax.base_url, "--message", "Hello from the test")
    try:
        wait_for(lambda: (assistant(conversation(tmp_path)) or {}).get("status") == "complete")
    finally:
        code, err = finish(process)
    reply = assistant(conversation(tmp_path))
    assert reply is not None
    assert (reply["content"], reply["reasoning"]) == ("The full answer.", "Reasoning here.")
    assert code == 0, err
    for bad in BAD_OUTPUT:
        assert bad not in err, err
    request = fake_minimax.chat_requests()[0]
    assert request["messages"] == [{"role": "user", "content": "Hello from the test"}]


@pytest.mark.timeout(90)
def test_terminating_mid_stream_keeps_the_partial_reply(
    tmp_path: Path, fake_minimax: FakeMiniMax
) -> None:
    """Closing while an answer streams saves what arrived, marked stopped, and exits cleanly."""
    events = wire.split_stream("Thinking for a while.", "word " * 2000, size=5)
    fake_minimax.push(Reply(events=events, delay=0.01))
    process = launch(tmp_path, fake_minimax.base_url, "--message", "Write a lot")
    try:
        # The app checkpoints a streaming reply every two seconds.
        wait_for(lambda: len((assistant(conversation(tmp_path)) or {}).get("content", "")) > 20)
    finally:
        code, err = finish(process)
    reply = assistant(conversation(tmp_path))
    assert reply is not None
    assert reply["status"] == "stopped"
    assert reply["reasoning"] == "Thinking for a while."
    assert 20 < len(reply["content"]) < len("word " * 2000)
    assert code == 0, err
    for bad in BAD_OUTPUT:
        assert bad not in err, err
    assert KEY not in "".join(p.read_text("utf-8", "replace") for p in tmp_path.rglob("*.*"))


def launches_logged(data_dir: Path) -> int:
    return (
        (data_dir / "logs" / "minimax-chat.log").read_text("utf-8").count("MiniMax Chat starting")
    )


def hand_over(data_dir: Path, base_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    """A second launch on ``data_dir``; it must end by itself."""
    second = launch(data_dir, base_url, *args)
    try:
        out, err = second.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        second.kill()
        out, err = second.communicate()
        raise AssertionError(f"the second launch did not end by itself:\n{err}") from None
    return subprocess.CompletedProcess(second.args, second.returncode, out, err)


@pytest.mark.timeout(120)
def test_second_launch_hands_over_to_the_running_app_and_exits(
    tmp_path: Path, fake_minimax: FakeMiniMax
) -> None:
    """One app, one window: a second launch passes its --message on and exits 0 at once."""
    fake_minimax.push(Reply(events=wire.split_stream("Handed over.", "Answer via the first.")))
    first = launch(tmp_path, fake_minimax.base_url)
    try:
        wait_for(lambda: (tmp_path / "app.lock").exists())
        second = hand_over(tmp_path, fake_minimax.base_url, "--message", "Sent by the second")
        assert second.returncode == 0, second.stderr
        assert "switched to its window" in second.stderr
        wait_for(lambda: (assistant(conversation(tmp_path)) or {}).get("status") == "complete")
        again = hand_over(tmp_path, fake_minimax.base_url)  # no message: just show the window
        assert again.returncode == 0, again.stderr
    finally:
        code, err = finish(first)
    reply = assistant(conversation(tmp_path))
    assert reply is not None and reply["content"] == "Answer via the first."
    assert [r["messages"] for r in fake_minimax.chat_requests()] == [
        [{"role": "user", "content": "Sent by the second"}]
    ]
    assert launches_logged(tmp_path) == 1, "the second launch never got going"
    assert len(list((tmp_path / "conversations").glob("*.json"))) == 1
    assert code == 0, err
    for bad in BAD_OUTPUT:
        assert bad not in err + second.stderr, err + second.stderr


@pytest.mark.timeout(120)
@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP to hang the app")
def test_second_launch_beside_a_hung_app_says_so_and_writes_nothing(
    tmp_path: Path, fake_minimax: FakeMiniMax
) -> None:
    """A running app that does not answer is reported; the second launch touches nothing."""
    first = launch(tmp_path, fake_minimax.base_url)
    try:
        wait_for(lambda: (tmp_path / "app.lock").exists())
        assert hand_over(tmp_path, fake_minimax.base_url).returncode == 0  # listening now
        first.send_signal(signal.SIGSTOP)
        try:
            before = snapshot(tmp_path)
            second = launch(tmp_path, fake_minimax.base_url, "--message", "lost?")
            wait_for(lambda: second.poll() is not None or said(second, "does not answer"))
            second.kill()
            _out, rest = second.communicate()
            second_err = _said.get(second.pid, "") + rest
            after = snapshot(tmp_path)
        finally:
            first.send_signal(signal.SIGCONT)
    finally:
        code, err = finish(first)
    assert "does not answer" in second_err, second_err
    assert str(tmp_path) in second_err
    assert after == before, "the second launch wrote beside the running app"
    assert fake_minimax.chat_requests() == []
    assert code == 0, err


def snapshot(folder: Path) -> list[tuple[str, int, int]]:
    return sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*"))


_said: dict[int, str] = {}


def said(process: subprocess.Popen[str], text: str) -> bool:
    """Whether ``process`` printed ``text`` on stderr yet (reads without blocking)."""
    import selectors

    assert process.stderr is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stderr, selectors.EVENT_READ)
        while selector.select(timeout=0):
            chunk = os.read(process.stderr.fileno(), 65536).decode("utf-8", "replace")
            if not chunk:
                break
            _said[process.pid] = _said.get(process.pid, "") + chunk
    return text in _said.get(process.pid, "")


@pytest.mark.timeout(120)
def test_a_dead_apps_lock_and_socket_are_taken_over(
    tmp_path: Path, fake_minimax: FakeMiniMax
) -> None:
    """After a crash (SIGKILL) the next launch starts normally and listens again."""
    first = launch(tmp_path, fake_minimax.base_url)
    wait_for(lambda: (tmp_path / "app.lock").exists())
    assert hand_over(tmp_path, fake_minimax.base_url).returncode == 0  # it listens
    first.kill()
    first.communicate()
    fake_minimax.push(Reply(events=wire.split_stream("Back.", "Started again.")))
    second = launch(tmp_path, fake_minimax.base_url, "--message", "after the crash")
    try:
        wait_for(lambda: (assistant(conversation(tmp_path)) or {}).get("status") == "complete")
        third = hand_over(tmp_path, fake_minimax.base_url)
        assert third.returncode == 0, third.stderr
    finally:
        code, err = finish(second)
    assert code == 0, err
    assert launches_logged(tmp_path) == 2


@pytest.mark.timeout(120)
def test_killing_the_app_mid_answer_loses_nothing_saved(tmp_path: Path) -> None:
    """SIGKILL the real app at random moments while it answers (a short run of the stress
    script ``python -m tests.stress.kill_app``): no damaged file, no lost conversation."""
    from tests.stress.kill_app import run

    # Late enough that the app (1-2 s to start here) has sent its question most times.
    tally = run(iterations=3, seed=7, data_dir=tmp_path, kill_after=(2.5, 6.0))
    assert tally.failures == []
    assert tally.rounds == 3
    assert tally.saved  # at least one round got as far as saving its question
