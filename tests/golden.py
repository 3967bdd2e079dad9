"""Golden-file comparison; ``UPDATE_GOLDEN=1 pytest …`` rewrites the files instead."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"


def check_golden(name: str, actual: str) -> None:
    """Compare ``actual`` with ``tests/data/golden/<name>`` byte for byte."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        pytest.skip(f"golden file {name} rewritten")
    assert path.is_file(), f"missing golden file {path}; run with UPDATE_GOLDEN=1 to create it"
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, f"{name} differs from its golden file (UPDATE_GOLDEN=1 rewrites)"
