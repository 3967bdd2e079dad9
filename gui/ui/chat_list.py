"""The sidebar's list of chats: refilled from the controller, searched, stepped through."""

from __future__ import annotations

from collections.abc import Callable

from gui.core.index import Summary
from gui.ui.aio import BackgroundTasks
from gui.ui.controller import ChatController
from gui.ui.widgets.sidebar import Sidebar


class ChatList:
    """Keeps ``sidebar`` showing the controller's chats (or the search's hits).

    Args:
        sidebar: the list widget with its search field.
        controller: where the chats come from.
        tasks: runs searches off the UI thread.
        current: the id of the chat the window shows, if any.
    """

    def __init__(
        self,
        sidebar: Sidebar,
        controller: ChatController,
        tasks: BackgroundTasks,
        current: Callable[[], str | None],
    ) -> None:
        self._sidebar = sidebar
        self._controller = controller
        self._tasks = tasks
        self._current = current

    def refresh(self) -> None:
        query = self._sidebar.search.text()
        if query.strip():
            self._tasks.spawn(self._refresh_search(query), name="search")
            return
        self._show(self._controller.conversations())

    async def _refresh_search(self, query: str) -> None:
        found = await self._controller.search(query)
        if self._sidebar.search.text() == query:  # typing went on: a newer search follows
            self._show(found)

    def _show(self, items: list[Summary]) -> None:
        streaming = {c.id for c in items if self._controller.is_streaming(c.id)}
        self._sidebar.set_conversations(items, self._current(), streaming)

    def step(self, step: int) -> None:
        """Go to the next (1) or previous (-1) conversation in the list."""
        model = self._sidebar.model
        count = model.rowCount()
        if not count:
            return
        current = self._current()
        row = model.row_of(current) if current else -1
        row = (row + step) % count if row >= 0 else 0
        self._sidebar.list.setCurrentIndex(model.index(row))

    def focus_search(self) -> None:
        self._sidebar.search.setFocus()
        self._sidebar.search.selectAll()
