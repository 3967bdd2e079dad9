"""Editing mcp.json from Settings: writes never replace a broken or hand-changed file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.core.tools.config import McpConfigError, ServerConfig
from gui.core.tools.editing import (
    McpChangedOutside,
    document_bytes,
    read_file,
    replace_server,
    set_always_allow,
    set_tool_enabled,
    split_plain_secrets,
    write_file,
)


def test_absent_file_is_an_empty_list_and_is_created(tmp_path: Path) -> None:
    file = read_file(tmp_path / "mcp.json")
    assert not file.broken and file.config.order == []
    file.config.put(ServerConfig("a", command="x"))
    write_file(file, document_bytes(file.config))
    assert json.loads((tmp_path / "mcp.json").read_text())["mcpServers"] == {"a": {"command": "x"}}


def test_broken_file_is_reported_with_its_place_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text('{"mcpServers": {\n  "a": [}\n}')
    file = read_file(path)
    assert file.error is not None and file.error.line == 2
    with pytest.raises(McpConfigError):
        write_file(file, b"{}")
    assert path.read_text() == '{"mcpServers": {\n  "a": [}\n}'


def test_a_file_created_or_changed_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    file = read_file(path)
    path.write_text('{"mcpServers": {}}')
    with pytest.raises(McpChangedOutside):
        write_file(file, b"{}")
    file = read_file(path)
    write_file(file, b'{"mcpServers": {"a": {"command": "x"}}}\n')
    path.write_text("broken by hand")
    with pytest.raises(McpChangedOutside):
        write_file(file, b"{}")
    assert path.read_text() == "broken by hand"


def test_rename_keeps_the_place_in_the_list(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps({"mcpServers": {n: {"command": n} for n in "abc"}}))
    config = read_file(path).config
    replace_server(config, "b", ServerConfig("B", command="b"))
    assert config.order == ["a", "B", "c"] and "b" not in config.servers


def test_tool_choices_are_lists_of_names() -> None:
    server = ServerConfig("s", command="x")
    set_tool_enabled(server, "rm", False)
    set_tool_enabled(server, "rm", False)
    set_always_allow(server, "ls", True)
    assert (server.disabled_tools, server.always_allow) == (["rm"], ["ls"])
    set_tool_enabled(server, "rm", True)
    set_always_allow(server, "ls", False)
    assert (server.disabled_tools, server.always_allow) == ([], [])


def test_typed_secrets_are_told_apart_from_those_already_in_the_file() -> None:
    before = ServerConfig("s", command="x", env={"API_KEY": "old", "HOME_DIR": "/h"})
    after = ServerConfig(
        "s", command="x", env={"API_KEY": "old", "HOME_DIR": "/h"}, headers={"Authorization": "n"}
    )
    typed, kept = split_plain_secrets(before, after)
    assert [s.name for s in typed] == ["Authorization"]
    assert [s.name for s in kept] == ["API_KEY"]
    typed, kept = split_plain_secrets(None, after)
    assert [s.name for s in typed] == ["API_KEY", "Authorization"] and kept == []
