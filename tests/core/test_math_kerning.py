"""GPOS lookups read when first used give ziafont exactly the kerning it reads at load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gui.core.math_kerning import LAZY_LOOKUPS_FOR
from gui.core.math_svg import _ziamath, tex_to_svg


@pytest.fixture
def fonts() -> tuple[Any, Any]:
    """The math font loaded as the typesetter loads it, and loaded by ziafont's own code."""
    zm = _ziamath()
    from ziafont import gpos

    if not getattr(gpos.GposLookup, "lazy", False):
        pytest.skip("another ziafont version: loaded as it is")
    lazy = zm.zmath.loadedfonts["default"]
    plain_class = gpos.GposLookup.__mro__[1]
    gpos.GposLookup = plain_class
    try:
        plain = zm.mathfont.MathFont(Path(lazy.fname), 24)
    finally:
        gpos.GposLookup = type(lazy.gpos.lookups[0])
    return lazy, plain


def test_formulas_without_text_read_no_kerning(fonts: tuple[Any, Any]) -> None:
    code = (
        "from gui.core.math_svg import _ziamath, tex_to_svg\n"
        "assert tex_to_svg(r'\\sum_{k=1}^{n} k^2 = \\frac{n(n+1)(2n+1)}{6}', True)\n"
        "lookups = _ziamath().zmath.loadedfonts['default'].gpos.lookups\n"
        "print(len(lookups), sum('_unread' in vars(lookup) for lookup in lookups))\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lookups, unread = result.stdout.split()
    assert int(lookups) > 0 and unread == lookups
    assert tex_to_svg(r"\text{Wave} + \text{AVATAR}", False)  # text kerns: read when used
    assert fonts[0].gpos.lookups[0].subtables


def test_kerning_read_late_is_the_kerning_read_at_load(fonts: tuple[Any, Any]) -> None:
    lazy, plain = fonts
    assert LAZY_LOOKUPS_FOR == "0.11"
    features = dict(lazy.features)
    for font in (lazy, plain):
        font.language("latn", "")  # where the font kerns (its math script has no kerning)
    try:
        glyphs = "AVATAR Wave To, Ty. LT fi 0123 (x)"
        pairs = [(a, b) for a in glyphs for b in glyphs]
        late = [lazy.advance(lazy.glyphindex(a), lazy.glyphindex(b)) for a, b in pairs]
        early = [plain.advance(plain.glyphindex(a), plain.glyphindex(b)) for a, b in pairs]
        assert late == early
        assert len(set(late)) > len(set(glyphs))  # kerning changed some advances
        for one, other in zip(lazy.gpos.lookups, plain.gpos.lookups, strict=True):
            assert type(one).__mro__[1] is type(other)
            assert [type(s) for s in one.subtables] == [type(s) for s in other.subtables]
            read = {"subtables", "fontfile"}  # (the subtables were read just above)
            assert {k: v for k, v in vars(one).items() if k not in read} == {
                k: v for k, v in vars(other).items() if k not in read
            }
    finally:
        lazy.language("math", "")
        lazy.features.clear()
        lazy.features.update(features)  # the typesetter's font as it was
