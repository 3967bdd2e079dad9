"""ziafont 0.11 writes a glyph's outline as SVG path text with one call per number; this
writes the same text with the calls folded together.

Every glyph of a formula is drawn by ``SimpleGlyph.svgpath``: for each outline operator
(``M``, ``L``, ``Q``, ``C``) ziafont calls the operator's ``path``, which calls ``fmt`` for
each coordinate (``format(float(v), ".3f")`` with the zeros stripped): some 700 calls of
three functions for a formula, a fifth of its layout. Here the same sums (``x0 + x * scale``,
``y0 - y * scale``, in the library's order) are formatted by the same ``format`` with the same
stripping, in one loop over the operator's points; the text is the library's, character for
character (a test compares the SVGs of a broad set of formulas with the library's own, and
shows a path off by one digit is caught).

Only when ziafont's version and the files that define the replaced code are the ones checked
(``PATHS_FOR``); any other ziafont runs unchanged.
"""

from __future__ import annotations

import re
from typing import Any

PATHS_FOR = (
    "0.11",
    {
        # SimpleGlyph.svgpath and funits_to_points
        "glyph.py": "b49998c56c8ae872870a81d5f824ee4b13fc4dec2141cdefb135ce0a2203cdbf",
        # fmt, Point, Moveto, Lineto, Quad, Cubic
        "svgpath.py": "ddd7dafa5d63495f3a3dfeec889fa198f3bc88a2f7a0c1e47cd398f3f80c82f7",
    },
)
"""The ziafont version and the SHA-256 of the files whose code ``_svgpath`` stands in for."""


_ZEROS = re.compile("0+ ")
_POINT = re.compile(r"\. ")


def checked(module: Any, version: str, files: dict[str, str]) -> bool:
    """True if ``module`` (a package) is ``version`` and each named file of it has the
    SHA-256 given; False when anything cannot be read."""
    import hashlib
    from pathlib import Path

    if getattr(module, "__version__", None) != version:
        return False
    try:
        folder = Path(module.__file__).parent
        return all(
            hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
            for name, digest in files.items()
        )
    except (OSError, TypeError):
        return False


def _outline(operators: Any, kinds: dict[type, str]) -> tuple[str, list[Any], list[Any]] | None:
    """The glyph's path as a ``%`` template (``M %.{p}f %.{p}f L …``, ``{p}`` for the
    precision), with the x and the y coordinates of its points in the order ``path``
    writes them; None if an operator is of a kind not known here."""
    template: list[str] = []
    xs: list[Any] = []
    ys: list[Any] = []
    for operator in operators:
        letter = kinds.get(type(operator))
        if letter is None:
            return None
        if letter == "M" and template:
            template.append("Z ")  # Close intermediate segments
        points: tuple[Any, ...]
        if letter in "ML":
            points = (operator.p,)
        elif letter == "Q":
            points = (operator.p1, operator.p2)
        else:
            points = (operator.p1, operator.p2, operator.p3)
        template.append(letter + " %.{p}f %.{p}f" * len(points) + " ")
        xs.extend(p.x for p in points)
        ys.extend(p.y for p in points)
    if template:
        template.append("Z ")
    return "".join(template), xs, ys


def install() -> bool:
    """Put the folded path writer in place (once); False for a ziafont not checked."""
    import ziafont
    from ziafont import glyph, svgpath

    if getattr(glyph.SimpleGlyph.svgpath, "folded", False):
        return True
    if not checked(ziafont, PATHS_FOR[0], PATHS_FOR[1]):
        return False
    import xml.etree.ElementTree as ET

    config = svgpath.config  # type: ignore[attr-defined]
    kinds = {svgpath.Moveto: "M", svgpath.Lineto: "L", svgpath.Quad: "Q", svgpath.Cubic: "C"}
    plain = glyph.SimpleGlyph.svgpath

    def svgpath_folded(
        self: Any, x0: float = 0, y0: float = 0, scale_factor: float = 1
    ) -> ET.Element | None:
        """``SimpleGlyph.svgpath`` of ziafont 0.11, its numbers formatted at once."""
        precision = config.precision
        operators = self.operators
        known = self.__dict__.get("_outline")
        if known is None or known[0] is not operators or known[1] != len(operators):
            known = (operators, len(operators), _outline(operators, kinds), {})
            self.__dict__["_outline"] = known
        outline = known[2]
        if outline is None or type(precision) is not int or precision < 1:
            return plain(self, x0, y0, scale_factor)
        template, xs, ys = outline
        if not template:
            return None  # Don't return empty path
        form = known[3].get(precision)
        if form is None:
            form = known[3][precision] = template.replace("{p}", str(precision))
        scale = self.funits_to_points(1, scale_factor)
        values: list[Any] = [None] * (2 * len(xs))
        values[0::2] = [x0 + x * scale for x in xs]
        values[1::2] = [y0 - y * scale for y in ys]
        # format(v, ".3f") with trailing zeros and then a bare point stripped, as fmt
        # does: each number has a point (precision ≥ 1) and is followed by a space.
        path = _POINT.sub(" ", _ZEROS.sub(" ", form % tuple(values)))
        return ET.Element("path", attrib={"d": path})

    svgpath_folded.folded = True  # type: ignore[attr-defined]
    svgpath_folded.plain = plain  # type: ignore[attr-defined]
    glyph.SimpleGlyph.svgpath = svgpath_folded  # type: ignore[method-assign]
    return True
