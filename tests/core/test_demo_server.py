"""The hand-run demo server (tests/fakes/serve.py) answers as MiniMax would, for true pictures."""

from __future__ import annotations

from typing import Any

from tests.fakes.serve import demo_reply


def reasoning_of(events: list[Any]) -> str:
    return "".join(
        choice["delta"].get("reasoning_content", "") or ""
        for event in events
        if isinstance(event, dict)
        for choice in event.get("choices", [])
        if "delta" in choice
    )


def test_a_request_with_thinking_off_gets_an_answer_without_thinking() -> None:
    """A chat switched to "Off" showed "thought for 2 s · 37 reasoning" in the demo."""
    reply = demo_reply({"model": "MiniMax-M3", "thinking": {"type": "disabled"}}, 0)
    assert reasoning_of(reply.events) == ""
    usage = reply.events[-1]["usage"]
    assert usage["completion_tokens_details"]["reasoning_tokens"] == 0
    assert all(event["model"] == "MiniMax-M3" for event in reply.events)


def test_thinking_models_still_think_and_are_named_as_asked() -> None:
    for body in (
        {"model": "MiniMax-M3", "thinking": {"type": "adaptive"}},
        {"model": "MiniMax-M2.7"},
    ):
        reply = demo_reply(body, 0)
        assert "odd number" in reasoning_of(reply.events)
        assert all(event["model"] == body["model"] for event in reply.events)
