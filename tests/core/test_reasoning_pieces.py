"""Incremental or cumulative reasoning pieces, decided right from the first small piece."""

from __future__ import annotations

import pytest

from gui.core.accumulator import StreamAccumulator
from gui.core.conversation import Message, MessageStatus, Role
from gui.core.events import Finished, ReasoningDelta
from tests.core.test_minimax_stream import collect
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply

WORDS = ["The", " user", " wants", " a", " proof", " that", " odd", " plus", " odd", " is", " even"]
FULL = "".join(WORDS)


def cumulative(words: list[str]) -> list[str]:
    return ["".join(words[: n + 1]) for n in range(len(words))]


def accumulate(pieces: list[str]) -> tuple[Message, list[tuple[bool, str]]]:
    """Feed reasoning pieces; return the message and every (reset, text) the view received."""
    acc = StreamAccumulator(Message(role=Role.ASSISTANT, status=MessageStatus.STREAMING))
    seen: list[tuple[bool, str]] = []
    for piece in pieces:
        acc.apply(ReasoningDelta(piece, {**wire.DETAIL, "index": 0, "text": piece}))
        seen.append(acc.reasoning.take())
    acc.apply(Finished("stop"))
    return acc.finish(), seen


def shown(seen: list[tuple[bool, str]]) -> str:
    """What a view that applies every update shows at the end."""
    text = ""
    for reset, piece in seen:
        text = piece if reset else text + piece
    return text


async def test_cumulative_stream_with_small_first_pieces(fake_minimax: FakeMiniMax) -> None:
    """ "The", "The user", … through the real client: the reasoning is said once."""
    events = [wire.chunk(wire.reasoning_delta(p)) for p in cumulative(WORDS)]
    events.append(wire.chunk(wire.content_delta("Yes."), finish="stop"))
    message, _ = await collect(fake_minimax, Reply(events=events))
    assert message.reasoning == FULL
    assert message.reasoning_details == [{**wire.DETAIL, "index": 0, "text": FULL}]


@pytest.mark.parametrize("first", ["T", "Th", "The", "The user"])
def test_cumulative_from_any_first_piece(first: str) -> None:
    pieces = [first, *cumulative(WORDS)[1:]] if first != "The user" else cumulative(WORDS)[1:]
    message, seen = accumulate(pieces)
    assert message.reasoning == FULL
    assert shown(seen) == FULL


def test_incremental_pieces_that_look_cumulative_at_first_are_joined() -> None:
    """ "a" then "and": a guess of cumulative is taken back when the third piece disagrees."""
    pieces = ["a", "and", " so", " on", " and on."]
    message, seen = accumulate(pieces)
    assert message.reasoning == "aand so on and on."
    assert shown(seen) == "aand so on and on."


def test_plain_incremental_pieces_are_joined() -> None:
    message, seen = accumulate(WORDS)
    assert message.reasoning == FULL
    assert shown(seen) == FULL


def test_incremental_text_that_repeats_itself_later_is_not_taken_for_a_resend() -> None:
    """Once incremental, always incremental: a piece repeating all text so far is new text."""
    pieces = ["Hm", ". ", "Hm. ", "Hm. again"]
    message, _ = accumulate(pieces)
    assert message.reasoning == "Hm. Hm. Hm. again"


def test_a_repeated_cumulative_piece_adds_nothing() -> None:
    pieces = ["The", "The user", "The user", "The user wants", "The user wants it."]
    message, seen = accumulate(pieces)
    assert message.reasoning == "The user wants it."
    assert shown(seen) == "The user wants it."
