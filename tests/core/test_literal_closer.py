"""A literal </think> in an answer without reasoning stays answer text (through the real client)."""

from __future__ import annotations

import pytest

from gui.core.conversation import MessageStatus
from tests.core.test_minimax_stream import collect
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply

LITERAL_ANSWERS = [
    "MiniMax ends its thinking with </think> and then writes the answer.",
    "Close the block like this:\n\n```xml\n</think>\n```\n\nThat is all.",
    "The closing tag is `</think>`.\nNothing else is needed.",
    "A line that is only the tag, then text on the same line:\n</think> see?",
    "Ends with the tag on its own line\n</think>",
]


@pytest.mark.parametrize("answer", LITERAL_ANSWERS)
@pytest.mark.parametrize("size", [1, 5, 1000])
async def test_literal_closer_stays_in_the_answer(
    fake_minimax: FakeMiniMax, answer: str, size: int
) -> None:
    """No reasoning fields and no opener: nothing moves into reasoning, however it is cut."""
    events = wire.raw_content_stream(answer, wire.pieces(answer, size))
    message, _ = await collect(fake_minimax, Reply(events=events))
    assert message.status is MessageStatus.COMPLETE
    assert (message.reasoning, message.content) == ("", answer.strip())


@pytest.mark.parametrize("size", [1, 3, 1000])
async def test_a_dropped_opener_in_the_template_shape_is_still_tolerated(
    fake_minimax: FakeMiniMax, size: int
) -> None:
    """A serving stack that drops <think> still sends the closer as "\\n</think>\\n\\n"."""
    raw = "The user asks about parity.\nOdd plus odd.\n</think>\n\nIt is even."
    events = wire.raw_content_stream(raw, wire.pieces(raw, size))
    message, _ = await collect(fake_minimax, Reply(events=events), split=False)
    assert (message.reasoning, message.content) == (
        "The user asks about parity.\nOdd plus odd.",
        "It is even.",
    )
