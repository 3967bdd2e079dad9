"""The ``tools`` request list: OpenAI form, parameters always present, valid unique names."""

from __future__ import annotations

from gui.core.tools.catalog import VALID_NAME, api_name, build_catalog
from gui.core.tools.config import McpConfig, ServerConfig
from gui.core.tools.toolinfo import ToolInfo

SCHEMA = {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}


def config(*servers: ServerConfig) -> McpConfig:
    result = McpConfig()
    for server in servers:
        result.put(server)
    return result


def test_openai_form_and_parameters_always_present() -> None:
    tools = [
        ToolInfo("a", "search", "Search the web.", SCHEMA),
        ToolInfo("a", "now", "", {}),
        ToolInfo("a", "bare", "Bare.", {"type": "object"}),
    ]
    catalog = build_catalog(tools, config(ServerConfig("a", command="x")))
    assert catalog.tools[0] == {
        "type": "function",
        "function": {"name": "search", "description": "Search the web.", "parameters": SCHEMA},
    }
    assert catalog.tools[1]["function"]["parameters"] == {"type": "object", "properties": {}}
    assert catalog.tools[1]["function"]["description"] == "now"
    assert catalog.tools[2]["function"]["parameters"] == {"type": "object", "properties": {}}


def test_disabled_servers_and_tools_are_left_out() -> None:
    tools = [
        ToolInfo("a", "keep"),
        ToolInfo("a", "drop"),
        ToolInfo("off", "anything"),
        ToolInfo("gone", "unknown-server"),
    ]
    catalog = build_catalog(
        tools,
        config(
            ServerConfig("a", command="x", disabled_tools=["drop"]),
            ServerConfig("off", command="x", disabled=True),
        ),
    )
    assert list(catalog.by_name) == ["keep"]


def test_colliding_names_are_prefixed_by_server_with_reverse_map() -> None:
    tools = [ToolInfo("git", "status"), ToolInfo("svn", "status"), ToolInfo("git", "log")]
    catalog = build_catalog(
        tools, config(ServerConfig("git", command="x"), ServerConfig("svn", command="x"))
    )
    names = [t["function"]["name"] for t in catalog.tools]
    assert names == ["git__status", "svn__status", "log"]
    assert catalog.lookup("svn__status") == tools[1]
    assert catalog.exposed_name("git", "log") == "log"
    assert catalog.lookup("status") is None


def test_names_are_made_valid_and_stay_unique() -> None:
    long = "x" * 80
    tools = [
        ToolInfo("s", "read.file"),
        ToolInfo("s", "read file"),
        ToolInfo("s", "工具"),
        ToolInfo("s", long),
        ToolInfo("t", long),
    ]
    catalog = build_catalog(
        tools, config(ServerConfig("s", command="x"), ServerConfig("t", command="x"))
    )
    names = list(catalog.by_name)
    assert all(VALID_NAME.match(n) for n in names), names
    assert len(set(names)) == len(tools)
    assert [catalog.by_name[n] for n in names] == tools
    assert api_name("") == "_"


def test_parameters_are_copies() -> None:
    tools = [ToolInfo("a", "one"), ToolInfo("a", "two")]
    catalog = build_catalog(tools, config(ServerConfig("a", command="x")))
    catalog.tools[0]["function"]["parameters"]["properties"]["x"] = {}
    assert catalog.tools[1]["function"]["parameters"] == {"type": "object", "properties": {}}
    assert tools[0].input_schema == {}
