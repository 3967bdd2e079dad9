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


@pytest.mark.timeout(60)
def test_second_instance_on_the_same_data_folder_is_refused(
    tmp_path: Path, fake_minimax: FakeMiniMax
) -> None:
    """Two windows never write the same files: the second one stops with a message."""
    first = launch(tmp_path, fake_minimax.base_url)
    try:
        wait_for(lambda: (tmp_path / "app.lock").exists())
        second = launch(tmp_path, fake_minimax.base_url)
        time.sleep(3)  # the refusal is printed, then a dialog waits for a click
        second.kill()
        _out, second_err = second.communicate()
    finally:
        code, err = finish(first)
    assert "already running with this data folder" in second_err
    log = (tmp_path / "logs" / "minimax-chat.log").read_text("utf-8")
    assert log.count("MiniMax Chat starting") == 1  # the second one never got going
    assert code == 0, err


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
