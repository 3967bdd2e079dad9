"""The services the window uses, built once by the composition root and passed in."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gui.core.attachments.store import AttachmentStore
from gui.core.connection import Connection
from gui.core.environment import AppPaths
from gui.core.i18n import translate
from gui.core.index import ConversationIndex
from gui.core.logsetup import LogSetup
from gui.core.settings import Settings, save_settings
from gui.core.storage import ConversationStore
from gui.core.tools.service import ToolService
from gui.ui.aio import BackgroundTasks

log = logging.getLogger(__name__)


class SettingsBox:
    """Holds the current settings and writes changes in the background, in order."""

    def __init__(self, root: Path, value: Settings, tasks: BackgroundTasks) -> None:
        self._root = root
        self.value = value
        self._tasks = tasks
        self._writing: asyncio.Task[None] | None = None
        self._dirty = False

    def update(self, value: Settings) -> None:
        """Replace the settings; they are saved shortly (never on the UI thread)."""
        self.value = value
        self._dirty = True
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no event loop yet (or any more): write now, it is tiny
            self._dirty = False
            save_settings(self._root, value)
            return
        if self._writing is None or self._writing.done():
            self._writing = self._tasks.spawn(self._write(), name="save-settings")

    async def _write(self) -> None:
        while self._dirty:
            self._dirty = False
            try:
                await asyncio.to_thread(save_settings, self._root, self.value)
            except OSError:
                log.exception("could not save settings")

    async def flush(self) -> None:
        if self._writing is not None and not self._writing.done():
            await asyncio.shield(self._writing)


class ErrorReporter:
    """Tells the user about unexpected failures, once per kind, after they were logged.

    The window sets ``show``; until then (and in tests without a window) the log is
    the only record.
    """

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self.show: Callable[[str], None] = lambda _text: None

    def report(self, where: str, exc: BaseException) -> None:
        key = f"{where}:{type(exc).__name__}"
        if key in self._seen:
            return
        self._seen.add(key)
        self.show(
            translate(
                "ErrorReporter",
                "Something unexpected went wrong ({error}). Your conversations are safe. The "
                "details are in the log (Help → Show log folder).",
            ).format(error=f"{type(exc).__name__}, {where}")
        )


@dataclass
class AppContext:
    """Everything the window needs, injected (no globals)."""

    paths: AppPaths
    settings: SettingsBox
    store: ConversationStore
    index: ConversationIndex
    connection: Connection
    tasks: BackgroundTasks
    logs: LogSetup
    tools: ToolService | None = None  # MCP servers (none started before first use)
    live_models: list[str] | None = None
    startup_notices: list[str] = field(default_factory=list)
    errors: ErrorReporter = field(default_factory=ErrorReporter)
    attachments: AttachmentStore | None = None  # the attachment store (set by build_context)

    @property
    def log_path(self) -> Path:
        return self.logs.path
