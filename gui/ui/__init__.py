"""The PySide6 + qasync layer of MiniMax Chat."""

from gui.ui.plain_imports import use_plain_imports

use_plain_imports()
