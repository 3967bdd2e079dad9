"""The MCP server list: ``<data dir>/mcp.json`` in the ``mcpServers`` schema, hand-editable."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gui.core.atomic import atomic_write_bytes
from gui.core.i18n import translate

FILE_NAME = "mcp.json"

# Fields this app understands in a server object; anything else is kept as it was.
_KNOWN = (
    "type",
    "command",
    "args",
    "env",
    "cwd",
    "url",
    "headers",
    "disabled",
    "alwaysAllow",
    "disabledTools",
    "preset",
)


class McpConfigError(Exception):
    """mcp.json (or a pasted snippet) cannot be used; the message is for the user."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


@dataclass(slots=True)
class ServerConfig:
    """One MCP server: a command run over stdio, or a URL (Streamable HTTP or SSE)."""

    name: str
    command: str = ""
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    cwd: str = ""
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    type: str = ""
    disabled: bool = False
    always_allow: list[str] = field(default_factory=list)
    disabled_tools: list[str] = field(default_factory=list)
    preset: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    # The keys as the file had them, in its order: saving keeps order and explicit defaults.
    keys: tuple[str, ...] = ()

    @property
    def transport(self) -> str:
        """ "stdio", "http" (Streamable HTTP) or "sse"."""
        if self.url:
            kind = self.type.lower()
            if kind == "sse" or (
                kind not in ("http", "streamable-http", "streamablehttp")
                and self.url.rstrip("/").endswith("/sse")
            ):
                return "sse"
            return "http"
        return "stdio"

    def tool_enabled(self, tool: str) -> bool:
        return tool not in self.disabled_tools

    def to_json(self) -> dict[str, Any]:
        """The server object as written to mcp.json: known fields set, unknown ones kept."""
        known: dict[str, Any] = {
            "type": self.type,
            "command": self.command,
            "args": list(self.args),
            "env": dict(self.env),
            "cwd": self.cwd,
            "url": self.url,
            "headers": dict(self.headers),
            "disabled": self.disabled,
            "alwaysAllow": list(self.always_allow),
            "disabledTools": list(self.disabled_tools),
            "preset": self.preset,
        }
        values = {**known, **self.extra}
        out = {k: values[k] for k in self.keys if k in values}
        out.update({k: v for k, v in values.items() if k not in out and (v or k in self.extra)})
        return out


def parse_server(name: str, data: object) -> ServerConfig:
    """One server object, checked; raises McpConfigError naming the server and the field."""
    if not name.strip():
        raise McpConfigError(translate("mcp", "A server has an empty name."))
    if not isinstance(data, Mapping):
        raise McpConfigError(
            translate("mcp", 'Server "{name}" is not a JSON object.').format(name=name)
        )

    def bad(field_name: str, what: str) -> McpConfigError:
        return McpConfigError(
            translate("mcp", 'Server "{name}": "{field}" must be {what}.').format(
                name=name, field=field_name, what=what
            )
        )

    def text(key: str) -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            raise bad(key, translate("mcp", "a string"))
        return value

    def strings(key: str) -> list[str]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(key, translate("mcp", "a list of strings"))
        return list(value)

    def table(key: str) -> dict[str, str]:
        value = data.get(key, {})
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise bad(key, translate("mcp", "an object of string values"))
        return dict(value)

    disabled = data.get("disabled", False)
    if not isinstance(disabled, bool):
        raise bad("disabled", translate("mcp", "true or false"))
    server = ServerConfig(
        name=name,
        command=text("command"),
        args=strings("args"),
        env=table("env"),
        cwd=text("cwd"),
        url=text("url"),
        headers=table("headers"),
        type=text("type"),
        disabled=disabled,
        always_allow=strings("alwaysAllow"),
        disabled_tools=strings("disabledTools"),
        preset=text("preset"),
        extra={k: v for k, v in data.items() if k not in _KNOWN},
        keys=tuple(str(k) for k in data),
    )
    if not server.command and not server.url:
        raise McpConfigError(
            translate("mcp", 'Server "{name}" needs a "command" or a "url".').format(name=name)
        )
    if server.command and server.url:
        raise McpConfigError(
            translate("mcp", 'Server "{name}" has both a "command" and a "url"; keep one.').format(
                name=name
            )
        )
    return server


def launch_fields(server: ServerConfig | None) -> tuple[Any, ...] | None:
    """What starting a server depends on: a change in "always allow" or a tool switched
    off must not restart it (and cancel its running calls), nor count as a reason to try
    a failed one again."""
    if server is None:
        return None
    return (
        server.command,
        server.args,
        server.env,
        server.cwd,
        server.url,
        server.headers,
        server.transport,
        server.disabled,
        server.preset,
    )


@dataclass(slots=True)
class McpConfig:
    """Every configured server, in file order; invalid entries are kept verbatim."""

    servers: dict[str, ServerConfig] = field(default_factory=dict)
    # Entries that failed their check: raw object and the reason, written back unchanged.
    invalid: dict[str, tuple[object, str]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    keys: tuple[str, ...] = ()  # top-level keys in the file's order

    @property
    def problems(self) -> list[str]:
        return [reason for _raw, reason in self.invalid.values()]

    def enabled(self) -> list[ServerConfig]:
        return [
            self.servers[n]
            for n in self.order
            if n in self.servers and not self.servers[n].disabled
        ]

    def put(self, server: ServerConfig) -> None:
        """Add or replace a server (a new one goes last)."""
        self.invalid.pop(server.name, None)
        self.servers[server.name] = server
        if server.name not in self.order:
            self.order.append(server.name)

    def remove(self, name: str) -> None:
        self.servers.pop(name, None)
        self.invalid.pop(name, None)
        if name in self.order:
            self.order.remove(name)

    def to_json(self) -> dict[str, Any]:
        entries: dict[str, Any] = {}
        for name in self.order:
            if name in self.servers:
                entries[name] = self.servers[name].to_json()
            elif name in self.invalid:
                entries[name] = self.invalid[name][0]
        document = {"mcpServers": entries, **self.extra}
        order = [k for k in self.keys if k in document]
        return {k: document[k] for k in [*order, *(k for k in document if k not in order)]}


def config_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def _json_error(exc: json.JSONDecodeError, where: str) -> McpConfigError:
    message = translate("mcp", "{where} is not valid JSON: {error} (line {line}, column {column}).")
    return McpConfigError(
        message.format(where=where, error=exc.msg, line=exc.lineno, column=exc.colno),
        exc.lineno,
        exc.colno,
    )


def _from_document(document: object, where: str) -> McpConfig:
    if not isinstance(document, dict):
        raise McpConfigError(
            translate("mcp", "{where} must hold a JSON object.").format(where=where)
        )
    entries = document.get("mcpServers", {})
    if not isinstance(entries, dict):
        raise McpConfigError(
            translate("mcp", '{where}: "mcpServers" must be an object.').format(where=where)
        )
    config = McpConfig(
        extra={k: v for k, v in document.items() if k != "mcpServers"},
        keys=tuple(str(k) for k in document),
    )
    for name, raw in entries.items():
        config.order.append(name)
        try:
            config.servers[name] = parse_server(name, raw)
        except McpConfigError as exc:
            config.invalid[name] = (raw, str(exc))
    return config


def parse_config(text: str, where: str = FILE_NAME) -> McpConfig:
    """A whole mcp.json document; a syntax error names its line and column."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _json_error(exc, where) from None
    return _from_document(document, where)


def load_config(path: Path) -> McpConfig:
    """The server list; an absent file is an empty list. A broken file raises, untouched."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return McpConfig()
    except OSError as exc:
        raise McpConfigError(
            translate("mcp", "{where} could not be read: {error}").format(
                where=str(path), error=exc.strerror or exc
            )
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise McpConfigError(
            translate("mcp", "{where} is not UTF-8 text.").format(where=str(path))
        ) from None
    return parse_config(text, str(path))


def save_config(path: Path, config: McpConfig) -> None:
    """Write atomically (mode 0600); refuses while the file on disk is broken, to keep it."""
    if path.exists():
        load_config(path)  # raises McpConfigError: the user's hand edit is not overwritten
    data = json.dumps(config.to_json(), ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(path, data.encode("utf-8"), mode=0o600)


def parse_snippet(text: str) -> list[ServerConfig]:
    """Servers from pasted JSON: ``{"mcpServers": {…}}``, a ``{"name": {…}}`` map, or one
    server object (named from its command or URL)."""
    where = translate("mcp", "The pasted text")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _json_error(exc, where) from None
    if not isinstance(document, dict) or not document:
        raise McpConfigError(translate("mcp", "The pasted text holds no MCP server."))
    if "mcpServers" in document:
        entries = document["mcpServers"]
    elif "command" in document or "url" in document:
        entries = {_guess_name(document): document}
    else:
        entries = document
    if not isinstance(entries, dict) or not entries:
        raise McpConfigError(translate("mcp", "The pasted text holds no MCP server."))
    return [parse_server(str(name), raw) for name, raw in entries.items()]


def _guess_name(server: Mapping[str, Any]) -> str:
    """A name for an unnamed server: the package or program it runs, or the URL's host."""
    if isinstance(server.get("url"), str) and server["url"]:
        from urllib.parse import urlsplit

        return urlsplit(server["url"]).hostname or "server"
    args = [a for a in server.get("args", []) if isinstance(a, str) and not a.startswith("-")]
    candidate = args[-1] if args else str(server.get("command", "server"))
    return Path(candidate).name.removesuffix(".py").split("@")[0] or "server"


def claude_desktop_config_path(
    platform: str = sys.platform,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """Where Claude Desktop keeps ``claude_desktop_config.json`` on this platform."""
    home = home if home is not None else Path.home()
    environ = environ if environ is not None else os.environ
    name = "claude_desktop_config.json"
    if platform == "darwin":
        return home / "Library" / "Application Support" / "Claude" / name
    if platform == "win32":
        appdata = environ.get("APPDATA") or str(home / "AppData" / "Roaming")
        return Path(appdata) / "Claude" / name
    config_home = environ.get("XDG_CONFIG_HOME") or str(home / ".config")
    return Path(config_home) / "Claude" / name


def import_claude_desktop(path: Path | None = None) -> list[ServerConfig]:
    """The servers configured in Claude Desktop (none when it has no config file)."""
    path = path if path is not None else claude_desktop_config_path()
    config = load_config(path)
    if config.invalid:
        raise McpConfigError("\n".join(config.problems))
    return [config.servers[n] for n in config.order if n in config.servers]


def merge_servers(config: McpConfig, servers: list[ServerConfig]) -> list[str]:
    """Add imported servers; a name already in use gets a numbered suffix. Returns the names."""
    added = []
    for server in servers:
        name, counter = server.name, 1
        while name in config.servers or name in config.invalid:
            counter += 1
            name = f"{server.name}-{counter}"
        server.name = name
        config.put(server)
        added.append(name)
    return added
