"""mcp.json: loading, saving, broken files, pasted snippets, Claude Desktop import."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from gui.core.tools.config import (
    McpConfig,
    McpConfigError,
    ServerConfig,
    claude_desktop_config_path,
    config_path,
    import_claude_desktop,
    load_config,
    merge_servers,
    parse_config,
    parse_snippet,
    save_config,
)

SAMPLE = {
    "mcpServers": {
        "files": {
            "command": "npx",
            "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"],
            "env": {"DEBUG": "1"},
            "alwaysAllow": ["read_file"],
            "disabledTools": ["write_file"],
            "autoApprove": ["something"],  # another client's field: kept
            "timeout": 30,
        },
        "remote": {
            "headers": {"X-Team": "a"},
            "url": "https://example.invalid/mcp",
            "disabled": False,
            "env": {},
        },
        "legacy": {"type": "sse", "url": "https://example.invalid/events", "disabled": True},
    },
    "globalShortcut": "Ctrl+Space",
}


def test_absent_file_is_an_empty_list(tmp_path: Path) -> None:
    config = load_config(config_path(tmp_path))
    assert config.servers == {} and config.problems == []


def test_fields_are_read(tmp_path: Path) -> None:
    path = config_path(tmp_path)
    path.write_text(json.dumps(SAMPLE), encoding="utf-8")
    config = load_config(path)
    files = config.servers["files"]
    assert (files.command, files.args[0], files.env) == ("npx", "-y", {"DEBUG": "1"})
    assert files.transport == "stdio"
    assert files.always_allow == ["read_file"]
    assert not files.tool_enabled("write_file") and files.tool_enabled("read_file")
    assert config.servers["remote"].transport == "http"
    assert config.servers["legacy"].transport == "sse"
    assert [s.name for s in config.enabled()] == ["files", "remote"]


def test_url_ending_in_sse_means_sse() -> None:
    assert ServerConfig("a", url="https://h.invalid/sse").transport == "sse"
    assert ServerConfig("a", url="https://h.invalid/sse", type="http").transport == "http"


def test_round_trip_keeps_unknown_fields_order_and_explicit_defaults(tmp_path: Path) -> None:
    path = config_path(tmp_path)
    path.write_text(json.dumps(SAMPLE), encoding="utf-8")
    save_config(path, load_config(path))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved == SAMPLE
    assert list(saved["mcpServers"]) == ["files", "remote", "legacy"]
    assert list(saved["mcpServers"]["remote"]) == ["headers", "url", "disabled", "env"]
    assert list(saved) == ["mcpServers", "globalShortcut"]
    path.write_text(json.dumps({"theme": "dark", **SAMPLE}), encoding="utf-8")
    save_config(path, load_config(path))
    assert list(json.loads(path.read_text(encoding="utf-8"))) == [
        "theme",
        "mcpServers",
        "globalShortcut",
    ]


def test_edits_are_saved(tmp_path: Path) -> None:
    path = config_path(tmp_path)
    path.write_text(json.dumps(SAMPLE), encoding="utf-8")
    config = load_config(path)
    config.servers["remote"].disabled = True
    config.servers["files"].disabled_tools.append("move_file")
    config.remove("legacy")
    config.put(ServerConfig("new", command="run-me"))
    save_config(path, config)
    saved = json.loads(path.read_text(encoding="utf-8"))["mcpServers"]
    assert list(saved) == ["files", "remote", "new"]
    assert saved["remote"]["disabled"] is True
    assert saved["files"]["disabledTools"] == ["write_file", "move_file"]
    assert saved["new"] == {"command": "run-me"}


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_saved_file_is_private(tmp_path: Path) -> None:
    path = config_path(tmp_path)
    config = McpConfig()
    config.put(ServerConfig("x", command="x"))
    save_config(path, config)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_broken_file_names_line_and_column_and_is_never_overwritten(tmp_path: Path) -> None:
    path = config_path(tmp_path)
    broken = '{\n  "mcpServers": {\n    "a": {"command": "x",}\n  }\n}\n'
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(McpConfigError) as caught:
        load_config(path)
    assert (caught.value.line, caught.value.column) == (3, 26)
    assert "line 3, column 26" in str(caught.value)
    with pytest.raises(McpConfigError):
        save_config(path, McpConfig())
    assert path.read_text(encoding="utf-8") == broken


def test_invalid_server_is_reported_and_kept_verbatim(tmp_path: Path) -> None:
    path = config_path(tmp_path)
    document = {
        "mcpServers": {
            "ok": {"command": "x"},
            "bad": {"command": "x", "args": "not-a-list"},
            "empty": {},
        }
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    config = load_config(path)
    assert list(config.servers) == ["ok"]
    assert len(config.problems) == 2
    assert any('"args" must be a list of strings' in p for p in config.problems)
    assert any('needs a "command" or a "url"' in p for p in config.problems)
    save_config(path, config)
    assert json.loads(path.read_text(encoding="utf-8")) == document


def test_not_an_object_is_reported() -> None:
    with pytest.raises(McpConfigError, match="must hold a JSON object"):
        parse_config("[1, 2]")
    with pytest.raises(McpConfigError, match='"mcpServers" must be an object'):
        parse_config('{"mcpServers": []}')


def test_snippet_forms() -> None:
    wrapped = parse_snippet(
        '{"mcpServers": {"git": {"command": "uvx", "args": ["mcp-server-git"]}}}'
    )
    bare = parse_snippet('{"git": {"command": "uvx", "args": ["mcp-server-git"]}}')
    single = parse_snippet('{"command": "uvx", "args": ["mcp-server-git"]}')
    remote = parse_snippet('{"url": "https://tools.example.invalid/mcp"}')
    assert [s.name for s in wrapped] == [s.name for s in bare] == ["git"]
    assert [s.name for s in single] == ["mcp-server-git"]
    assert single[0].args == ["mcp-server-git"]
    assert [s.name for s in remote] == ["tools.example.invalid"]


def test_bad_snippet_is_explained() -> None:
    with pytest.raises(McpConfigError, match="line 1, column"):
        parse_snippet('{"command": ')
    with pytest.raises(McpConfigError, match="holds no MCP server"):
        parse_snippet("{}")
    with pytest.raises(McpConfigError, match='needs a "command" or a "url"'):
        parse_snippet('{"git": {"args": []}}')


def test_merge_renames_a_taken_name() -> None:
    config = McpConfig()
    config.put(ServerConfig("git", command="a"))
    added = merge_servers(config, [ServerConfig("git", command="b")])
    assert added == ["git-2"] and config.servers["git-2"].command == "b"


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, "home/.config/Claude/claude_desktop_config.json"),
        ("linux", {"XDG_CONFIG_HOME": "/xdg"}, "/xdg/Claude/claude_desktop_config.json"),
        ("darwin", {}, "home/Library/Application Support/Claude/claude_desktop_config.json"),
        ("win32", {"APPDATA": "/roaming"}, "/roaming/Claude/claude_desktop_config.json"),
    ],
)
def test_claude_desktop_path(platform: str, environ: dict[str, str], expected: str) -> None:
    path = claude_desktop_config_path(platform, Path("home"), environ)
    assert path.as_posix() == expected


def test_import_claude_desktop(tmp_path: Path) -> None:
    path = tmp_path / "claude_desktop_config.json"
    path.write_text(json.dumps(SAMPLE), encoding="utf-8")
    assert [s.name for s in import_claude_desktop(path)] == ["files", "remote", "legacy"]
    assert import_claude_desktop(tmp_path / "absent.json") == []
