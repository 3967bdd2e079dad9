"""Turning a server's config into what is started: resolved secrets, allow-listed environment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from gui.core.i18n import translate
from gui.core.secrets import SecretStore
from gui.core.tools.child_env import child_environment
from gui.core.tools.config import ServerConfig
from gui.core.tools.preset import (
    PRESET_ID,
    MiniMaxAccess,
    PresetUnavailable,
    check_launcher,
    no_key_message,
    preset_environment,
)
from gui.core.tools.secret_refs import SecretReferenceError, resolve
from gui.core.tools.toolinfo import ToolServerError


@dataclass(frozen=True, slots=True)
class Launch:
    """Everything needed to connect to one server; secrets are resolved (never printed)."""

    name: str
    transport: str  # "stdio", "http" or "sse"
    command: str = ""
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict, repr=False)
    cwd: str = ""
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict, repr=False)


def prepare_launch(
    server: ServerConfig,
    store: SecretStore | None = None,
    minimax: MiniMaxAccess | None = None,
    parent_env: Mapping[str, str] | None = None,
) -> Launch:
    """Resolve references and build the child's environment. Blocking (keyring reads).

    Raises ToolServerError with a message for the user (and the model).
    """
    try:
        if server.transport != "stdio":
            return Launch(
                server.name,
                server.transport,
                url=server.url,
                headers=resolve(server.headers, store, server.name),
            )
        configured = resolve(server.env, store, server.name)
        command = server.command
        if server.preset == PRESET_ID:
            if minimax is None or not minimax.api_key:
                raise PresetUnavailable(no_key_message())
            # Injected here, never written to mcp.json; the region's host goes with its key.
            configured.update(preset_environment(minimax))
        env = child_environment(configured, parent_env)
        if server.preset == PRESET_ID:
            command = check_launcher(env.get("PATH"))
        return Launch(
            server.name,
            "stdio",
            command=command,
            args=tuple(server.args),
            env=env,
            cwd=server.cwd,
        )
    except (SecretReferenceError, PresetUnavailable) as exc:
        raise ToolServerError(str(exc)) from None


def describe_start_failure(name: str, reason: str) -> str:
    return translate("mcp", 'The tool server "{name}" could not start: {reason}').format(
        name=name, reason=reason
    )
