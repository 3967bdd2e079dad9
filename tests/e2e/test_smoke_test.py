"""``python -m gui --smoke-test`` from source: the JSON report, the exit code, the failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKS = {
    "qt",
    "plain_imports",
    "resources",
    "data_dir",
    "keyring",
    "ssl",
    "markdown",
    "math",
    "window",
    "openai",
}


def smoke(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.pop("QT_QPA_PLATFORM", None)  # the smoke test picks offscreen by itself
    full_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "gui", "--smoke-test", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def report(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.mark.timeout(150)
def test_smoke_test_passes_and_reports_every_check(tmp_path: Path) -> None:
    """From source every check passes, exit 0, with the data folder and resources named."""
    data_dir = tmp_path / "data"
    result = smoke("--data-dir", str(data_dir))
    assert result.returncode == 0, result.stdout + result.stderr
    data = report(result)
    assert data["ok"] is True
    assert data["failed"] == []
    assert set(data["checks"]) == CHECKS
    assert all(check["ok"] for check in data["checks"].values())
    assert data["app"]["frozen"] is False
    checks = data["checks"]
    assert checks["qt"]["platform"] == "offscreen"
    assert checks["qt"]["desktop_file_name"] == "io.github.minimax_chat.MiniMaxChat"
    assert checks["data_dir"]["path"] == str(data_dir)
    assert checks["data_dir"]["writable"] is True
    assert checks["window"]["title"] == "MiniMax Chat"
    assert checks["keyring"]["platform_backend"] == "keyring.backends.SecretService"
    assert checks["keyring"]["usable"] is False  # switched off for the test, reported only
    files = checks["resources"]["files"]
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert files[f"icons/minimax-chat-{size}.png"] == f"{size}x{size}"
    assert files["icons/minimax-chat.svg"] == "svg"
    assert files["icons/minimax-chat.ico"].startswith("ico 16,")
    assert files["icons/minimax-chat.icns"].endswith(",1024")
    assert "styles/app.qss" in files
    assert not list(data_dir.glob(".smoke-test-*")), "the write probe was left behind"


@pytest.mark.timeout(150)
def test_smoke_report_file_holds_the_same_report(tmp_path: Path) -> None:
    """--smoke-report writes the report to a file (windowed Windows builds have no stdout)."""
    target = tmp_path / "report.json"
    result = smoke("--data-dir", str(tmp_path / "data"), "--smoke-report", str(target))
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text("utf-8"))["checks"].keys() == report(result)["checks"].keys()


@pytest.mark.timeout(150)
def test_failing_check_exits_1_and_is_named(tmp_path: Path) -> None:
    """A data folder that cannot be created fails the data_dir check: exit 1, named."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = smoke("--data-dir", str(blocker / "data"))
    assert result.returncode == 1
    data = report(result)
    assert data["ok"] is False
    assert "data_dir" in data["failed"]
    assert data["checks"]["data_dir"]["error"]
    assert "smoke test FAILED: " in result.stderr
    assert "data_dir" in result.stderr


def test_smoke_options_need_smoke_test() -> None:
    """--smoke-report alone, or --smoke-test with a command, is a usage error."""
    alone = subprocess.run(
        [sys.executable, "-m", "gui", "--smoke-report", "x.json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert alone.returncode == 2
    assert "go with --smoke-test" in alone.stderr
    mixed = subprocess.run(
        [sys.executable, "-m", "gui", "--smoke-test", "list"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert mixed.returncode == 2
    assert "runs on its own" in mixed.stderr
