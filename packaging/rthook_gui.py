"""PyInstaller runtime hook, run before PySide6's own: import ``gui`` while imports are plain.

PyInstaller's PySide6 hook imports QtCore before the entry script runs, and shiboken then
wraps ``builtins.__import__``. ``gui`` saves Python's own import function when first
imported and ``gui.ui`` restores it (a streaming-speed fix), so it must come first.
"""

import gui  # noqa: F401
