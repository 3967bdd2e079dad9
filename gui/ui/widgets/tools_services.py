"""What the Tools page is given by the app, a server's Test state, and its list helpers."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidget

from gui.core.i18n import translate
from gui.core.secrets import SecretStore
from gui.core.tools.config import McpConfig, ServerConfig, claude_desktop_config_path
from gui.core.tools.preset import MiniMaxAccess
from gui.core.tools.toolinfo import ToolInfo

Spawn = Callable[[Coroutine[Any, Any, Any], str], "asyncio.Task[Any]"]


async def _no_access() -> MiniMaxAccess | None:
    return None


@dataclass(frozen=True, slots=True)
class ToolsServices:
    """What the page needs from the app, injected.

    Attributes:
        path: mcp.json.
        store: where secrets of servers go (the app's keyring store).
        spawn: starts a background task on the app's loop (``BackgroundTasks.spawn``).
        minimax_access: the key in use and its region, for testing the MiniMax preset.
        changed: told the new server list after every successful write.
        open_folder: shows a folder in the file manager.
        claude_config: Claude Desktop's config file (found per platform by default).
        environ: the environment the preset's launcher is looked up in.
    """

    path: Path
    store: SecretStore
    spawn: Spawn
    minimax_access: Callable[[], Awaitable[MiniMaxAccess | None]] = _no_access
    changed: Callable[[McpConfig], None] = lambda _config: None
    open_folder: Callable[[Path], object] = lambda _folder: None
    claude_config: Path = field(default_factory=claude_desktop_config_path)
    environ: dict[str, str] = field(default_factory=lambda: dict(os.environ))


@dataclass(slots=True)
class ServerCheck:
    """The last Test of one server: running, its tools, or why it failed."""

    running: bool = False
    tools: list[ToolInfo] | None = None
    problem: str = ""


def transport_label(server: ServerConfig) -> str:
    return {
        "stdio": translate("ToolsPage", "Program (stdio)"),
        "http": translate("ToolsPage", "Streamable HTTP"),
        "sse": translate("ToolsPage", "SSE"),
    }[server.transport]


def fit_columns(view: QTreeWidget, stretch: int) -> None:
    """Columns as wide as their contents; ``stretch`` takes the rest."""
    header = view.header()
    header.setStretchLastSection(False)
    for column in range(view.columnCount()):
        mode = QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(
            column, QHeaderView.ResizeMode.Stretch if column == stretch else mode
        )


def visible_check_boxes(view: QTreeWidget) -> None:
    """WORKAROUND: Fusion outlines an item's check box in Window.darker(140), which
    vanishes on a dark Base: unchecked boxes would be invisible in the dark theme."""
    colors = view.palette()
    if colors.color(QPalette.ColorRole.Base).lightness() < 128:
        colors.setColor(
            QPalette.ColorRole.Window, colors.color(QPalette.ColorRole.Mid).lighter(170)
        )
        view.setPalette(colors)
