"""ziamath 0.13 measures every row's children again inside each nested row; this remembers
the measurements within a formula, and gives the same SVGs.

To size stretchy operators (``\\left(``, tall brackets), ziamath's ``Mrow`` first lays out
a copy of each child without them (``_get_height_nostretch``), then lays the children out
for real. The copy of a child row measures its own children the same way, and so does the
real child row: the work doubles with every level of nesting (a fraction in a bracket in a
sum: 5–8 copies for every node really drawn, 69 % of the typesetter's time).

The patch keeps, for one formula, each copy's height and depth by everything its layout
reads: the child's XML (tag, attributes, text, children), the row's
font, size and style, the tags and the left sibling ziamath's nodes look at, and the
keyword arguments passed down, except the height of the enclosing row (``rowymin``,
``rowymax``). Those are read only by stretchy operators (``Moperator._setup``), and whether
a copy read them is recorded while it is laid out: the values are handed down as floats
that note being used, and an operator that finds them absent notes that too. A copy that
read them is reused only for the same values. So a reused measurement is one the library
would have computed again from the same inputs; a test compares the SVGs of a broad set of
formulas with the library's own.

Only for the version it was checked against (``MEMO_ROWS_FOR``); any other runs unchanged.
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any
from xml.etree import ElementTree as ET

MEMO_ROWS_FOR = "0.13"

_MEMO = "_measured_rows"  # the attribute of ziamath's Math object holding its formula's memo
_ROW_HEIGHT = ("rowymin", "rowymax")


class _Reads:
    """Whether a measurement read the enclosing row's height; ``outer`` is the measurement
    that handed that height (or its absence) down, which then read it too."""

    __slots__ = ("outer", "used")

    def __init__(self, outer: _Reads | None) -> None:
        self.used = False
        self.outer = outer

    def note(self) -> None:
        reads: _Reads | None = self
        while reads is not None and not reads.used:
            reads.used = True
            reads = reads.outer


class _Noted(float):
    """A row height that notes being read: ``Moperator`` converts it (``points_to_units``
    divides it) before anything else."""

    __slots__ = ("reads",)
    reads: _Reads

    def __truediv__(self, other: Any) -> Any:
        self.reads.note()
        return float(self) / other


def _noted(value: float, reads: _Reads) -> _Noted:
    noted = _Noted(value)
    noted.reads = reads
    return noted


# Measurements under way whose enclosing row had no height: an operator that finds none
# notes it in the innermost (ziamath lays out one formula at a time: see math_svg's lock).
_without_height: list[_Reads] = []


def _style(style: Any) -> tuple[Any, ...]:
    variant = style.mathvariant
    return (
        variant.style, variant.italic, variant.bold, variant.normal, style.displaystyle,
        style.mathcolor, style.mathbackground, style.mathsize, style.scriptlevel,
    )  # fmt: skip


def _context(row: Any, kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """What a child's copy reads of the row measuring it (besides the row's height)."""
    return (
        id(row.font), row.size, _style(row.style), row.mtag, row.element.tag, len(row.element),
        getattr(row.parent, "mtag", None), row.leftsibling() is not None, len(row.nodes),
        tuple(sorted((k, v) for k, v in kwargs.items() if k not in _ROW_HEIGHT)),
    )  # fmt: skip


def _shape(element: ET.Element) -> tuple[Any, ...]:
    """All the serialised element holds (as ``ET.tostring``, which ziamath copies it by, but
    several times faster): tag, attributes in order, text, tail, children."""
    return (
        element.tag,
        tuple(element.attrib.items()),
        element.text,
        element.tail,
        tuple(map(_shape, element)),
    )


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")  # no prefix (":"), no namespace ("{…}")
_NOT_XML = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_UNSAFE_VALUE = re.compile(f"[{_NOT_XML}]")
_UNSAFE_TEXT = re.compile(f"[{_NOT_XML}\r]")  # the parser reads "\r" in text as "\n"


def _plain(element: ET.Element) -> bool:
    """True if the element's XML text reads back as the element itself, but for empty text
    read as none: plain tags and attribute names, string values, no character XML cannot
    hold, no carriage return in text."""
    tag = element.tag
    if type(tag) is not str or not _NAME.fullmatch(tag):
        return False
    for name, value in element.attrib.items():
        if type(name) is not str or name == "xmlns" or not _NAME.fullmatch(name):
            return False
        if type(value) is not str or _UNSAFE_VALUE.search(value):
            return False
    for text in (element.text, element.tail):
        if text is not None and (type(text) is not str or _UNSAFE_TEXT.search(text)):
            return False
    return all(map(_plain, element))


def copied(element: ET.Element) -> ET.Element:
    """``ET.fromstring(ET.tostring(element))``, ziamath's way to copy an element, made by
    the element's own ``__deepcopy__`` when that gives the same: for a plain element (see
    ``_plain``) whose tail, which the copy loses, is no more than white space. Empty text
    and tails become None, as they do read back."""
    if not _plain(element) or (element.tail is not None and element.tail.strip(" \t\n")):
        return ET.fromstring(ET.tostring(element))
    copy = deepcopy(element)
    copy.tail = None
    for node in copy.iter():
        if node.text == "":
            node.text = None
        if node.tail == "":
            node.tail = None
    return copy


def _memo(node: Any) -> dict[Any, list[tuple[bool, Any, Any, tuple[float, float]]]]:
    while hasattr(node, "parent"):  # up to the formula's Math object
        node = node.parent
    memo: dict[Any, list[tuple[bool, Any, Any, tuple[float, float]]]]
    memo = node.__dict__.setdefault(_MEMO, {})
    return memo


def install(ziamath: Any) -> bool:
    """Put the remembering measurement in place (once); False for another ziamath version."""
    if getattr(ziamath, "__version__", None) != MEMO_ROWS_FOR:
        return False
    from ziamath.nodes.mnode import Mnode
    from ziamath.nodes.moperator import Moperator
    from ziamath.nodes.mrow import Mrow
    from ziamath.nodes.nodetools import elementtext

    if getattr(Mrow._get_height_nostretch, "remembers", False):
        return True
    plain_setup: Any = Moperator._setup

    def operator_setup(self: Any, **kwargs: Any) -> Any:
        if (
            _without_height
            and "rowymin" not in kwargs
            and self.params.get("stretchy", "false") != "false"
        ):
            _without_height[-1].note()  # it would have been sized by the row, had it one
        return plain_setup(self, **kwargs)

    def get_height_nostretch(self: Any, line: list[ET.Element], **kwargs: Any) -> Any:
        """``Mrow._get_height_nostretch`` of ziamath 0.13, each child's copy remembered."""
        ymax: float = -9999
        ymin: float = 9999
        kwargs["nostretch"] = True
        low: Any = kwargs.get("rowymin")
        high: Any = kwargs.get("rowymax")
        has_height = "rowymin" in kwargs
        handed = low.reads if isinstance(low, _Noted) else None
        context = _context(self, kwargs)
        memo = _memo(self)
        for child in line:
            text = elementtext(child)
            if child.tag == "mo" and text == "":
                continue
            key = (_shape(child), context)
            known = next(
                (e for e in memo.get(key, ()) if not e[0] or (e[1] == low and e[2] == high)),
                None,
            )
            if known is not None:
                used, _low, _high, (child_min, child_max) = known
                if used:  # this row's height was read: so it is by the row measuring
                    if handed is not None:
                        handed.note()
                    elif not has_height and _without_height:
                        _without_height[-1].note()
            else:
                reads = _Reads(
                    handed if has_height else (_without_height[-1] if _without_height else None)
                )
                if has_height:
                    kwargs["rowymin"], kwargs["rowymax"] = _noted(low, reads), _noted(high, reads)
                else:
                    _without_height.append(reads)
                try:
                    # A copy as ziamath makes it (through its text), not to change the element.
                    copy = copied(child)
                    node = Mnode.fromelement(copy, parent=self, **kwargs)
                finally:
                    if has_height:
                        kwargs["rowymin"], kwargs["rowymax"] = low, high
                    else:
                        _without_height.pop()
                child_min, child_max = node.bbox.ymin, node.bbox.ymax
                entry = (reads.used, low, high, (child_min, child_max))
                memo.setdefault(key, []).append(entry)
            ymax = max(ymax, child_max)
            ymin = min(ymin, child_min)
        return ymin, ymax

    get_height_nostretch.remembers = True  # type: ignore[attr-defined]
    get_height_nostretch.plain = Mrow._get_height_nostretch  # type: ignore[attr-defined]
    operator_setup.plain = plain_setup  # type: ignore[attr-defined]
    Moperator._setup = operator_setup  # type: ignore[method-assign]
    Mrow._get_height_nostretch = get_height_nostretch  # type: ignore[method-assign]
    return True
