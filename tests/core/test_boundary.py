"""The core stays Qt-free; the UI reaches the network and keyring only through the core."""

from __future__ import annotations

import ast
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_core_imports_no_qt() -> None:
    """Importing every gui.core module pulls in neither PySide6 nor qasync."""
    code = (
        "import pkgutil, importlib, sys, gui.core as c\n"
        "mods = [m.name for m in pkgutil.walk_packages(c.__path__, 'gui.core.')]\n"
        "assert len(mods) >= 10, mods\n"
        "for m in mods: importlib.import_module(m)\n"
        "qt = {'PySide6', 'qasync', 'shiboken6'}\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in qt)\n"
        "sys.exit(', '.join(bad) or None)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_ui_does_not_import_transport_or_keyring() -> None:
    """gui.ui reaches openai/httpx2/keyring only through gui.core."""
    banned = {"openai", "httpx", "httpx2", "keyring"}
    checked = 0
    for path in (ROOT / "gui" / "ui").rglob("*.py"):
        checked += 1
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                roots = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                roots = {(node.module or "").split(".")[0]}
            else:
                continue
            assert not roots & banned, f"{path}:{node.lineno} imports {roots & banned}"
    assert checked >= 5


def test_keyring_libraries_stay_out_of_the_app_process() -> None:
    """The app, started and probing the keyring, never loads keyring or its crypto itself.

    Each keyring call runs in a child process (gui.core.keyring_helper); loading these
    here would keep ~11 MB resident for the whole session.
    """
    code = (
        "import pkgutil, importlib, sys, gui.core as c, gui.ui.app\n"
        "for m in pkgutil.walk_packages(c.__path__, 'gui.core.'): importlib.import_module(m.name)\n"
        "from gui.core.secrets import KeyringSecretStore, probe_keyring\n"
        "status = probe_keyring(read=('MiniMax Chat (boundary test)', 'china'))\n"
        "assert not status.usable, status\n"
        "heavy = {'keyring', 'secretstorage', 'cryptography', 'jeepney', 'importlib_metadata'}\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in heavy)\n"
        "sys.exit(', '.join(bad) or None)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr + result.stdout
