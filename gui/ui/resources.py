"""Find the app's resources (icons, style sheet, translations) wherever ``gui`` was loaded from."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

FOLDER = "resources"


def resource_dir() -> Path:
    """``gui/resources`` in a wheel or a PyInstaller bundle; the checkout's ``resources/``."""
    package = files("gui")  # a real folder in a checkout, a (pipx) venv and the bundle alike
    return locate(package if isinstance(package, Path) else Path(str(package)))


def locate(package: Path) -> Path:
    """The resources folder for the ``gui`` package at ``package``.

    Installed, the build put the repository's top-level ``resources/`` inside the package
    (setup.py, packaging/minimax-chat.spec). In a source checkout (an editable install or
    ``PYTHONPATH``) it is the top-level folder itself, next to the package.
    """
    inside = package / FOLDER
    if inside.is_dir():
        return inside
    return package.parent / FOLDER


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
