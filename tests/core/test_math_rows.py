"""Remembered row measurements in front of ziamath give exactly the library's own SVGs."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from types import SimpleNamespace
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from gui.core import math_rows
from gui.core.math_svg import _ziamath

# Fractions, matrices, sums, nested roots and fractions, \left…\right (nested, with
# scripts, \middle), accents over brackets, aligned, cases, arrays, fonts, colour.
FORMULAS = [
    r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}",
    r"\sum_{k=1}^{n} k^2 = \frac{n(n+1)(2n+1)}{6}",
    r"\int_0^{\infty} e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}",
    r"\alpha_{1} + \beta^{2} \le \gamma",
    r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
    r"\begin{bmatrix} \frac{1}{2} & \sqrt{2} \\ x^2 & \left( \frac{a}{b} \right) \end{bmatrix}",
    r"\det \begin{vmatrix} a & b \\ c & d \end{vmatrix} = ad - bc",
    r"\left( \frac{a}{b} \right)^{\frac{1}{2}} \sqrt[3]{x_{i_j}^{k^2}}",
    r"\left[ \sum_{i=1}^{n} \left( x_i - \bar{x} \right)^2 \right]^{1/2}",
    r"\left\{ \frac{\left( a + \frac{b}{c} \right)}{\left| d - \frac{e}{f} \right|} \right\}",
    r"\left( \left( \left( \frac{1}{x} \right) \right) \right)",
    r"\left. \frac{d}{dx} f(x) \right|_{x=0}",
    r"\left\langle \psi \middle| \hat{H} \middle| \phi \right\rangle",
    r"\sqrt{1 + \sqrt{1 + \sqrt{1 + \sqrt{1 + x}}}}",
    r"\sqrt[n]{\frac{a^n + b^n}{2}} \ge \frac{a + b}{2}",
    r"\frac{1}{1 + \frac{1}{1 + \frac{1}{1 + \frac{1}{x}}}}",
    r"\cfrac{1}{2 + \cfrac{1}{2 + \cfrac{1}{2}}}",
    r"\binom{n}{k} = \frac{n!}{k!(n-k)!}",
    r"\overline{z} \underbrace{a + b}_{n} \hat{x} \vec{v} \operatorname{tr}(A)",
    r"\overbrace{1 + 2 + \cdots + n}^{\frac{n(n+1)}{2}}",
    r"\widehat{ABC} + \widetilde{\left( x + y \right)} + \overline{\left( \frac{a}{b} \right)}",
    r"\dot{x} \ddot{y} \tilde{z} \bar{w} \acute{a} \grave{e} \breve{o} \check{c}",
    r"\overrightarrow{AB} + \overleftarrow{CD} = \vec{0}",
    r"f(x) = \begin{cases} x & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}",
    r"\begin{aligned} a &= b + c \\ &= \frac{d}{e} \\ &\le \left( f + g \right)^2 \end{aligned}",
    r"\begin{array}{cc} 1 & 2 \\ 3 & \frac{4}{5} \end{array}",
    r"\left( \begin{array}{cc} a & b \\ c & d \end{array} \right)",
    r"\mathit{bold} \boldsymbol{\alpha} \mathsf{S} \mathtt{m} \mathfrak{g}",
    r"\mathbf{v} \cdot \mathrm{d}\mathbf{s} + \mathcal{L}(\theta) + \mathbb{R}^n",
    r"{\color{red} x} + \textbf{word} + 3.14159",
    r"\displaystyle \lim_{x \to 0} \frac{\sin x}{x} = 1 \textstyle \frac{1}{2}",
    r"\lim_{n \to \infty} \left( 1 + \frac{1}{n} \right)^n = e",
    r"\prod_{p \text{ prime}} \frac{1}{1 - p^{-s}} = \sum_{n=1}^{\infty} \frac{1}{n^s}",
    r"\oint_{\partial \Omega} \mathbf{F} \cdot d\mathbf{S} = \iiint_{\Omega} \nabla \cdot F\, dV",
    r"\iint_D \left( \frac{\partial Q}{\partial x} - \frac{\partial P}{\partial y} \right) dA",
    r"e^{i\pi} + 1 = 0",
    r"x^{y^{z^{w}}} + x_{a_{b_{c}}}",
    r"{}_{n}C_{k} \quad {}^{14}_{6}\mathrm{C}",
    r"a \equiv b \pmod{m} \quad a \bmod b",
    r"\|x\|_2 = \left\| \sum_i x_i e_i \right\|",
    r"\lfloor x \rfloor + \lceil y \rceil = \left\lfloor \frac{x}{2} \right\rfloor",
    r"\Big( \big( x \big) \Big) \Bigg[ \bigg\{ y \bigg\} \Bigg]",
    r"A \cup B \cap C \setminus D \subseteq E \supset F",
    r"\forall \epsilon > 0 \, \exists \delta : |x - a| < \delta \implies |f(x) - f(a)| < \epsilon",
    r"\nabla \times \mathbf{E} = -\frac{\partial \mathbf{B}}{\partial t}",
    r"\mathbb{E}\left[ X \right] = \int_{-\infty}^{\infty} x f(x) \, dx",
    r"P\left( A \mid B \right) = \frac{P\left( B \mid A \right) P(A)}{P(B)}",
    r"\sigma = \sqrt{\frac{1}{N} \sum_{i=1}^{N} \left( x_i - \mu \right)^2}",
    r"\frac{\partial^2 u}{\partial t^2} = c^2 \left( \frac{\partial^2 u}{\partial x^2} + u \right)",
    r"\zeta(s) = \sum_{n=1}^\infty n^{-s}, \quad \Re(s) > 1",
    r"\left( \sum_{k=1}^n a_k b_k \right)^2 \le \left( \sum_{k=1}^n a_k^2 \right)"
    r" \left( \sum_{k=1}^n b_k^2 \right)",
    r"\left( x \right)^2 + \left[ y \right]_1 + \left\{ z \right\}^{a}_{b}",
    r"(x)^2 + [y]^2 + \{z\}^2 + |w|^2",
    r"\left( \frac{x}{y} \right.",
    r"\left| \begin{matrix} 1 & 0 \\ 0 & 1 \end{matrix} \right|",
    r"\underset{x \in X}{\arg\min}\, f(x) \overset{!}{=} 0",
    r"\stackrel{\text{def}}{=} \xrightarrow{f} \xleftarrow[g]{}",
    r"a_1, a_2, \ldots, a_n \cdots \vdots \ddots",
    r"\text{Area} = \pi r^2 \text{ where } r = \frac{d}{2}",
    r"\phantom{x} + \hphantom{yy} \vphantom{\frac{1}{2}} z",
    r"\cancel{x} \boxed{E = mc^2}",
    r"\mathring{A} \quad \hbar \quad \ell \quad \aleph_0 \quad \infty",
    r"1 - 2 = -1, \; -x^{-1} = \frac{-1}{x}",
    r"f'(x) = \lim_{h \to 0} \frac{f(x + h) - f(x)}{h}",
    r"\frac{a}{b}\frac{c}{d} \left( \frac{a}{b} \right) \frac{\left( c \right)}{d}",
    r"\left( a \left( b \left( c \right)^2 \right)^3 \right)^4",
    r"\sqrt{\left( \frac{a}{b} \right)^2 + \left( \frac{c}{d} \right)^2}",
    r"x_{5} = \frac{-b \pm \sqrt{b^2 - 5ac}}{2a}",
    r"\begin{pmatrix} 9 & 1 \\ 0 & 9 \end{pmatrix}",
    r"\int_0^{7} e^{-x^2}\,dx",
    r"y_{7}^2",
    r"a := b, \; c == d, \; e != f",
    r"\hat{\left( x \right)} \quad \vec{\left[ \frac{1}{2} \right]}",
    r"\underline{\left( \frac{a}{b} \right)} + \overline{\left[ x \right]^2}",
    r"\sum_{\substack{0 < i < m \\ 0 < j < n}} P(i, j)",
    r"\left( \begin{pmatrix} a \\ b \end{pmatrix} \right)^T",
    r"\frac{\displaystyle \sum_{i} x_i}{\displaystyle \prod_{j} y_j}",
    r"\{ x \in \mathbb{R} \mid x^2 < 2 \}",
    r"\left\lbrace x \middle\vert x > 0 \right\rbrace",
    r"\overbrace{\left( a + b \right)}^{c} \underbrace{\left[ \frac{d}{e} \right]}_{f}",
    r"\frac{\left( \right)}{}",
    r"\left(\right)^2",
    r"\mathrm{(}x\mathrm{)}",
]


@pytest.fixture
def ziamath() -> Iterator[Any]:
    zm = _ziamath()
    from ziamath.nodes.moperator import Moperator
    from ziamath.nodes.mrow import Mrow

    remembering = (Mrow._get_height_nostretch, Moperator._setup)
    yield zm
    Mrow._get_height_nostretch, Moperator._setup = remembering  # as the app leaves it


def svgs(ziamath: Any, *, remember: bool, display: bool) -> list[str]:
    from ziamath.nodes.moperator import Moperator
    from ziamath.nodes.mrow import Mrow

    if not getattr(Mrow._get_height_nostretch, "remembers", False):
        pytest.skip(f"ziamath {ziamath.__version__} runs unpatched")
    remembering = (Mrow._get_height_nostretch, Moperator._setup)
    if not remember:
        Mrow._get_height_nostretch = remembering[0].plain
        Moperator._setup = remembering[1].plain
    try:
        return [
            str(ziamath.Latex(tex, size=16.0, color="currentColor", inline=not display).svg())
            for tex in FORMULAS
        ]
    finally:
        Mrow._get_height_nostretch, Moperator._setup = remembering


@cache
def library_svgs(display: bool) -> list[str]:
    """The library's own SVGs (computed once: ziamath unpatched is slow)."""
    return svgs(_ziamath(), remember=False, display=display)


def test_in_place_only_for_the_version_it_was_checked_against(ziamath: Any) -> None:
    from ziamath.nodes.mrow import Mrow

    remembers = getattr(Mrow._get_height_nostretch, "remembers", False)
    assert remembers == (ziamath.__version__ == math_rows.MEMO_ROWS_FOR)
    assert math_rows.install(SimpleNamespace(__version__="0.14")) is False


@pytest.mark.parametrize("display", [False, True])
def test_remembered_measurements_give_the_same_svgs(ziamath: Any, display: bool) -> None:
    assert svgs(ziamath, remember=True, display=display) == library_svgs(display)


def test_a_measurement_that_ignored_the_row_it_sat_in_would_be_caught(
    ziamath: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The comparison above can fail: with stretchy operators' reads of an enclosing row
    that has no height yet not noted, a measurement is reused where it must not be."""

    class Forgetful(list[Any]):
        def append(self, _reads: Any) -> None:
            pass

        def pop(self, _index: Any = -1) -> Any:
            return None

    monkeypatch.setattr(math_rows, "_without_height", Forgetful())
    assert svgs(ziamath, remember=True, display=False) != library_svgs(False)


def _tricky() -> list[ET.Element]:
    """Elements a copy through XML text changes or refuses, and plain ones."""
    made = []
    for text, tail, attrib in [
        ("x", None, {"mathvariant": "bold", "scriptlevel": "1"}),
        ("", "", {}),
        (" \n ", "  ", {"a": 'q"<&>\n\t\r'}),
        ("a\rb", None, {}),
        ("a\x01b", None, {}),
        ("∑ 𝑥", "after", {}),
        ("x", " \n", {"xmlns": "http://www.w3.org/1998/Math/MathML"}),
        ("x", None, {"xml:lang": "en"}),
        ("x", None, {"{http://example.com/ns}a": "1"}),
    ]:
        element = ET.Element("mrow", attrib)
        element.text, element.tail = text, tail
        child = ET.SubElement(element, "mi", {"b": "2"})
        child.text, child.tail = "", "t\r"
        ET.SubElement(element, "mn").text = "1"
        made.append(element)
        made.append(child)
    made.append(ET.Element("{http://www.w3.org/1998/Math/MathML}mi"))
    made.append(ET.Element("m:mi"))
    with_comment = ET.Element("mrow")
    with_comment.append(ET.Comment("note"))
    made.append(with_comment)
    number = ET.Element("mn")
    number.set("width", 3)  # type: ignore[arg-type]
    made.append(number)
    return made


def _copy_or_error(copy: Any, element: ET.Element) -> Any:
    try:
        return math_rows._shape(copy(element))
    except Exception as error:  # the copy through text refuses some: so must the other
        return type(error)


def test_elements_are_copied_as_through_their_xml_text(ziamath: Any) -> None:
    elements = _tricky()
    for tex in FORMULAS[:40]:
        math = ziamath.Latex(tex, size=16.0, inline=False)
        elements.extend(math.node.element.iter())
    library = [_copy_or_error(lambda e: ET.fromstring(ET.tostring(e)), e) for e in elements]
    assert [_copy_or_error(math_rows.copied, e) for e in elements] == library
    assert len({repr(c) for c in library}) > 50
    assert ET.ParseError in library and TypeError in library  # refused alike


def test_a_copy_that_kept_empty_text_would_be_caught() -> None:
    """The comparison above can fail: a plain ``deepcopy`` (tails and empty text kept) is
    caught."""
    from copy import deepcopy

    elements = _tricky()
    library = [_copy_or_error(lambda e: ET.fromstring(ET.tostring(e)), e) for e in elements]
    assert [_copy_or_error(deepcopy, e) for e in elements] != library
