"""Packages for setuptools: ``gui`` and its subpackages, plus ``resources/`` as ``gui/resources``.

The repository keeps its resources at the top level; the wheel (and so pipx) carries them
inside the package, where ``gui.ui.resources`` looks first. Everything else is in
pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["gui", "gui.*"]), "gui.resources"],
    package_dir={"gui.resources": "resources"},
)
