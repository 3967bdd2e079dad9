"""Importing the tool package must not import the mcp SDK (about 0.65 s): only starting does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_gui_core_tools_does_not_import_mcp() -> None:
    code = (
        "import sys, pkgutil, importlib, gui.core.tools as t\n"
        "for m in pkgutil.iter_modules(t.__path__):\n"
        "    importlib.import_module('gui.core.tools.' + m.name)\n"
        "heavy = ('mcp', 'mcp.', 'mcp_types', 'jsonschema', 'httpx2', 'anyio')\n"
        "bad = sorted(n for n in sys.modules if n.startswith(heavy))\n"
        "print(bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_app_and_its_tool_loop_do_not_import_mcp() -> None:
    """The composition root, the controller and the loop load no MCP code until a chat
    with servers sends its first message."""
    code = (
        "import sys, gui.ui.app, gui.ui.controller, gui.core.tool_round, gui.core.tools.service\n"
        "heavy = ('mcp', 'mcp.', 'mcp_types', 'jsonschema', 'anyio')\n"
        "print(sorted(n for n in sys.modules if n.startswith(heavy)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
