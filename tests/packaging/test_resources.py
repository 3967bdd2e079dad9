"""Resources are found alike in a checkout, a wheel and a bundle; the wheel carries them all."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from gui.ui import resources

ROOT = Path(__file__).resolve().parents[2]


def test_an_installed_package_uses_the_resources_inside_it(tmp_path: Path) -> None:
    """A wheel or a bundle: gui/resources wins over any resources/ folder beside the package."""
    package = tmp_path / "site-packages" / "gui"
    (package / "resources" / "styles").mkdir(parents=True)
    (tmp_path / "site-packages" / "resources").mkdir()  # someone else's folder
    assert resources.locate(package) == package / "resources"


def test_a_checkout_uses_the_top_level_resources_folder(tmp_path: Path) -> None:
    """In the repository (editable install, PYTHONPATH) the package has no resources inside."""
    (tmp_path / "gui").mkdir()
    (tmp_path / "resources").mkdir()
    assert resources.locate(tmp_path / "gui") == tmp_path / "resources"


def test_this_checkout_finds_its_resources_through_the_package() -> None:
    """Running from source finds the repository's own resources/ folder."""
    assert resources.resource_dir() == ROOT / "resources"
    assert resources.resource_path("styles", "app.qss").is_file()


def test_the_wheel_ships_every_resource_the_app_loads() -> None:
    """Each file in resources/ (but translation sources) matches the wheel's package data.

    setup.py maps resources/ to gui/resources; pyproject.toml lists what goes in. A new kind
    of resource that the list misses would load from source and be absent after pipx install.
    """
    setup_py = (ROOT / "setup.py").read_text("utf-8")
    assert 'package_dir={"gui.resources": "resources"}' in setup_py
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["gui.resources"]
    files = [
        path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix != ".ts"
    ]
    assert "translations/minimax_chat_zh_CN.qm" in files
    missing = [name for name in files if not any(fnmatch.fnmatch(name, p) for p in patterns)]
    assert missing == []
