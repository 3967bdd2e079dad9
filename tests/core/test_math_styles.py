"""The shallow style copy and remembered sizes in front of ziamath give exactly the
library's own SVGs."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest

from gui.core.math_svg import MERGED_STYLES_FOR, SHALLOW_STYLES_FOR, _fields, _merged, _ziamath

FORMULAS = [
    r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}",
    r"\sum_{k=1}^{n} k^2 = \frac{n(n+1)(2n+1)}{6}",
    r"\int_0^{\infty} e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}",
    r"\alpha_{1} + \beta^{2} \le \gamma",
    r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
    r"\mathbf{v} \cdot \mathrm{d}\mathbf{s} + \mathcal{L}(\theta) + \mathbb{R}^n",
    r"\displaystyle \lim_{x \to 0} \frac{\sin x}{x} = 1 \textstyle \frac{1}{2}",
    r"\left( \frac{a}{b} \right)^{\frac{1}{2}} \sqrt[3]{x_{i_j}^{k^2}}",
    r"\overline{z} \underbrace{a + b}_{n} \hat{x} \vec{v} \operatorname{tr}(A)",
    r"f(x) = \begin{cases} x & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}",
    r"\mathit{bold} \boldsymbol{\alpha} \mathsf{S} \mathtt{m} \mathfrak{g}",
    r"{\color{red} x} + \textbf{word} + 3.14159",
]


@pytest.fixture
def ziamath() -> Iterator[Any]:
    zm = _ziamath()
    yield zm
    zm.styles.asdict = _fields  # as the app leaves it


def test_the_override_is_in_place_for_the_version_it_was_checked_against(ziamath: Any) -> None:
    if ziamath.__version__ != SHALLOW_STYLES_FOR:
        assert ziamath.styles.asdict is dataclasses.asdict
    else:
        assert ziamath.styles.asdict is _fields


@pytest.mark.parametrize("display", [False, True])
def test_shallow_styles_give_the_same_svgs(ziamath: Any, display: bool) -> None:
    def typeset(tex: str) -> str:
        return str(ziamath.Latex(tex, size=16.0, color="currentColor", inline=not display).svg())

    ziamath.styles.asdict = _fields
    fast = [typeset(tex) for tex in FORMULAS]
    ziamath.styles.asdict = dataclasses.asdict
    plain = [typeset(tex) for tex in FORMULAS]
    assert fast == plain


@pytest.mark.parametrize("display", [False, True])
def test_remembered_sizes_give_the_same_svgs(ziamath: Any, display: bool) -> None:
    from ziamath.nodes.mnode import Mnode

    from tests.core.test_math_rows import FORMULAS as BROAD

    def typeset() -> list[str]:
        return [
            str(ziamath.Latex(tex, size=16.0, color="currentColor", inline=not display).svg())
            for tex in BROAD
        ]

    remembering = Mnode.size_px
    if not getattr(remembering, "remembers", False):
        pytest.skip(f"ziamath {ziamath.__version__} runs unpatched")
    fast = typeset()
    Mnode.size_px = remembering.plain
    try:
        plain = typeset()
    finally:
        Mnode.size_px = remembering
    assert fast == plain


def _typeset_broad(ziamath: Any, display: bool) -> list[str]:
    from tests.core.test_math_rows import FORMULAS as BROAD

    return [
        str(ziamath.Latex(tex, size=16.0, color="currentColor", inline=not display).svg())
        for tex in BROAD
    ]


@pytest.mark.parametrize("display", [False, True])
def test_styles_merged_in_a_dict_give_the_same_svgs(ziamath: Any, display: bool) -> None:
    import collections

    if ziamath.styles.ChainMap is not _merged:
        pytest.skip(f"ziamath {ziamath.__version__} runs unpatched")
    fast = _typeset_broad(ziamath, display)
    ziamath.styles.ChainMap = collections.ChainMap
    try:
        plain = _typeset_broad(ziamath, display)
    finally:
        ziamath.styles.ChainMap = _merged
    assert fast == plain


def test_styles_merged_the_wrong_way_round_would_be_caught(ziamath: Any) -> None:
    """The comparison above can fail: the parent's style over the node's own attributes
    (colour, size, script level, display) is caught."""
    import collections

    if ziamath.styles.ChainMap is not _merged:
        pytest.skip(f"ziamath {ziamath.__version__} runs unpatched")
    ziamath.styles.ChainMap = lambda attributes, parent: {**attributes, **parent}
    try:
        wrong = _typeset_broad(ziamath, False)
    finally:
        ziamath.styles.ChainMap = collections.ChainMap
    try:
        plain = _typeset_broad(ziamath, False)
    finally:
        ziamath.styles.ChainMap = _merged
    assert wrong != plain


def test_merged_styles_only_for_the_file_checked(ziamath: Any) -> None:
    from gui.core.math_paths import checked

    version, files = MERGED_STYLES_FOR
    assert checked(ziamath, version, files) == (ziamath.styles.ChainMap is _merged)
    assert not checked(ziamath, version, {"styles.py": "0" * 64})
