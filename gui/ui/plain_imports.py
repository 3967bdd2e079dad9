"""Python's own ``__import__`` back as soon as shiboken has wrapped it."""

from __future__ import annotations

import builtins

import shiboken6  # noqa: F401 - installs shiboken's import hook (once), undone below

from gui import ORIGINAL_IMPORT


def use_plain_imports() -> None:
    """Give Python back its own ``__import__`` after shiboken replaced it.

    WORKAROUND: shiboken installs an import hook (for ``from __feature__ import …``,
    which this app never uses). It adds ~2 µs to every executed import statement, and
    the openai SDK runs function-level imports for every field of every chunk: the hook
    alone cost about a fifth of the streaming CPU time (benchmarks/). It also reads the
    source of every module imported while it is installed (``inspect.getsource``, to
    look for the word "PySide6"), which kept ~6 MB of source lines in ``linecache`` and
    slowed start-up: so this runs when ``gui.ui`` is first imported, before the app's
    own modules load.
    """
    if builtins.__import__ is not ORIGINAL_IMPORT:
        builtins.__import__ = ORIGINAL_IMPORT
