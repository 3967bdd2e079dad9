"""MiniMax's own tools: the command, the injected region and key, the missing-uvx message."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from gui.core.regions import CHINA, INTERNATIONAL, Region
from gui.core.tools.config import McpConfig, load_config, save_config
from gui.core.tools.launch import prepare_launch
from gui.core.tools.preset import MiniMaxAccess, api_host, preset_server
from gui.core.tools.toolinfo import ToolServerError


def fake_uvx(directory: Path) -> str:
    """A file named uvx on a PATH of its own (never run)."""
    uvx = directory / ("uvx.exe" if os.name == "nt" else "uvx")
    uvx.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    uvx.chmod(0o755)
    return str(directory)


def test_hosts_follow_the_region() -> None:
    assert api_host(INTERNATIONAL.base_url) == "https://api.minimax.io"
    assert api_host(CHINA.base_url) == "https://api.minimaxi.com"


@pytest.mark.parametrize("region", [INTERNATIONAL, CHINA])
def test_launch_gets_key_and_host_of_the_region(tmp_path: Path, region: Region) -> None:
    base_url = region.base_url
    access = MiniMaxAccess("sk-live", base_url)
    parent = {"PATH": fake_uvx(tmp_path), "OPENAI_API_KEY": "sk-other"}
    launch = prepare_launch(preset_server(), None, access, parent)
    assert Path(launch.command).name.startswith("uvx")
    assert launch.args == ("minimax-coding-plan-mcp",)
    assert launch.env["MINIMAX_API_KEY"] == "sk-live"
    assert launch.env["MINIMAX_API_HOST"] == api_host(base_url)
    assert "OPENAI_API_KEY" not in launch.env
    assert "sk-live" not in repr(launch) and "sk-live" not in repr(access)


def test_key_is_never_written_to_mcp_json(tmp_path: Path) -> None:
    config = McpConfig()
    config.put(preset_server())
    path = tmp_path / "mcp.json"
    save_config(path, config)
    prepare_launch(
        load_config(path).servers["minimax"],
        None,
        MiniMaxAccess("sk-live", INTERNATIONAL.base_url),
        {"PATH": fake_uvx(tmp_path)},
    )
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved == {
        "mcpServers": {
            "minimax": {"command": "uvx", "args": ["minimax-coding-plan-mcp"], "preset": "minimax"}
        }
    }


def test_missing_uvx_says_what_to_install(tmp_path: Path) -> None:
    access = MiniMaxAccess("sk-live", INTERNATIONAL.base_url)
    with pytest.raises(ToolServerError) as caught:
        prepare_launch(preset_server(), None, access, {"PATH": str(tmp_path)})
    message = str(caught.value)
    assert '"uvx"' in message
    assert "pipx install uv" in message and "pip install uv" in message
    assert "distribution" in message


def test_no_key_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ToolServerError, match="need a MiniMax API key"):
        prepare_launch(preset_server(), None, None, {"PATH": fake_uvx(tmp_path)})
