"""Which environment key is honoured, and which child processes ever see one."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from gui.core import keyring_helper
from gui.core.connection import SOURCE_ENV, SOURCE_NONE, SOURCE_SESSION, SOURCE_STORE, Connection
from gui.core.environment import EnvOverrides, child_environment, scrub_process_environment
from gui.core.secrets import MemorySecretStore
from gui.core.settings import Settings
from tests.fakes.keys import fake_key

OPENAI_KEY = fake_key("OPENAI-DEVELOPER-KEY-0123456789")
MINIMAX_KEY = fake_key("MINIMAX-KEY-0123456789abcdef")


class KeyringLikeStore(MemorySecretStore):
    """A store that says it keeps keys across sessions, like the OS keyring."""

    persistent = True


def test_openai_key_alone_is_ignored_and_said_so() -> None:
    """Without OPENAI_BASE_URL the key is most likely OpenAI's: never sent to MiniMax."""
    env = EnvOverrides.from_environ({"OPENAI_API_KEY": OPENAI_KEY})
    assert env.api_key is None
    assert env.ignored_api_key


def test_openai_key_with_base_url_is_the_pair_minimax_quick_start_sets() -> None:
    env = EnvOverrides.from_environ(
        {"OPENAI_API_KEY": MINIMAX_KEY, "OPENAI_BASE_URL": "https://api.minimax.io/v1"}
    )
    assert (env.api_key, env.ignored_api_key) == (MINIMAX_KEY, False)


@pytest.mark.parametrize(
    ("env", "store", "persistent", "source"),
    [
        ({"OPENAI_API_KEY": OPENAI_KEY}, MINIMAX_KEY, True, SOURCE_STORE),
        ({"OPENAI_API_KEY": OPENAI_KEY}, None, True, SOURCE_NONE),
        ({"OPENAI_API_KEY": MINIMAX_KEY, "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}, None,
         True, SOURCE_ENV),
        ({}, MINIMAX_KEY, False, SOURCE_SESSION),
    ],
)  # fmt: skip
async def test_the_key_in_use_and_where_it_comes_from(
    env: dict[str, str], store: str | None, persistent: bool, source: str
) -> None:
    settings = Settings()
    secrets = KeyringLikeStore() if persistent else MemorySecretStore()
    if store:
        secrets.set("international", store)
    connection = Connection(lambda: settings, EnvOverrides.from_environ(env), secrets)
    key, state = await connection.api_key()
    assert state.source == source
    assert key != OPENAI_KEY
    await connection.aclose()


def test_child_environment_has_no_key_unless_configured() -> None:
    parent = {
        "PATH": "/usr/bin",
        "OPENAI_API_KEY": OPENAI_KEY,
        "OPENAI_BASE_URL": "https://api.minimax.io/v1",
        "MINIMAX_API_KEY": MINIMAX_KEY,
        "MINIMAX_CN_API_KEY": MINIMAX_KEY,
        "HOME": "/home/u",
    }
    assert child_environment(parent) == {
        "PATH": "/usr/bin",
        "OPENAI_BASE_URL": "https://api.minimax.io/v1",
        "HOME": "/home/u",
    }
    kept = child_environment(parent, keep={"MINIMAX_API_KEY"})
    assert kept["MINIMAX_API_KEY"] == MINIMAX_KEY and "OPENAI_API_KEY" not in kept


def test_keyring_helper_child_never_sees_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real helper command, run with the environment it is given, has no key."""
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    monkeypatch.setenv("MINIMAX_API_KEY", MINIMAX_KEY)
    env = keyring_helper._child_environment()
    probe = "import json, os; print(json.dumps(sorted(os.environ)))"
    seen = json.loads(
        subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        ).stdout
    )
    assert "OPENAI_API_KEY" not in seen and "MINIMAX_API_KEY" not in seen
    assert "PATH" in seen or os.name == "nt"


def test_the_process_environment_loses_its_keys_once_read() -> None:
    """After start-up the app's own environment holds no key for anything Qt launches."""
    environ = {"OPENAI_API_KEY": OPENAI_KEY, "MINIMAX_API_KEY": MINIMAX_KEY, "LANG": "C"}
    scrub_process_environment(environ)
    assert environ == {"LANG": "C"}
