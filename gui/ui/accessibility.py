"""Screen-reader announcements: said once, politely, never for every streamed token."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def announce(source: QWidget, text: str) -> None:
    """Tell screen readers ``text`` once, without interrupting them ("" says nothing)."""
    if not text:
        return
    # Imported here: creating QAccessible's Python type (a dozen enums) cost ~2 ms of
    # start-up, and nothing is announced before the window is on screen.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
