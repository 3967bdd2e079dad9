"""``minimax-chat --attach``: the real program, started with files, and handing them over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_app_process import (
    BAD_OUTPUT,
    ROOT,
    assistant,
    conversation,
    finish,
    hand_over,
    launch,
    wait_for,
)
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.fakes.pdf import make_pdf


@pytest.mark.timeout(120)
def test_attach_at_start_and_from_a_second_launch(
    tmp_path: Path, fake_minimax: FakeMiniMax
) -> None:
    """The first launch sends its --attach file with --message; a second launch's relative
    --attach path reaches the running app (hand-over version 2) and is sent the same way."""
    notes = tmp_path / "notes.txt"
    notes.write_text("Remember the milk.\n", encoding="utf-8")
    paper = ROOT / "paper-for-attach-test.pdf"  # a relative path, from the launch's own folder
    paper.write_bytes(make_pdf(["Lemma two"]))
    data = tmp_path / "data"
    fake_minimax.push(
        Reply(events=wire.split_stream("Reading.", "Milk.")),
        Reply(events=wire.split_stream("Reading.", "Lemma.")),
    )
    first = launch(data, fake_minimax.base_url, "--attach", str(notes), "--message", "Summarise")
    try:
        wait_for(lambda: (assistant(conversation(data)) or {}).get("status") == "complete")
        second = hand_over(
            data, fake_minimax.base_url, "--attach", paper.name, "--message", "And this?"
        )
        assert second.returncode == 0, second.stderr
        wait_for(lambda: len(fake_minimax.chat_requests()) == 2)
        wait_for(lambda: len(list((data / "conversations").glob("*.json"))) == 2)
    finally:
        code, err = finish(first)
        paper.unlink()
    one, two = (r["messages"] for r in fake_minimax.chat_requests())
    assert one == [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Summarise"},
                {"type": "text", "text": "File: notes.txt\n\nRemember the milk.\n"},
            ],
        }
    ]
    assert two[0]["content"][1] == {
        "type": "text",
        "text": "File: paper-for-attach-test.pdf (PDF, 1 pages, text layer)\n\n[page 1]\nLemma two",
    }
    assert code == 0, err
    for bad in BAD_OUTPUT:
        assert bad not in err, err


def without_display(data: Path, base_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    """A launch from a terminal that has no display (a login over SSH, say)."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(
        {"OPENAI_BASE_URL": base_url, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    )
    return subprocess.run(
        [sys.executable, "-m", "gui", "--data-dir", str(data), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.timeout(120)
def test_a_launch_without_a_display_hands_its_files_to_the_open_app(
    tmp_path: Path, fake_minimax: FakeMiniMax
) -> None:
    """It needs no window of its own to hand over: it aborted in Qt ("could not connect to
    display", exit 134, with advice to reinstall)."""
    notes = tmp_path / "notes.txt"
    notes.write_text("Remember the milk.\n", encoding="utf-8")
    data = tmp_path / "data"
    fake_minimax.push(Reply(events=wire.split_stream("Reading.", "Milk.")))
    first = launch(data, fake_minimax.base_url)
    try:
        wait_for(lambda: (data / "app.lock").exists())
        second = without_display(
            data, fake_minimax.base_url, "--attach", str(notes), "--message", "Summarise"
        )
        assert second.returncode == 0, second.stderr
        assert "switched to its window" in second.stderr
        wait_for(lambda: len(fake_minimax.chat_requests()) == 1)
    finally:
        finish(first)
    (request,) = fake_minimax.chat_requests()
    assert request["messages"][0]["content"][1]["text"].startswith("File: notes.txt")


def test_a_launch_without_a_display_and_no_open_app_says_so(
    tmp_path: Path, fake_minimax: FakeMiniMax
) -> None:
    done = without_display(tmp_path / "data", fake_minimax.base_url)
    assert done.returncode == 1, done.stderr
    assert "no display" in done.stderr
    assert "Reinstalling" not in done.stderr
