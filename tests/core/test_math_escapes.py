"""The stand-in for ziamath's unescaping makes exactly the library's replacements."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from gui.core import math_escapes
from gui.core.math_escapes import EXTRA, library_pattern, unescape
from gui.core.math_svg import _ziamath

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def ziamath() -> None:
    _ziamath()  # imported as the app imports it


TRICKY = [
    "&alpha;", "&Alpha;&beta;", "&amp;", "&lt;mi&gt;", "&alpha", "alpha;", "&&alpha;;",
    "&a==b;", "&x:=y;", "&al pha;", "&;", "&frac12;", "&InvisibleTimes;x",
    "a := b", ":==", "===", "!==", "!=!=", r"\*=", r"\\*==", "&==;", "&!=;",
    "<mo>-</mo>", "<mn>-1</mn>", "<mo form='prefix'> - </mo>", "&ThickSpace;&thinsp;",
]  # fmt: skip


@cache
def library() -> tuple[dict[str, str], re.Pattern[str]]:
    escapes = math_escapes._table()
    return escapes, library_pattern(escapes)


def library_unescape(xmlstr: str) -> str:
    """ziamath 0.13's ``escapes.unescape``, with its own pattern."""
    escapes, pattern = library()
    xml = pattern.sub(lambda match: escapes[match[0]], xmlstr)
    xml = re.sub(r"<mn.*>\s*-", "<mn>−", xml)
    return re.sub(r"<mo.*>\s*-\s*</mo>", "<mo> − </mo>", xml)


@cache
def samples() -> list[str]:
    keys = list(math_escapes._table())
    rng = random.Random(14)
    texts = list(TRICKY) + [f"x{key}y" for key in keys] + ["".join(keys[:300])]
    alphabet = "&;:=!\\*aZ9 <>-"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(4000)]
    texts += [rng.choice(keys)[:-1] + rng.choice(["", ";", "=", "&"]) for _ in range(500)]
    from ziamath.tex import tex2mml

    from tests.core.test_math_rows import FORMULAS

    texts += [tex2mml(tex, inline=inline) for tex in FORMULAS for inline in (False, True)]
    return texts


def test_the_same_replacements_as_the_library() -> None:
    texts = samples()
    assert [unescape(t) for t in texts] == [library_unescape(t) for t in texts]
    assert set(EXTRA) <= set(math_escapes._table())


def test_a_looser_pattern_would_be_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """``&[^;]*;`` would swallow an operator pair inside an unknown entity."""
    monkeypatch.setattr(math_escapes, "_replace", None)
    monkeypatch.setattr(math_escapes, "FAST", r"&[^;]*;|:=|\\\*=|==|!=")
    texts = samples()
    assert [unescape(t) for t in texts] != [library_unescape(t) for t in texts]


def test_the_typesetter_uses_it_without_compiling_the_big_pattern() -> None:
    code = (
        "import re, sys\n"
        "compiled = []\n"
        "plain = re.compile\n"
        "re.compile = lambda p, f=0: compiled.append(len(str(p))) or plain(p, f)\n"
        "from gui.core.math_svg import _ziamath, tex_to_svg\n"
        "zm = _ziamath()\n"
        "assert tex_to_svg('a := b', False)\n"
        "print(zm.escapes.unescape.__module__, max(compiled))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    module, longest = result.stdout.split()
    assert module == "gui.core.math_escapes"
    assert int(longest) < 1_000  # the library's pattern is some 30,000 characters long
