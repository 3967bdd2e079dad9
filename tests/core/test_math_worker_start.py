"""The typesetter child starts without running modules it never uses, which still work."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str, stdin: str = "") -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.split("\n")


def test_the_child_typesets_without_running_urllib_request() -> None:
    request = {"id": 1, "tex": r"\frac{a}{b}", "display": False, "color": "currentColor"}
    code = (
        "import sys\n"
        "from gui.core.math_worker import serve\n"
        "serve()\n"
        "print('http.client' in sys.modules, 'urllib.request' in sys.modules)\n"
    )
    reply, loaded, _end = run(code, json.dumps({**request, "size": 16.0}) + "\n")
    assert json.loads(reply)["svg"].startswith("<svg")
    assert loaded == "False True"  # there, its code not run (nor http.client's, ssl's…)


def test_a_module_loaded_when_used_works_when_used() -> None:
    code = (
        "import sys\n"
        "from gui.core.math_worker import load_when_used\n"
        "load_when_used('urllib.request')\n"
        "import xml.sax.saxutils\n"
        "import urllib.request\n"
        "print('http.client' in sys.modules)\n"
        "from urllib.request import Request\n"
        "print(Request('http://127.0.0.1/x').full_url, 'http.client' in sys.modules)\n"
        "print(xml.sax.saxutils.urllib.request.urlopen is urllib.request.urlopen)\n"
        "print(type(sys.modules['urllib.request']).__name__)\n"
    )
    assert run(code)[:4] == ["False", "http://127.0.0.1/x True", "True", "module"]


def test_the_child_runs_none_of_the_modules_it_loads_when_used() -> None:
    formulas = [
        (r"\sum_{k=1}^{11} k^2 = \frac{11(11+1)(2 \cdot 11+1)}{6}", True),
        (r"\begin{pmatrix} 14 & 1 \\ 0 & 14 \end{pmatrix}", False),
        (r"\text{Wave} + \mathfrak{g} + \left( \frac{a}{b} \right)", True),
    ]
    lines = "".join(
        json.dumps({"id": i, "tex": tex, "display": d, "color": "currentColor", "size": 16.0})
        + "\n"
        for i, (tex, d) in enumerate(formulas)
    )
    code = (
        "import sys\n"
        "from gui.core.math_worker import LOADED_WHEN_USED, serve\n"
        "serve()\n"
        "print(sorted(n for n in LOADED_WHEN_USED if type(sys.modules.get(n)).__name__ "
        "!= '_RunWhenUsed'))\n"
    )
    *replies, ran, _end = run(code, lines)
    assert [json.loads(r)["svg"].startswith("<svg") for r in replies] == [True] * 3
    assert ran == "[]"


def test_a_font_found_with_tempfile_loaded_when_used_still_reads() -> None:
    code = (
        "import sys\n"
        "from gui.core.math_worker import LOADED_WHEN_USED, load_when_used\n"
        "for name in LOADED_WHEN_USED: load_when_used(name)\n"
        "import importlib.resources, tempfile\n"
        "with importlib.resources.path('ziamath.fonts', 'STIXTwoMath-Regular.ttf') as p:\n"
        "    print(p.exists(), type(sys.modules['tempfile']).__name__)\n"
        "fd, name = tempfile.mkstemp()\n"
        "import os; os.close(fd); os.remove(name)\n"
        "print(type(sys.modules['tempfile']).__name__)\n"
    )
    assert run(code)[:2] == ["True _RunWhenUsed", "module"]
