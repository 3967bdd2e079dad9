"""latex2mathml's package imported without looking its version up in the installed metadata.

``latex2mathml/__init__.py`` only sets ``__version__`` from ``importlib.metadata``, and
importing that (with the scan of the installed packages) is about 30 ms of the formula
typesetter's start, for a version nothing of the typesetter reads. When that file is exactly
the one checked (``INIT_SHA256``), the package is put in ``sys.modules`` unrun, with
``__version__`` worked out the same way when someone asks for it; its modules import as
usual.
"""

from __future__ import annotations

import sys
from typing import Any

INIT_SHA256 = "c40e46a96819a9b4efd1351e3a2c01a4e93c0f8f226c496c648d4e19312786e9"
"""``latex2mathml/__init__.py`` of latex2mathml 3.x: ``__version__ = metadata.version(…)``."""


def _version(name: str) -> Any:
    if name != "__version__":
        raise AttributeError(name)
    from importlib import metadata

    return metadata.version("latex2mathml")


def install() -> bool:
    """Import the package lazily (before ziamath imports it); False if it is imported
    already or its ``__init__`` is not the one checked (then it runs as usual)."""
    if "latex2mathml" in sys.modules:
        return False
    import hashlib
    from importlib.util import find_spec, module_from_spec
    from pathlib import Path

    try:
        spec = find_spec("latex2mathml")
        origin = spec.origin if spec is not None else None
        source = Path(origin).read_bytes() if origin else b""
    except (OSError, ImportError, ValueError):
        return False
    if spec is None or hashlib.sha256(source).hexdigest() != INIT_SHA256:
        return False
    package = module_from_spec(spec)  # its path, spec and loader, its code not run
    package.__getattr__ = _version  # type: ignore[method-assign]
    sys.modules["latex2mathml"] = package
    return True
