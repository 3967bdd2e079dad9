"""ziafont reads its font's kerning tables when the font is loaded; formulas seldom use them.

ziamath loads its math font (STIX Two Math) when it is imported, and ziafont then parses
every GPOS lookup (pair kerning, about 60,000 numbers): a tenth of the typesetter's start.
Formulas are laid out with the font's MATH table; the kerning tables serve only text in
a formula (``\\text{…}``). Here each lookup is parsed the first time it is used instead,
by ziafont's own code on the same bytes (it saves and restores the file position itself),
so what is parsed, and every position worked out from it, is the same.

Only for the ziafont version it was checked against (``LAZY_LOOKUPS_FOR``).
"""

from __future__ import annotations

from typing import Any

LAZY_LOOKUPS_FOR = "0.11"


def install() -> bool:
    """Parse GPOS lookups when first used (before ziamath loads its font); False if this
    ziafont is not the version checked."""
    import ziafont
    from ziafont import gpos

    if getattr(ziafont, "__version__", None) != LAZY_LOOKUPS_FOR:
        return False
    if getattr(gpos.GposLookup, "lazy", False):
        return True
    parse = gpos.GposLookup.__init__

    class LazyLookup(gpos.GposLookup):
        """A GPOS lookup read from the font the first time anything of it is asked for."""

        lazy = True

        def __init__(self, ofst: int, fontfile: Any) -> None:
            self._unread = (ofst, fontfile)

        def __getattr__(self, name: str) -> Any:  # only for what is not read yet
            unread = self.__dict__.pop("_unread", None)
            if unread is None:
                raise AttributeError(name)
            parse(self, *unread)
            return getattr(self, name)

    gpos.GposLookup = LazyLookup  # type: ignore[misc]
    return True
