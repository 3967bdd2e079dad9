"""PyInstaller hook for PySide6.QtDBus: the standard one, minus unused Qt plugins."""

import os
import sys

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import prune

# Dropping plugins here, before PyInstaller follows their links, also leaves out the
# libraries only they need (the GTK theme plugin alone would bring GTK along).
hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = prune.hook_binaries(binaries)
