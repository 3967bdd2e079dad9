"""What a streaming reply's frames carry (gui/ui/reply_stream.py)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gui.core.accumulator import StreamAccumulator
from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.core.events import ContentDelta, ReasoningDelta
from gui.core.progress import StreamPhase
from gui.ui.reply_stream import ReplyStream
from gui.ui.throttle import RenderThrottle


def test_the_thinking_clock_ticks_in_whole_seconds(qtbot: QtBot) -> None:
    """Frames come 20 times a second: the thinking time they carry changes once a second
    (none in the first), so the status and the pane's summary are not redone each frame;
    once the answer is writing, it is the exact time thought."""
    now = [100.0]
    reply = Message(role=Role.ASSISTANT, status=MessageStatus.STREAMING)
    acc = StreamAccumulator(reply, lambda: now[0])
    stream = ReplyStream(Conversation(), reply, acc, RenderThrottle(lambda: None))
    stream.received_first_byte = True
    acc.apply(ReasoningDelta("Let me think"))
    shown = []
    for at in (100.05, 100.4, 100.95, 101.0, 101.6, 102.3):
        now[0] = at
        update = stream.take_update()
        assert update.phase is StreamPhase.THINKING
        shown.append(update.thinking_seconds)
    assert shown == [None, None, None, 1.0, 1.0, 2.0]
    now[0] = 102.55
    acc.apply(ContentDelta("The answer"))
    update = stream.take_update()
    assert update.phase is StreamPhase.WRITING
    assert update.thinking_seconds == pytest.approx(2.55)


def test_a_frame_is_worth_drawing_at_once_for_a_few_words_or_a_new_phase(
    qtbot: QtBot,
) -> None:
    reply = Message(role=Role.ASSISTANT, status=MessageStatus.STREAMING)
    acc = StreamAccumulator(reply, lambda: 0.0)
    stream = ReplyStream(Conversation(), reply, acc, RenderThrottle(lambda: None))
    assert stream.worth_a_frame()  # nothing shown yet: "Waiting for MiniMax…"
    stream.take_update()
    assert not stream.worth_a_frame()
    stream.received_first_byte = True
    acc.apply(ContentDelta("Hi"))
    assert stream.worth_a_frame()  # writing now
    stream.take_update()
    acc.apply(ContentDelta(" there, a"))  # a word or two
    assert not stream.worth_a_frame()
    acc.apply(ContentDelta(" few more words arrive"))
    assert stream.worth_a_frame()
    stream.take_update()
    assert not stream.worth_a_frame()
