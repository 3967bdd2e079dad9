"""Editing mcp.json from Settings: read, write without losing hand edits, per-tool choices."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from gui.core.atomic import atomic_write_bytes
from gui.core.i18n import translate
from gui.core.tools.config import McpConfig, McpConfigError, ServerConfig, parse_config
from gui.core.tools.secret_refs import PlainSecret, plain_secrets


class McpChangedOutside(McpConfigError):
    """The file changed on disk since it was read; nothing was written."""


@dataclass(slots=True)
class McpFile:
    """mcp.json as Settings shows it: its servers, or why it cannot be used.

    ``seen`` holds the bytes last read or written (None: there was no file); a write
    goes ahead only while the file still holds exactly those, so neither a broken file
    nor a hand edit made meanwhile is ever overwritten.
    """

    path: Path
    config: McpConfig = field(default_factory=McpConfig)
    error: McpConfigError | None = None
    seen: bytes | None = None

    @property
    def broken(self) -> bool:
        return self.error is not None


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def read_file(path: Path) -> McpFile:
    """Read and check mcp.json. Blocking. A broken file is reported in ``error``."""
    try:
        raw = _read_bytes(path)
    except OSError as exc:
        error = McpConfigError(
            translate("mcp", "{where} could not be read: {error}").format(
                where=str(path), error=exc.strerror or exc
            )
        )
        return McpFile(path, error=error)
    if raw is None:
        return McpFile(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        error = McpConfigError(
            translate("mcp", "{where} is not UTF-8 text.").format(where=str(path))
        )
        return McpFile(path, error=error, seen=raw)
    try:
        return McpFile(path, parse_config(text, str(path)), seen=raw)
    except McpConfigError as exc:
        return McpFile(path, error=exc, seen=raw)


def document_bytes(config: McpConfig) -> bytes:
    """The file's new content (made on the caller's thread, while nothing edits ``config``)."""
    return (json.dumps(config.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_file(file: McpFile, data: bytes) -> None:
    """Write ``data`` atomically (mode 0600) unless the file is broken or changed. Blocking.

    Raises McpConfigError (McpChangedOutside when another program changed the file).
    """
    if file.error is not None:
        raise file.error
    if _read_bytes(file.path) != file.seen:
        raise McpChangedOutside(
            translate(
                "mcp",
                "{where} was changed by another program while Settings was open, so it was "
                "not overwritten. It has been read again: please make your change once more.",
            ).format(where=str(file.path))
        )
    atomic_write_bytes(file.path, data, mode=0o600)
    file.seen = data


def replace_server(config: McpConfig, old_name: str, server: ServerConfig) -> None:
    """Put an edited server in place of ``old_name`` (its place in the list is kept)."""
    if old_name and old_name != server.name and old_name in config.order:
        position = config.order.index(old_name)
        config.remove(old_name)
        config.servers[server.name] = server
        config.order.insert(position, server.name)
    else:
        config.put(server)


def set_tool_enabled(server: ServerConfig, tool: str, enabled: bool) -> None:
    """Offer ``tool`` to the model or not (``disabledTools``)."""
    if enabled:
        server.disabled_tools = [t for t in server.disabled_tools if t != tool]
    elif tool not in server.disabled_tools:
        server.disabled_tools = [*server.disabled_tools, tool]


def set_always_allow(server: ServerConfig, tool: str, allowed: bool) -> None:
    """Run ``tool`` without asking, or ask again (``alwaysAllow``)."""
    if not allowed:
        server.always_allow = [t for t in server.always_allow if t != tool]
    elif tool not in server.always_allow:
        server.always_allow = [*server.always_allow, tool]


def copy_server(server: ServerConfig) -> ServerConfig:
    """An independent copy to edit (lists and tables are not shared)."""
    return replace(
        server,
        args=list(server.args),
        env=dict(server.env),
        headers=dict(server.headers),
        always_allow=list(server.always_allow),
        disabled_tools=list(server.disabled_tools),
        extra=dict(server.extra),
    )


def split_plain_secrets(
    original: ServerConfig | None, edited: ServerConfig
) -> tuple[list[PlainSecret], list[PlainSecret]]:
    """(typed now, already in the file): plain secret-looking values of ``edited``.

    A value counts as already in the file when ``original`` had the same plain value
    under the same name; those are only offered for the keyring, the new ones go there.
    """
    typed, kept = [], []
    for secret in plain_secrets(edited):
        values = edited.env if secret.where == "env" else edited.headers
        before = (
            {}
            if original is None
            else (original.env if secret.where == "env" else original.headers)
        )
        if before.get(secret.name) == values[secret.name]:
            kept.append(secret)
        else:
            typed.append(secret)
    return typed, kept
