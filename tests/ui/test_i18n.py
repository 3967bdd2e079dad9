"""Translations: the Chinese catalog covers every string, and the window really speaks it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from gui.core.errors import localized_text, network_error
from gui.core.i18n import translating
from gui.ui import i18n
from tests.ui.test_chat_window import MakeApp

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def catalog(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <translation> element of every message in a .ts file."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            messages[(name, source)] = translation
    return messages


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every translatable string in the code today, extracted with pyside6-lupdate."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    sources = sorted(str(p) for p in (ROOT / "gui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(out)], check=True, capture_output=True, cwd=ROOT
    )
    return set(catalog(out))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_catalog_has_every_string_translated(
    language: str, current_sources: set[tuple[str, str]]
) -> None:
    """A string used in the code but missing (or unfinished) in a catalog fails this test."""
    messages = catalog(TRANSLATIONS / f"minimax_chat_{language}.ts")
    missing = sorted(current_sources - set(messages))
    assert not missing, f"not in the {language} catalog (run scripts/translations.sh): {missing}"
    unfinished = sorted(
        key
        for key in current_sources
        if not (messages[key].text or "").strip() or messages[key].get("type")
    )
    assert not unfinished, f"untranslated in {language}: {unfinished}"


def test_placeholders_survive_translation() -> None:
    """Every {placeholder} of a source appears in its Chinese translation, and nothing else."""
    for (context, source), translation in catalog(TRANSLATIONS / "minimax_chat_zh_CN.ts").items():
        expected = set(PLACEHOLDER.findall(source))
        assert set(PLACEHOLDER.findall(translation.text or "")) == expected, (context, source)


def test_compiled_catalogs_are_up_to_date(tmp_path: Path) -> None:
    """The .qm files the app loads are exactly what their .ts sources compile to."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for language in ("zh_CN", "en"):
        ts = TRANSLATIONS / f"minimax_chat_{language}.ts"
        qm = TRANSLATIONS / f"minimax_chat_{language}.qm"
        fresh = tmp_path / qm.name
        subprocess.run([str(lrelease), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
        assert qm.exists(), f"{qm.name} missing: run scripts/translations.sh"
        assert qm.read_bytes() == fresh.read_bytes(), (
            f"{qm.name} is stale: run scripts/translations.sh"
        )


def test_language_follows_the_system_by_default() -> None:
    """ "system" picks Chinese on a Chinese system and English elsewhere; a choice wins."""
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert i18n.resolve_language("system", chinese) == "zh_CN"
    assert i18n.resolve_language("system", english) == "en"
    assert i18n.resolve_language("en", chinese) == "en"
    assert i18n.resolve_language("zh_CN", english) == "zh_CN"


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The Chinese catalogs installed, with core text routed through Qt, for one test."""
    translators = i18n.install(qapp, "zh_CN")
    assert translators, "the compiled Chinese catalog did not load"
    with translating(i18n.qt_translate):
        yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_window_speaks_chinese(chinese: None, arun: Callable[..., Any], make_app: MakeApp) -> None:
    """Menus, buttons, placeholders and core errors appear in Chinese."""
    app = arun(make_app())
    window = app.window
    texts = [
        window.new_action.text(),
        window.composer.button.text(),
        window.sidebar.search.placeholderText(),
    ]
    for text in texts:
        assert re.search(r"[\u4e00-\u9fff]", text), text
    error = network_error("detail")
    assert re.search(r"[\u4e00-\u9fff]", localized_text(error.text_ids, error.args))
    assert "Could not reach" in error.message  # stored and logged in English
