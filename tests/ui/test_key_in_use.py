"""Settings always say which key is in use, and when an environment key is ignored."""

from __future__ import annotations

from typing import Any

from gui.core.connection import SOURCE_ENV, SOURCE_NONE, SOURCE_SESSION, SOURCE_STORE, KeyState
from gui.core.environment import EnvOverrides
from gui.core.settings import Settings
from gui.ui.widgets.settings_dialog import SettingsDialog
from tests.core.test_key_environment import MINIMAX_KEY, OPENAI_KEY


def test_settings_always_say_which_key_is_in_use(qtbot: Any) -> None:
    """Keyring, environment, session-only or none, and an ignored OpenAI key, in Settings."""
    ignored = EnvOverrides.from_environ({"OPENAI_API_KEY": OPENAI_KEY})
    cases = [
        (KeyState(SOURCE_STORE, "…cdef"), ignored, "the keyring"),
        (KeyState(SOURCE_ENV, "…6789"), EnvOverrides(MINIMAX_KEY, "http://x/v1"), "environment"),
        (KeyState(SOURCE_SESSION, "…cdef"), EnvOverrides(), "session only"),
        (KeyState(SOURCE_NONE), EnvOverrides(), "none"),
    ]
    for state, env, expected in cases:
        dialog = SettingsDialog(Settings(), state, "the keyring", True, env)
        qtbot.addWidget(dialog)
        assert expected in dialog.key_in_use.text()
        assert OPENAI_KEY not in dialog.key_in_use.text()
        notes = [w.text() for w in dialog.findChildren(type(dialog.key_in_use))]
        assert any("ignored" in text for text in notes) == env.ignored_api_key
