"""The window's declarative parts agree with each other."""

from __future__ import annotations

from gui.ui.window_actions import ACTIONS, MENUS, TOOLBAR, ActionSlots


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
