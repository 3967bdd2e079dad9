"""The formula typesetter's child process: LaTeX in, SVG out, one JSON line each way.

ziamath is pure Python; run in a thread of the app it would hold the interpreter lock
for tens of milliseconds at a time and stall the window (measured: 100–200 ms gaps while
a math-heavy answer streamed). In a child process (``minimax-chat --math-worker``, the
same program, frozen or not) it costs the window nothing. The child gets no API key.
"""

from __future__ import annotations

import json
import os
import sys
import types
from pathlib import Path
from typing import Any

WORKER_FLAG = "--math-worker"


def worker_command() -> list[str]:
    """How to start this program as the typesetter, from source or from the frozen bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-P", "-m", "gui", WORKER_FLAG]


def worker_environment() -> dict[str, str]:
    # Imported here: the child itself has no use for it (and starts ~30 ms sooner).
    from gui.core.environment import child_environment

    env = child_environment(os.environ)  # no API key variable
    if not getattr(sys, "frozen", False):
        # The child must import this same copy of ``gui``, wherever it was started from.
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


def request_line(ident: int, tex: str, display: bool, color: str, size: float) -> bytes:
    request = {"id": ident, "tex": tex, "display": display, "color": color, "size": size}
    return json.dumps(request).encode() + b"\n"


def parse_reply(line: bytes) -> tuple[int, str | None] | None:
    """(request id, SVG or None) from one line of the child's output; None if garbled."""
    try:
        reply: Any = json.loads(line)
        ident, svg = reply["id"], reply["svg"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(ident, int) or not (svg is None or isinstance(svg, str)):
        return None
    return ident, svg


LOADED_WHEN_USED = (
    "urllib.request",
    "tempfile",
    "shutil",
    "bz2",
    "lzma",
    "zipfile",
    "random",
    "html",
    "base64",
)
"""Modules the typesetter imports but does not use while it typesets: ``xml.sax.saxutils``
(latex2mathml takes ``unescape`` from it) imports ``urllib.request`` for a function it does
not call, which brings ``http.client``, ``ssl`` and ``email``: a sixth of the child's start;
``importlib.resources``, by which ziafont and ziamath find their fonts, imports ``tempfile``
(with ``shutil``, ``bz2``, ``lzma`` and ``random``) and ``zipfile`` for packages kept in
archives; ziafont's GSUB reader imports ``random`` for a feature the math font has not;
``html`` and ``base64`` serve the exports and the window. Each is
run if something of it is asked for after all."""


class _RunWhenUsed(types.ModuleType):
    """A module whose code runs the first time an attribute it has not got is asked for;
    its ``__spec__`` is in place, so ``import`` finds it ready and runs nothing. (The
    standard ``LazyLoader`` runs the code as soon as the import system reads ``__spec__``,
    that is at the next ``import`` of it.)"""

    def __getattr__(self, name: str) -> Any:
        spec = self.__dict__.pop("_not_run", None)
        if spec is None:
            raise AttributeError(name)
        self.__class__ = types.ModuleType  # type: ignore[assignment]
        spec.loader.exec_module(self)
        return getattr(self, name)


def load_when_used(name: str) -> None:
    """Import ``name`` so that its code runs only when something of it is used; as usual
    if that cannot be done (a loader without ``exec_module``)."""
    import importlib
    import importlib.util

    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return
    module = _RunWhenUsed(name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__file__ = spec.origin
    module.__package__ = spec.parent
    module._not_run = spec  # type: ignore[attr-defined]
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:  # as the import system does once it has loaded a submodule
        setattr(importlib.import_module(parent), child, module)


def serve() -> int:
    """The child's loop: one request per line on stdin, one reply per line on stdout."""
    for name in LOADED_WHEN_USED:
        load_when_used(name)
    from gui.core.math_svg import tex_to_svg

    for line in sys.stdin.buffer:
        try:
            request = json.loads(line)
            svg = tex_to_svg(
                str(request["tex"]),
                bool(request["display"]),
                str(request["color"]),
                float(request["size"]),
            )
            ident = int(request["id"])
        except (ValueError, KeyError, TypeError):
            continue
        sys.stdout.write(json.dumps({"id": ident, "svg": svg}) + "\n")
        sys.stdout.flush()
    return 0
