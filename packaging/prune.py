"""What the bundle leaves out: unused Python packages, Qt modules, plugins and translations.

Used by minimax-chat.spec on the lists PyInstaller builds (tuples of destination, source,
type). Plugins are matched by their folder under ``plugins/`` and their file name, so the
same rules work for Linux (``libqvnc.so``), Windows (``qvnc.dll``) and macOS
(``libqvnc.dylib``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path, PurePath

# Python packages some dependency can import but the app never does. The test tools
# come in through optional plugins (pydantic.mypy, hypothesis' entry points) when the
# build runs in the development venv.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "mypy",
    "mypyc",
    "ast_serialize",
    "pydantic.mypy",
    "hypothesis",
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_asyncio",
    "ruff",
    "PyInstaller",
    "setuptools",
    "pkg_resources",
    "pip",
    # Other Qt bindings must never come along (PyInstaller allows one).
    "PyQt5",
    "PyQt6",
    "PySide2",
    # Qt modules the app does not use (the app imports QtCore, QtGui, QtWidgets, and
    # QtNetwork for the local socket a second launch hands over through).
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtConcurrent",
    "PySide6.QtPrintSupport",
    "PySide6.QtXml",
    "PySide6.QtSvgWidgets",
]

# Plugins kept, by folder; a folder not listed here is dropped whole. Each name is a
# plugin's base name (no "lib" prefix, no extension).
KEPT_PLUGINS: dict[str, set[str] | None] = {
    # Linux X11 and Wayland, Windows, macOS, and offscreen for the smoke test.
    "platforms": {"qxcb", "qwayland", "qwayland-egl", "qwindows", "qcocoa", "qoffscreen"},
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    # The portal theme talks D-Bus; the GTK theme would drag GTK itself into the bundle.
    "platformthemes": {"qxdgdesktopportal"},
    "styles": None,  # all (Windows' native style lives here)
    "iconengines": None,  # qsvgicon: the app icon is an SVG
    "imageformats": {"qsvg", "qico", "qgif", "qjpeg", "qwebp"},
    "xcbglintegrations": None,
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl", "shm-emulation-server"},
}

# Qt libraries only the dropped plugins need (linked by them, not by the app).
DROPPED_LIBRARIES = (
    "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKmsSupport",
    "Qt6EglFsKmsGbmSupport",
    "Qt6Pdf",
    "Qt6Quick",
    "Qt6Qml",
    "Qt6QmlModels",
    "Qt6QmlMeta",
    "Qt6QmlWorkerScript",
    "Qt6VirtualKeyboard",
    "Qt6WaylandCompositor",
)

# The Windows software OpenGL fallback (20 MB); the app draws with QPainter only.
DROPPED_FILES = {"opengl32sw.dll"}

_LIB_NAME = re.compile(r"^(?:lib)?(.+?)(?:\.abi3)?(?:\.so(?:\.\d+)*|\.dll|\.dylib)$", re.IGNORECASE)


def _plugin_location(dest: str) -> tuple[str, str] | None:
    """``(folder, name)`` for a Qt plugin's destination path, else None."""
    parts = PurePath(dest.replace("\\", "/")).parts
    for i in range(len(parts) - 2):
        if parts[i] == "plugins" and "PySide6" in parts[:i]:
            if i + 2 != len(parts) - 1:
                return None
            match = _LIB_NAME.match(parts[-1])
            return (parts[i + 1], match.group(1) if match else parts[-1])
    return None


def keep_plugin(dest: str) -> bool:
    """False for a Qt plugin the app does not need; True for everything else."""
    location = _plugin_location(dest)
    if location is None:
        return True
    folder, name = location
    if folder not in KEPT_PLUGINS:
        return False
    kept = KEPT_PLUGINS[folder]
    return kept is None or name in kept


def keep_library(dest: str) -> bool:
    """False for a Qt library only dropped plugins need, and for opengl32sw.dll."""
    path = PurePath(dest.replace("\\", "/"))
    if path.name.lower() in DROPPED_FILES:
        return False
    for part in path.parts:  # macOS: QtNetwork.framework/Versions/A/QtNetwork
        framework = part.startswith("Qt") and part.endswith(".framework")
        if framework and f"Qt6{part[2 : -len('.framework')]}" in DROPPED_LIBRARIES:
            return False
    match = _LIB_NAME.match(path.name)
    return (match.group(1) if match else path.name) not in DROPPED_LIBRARIES


def binaries(toc: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The binaries without unused plugins and the libraries only they link."""
    return [entry for entry in toc if keep_plugin(entry[0]) and keep_library(entry[0])]


def hook_binaries(binaries: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The same rule for a hook's ``(source, destination folder)`` pairs."""
    return [
        (src, dest)
        for src, dest in binaries
        if keep_plugin(f"{dest}/{PurePath(src).name}")
        and keep_library(f"{dest}/{PurePath(src).name}")
    ]


def _translation_language(name: str) -> tuple[str, str] | None:
    """``("qtbase", "zh_CN")`` for ``qtbase_zh_CN.qm``."""
    match = re.match(r"^([a-z]+)_([a-z]{2,3}(?:_[A-Za-z]{2,4})?)\.qm$", name)
    return (match.group(1), match.group(2)) if match else None


def datas(toc: Iterable[tuple[str, str, str]], languages: set[str]) -> list[tuple[str, str, str]]:
    """The data files without Qt translations for languages the app does not ship.

    A Qt catalogue is kept when its language is one the app has a translation for
    (``zh_CN`` keeps ``qtbase_zh_CN.qm``; ``de`` keeps ``qtbase_de.qm``), plus the
    plain language of a regional one (``zh_CN`` also keeps ``qtbase_zh.qm``).
    """
    wanted = set(languages) | {lang.split("_")[0] for lang in languages}
    kept = []
    for entry in toc:
        path = PurePath(entry[0].replace("\\", "/"))
        if "translations" in path.parts and "PySide6" in path.parts:
            parsed = _translation_language(path.name)
            if parsed is None or parsed[1] not in wanted:
                continue
        kept.append(entry)
    return kept


def shipped_languages(resources: Path) -> set[str]:
    """Languages the app ships translations for: ``resources/translations/*_<lang>.qm``."""
    folder = resources / "translations"
    found = set()
    for qm in folder.glob("*.qm") if folder.is_dir() else ():
        match = re.search(r"_([a-z]{2,3}(?:_[A-Za-z]{2,4})?)$", qm.stem)
        if match:
            found.add(match.group(1))
    return found
