"""The main window's actions, menus and toolbar as one declarative table."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from gui.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from gui.ui.main_window import MainWindow

Key = str | QKeySequence.StandardKey
_STD = QKeySequence.StandardKey
# Qt reads "Ctrl" as Cmd on macOS, where Cmd+Tab belongs to the system: the Control key
# is "Meta" there.
_TAB = "Meta" if sys.platform == "darwin" else "Ctrl"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One window action: the attribute that holds it, its object name, text, keys and slot.

    Empty ``keys`` (a standard key the platform lacks) and repeats are dropped;
    ``fallback`` is used only when none of ``keys`` is left.
    """

    attr: str
    name: str
    text: str  # QT_TRANSLATE_NOOP("MainWindow", …)
    run: Callable[[MainWindow], object]
    keys: tuple[Key, ...] = ()
    fallback: tuple[Key, ...] = ()


class ActionSlots:
    """The attributes ``install_actions`` fills on the window, one per entry of ``ACTIONS``."""

    new_action: QAction
    settings_action: QAction
    stop_action: QAction
    regenerate_action: QAction
    toggle_reasoning_action: QAction
    search_action: QAction
    rename_action: QAction
    delete_action: QAction
    prompt_action: QAction
    export_action: QAction
    export_all_action: QAction
    import_action: QAction
    import_folder_action: QAction
    quit_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_reset_action: QAction
    next_action: QAction
    previous_action: QAction
    shortcuts_action: QAction
    focus_action: QAction
    show_logs_action: QAction
    about_action: QAction


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_action", "new", QT_TRANSLATE_NOOP("MainWindow", "New chat"),
        lambda w: w.new_chat(), (_STD.New,),
    ),
    ActionSpec(
        "settings_action", "settings", QT_TRANSLATE_NOOP("MainWindow", "Settings…"),
        lambda w: w.account.open_settings(), (_STD.Preferences,), ("Ctrl+,",),
    ),
    ActionSpec(
        "stop_action", "stop", QT_TRANSLATE_NOOP("MainWindow", "Stop answer"),
        lambda w: w.stop(), ("Esc",),
    ),
    ActionSpec(
        "regenerate_action", "regen", QT_TRANSLATE_NOOP("MainWindow", "Regenerate answer"),
        lambda w: w.regenerate(), ("Ctrl+Shift+R",),
    ),
    ActionSpec(
        "toggle_reasoning_action", "toggle-reasoning",
        QT_TRANSLATE_NOOP("MainWindow", "Reasoning pane"),
        lambda w: None, ("Ctrl+Shift+T",),  # checkable: its toggled signal does the work
    ),
    ActionSpec(
        "search_action", "search", QT_TRANSLATE_NOOP("MainWindow", "Search chats"),
        lambda w: w.chat_list.focus_search(), ("Ctrl+K",),
    ),
    ActionSpec(
        "rename_action", "rename", QT_TRANSLATE_NOOP("MainWindow", "Rename chat"),
        lambda w: w.sidebar.rename_current(), ("F2",),
    ),
    ActionSpec(
        "delete_action", "delete", QT_TRANSLATE_NOOP("MainWindow", "Delete chat…"),
        lambda w: w.delete_current(),
    ),
    ActionSpec(
        "prompt_action", "chat-prompt", QT_TRANSLATE_NOOP("MainWindow", "Chat system prompt…"),
        lambda w: w.edit_conversation_prompt(),
    ),
    ActionSpec(
        "export_action", "export", QT_TRANSLATE_NOOP("MainWindow", "Export chat…"),
        lambda w: w.export_import.export_conversation(w.current_id), ("Ctrl+E",),
    ),
    ActionSpec(
        "export_all_action", "export-all", QT_TRANSLATE_NOOP("MainWindow", "Export all chats…"),
        lambda w: w.export_import.export_all(),
    ),
    ActionSpec(
        "import_action", "import", QT_TRANSLATE_NOOP("MainWindow", "Import chats…"),
        lambda w: w.export_import.import_files(),
    ),
    ActionSpec(
        "import_folder_action", "import-folder",
        QT_TRANSLATE_NOOP("MainWindow", "Import chats from folder…"),
        lambda w: w.export_import.import_folder(),
    ),
    ActionSpec(
        "quit_action", "quit", QT_TRANSLATE_NOOP("MainWindow", "Quit"),
        lambda w: w.close(), (_STD.Quit,),
    ),
    ActionSpec(
        "zoom_in_action", "zoom-in", QT_TRANSLATE_NOOP("MainWindow", "Larger text"),
        lambda w: w.appearance.zoom_by(10), ("Ctrl+=", "Ctrl++", _STD.ZoomIn),
    ),
    ActionSpec(
        "zoom_out_action", "zoom-out", QT_TRANSLATE_NOOP("MainWindow", "Smaller text"),
        lambda w: w.appearance.zoom_by(-10), ("Ctrl+-",),
    ),
    ActionSpec(
        "zoom_reset_action", "zoom-reset", QT_TRANSLATE_NOOP("MainWindow", "Normal text size"),
        lambda w: w.appearance.zoom_reset(), ("Ctrl+0",),
    ),
    ActionSpec(
        "next_action", "next", QT_TRANSLATE_NOOP("MainWindow", "Next chat"),
        lambda w: w.chat_list.step(1), ("Ctrl+PgDown", f"{_TAB}+Tab"),
    ),
    ActionSpec(
        "previous_action", "previous", QT_TRANSLATE_NOOP("MainWindow", "Previous chat"),
        lambda w: w.chat_list.step(-1), ("Ctrl+PgUp", f"{_TAB}+Shift+Tab"),
    ),
    ActionSpec(
        "shortcuts_action", "shortcuts", QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts"),
        lambda w: w.show_shortcuts(), ("F1",),
    ),
    ActionSpec(
        "focus_action", "", QT_TRANSLATE_NOOP("MainWindow", "Focus message box"),
        lambda w: w.composer.edit.setFocus(), ("Ctrl+L",),
    ),
    ActionSpec(
        "show_logs_action", "show-logs", QT_TRANSLATE_NOOP("MainWindow", "Show log folder"),
        lambda w: w.show_logs(),
    ),
    ActionSpec(
        "about_action", "about", QT_TRANSLATE_NOOP("MainWindow", "About MiniMax Chat"),
        lambda w: w.about(),
    ),
)  # fmt: skip

# (menu title, action attributes; None is a separator)
MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        ("new_action", "settings_action", None, "export_action", "export_all_action",
         "import_action", "import_folder_action", None, "quit_action"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Chat"),
        ("stop_action", "regenerate_action", "rename_action", "delete_action", "prompt_action"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&View"),
        ("toggle_reasoning_action", "search_action", "focus_action", None, "next_action",
         "previous_action", None, "zoom_in_action", "zoom_out_action", "zoom_reset_action"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Help"),
        ("shortcuts_action", "show_logs_action", "about_action"),
    ),
)  # fmt: skip

TOOLBAR = ("new_action", "toggle_reasoning_action", "settings_action")


def _sequences(keys: tuple[Key, ...]) -> list[QKeySequence]:
    sequences = (QKeySequence(k) for k in keys)
    unique = {s.toString(): s for s in sequences if not s.isEmpty()}
    return list(unique.values())


def shortcuts_for(spec: ActionSpec) -> list[QKeySequence]:
    """The action's keys on this platform: ``keys`` if any is left, else ``fallback``."""
    return _sequences(spec.keys) or _sequences(spec.fallback)


def install_actions(window: MainWindow) -> dict[str, QAction]:
    """Create every action of ``ACTIONS`` on ``window`` and the menus that hold them."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        act = QAction(translate("MainWindow", spec.text), window)
        act.setObjectName(spec.name)
        act.setShortcuts(shortcuts_for(spec))
        act.triggered.connect(lambda _checked=False, run=spec.run: run(window))
        window.addAction(act)
        actions[spec.attr] = act
    bar = window.menuBar()
    for title, attrs in MENUS:
        menu = bar.addMenu(translate("MainWindow", title))
        for attr in attrs:
            if attr is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[attr])
    return actions


def install_toolbar(window: MainWindow, status: QWidget) -> None:
    """The toolbar: the ``TOOLBAR`` actions, then ``status`` at the far end."""
    toolbar = window.addToolBar(translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    for attr in TOOLBAR:
        toolbar.addAction(getattr(window, attr))
    spacer = QWidget()
    spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(status)
