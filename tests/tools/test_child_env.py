"""The child environment allow-list (the real-process check is in test_sessions)."""

from __future__ import annotations

from gui.core.tools.child_env import child_environment

PARENT = {
    "PATH": "/usr/bin",
    "HOME": "/home/u",
    "LANG": "zh_CN.UTF-8",
    "LC_ALL": "C",
    "TMPDIR": "/tmp/u",
    "XDG_RUNTIME_DIR": "/run/user/1",
    "OPENAI_API_KEY": "sk-secret",
    "OPENAI_BASE_URL": "http://x.invalid",
    "MINIMAX_API_KEY": "sk-minimax",
    "AWS_SECRET_ACCESS_KEY": "aws",
    "HTTPS_PROXY": "http://proxy.invalid",
    "BASH_FUNC_x%%": "() { :; }",
}


def test_posix_keeps_only_what_a_program_needs() -> None:
    env = child_environment({}, PARENT, "linux")
    assert env == {
        "PATH": "/usr/bin",
        "HOME": "/home/u",
        "LANG": "zh_CN.UTF-8",
        "LC_ALL": "C",
        "TMPDIR": "/tmp/u",
        "XDG_RUNTIME_DIR": "/run/user/1",
    }


def test_configured_values_win_and_are_added() -> None:
    env = child_environment({"PATH": "/opt/bin", "MINIMAX_API_KEY": "chosen"}, PARENT, "linux")
    assert env["PATH"] == "/opt/bin"
    assert env["MINIMAX_API_KEY"] == "chosen"  # configured for this server: passed
    assert "OPENAI_API_KEY" not in env


def test_windows_names_are_case_insensitive() -> None:
    parent = {
        "Path": "C:\\Windows",
        "SystemRoot": "C:\\Windows",
        "APPDATA": "C:\\Users\\u\\AppData\\Roaming",
        "OPENAI_API_KEY": "sk",
    }
    env = child_environment({}, parent, "win32")
    assert env == {
        "Path": "C:\\Windows",
        "SystemRoot": "C:\\Windows",
        "APPDATA": "C:\\Users\\u\\AppData\\Roaming",
    }


def test_windows_configured_name_replaces_any_spelling() -> None:
    env = child_environment({"PATH": "C:\\tools"}, {"Path": "C:\\Windows"}, "win32")
    assert env == {"PATH": "C:\\tools"}
