"""Glyph paths written in one loop give exactly ziafont's own SVG text."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from gui.core import math_paths
from gui.core.math_svg import _ziamath
from tests.core.test_math_rows import FORMULAS as BROAD

# The paced benchmark's kinds, with the broad set of the row measurements' test.
FORMULAS = [
    r"\sum_{k=1}^{11} k^2 = \frac{11(11+1)(2 \cdot 11+1)}{6}",
    r"\int_0^{12} e^{-x^2}\,dx",
    r"y_{12}^2",
    r"\alpha_{13} + \beta^{13} \le \gamma",
    r"\begin{pmatrix} 14 & 1 \\ 0 & 14 \end{pmatrix}",
    r"x_{10} = \frac{-b \pm \sqrt{b^2 - 10ac}}{2a}",
    r"-0.001 + 100 - 0.5 \cdot 10^{-3}",
    *BROAD,
]


@pytest.fixture
def glyphs() -> Iterator[Any]:
    _ziamath()
    from ziafont import glyph

    folded = glyph.SimpleGlyph.svgpath
    if not getattr(folded, "folded", False):
        pytest.skip("another ziafont: its own path writer runs")
    yield glyph
    glyph.SimpleGlyph.svgpath = folded  # as the app leaves it


def svgs(*, display: bool) -> list[str]:
    import ziamath as zm  # as the fixture left it (_ziamath() would put the patch back)

    return [
        str(zm.Latex(tex, size=size, color="currentColor", inline=not display).svg())
        for tex in FORMULAS
        for size in (16.0, 19.0)
    ]


def plain_svgs(glyph: Any, display: bool) -> list[str]:
    folded = glyph.SimpleGlyph.svgpath
    glyph.SimpleGlyph.svgpath = folded.plain
    try:
        return svgs(display=display)
    finally:
        glyph.SimpleGlyph.svgpath = folded


@pytest.mark.parametrize("display", [False, True])
def test_folded_paths_give_the_library_s_svgs(glyphs: Any, display: bool) -> None:
    assert svgs(display=display) == plain_svgs(glyphs, display)


def test_paths_with_other_digits_would_be_caught(
    glyphs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The comparison above can fail: paths written with other digits are caught."""
    outline = math_paths._outline

    def five_digits(operators: Any, kinds: dict[type, str]) -> Any:
        found = outline(operators, kinds)
        return None if found is None else (found[0].replace("{p}", "5"), *found[1:])

    monkeypatch.setattr(math_paths, "_outline", five_digits)
    for glyph in _ziamath().zmath.loadedfonts["default"]._glyphs.values():
        glyph.__dict__.pop("_outline", None)  # outlines made before the change
    assert svgs(display=False) != plain_svgs(glyphs, False)
    for glyph in _ziamath().zmath.loadedfonts["default"]._glyphs.values():
        glyph.__dict__.pop("_outline", None)


def test_in_place_only_for_the_files_checked(glyphs: Any) -> None:
    import ziafont

    version, files = math_paths.PATHS_FOR
    assert math_paths.checked(ziafont, version, files)
    assert not math_paths.checked(SimpleNamespace(__version__="0.12"), version, files)
    wrong = {name: "0" * 64 for name in files}
    assert not math_paths.checked(ziafont, version, wrong)
    assert not math_paths.checked(ziafont, version, {"no_such_file.py": "0" * 64})
