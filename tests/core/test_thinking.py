"""Thinking control: which models get a ``thinking`` field, with which value, and where it lives."""

from __future__ import annotations

import pytest

from gui.core import thinking
from gui.core.conversation import Conversation, Message, Role
from gui.core.minimax_models import BUILTIN_MODELS, ThinkingControl
from gui.core.request import build_request
from gui.core.settings import Settings


def body_for(model: str, chat: str | None, default: str) -> dict[str, object]:
    conv = Conversation(messages=[Message(role=Role.USER, content="hi")], thinking=chat)
    request = build_request(
        conv,
        conv.messages,
        model=model,
        default_system_prompt="",
        temperature=1.0,
        max_completion_tokens=None,
        reasoning_split=True,
        thinking=thinking.thinking_field(model, conv.thinking, default),
    )
    return request.body()


@pytest.mark.parametrize(
    ("chat", "default", "expected"),
    [
        (None, "adaptive", "adaptive"),
        (None, "off", "disabled"),
        ("off", "adaptive", "disabled"),  # the chat's choice beats the default
        ("adaptive", "off", "adaptive"),
        (None, "bogus", "adaptive"),  # a broken default falls back to adaptive
    ],
)
def test_m3_always_gets_an_explicit_thinking_field(
    chat: str | None, default: str, expected: str
) -> None:
    assert body_for("MiniMax-M3", chat, default)["thinking"] == {"type": expected}


@pytest.mark.parametrize("model", ["MiniMax-M2.7", "MiniMax-M2.5-highspeed", "MiniMax-M2"])
@pytest.mark.parametrize("chat", [None, "off", "adaptive"])
def test_m2_models_get_no_thinking_field(model: str, chat: str | None) -> None:
    """M2.x thinks whatever is sent: sending "disabled" would only pretend."""
    assert "thinking" not in body_for(model, chat, "off")


def test_unknown_models_get_no_thinking_field() -> None:
    assert "thinking" not in body_for("my-proxy-model", "off", "off")
    assert thinking.control_for("my-proxy-model") is None


def test_enabled_is_never_sent() -> None:
    """/v1 rejects {"type": "enabled"} (2013): no model and no choice produces it."""
    for info in BUILTIN_MODELS:
        for chat in (None, *thinking.CHOICES, "enabled"):
            for default in (*thinking.CHOICES, "enabled"):
                field = thinking.thinking_field(info.id, chat, default)
                assert field is None or field["type"] in ("adaptive", "disabled")


def test_only_m3_is_switchable() -> None:
    switchable = [m.id for m in BUILTIN_MODELS if m.thinking is ThinkingControl.SWITCHABLE]
    assert switchable == ["MiniMax-M3"]


def test_conversation_keeps_its_choice_and_omits_the_default() -> None:
    conv = Conversation(thinking="off")
    data = conv.to_dict()
    assert data["thinking"] == "off"
    assert Conversation.from_dict(data).thinking == "off"
    assert "thinking" not in Conversation().to_dict()


def test_an_unknown_choice_in_a_file_is_kept_but_not_used() -> None:
    """A newer app's value means "default" here and is written back unchanged."""
    conv = Conversation.from_dict({"id": "a" * 32, "thinking": "deep"})
    assert conv.thinking is None
    assert conv.to_dict()["thinking"] == "deep"


def test_settings_default_is_validated() -> None:
    assert Settings().thinking == "adaptive"
    assert Settings.from_dict({"thinking": "off"}).thinking == "off"
    assert Settings.from_dict({"thinking": "enabled"}).thinking == "adaptive"
