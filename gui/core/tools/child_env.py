"""The environment of an MCP server process: an allow-list of what it needs, plus its own config."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

# What a program needs to find other programs, its home, its language and a temp dir.
POSIX_ALLOWED = frozenset(
    {
        "PATH",
        "HOME",
        "USER",
        "LOGNAME",
        "SHELL",
        "LANG",
        "LANGUAGE",
        "TMPDIR",
        "TZ",
        "XDG_RUNTIME_DIR",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
        "XDG_DATA_HOME",
    }
)
WINDOWS_ALLOWED = frozenset(
    {
        "PATH",
        "PATHEXT",
        "SYSTEMROOT",
        "SYSTEMDRIVE",
        "WINDIR",
        "COMSPEC",
        "APPDATA",
        "LOCALAPPDATA",
        "PROGRAMDATA",
        "PROGRAMFILES",
        "PROGRAMFILES(X86)",
        "COMMONPROGRAMFILES",
        "USERPROFILE",
        "HOMEDRIVE",
        "HOMEPATH",
        "USERNAME",
        "TEMP",
        "TMP",
        "PROCESSOR_ARCHITECTURE",
        "NUMBER_OF_PROCESSORS",
        "OS",
    }
)


def _allowed(name: str, platform: str) -> bool:
    if platform == "win32":
        return name.upper() in WINDOWS_ALLOWED
    return name in POSIX_ALLOWED or name.startswith("LC_")


def child_environment(
    configured: Mapping[str, str],
    parent: Mapping[str, str] | None = None,
    platform: str = sys.platform,
) -> dict[str, str]:
    """The allow-listed part of ``parent`` with ``configured`` on top.

    Nothing else is inherited: not the MiniMax key, not ``OPENAI_API_KEY`` or
    ``OPENAI_BASE_URL``, not proxies or tokens of other programs. Shell functions
    exported by bash (values starting with "()") are dropped.
    """
    parent = os.environ if parent is None else parent
    env = {
        name: value
        for name, value in parent.items()
        if _allowed(name, platform) and not value.startswith("()")
    }
    if platform == "win32":  # names are case-insensitive there: "Path" and "PATH" are one
        chosen = {name.upper() for name in configured}
        env = {name: value for name, value in env.items() if name.upper() not in chosen}
    env.update(configured)
    return env
