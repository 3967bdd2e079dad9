"""ziafont 0.11 reads its font's tables one number per call; this reads the same arrays in
one call each and builds the same objects from them.

ziamath loads its math font (STIX Two Math) at import, and ziafont reads the advance widths
(``hmtx``), the character maps (``cmap``) and every coverage table (``GSUB``, ``MATH``) with a
Python call per 16-bit number, some 45,000 of them: a third of the typesetter's start. Here
``struct`` reads each array at once from the same bytes and offsets, and the character maps'
dictionaries are filled from ranges; what ziafont keeps (the lists, dictionaries and their
order, the file position it leaves) is the same, which a test checks against a font read by
ziafont's own code, with the formulas' SVGs.

Only when ziafont's version and the files whose code is replaced are the ones checked
(``TABLES_FOR``); any other ziafont runs unchanged.
"""

from __future__ import annotations

import struct
from collections import namedtuple
from itertools import repeat
from typing import Any

from gui.core.math_paths import checked

TABLES_FOR = (
    "0.11",
    {
        # Font._readwidths, Font._readcmap
        "font.py": "feca9afd0e1f06ed029b43081c7bb0742f7a780bba322beccccaa0a764854448",
        # Cmap4, Cmap12: the maps they build
        "cmap.py": "4089cb666aa59d29fa8af6e37af7a06d0353ddd403f29a0346f5fb7b585224b8",
        # Coverage
        "tables.py": "704a46709cbb70819d4501018c6fc009fde9c0a585e2a08542a4404f523ff89a",
        # FontReader: big-endian numbers, seek only to a non-zero offset
        "fontread.py": "1a04fe22d87e3443834910faa28c7de1c0c1bf5ba7e19b1942f193d2210d9157",
        # AdvanceWidth
        "fonttypes.py": "9f5356f0a3301243d49ac8a087dba34a2b0db15f2990c68830752d543fafa75f",
    },
)
"""The ziafont version and the SHA-256 of the files whose code is stood in for here."""

_PLATFORMS = {0: "unicode", 1: "macintosh", 3: "windows"}
_CMapTable = namedtuple("_CMapTable", ["platform", "platformid", "offset"])
_Range = namedtuple("Range", ["startglyph", "endglyph", "covidx"])  # type: ignore[name-match]
"""ziafont's ``Range``, named as it names it."""


def _array(fontfile: Any, code: str, count: int) -> tuple[int, ...]:
    """``count`` big-endian numbers (``struct`` code) from the file's position, which moves
    past them as ``count`` single reads would."""
    form = f">{count}{code}" if len(code) == 1 else ">" + code * count
    values: tuple[int, ...] = struct.unpack(form, fontfile.read(struct.calcsize(form)))
    return values


def _readwidths(self: Any, numlonghormetrics: int) -> list[Any]:
    """``Font._readwidths``: ``(advanceWidth, leftSideBearing)`` for each long metric."""
    from ziafont.fonttypes import AdvanceWidth

    self.fontfile.seek(self.tables["hmtx"].offset)
    pairs = _array(self.fontfile, "Hh", numlonghormetrics)
    # tuple.__new__ makes the same named tuples as AdvanceWidth(w, b), without a Python call
    return list(
        map(tuple.__new__, repeat(AdvanceWidth), zip(pairs[0::2], pairs[1::2], strict=True))
    )


def _cmap4_map(
    startcodes: list[int],
    endcodes: list[int],
    idrangeoffset: list[int],
    iddeltas: list[int],
    glyphidarray: list[int],
) -> dict[int, int]:
    """``Cmap4``'s character → glyph map, entry for entry and in the same order."""
    glyphmap: dict[int, int] = {}
    segments = len(startcodes)
    for seg, start in enumerate(startcodes):
        codes = range(start, endcodes[seg] + 1)
        delta = iddeltas[seg]
        if idrangeoffset[seg] != 0:
            first = seg - segments + idrangeoffset[seg] // 2 - start
            gids = [glyphidarray[first + i] for i in codes]  # Python's indexing, as ziafont's
            glyphmap.update(zip(codes, [delta + g if g > 0 else 0 for g in gids], strict=True))
        else:
            glyphmap.update(zip(codes, [(delta + i) % 0x10000 for i in codes], strict=True))
    return glyphmap


def _cmap(kind: Any, fields: dict[str, Any], glyphmap: dict[int, int]) -> Any:
    """A ``Cmap4`` or ``Cmap12`` with the attributes its ``__init__`` sets, in its order."""
    cmap = kind.__new__(kind)
    cmap.__dict__.update(fields)
    cmap.glyphmap = glyphmap
    cmap.glyphmap_r = None
    return cmap


def _readcmap(self: Any) -> None:
    """``Font._readcmap``: the format 4 and 12 character maps, the first of them active
    (a format 12 one over a format 4 one)."""
    from ziafont.cmap import Cmap4, Cmap12

    fontfile = self.fontfile
    version = fontfile.readint16(self.tables["cmap"].offset)  # noqa: F841 (as ziafont reads it)
    numtables = fontfile.readint16()
    cmaptables = []
    for _ in range(numtables):
        platform, platformid, offset = _array(fontfile, "HHI", 1)
        cmaptables.append(_CMapTable(_PLATFORMS.get(platform), platformid, offset))

    self.cmap = None
    self.cmaps = []
    for ctable in cmaptables:
        ctable_ofst = self.tables["cmap"].offset + ctable.offset
        cmapformat = fontfile.readuint16(ctable_ofst)
        if cmapformat == 4:
            length, _lang, segx2, _range, _selector, _shift = _array(fontfile, "H", 6)
            segcount = segx2 // 2
            endcodes = list(_array(fontfile, "H", segcount))
            fontfile.readuint16()  # reserved pad
            startcodes = list(_array(fontfile, "H", segcount))
            iddeltas = list(_array(fontfile, "H", segcount))
            idrangeoffset = list(_array(fontfile, "H", segcount))
            glyphtablelen = (length - (fontfile.tell() - ctable_ofst)) // 2
            glyphidxarray = list(_array(fontfile, "H", max(glyphtablelen, 0)))
            fields = {
                "platform": ctable.platform,
                "platformid": ctable.platformid,
                "startcodes": startcodes,
                "endcodes": endcodes,
                "idrangeoffset": idrangeoffset,
                "iddeltas": iddeltas,
                "glyphidarray": glyphidxarray,
            }
            glyphmap = _cmap4_map(startcodes, endcodes, idrangeoffset, iddeltas, glyphidxarray)
            cmap = _cmap(Cmap4, fields, glyphmap)
            if self.cmap is None:
                self.cmap = cmap
            self.cmaps.append(cmap)
        elif cmapformat == 12:
            fontfile.readuint16()
            _length, _lang, ngroups = _array(fontfile, "I", 3)
            groups = _array(fontfile, "I", 3 * ngroups)
            starts, ends, glyphstarts = list(groups[0::3]), list(groups[1::3]), list(groups[2::3])
            glyphmap = {}
            for start, end, glyphstart in zip(starts, ends, glyphstarts, strict=True):
                glyphmap.update(
                    zip(
                        range(start, end + 1),
                        range(glyphstart, glyphstart + end + 1 - start),
                        strict=True,
                    )
                )
            fields = {
                "platform": ctable.platform,
                "platformid": ctable.platformid,
                "startcodes": starts,
                "endcodes": ends,
                "glyphstarts": glyphstarts,
            }
            cmap = _cmap(Cmap12, fields, glyphmap)
            if self.cmap is None or isinstance(self.cmap, Cmap4):
                self.cmap = cmap
            self.cmaps.append(cmap)

    if len(self.cmaps) == 0:
        raise ValueError("No suitable cmap table found in font.")


def _coverage_init(self: Any, ofst: int, fontfile: Any, nulltable: bool = False) -> None:
    """``Coverage.__init__``: the glyph list (format 1) or the glyph ranges (format 2)."""
    self.ofst = ofst
    self.fontfile = fontfile
    self.nulltable = nulltable
    if not self.nulltable:
        fileptr = fontfile.tell()
        fontfile.seek(self.ofst)
        self.format = fontfile.readuint16()
        if self.format == 1:
            glyphcnt = fontfile.readuint16()
            self.glyphs = list(_array(fontfile, "H", glyphcnt))
        elif self.format == 2:
            rangecnt = fontfile.readuint16()
            values = _array(fontfile, "H", 3 * rangecnt)
            self.ranges = list(map(_Range, values[0::3], values[1::3], values[2::3]))
        else:
            raise ValueError(f"Bad coverage table format {self.format}")
        fontfile.seek(fileptr)  # Put file pointer back


def install() -> bool:
    """Read the tables in bulk from now on (before ziamath loads its font); False if this
    ziafont is not the one checked."""
    import ziafont
    from ziafont import font, tables

    if getattr(font.Font._readcmap, "bulk", False):
        return True
    if not checked(ziafont, TABLES_FOR[0], TABLES_FOR[1]):
        return False
    readers: tuple[tuple[type, str, Any], ...] = (
        (font.Font, "_readwidths", _readwidths),
        (font.Font, "_readcmap", _readcmap),
        (tables.Coverage, "__init__", _coverage_init),
    )
    for owner, name, bulk in readers:
        bulk.bulk = True
        bulk.plain = getattr(owner, name)
        setattr(owner, name, bulk)
    return True
