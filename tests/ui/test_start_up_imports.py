"""What the window loads before its first paint (benchmarks/: start-up and memory at rest)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr + result.stdout
    return result.stdout.strip()


def test_the_app_modules_load_with_plain_imports() -> None:
    """shiboken's import hook reads the source of every module imported under it
    (~6 MB kept in linecache at rest): it is gone before the app's own modules load,
    even when Qt was imported first (as qasync does)."""
    code = (
        "import builtins, linecache, gui, qasync\n"
        "assert builtins.__import__ is not gui.ORIGINAL_IMPORT  # shiboken wrapped it\n"
        "import gui.ui.app\n"
        "assert builtins.__import__ is gui.ORIGINAL_IMPORT\n"
        "mine = ('gui/__init__.py', 'gui/ui/plain_imports.py')  # read before it is undone\n"
        "read = sorted(f for f in linecache.cache if '/gui/' in f and not f.endswith(mine))\n"
        "print(read)\n"
    )
    assert run(code) == "[]"
