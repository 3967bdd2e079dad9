"""The PySide6 + qasync layer of MiniMax Chat."""
