"""A writer killed with SIGKILL mid-save never leaves a damaged or missing conversation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.stress.kill_while_saving import run


@pytest.mark.timeout(240)
def test_sigkill_while_saving_loses_nothing_acknowledged(tmp_path: Path) -> None:
    """Twenty kills at random moments: every acknowledged save is intact, no file damaged."""
    summary = run(20, tmp_path, seed=20261126)
    assert summary.failures == []
    assert summary.iterations == 20
    assert summary.acknowledged_saves > 20  # the writer really was saving when killed
    assert summary.conversations >= 1
