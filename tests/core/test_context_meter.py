"""Context meter: the server's count of the last request plus estimates, warning from 80 %."""

from __future__ import annotations

from gui.core.context_meter import ContextLevel, ContextUse, context_use, estimate_tokens
from gui.core.conversation import Conversation, Message, Role, Usage


def test_estimates_are_cautious_for_latin_and_cjk_text() -> None:
    assert estimate_tokens("") == 0
    assert estimate_tokens("abcd") == 1
    assert estimate_tokens("abcde") == 2  # rounded up
    assert estimate_tokens("你好世界") == 4


def test_the_last_usage_is_the_base_and_later_text_is_estimated() -> None:
    conv = Conversation(
        messages=[
            Message(role=Role.USER, content="x" * 4000),
            Message(role=Role.ASSISTANT, content="y", usage=Usage(1500, 300, 1800)),
            Message(role=Role.USER, content="z" * 40),
        ]
    )
    use = context_use(conv, 10_000, draft="w" * 400)
    assert use.measured
    assert use.used == 1500 + 300 + (10 + 4) + (100 + 4)


def test_without_usage_everything_is_estimated() -> None:
    conv = Conversation(messages=[Message(role=Role.USER, content="a" * 400)])
    use = context_use(conv, 1000, system_prompt="b" * 40)
    assert not use.measured
    assert use.used == 10 + 100 + 4


def test_levels_warn_at_80_percent_and_fill_at_100() -> None:
    assert ContextUse(799, 1000, True).level is ContextLevel.OK
    assert ContextUse(800, 1000, True).level is ContextLevel.WARN
    assert ContextUse(1000, 1000, True).level is ContextLevel.FULL
