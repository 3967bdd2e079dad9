"""Install the translation catalogs for the chosen language and route core text through them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.ui.resources import resource_path

log = logging.getLogger(__name__)

CATALOG = "minimax_chat"
SUPPORTED = ("en", "zh_CN")


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting, or the system's when it is "system"."""
    if setting in SUPPORTED:
        return setting
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def qt_translate(context: str, text: str) -> str:
    """Qt's translation lookup, shaped as ``gui.core.i18n.Translate``."""
    return QCoreApplication.translate(context, text)


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's catalog and Qt's own (standard buttons) for ``language``.

    Returns the translators, which must stay alive as long as the app runs.
    """
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return installed  # the source texts are English
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"{CATALOG}_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no %s catalog found; the interface stays in English", language)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qt"):
        qt = QTranslator(app)
        if qt.load(f"{name}_{language}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
            break
    return installed
