"""LaTeX to SVG with ziamath (pure Python); anything it cannot typeset gives None."""

from __future__ import annotations

import dataclasses
import html
import sys
import threading
import warnings
from functools import lru_cache
from typing import Any

from gui.core.math_tex import MAX_TEX, source_of

WEB_SIZE = 19.0
"""Formula size in exported pages (16 px text; STIX math runs small beside it)."""

_LOCK = threading.Lock()  # ziamath keeps module-level state while it lays out

# What ziamath writes when glyphs are paths; anything else in its output is refused.
_TAGS = {"svg", "path", "rect", "g"}
_ATTRIBUTES = {
    "xmlns", "width", "height", "viewBox", "d", "fill", "x", "y", "transform", "stroke",
    "stroke-width", "{http://www.w3.org/2000/xmlns/}xlink",
}  # fmt: skip


def _ziamath() -> Any:
    from gui.core.math_escapes import install as unescape_without_big_pattern

    unescape_without_big_pattern()  # before ziamath is imported (and loads its font)
    from gui.core.math_kerning import install as kerning_when_used

    kerning_when_used()
    from gui.core.math_converter import install as converter_without_metadata

    converter_without_metadata()
    from gui.core.math_paths import install as paths_in_one_loop

    paths_in_one_loop()
    from gui.core.math_tables import install as tables_in_bulk

    tables_in_bulk()
    with warnings.catch_warnings():
        # ziamath 0.13 finds its font with importlib.resources' deprecated path().
        warnings.simplefilter("ignore", DeprecationWarning)
        import ziamath

    if not hasattr(ziamath, "escapes") and "ziamath.escapes" in sys.modules:
        ziamath.escapes = sys.modules["ziamath.escapes"]  # a stand-in is not set by import
    # Plain paths: no <symbol>/<use> ids to clash between formulas in one page.
    ziamath.config.svg2 = False  # type: ignore[attr-defined]
    _copy_styles_shallowly(ziamath)
    _merge_styles_in_a_dict(ziamath)
    _remember_sizes(ziamath)
    from gui.core.math_rows import install as measure_rows_once

    measure_rows_once(ziamath)
    return ziamath


SHALLOW_STYLES_FOR = "0.13"
"""The ziamath version ``_copy_styles_shallowly`` was checked against (tests compare its
SVGs with the library's own); any other version runs unchanged."""


def _copy_styles_shallowly(ziamath: Any) -> None:
    """ziamath's ``parse_style`` deep-copies the parent node's style (``dataclasses.asdict``)
    for every node it lays out, only to read five plain fields from the copy: a fifth of
    its time. A shallow copy of the fields gives the same SVGs; it replaces the name
    ``asdict`` in ``ziamath.styles`` only, where nothing else uses it."""
    if getattr(ziamath, "__version__", None) != SHALLOW_STYLES_FOR:
        return
    styles = ziamath.styles
    if styles.asdict is dataclasses.asdict:
        styles.asdict = _fields


def _fields(style: Any) -> dict[str, Any]:
    return dict(style.__dict__)


MERGED_STYLES_FOR = (
    "0.13",
    {"styles.py": "b452cb4889a884ef4ea8964c84d58182302c18089146ed8535f2065d9d6d31cf"},
)
"""The ziamath version and the SHA-256 of ``ziamath/styles.py`` checked for
``_merge_styles_in_a_dict``."""


def _merge_styles_in_a_dict(ziamath: Any) -> None:
    """ziamath's ``parse_style`` reads a node's attributes over its parent's style through
    ``ChainMap(element.attrib, parent_fields)``, whose ``get`` and ``in`` are Python code:
    some 600 calls a formula. One dictionary of the parent's fields updated with the
    attributes answers every ``get`` and ``in`` alike (``parse_style`` only reads it). Only
    the name ``ChainMap`` in ``ziamath.styles`` is replaced, where nothing else uses it."""
    import collections

    from gui.core.math_paths import checked

    styles = ziamath.styles
    if styles.ChainMap is collections.ChainMap and checked(ziamath, *MERGED_STYLES_FOR):
        styles.ChainMap = _merged


def _merged(attributes: dict[str, Any], parent: dict[str, Any]) -> dict[str, Any]:
    return {**parent, **attributes}


def _remember_sizes(ziamath: Any) -> None:
    """ziamath's ``Mnode.size_px`` turns a size (``"0.2777em"``, ``"thinmathspace"``) into
    pixels for a font size, building its table of named spaces (14 formatted floats) on
    every call, some fifty times a formula. The result depends on nothing but the two:
    each pair is worked out once. Only for the version checked (``SHALLOW_STYLES_FOR``)."""
    if getattr(ziamath, "__version__", None) != SHALLOW_STYLES_FOR:
        return
    from ziamath.nodes.mnode import Mnode

    if getattr(Mnode.size_px, "remembers", False):
        return
    plain = Mnode.size_px
    sizes: dict[tuple[Any, float], float] = {}

    def size_px(self: Any, size: str, fontsize: float | None = None) -> float:
        key = (size, self.glyphsize if fontsize is None else fontsize)
        try:
            return sizes[key]
        except (KeyError, TypeError):  # new, or not a plain string and number
            pixels: float = plain(self, size, fontsize)
        if isinstance(size, str) and key[1] and len(sizes) < 10_000:
            sizes[key] = pixels
        return pixels

    size_px.remembers = True  # type: ignore[attr-defined]
    size_px.plain = plain  # type: ignore[attr-defined]
    Mnode.size_px = size_px  # type: ignore[method-assign]


@lru_cache(maxsize=512)
def tex_to_svg(
    tex: str, display: bool, color: str = "currentColor", size: float = 16.0
) -> str | None:
    """The formula as a standalone SVG (glyphs as paths in ``color``), or None if it is broken.

    Blocking and slow for big formulas (tens of milliseconds): the window asks a child
    process (``gui.core.math_worker``); exports call it directly.
    """
    if not tex.strip() or len(tex) > MAX_TEX:
        return None
    try:
        zm = _ziamath()
        with _LOCK:
            svg = str(zm.Latex(tex, size=size, color=color, inline=not display).svg())
    except Exception:
        return None
    return svg if is_plain_svg(svg) else None


def is_plain_svg(svg: str) -> bool:
    """True if ``svg`` holds only shapes: no scripts, links, styles, text or references."""
    import xml.etree.ElementTree as ET  # loaded with the first formula

    try:
        root = ET.fromstring(svg)
    except ET.ParseError:
        return False
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag not in _TAGS or any(name not in _ATTRIBUTES for name in element.attrib):
            return False
        if (element.text or "").strip() or (element.tail or "").strip():
            return False
    return True


def math_html(tex: str, display: bool, markup: str) -> str:
    """A formula for a web page: inline SVG in the text colour, or its escaped source."""
    svg = tex_to_svg(tex, display, "currentColor", WEB_SIZE)
    source = html.escape(source_of(tex, markup), quote=True)
    if svg is None:
        return f'<span class="math-source">{source}</span>'
    body = svg.replace("<svg ", f'<svg role="img" aria-label="{source}" ', 1)
    kind = "math display" if display else "math"
    return f'<span class="{kind}">{body}</span>'
