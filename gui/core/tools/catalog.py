"""The ``tools`` list of a chat request, from the enabled tools of enabled servers."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from gui.core.tools.config import McpConfig
from gui.core.tools.toolinfo import ToolInfo

NAME_LIMIT = 64
_INVALID = re.compile(r"[^a-zA-Z0-9_-]")
VALID_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


@dataclass(frozen=True, slots=True)
class Catalog:
    """What the model is offered, and which server tool each offered name stands for."""

    tools: list[dict[str, Any]] = field(default_factory=list)
    by_name: dict[str, ToolInfo] = field(default_factory=dict)

    def lookup(self, name: str) -> ToolInfo | None:
        return self.by_name.get(name)

    def exposed_name(self, server: str, tool: str) -> str | None:
        for name, info in self.by_name.items():
            if info.server == server and info.name == tool:
                return name
        return None


def api_name(text: str) -> str:
    """``text`` made valid for the API: other characters become "_", at most 64 long."""
    return (_INVALID.sub("_", text) or "_")[:NAME_LIMIT]


def parameters(schema: dict[str, Any]) -> dict[str, Any]:
    """A tool's input schema as ``parameters``: always present, always an object schema.

    MiniMax rejects a tool without ``parameters`` (error 2013).
    """
    result = {**schema, "type": "object"}  # a copy: the listing stays as the server sent it
    result.setdefault("properties", {})
    return result


def build_catalog(tools: list[ToolInfo], config: McpConfig) -> Catalog:
    """OpenAI-form tool definitions for every enabled tool of every enabled server.

    Names are made valid and unique: a name two tools share is prefixed by each one's
    server (``server__tool``), and a numeric suffix settles what is left.
    """
    offered = [
        t
        for t in tools
        if t.server in config.servers
        and not config.servers[t.server].disabled
        and config.servers[t.server].tool_enabled(t.name)
    ]
    plain = Counter(api_name(t.name) for t in offered)
    by_name: dict[str, ToolInfo] = {}
    definitions: list[dict[str, Any]] = []
    for tool in offered:
        name = api_name(tool.name)
        if plain[name] > 1:
            name = api_name(f"{tool.server}__{tool.name}")
        base, counter = name, 1
        while name in by_name:
            counter += 1
            suffix = f"_{counter}"
            name = base[: NAME_LIMIT - len(suffix)] + suffix
        by_name[name] = tool
        definitions.append(
            {
                "type": "function",
                "function": {
                    "name": name,
                    "description": tool.description or tool.title or tool.name,
                    "parameters": parameters(tool.input_schema),
                },
            }
        )
    return Catalog(definitions, by_name)
