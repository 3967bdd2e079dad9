"""ziamath's MathML unescaping without compiling its 2,079-way pattern when the typesetter starts.

``ziamath/escapes.py`` joins every named entity it knows (``&alpha;``…) and four operator
pairs (``:=``, ``==``…) into one regular expression at import: 25–40 ms of the typesetter's
start, a sixth of it, for the entities latex2mathml hardly ever writes. This module stands
in for it (put in ``sys.modules`` before ziamath is imported, only when that file is exactly
the one checked, ``ESCAPES_SHA256``) and makes the same replacements with a small pattern:
every named entity is ``&`` letters-and-digits ``;`` (checked on the table when first used;
otherwise the library's own pattern is compiled), so a match of ``&[A-Za-z0-9]+;`` that is
not in the table can hide no other match, and is left as it is.
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Callable
from typing import Any

ESCAPES_SHA256 = "b46e53a928635b328f91822be9edea3b1113885d730fcdbaafc20963c64b44dc"
"""``ziamath/escapes.py`` of ziamath 0.13, which ``unescape`` below reproduces."""

EXTRA = {
    ":=": "≔",
    r"\*=": "⩮",  # a backslash, a star and "=" (ziamath escapes its keys for the pattern)
    "==": "⩵",
    "!=": "≠",
    "&InvisibleComma;": "",
    "&InvisibleTimes;": "",
}
"""What ziamath 0.13 adds to its entity table (``escapes.py``)."""

ENTITY = r"&[A-Za-z0-9]+;"
FAST = ENTITY + r"|:=|\\\*=|==|!="
"""Every key of the table: the named entities, then ``EXTRA``'s operator pairs."""

_replace: Callable[[str], str] | None = None


def library_pattern(escapes: dict[str, str]) -> re.Pattern[str]:
    """ziamath's own pattern: the table's keys in order, each literal."""
    return re.compile("|".join(map(re.escape, escapes.keys())))


def _table() -> dict[str, str]:
    from ziamath import escape_codes

    escapes: dict[str, str] = escape_codes.ESCAPES
    escapes.update(EXTRA)  # as ziamath's module does, in place
    return escapes


def _replacer() -> Callable[[str], str]:
    escapes = _table()
    pairs = {key for key in EXTRA if not key.startswith("&")}
    named = all(re.fullmatch(ENTITY, key) for key in escapes if key not in pairs)
    pattern = re.compile(FAST) if named else library_pattern(escapes)
    get = escapes.get
    return lambda text: pattern.sub(lambda match: get(match[0], match[0]), text)


def unescape(xmlstr: str) -> str:
    """``ziamath.escapes.unescape`` of ziamath 0.13: entities and operator pairs replaced."""
    global _replace
    if _replace is None:
        _replace = _replacer()
    xml = _replace(xmlstr)
    # Hyphens become minus signs in numbers and operators, as ziamath does it.
    xml = re.sub(r"<mn.*>\s*-", "<mn>−", xml)
    xml = re.sub(r"<mo.*>\s*-\s*</mo>", "<mo> − </mo>", xml)
    return xml


def _module_attribute(name: str) -> Any:
    """``ESCAPES`` and ``regex`` of ziamath's module, made when someone asks for them."""
    if name == "ESCAPES":
        return _table()
    if name == "regex":
        return library_pattern(_table())
    raise AttributeError(name)


def install() -> bool:
    """Stand in for ``ziamath.escapes`` if ziamath is not imported yet and its file is the
    one checked; False if not (then ziamath imports its own)."""
    if "ziamath" in sys.modules or "ziamath.escapes" in sys.modules:
        return (
            "ziamath.escapes" in sys.modules
            and sys.modules["ziamath.escapes"].__dict__.get("unescape") is unescape
        )
    import hashlib
    from importlib.util import find_spec
    from pathlib import Path

    try:
        spec = find_spec("ziamath")  # finds the package without importing it
        folders = list(spec.submodule_search_locations or []) if spec else []
        source = (Path(folders[0]) / "escapes.py").read_bytes() if folders else b""
    except (OSError, ImportError, ValueError):
        return False
    if hashlib.sha256(source).hexdigest() != ESCAPES_SHA256:
        return False  # another version, or a frozen build without sources: its own
    module = types.ModuleType("ziamath.escapes", __doc__)
    module.unescape = unescape  # type: ignore[attr-defined]
    module.__getattr__ = _module_attribute  # type: ignore[method-assign]
    sys.modules["ziamath.escapes"] = module
    return True
