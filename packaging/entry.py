"""Entry script of the frozen app (PyInstaller): set up the process, then run ``gui``."""

import os
import sys

from gui.__main__ import main  # gui before PySide6 (see gui/__init__.py and rthook_gui.py)


def _prepare_process() -> None:
    """What a frozen process needs before the app runs."""
    if sys.stdout is None or sys.stderr is None:
        # Windowed Windows builds have no console: print() and logging must not crash.
        sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
        sys.stdout = sys.stdout or sink
        sys.stderr = sys.stderr or sink
    if sys.platform.startswith("linux"):
        # The bootloader put the bundle first on LD_LIBRARY_PATH. This process has read
        # it already; programs started from the app (xdg-open, the file manager) must
        # not load the bundle's libraries, so they get the user's own value back.
        original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is not None:
            os.environ["LD_LIBRARY_PATH"] = original
        else:
            os.environ.pop("LD_LIBRARY_PATH", None)


if __name__ == "__main__":
    _prepare_process()
    sys.exit(main())
