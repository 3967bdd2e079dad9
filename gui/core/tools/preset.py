"""MiniMax's own tools (web search, image understanding): the minimax-coding-plan-mcp preset."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from urllib.parse import urlsplit

from gui.core.i18n import translate
from gui.core.tools.config import ServerConfig

PRESET_ID = "minimax"
SERVER_NAME = "minimax"
PACKAGE = "minimax-coding-plan-mcp"
LAUNCHER = "uvx"


@dataclass(frozen=True, slots=True)
class MiniMaxAccess:
    """The key in use and the base URL of its region, from the app's key provider."""

    api_key: str
    base_url: str

    def __repr__(self) -> str:
        return f"MiniMaxAccess(api_key=<hidden>, base_url={self.base_url!r})"


def preset_server() -> ServerConfig:
    """The entry written to mcp.json: no key and no host, they are added at start."""
    return ServerConfig(name=SERVER_NAME, command=LAUNCHER, args=[PACKAGE], preset=PRESET_ID)


def api_host(base_url: str) -> str:
    """``https://api.minimax.io/v1`` → ``https://api.minimax.io`` (the server adds its paths)."""
    parts = urlsplit(base_url.strip())
    if not parts.scheme or not parts.netloc:
        return base_url.strip().rstrip("/")
    return f"{parts.scheme}://{parts.netloc}"


def preset_environment(access: MiniMaxAccess) -> dict[str, str]:
    """What the server needs, for this region: key and host must belong together."""
    return {"MINIMAX_API_KEY": access.api_key, "MINIMAX_API_HOST": api_host(access.base_url)}


class PresetUnavailable(Exception):
    """The preset cannot start; the message says what to do."""


def missing_launcher_message() -> str:
    return translate(
        "mcp",
        "MiniMax's tools (web search, image understanding) are started with uv's \"uvx\" "
        "command, which was not found on PATH. Install uv, for example with "
        '"pipx install uv", "pip install uv", or your distribution\'s "uv" package, '
        "then try again.",
    )


def no_key_message() -> str:
    return translate(
        "mcp", "MiniMax's tools need a MiniMax API key: set one in Settings, then try again."
    )


def check_launcher(path: str | None) -> str:
    """The full path of ``uvx`` on ``path`` (the child's PATH); raises with what to install."""
    found = shutil.which(LAUNCHER, path=path)
    if found is None:
        raise PresetUnavailable(missing_launcher_message())
    return found
