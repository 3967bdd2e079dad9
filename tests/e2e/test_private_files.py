"""The real program keeps its data folder private: every folder 0700, every file 0600."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_app_process import BAD_OUTPUT, finish, launch, wait_for
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply


def answered(root: Path, answer: str) -> bool:
    """Whether a conversation file holds ``answer`` as a complete reply."""
    for path in (root / "conversations").glob("*.json"):
        try:
            messages = json.loads(path.read_text("utf-8"))["messages"]
        except (ValueError, KeyError, OSError):
            continue
        if any(m.get("content") == answer and m.get("status") == "complete" for m in messages):
            return True
    return False


def not_private(root: Path) -> dict[str, str]:
    wrong = {}
    for path in [root, *root.rglob("*")]:
        mode = path.lstat().st_mode & 0o777
        if mode != (0o700 if path.is_dir() else 0o600):
            wrong[str(path.relative_to(root))] = oct(mode)
    return wrong


@pytest.mark.timeout(120)
def test_two_real_runs_leave_only_private_files(tmp_path: Path, fake_minimax: FakeMiniMax) -> None:
    """Checked while the app runs (lock file, index -wal/-shm, log), on a first and a later run."""
    root = tmp_path / "data"
    for run in range(2):
        fake_minimax.push(Reply(events=wire.split_stream("Thinking.", f"Answer {run}.")))
        process = launch(root, fake_minimax.base_url, "--message", f"Question {run}")
        try:
            answer = f"Answer {run}."
            wait_for(
                lambda answer=answer: (
                    answered(root, answer) and (root / "cache" / "index.sqlite3-wal").exists()
                )
            )
            wrong = not_private(root)
        finally:
            code, err = finish(process)
        assert wrong == {}, f"run {run + 1}"
        assert code == 0, err
        for bad in BAD_OUTPUT:
            assert bad not in err, err
