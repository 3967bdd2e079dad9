"""The window's declarative parts: actions, menus and toolbar agree; shortcuts per platform."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from gui.ui.window_actions import ACTIONS, MENUS, TOOLBAR, ActionSlots, ActionSpec, shortcuts_for


def test_every_action_has_a_declared_slot_and_every_slot_an_action() -> None:
    declared = set(ActionSlots.__annotations__)
    made = [spec.attr for spec in ACTIONS]
    assert len(made) == len(set(made)), "an attribute is used twice"
    assert declared == set(made)


def test_menus_and_toolbar_name_only_existing_actions() -> None:
    made = {spec.attr for spec in ACTIONS}
    in_menus = {attr for _title, attrs in MENUS for attr in attrs if attr is not None}
    assert in_menus <= made
    assert set(TOOLBAR) <= made


def keys(spec: ActionSpec) -> list[str]:
    return [k.toString() for k in shortcuts_for(spec)]


def test_shortcuts_drop_empty_and_repeated_keys(qapp: QApplication) -> None:
    spec = ActionSpec("a", "a", "A", lambda w: None, ("Ctrl+=", "", "Ctrl+=", "Ctrl++"))
    assert keys(spec) == ["Ctrl+=", "Ctrl++"]


def test_a_fallback_key_is_used_only_when_the_platform_has_none(qapp: QApplication) -> None:
    """Settings: the platform's Preferences key where there is one, else Ctrl+,."""
    with_key = ActionSpec("a", "a", "A", lambda w: None, ("Ctrl+P",), ("Ctrl+,",))
    without = ActionSpec("a", "a", "A", lambda w: None, ("",), ("Ctrl+,",))
    assert keys(with_key) == ["Ctrl+P"]
    assert keys(without) == ["Ctrl+,"]
    settings = next(s for s in ACTIONS if s.attr == "settings_action")
    platform = QKeySequence(QKeySequence.StandardKey.Preferences)
    assert keys(settings) == ([platform.toString()] if not platform.isEmpty() else ["Ctrl+,"])
