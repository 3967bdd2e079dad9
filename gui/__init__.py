"""MiniMax Chat: a native desktop chat client for MiniMax's reasoning models."""

import builtins

__version__ = "0.1.0"

# Python's own import function, saved before PySide6 can wrap it (see gui.ui.app).
ORIGINAL_IMPORT = builtins.__import__
