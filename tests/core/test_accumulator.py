"""StreamAccumulator and TextBuffer driven by hand-made stream events (no network)."""

from __future__ import annotations

import pytest

from gui.core.accumulator import StreamAccumulator, TextBuffer
from gui.core.conversation import Message, MessageStatus, Role, Usage
from gui.core.errors import ClassifiedError, ErrorKind, dropped_error
from gui.core.events import (
    ContentDelta,
    Finished,
    FullMessage,
    ReasoningDelta,
    StreamEvent,
    StreamFailed,
    ToolCallDelta,
    UsageReport,
)

DETAIL = {"type": "reasoning.text", "id": "reasoning-text-1", "format": "MiniMax-response-v1"}


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def new_acc(clock: FakeClock | None = None) -> StreamAccumulator:
    message = Message(role=Role.ASSISTANT, status=MessageStatus.STREAMING)
    return StreamAccumulator(message, clock=clock or FakeClock())


def feed(acc: StreamAccumulator, *events: StreamEvent) -> StreamAccumulator:
    for event in events:
        acc.apply(event)
    return acc


def reasoning(text: str, index: int = 0, **extra: object) -> ReasoningDelta:
    return ReasoningDelta(text, {**DETAIL, "index": index, "text": text, **extra})


# -- TextBuffer -----------------------------------------------------------------------------------


def test_text_buffer_starts_empty() -> None:
    """A new buffer is empty and take() reports nothing new and no reset."""
    buf = TextBuffer()
    assert buf.text == ""
    assert len(buf) == 0
    assert buf.take() == (False, "")


def test_text_buffer_take_returns_only_new_text() -> None:
    """take() returns what was appended since the previous take, then nothing."""
    buf = TextBuffer()
    buf.append("Hel")
    buf.append("lo")
    assert buf.take() == (False, "Hello")
    assert buf.take() == (False, "")
    buf.append(" 你好")
    assert len(buf) == len("Hello 你好")
    assert buf.take() == (False, " 你好")
    assert buf.text == "Hello 你好"


def test_text_buffer_ignores_empty_append() -> None:
    """Appending "" changes nothing."""
    buf = TextBuffer()
    buf.append("a")
    buf.take()
    buf.append("")
    assert buf.take() == (False, "")
    assert buf.text == "a"


def test_text_buffer_replace_reports_reset_once() -> None:
    """After replace(), the next take() reports a reset with the whole text; later ones do not."""
    buf = TextBuffer()
    buf.append("old text")
    buf.take()
    buf.replace("new")
    assert buf.text == "new"
    assert buf.take() == (True, "new")
    buf.append("er")
    assert buf.take() == (False, "er")
    assert buf.text == "newer"


def test_text_buffer_replace_then_append_before_take() -> None:
    """Text appended after a replace but before take() is part of the reset text."""
    buf = TextBuffer()
    buf.append("abc")
    buf.replace("x")
    buf.append("y")
    assert buf.take() == (True, "xy")
    assert buf.take() == (False, "")


def test_text_buffer_replace_with_empty() -> None:
    """replace("") empties the buffer and reports a reset with empty text."""
    buf = TextBuffer()
    buf.append("abc")
    buf.replace("")
    assert buf.text == ""
    assert len(buf) == 0
    assert buf.take() == (True, "")


def test_text_buffer_len_matches_text_before_join() -> None:
    """len() is right whether or not the parts have been joined yet."""
    buf = TextBuffer()
    for part in ["a", "bc", "def"]:
        buf.append(part)
        assert len(buf) == len(buf.text)


# -- a normal split-mode reply --------------------------------------------------------------------


def test_text_buffer_keeps_line_endings_as_newlines_even_split_between_pieces() -> None:
    """A "\r\n" is one line break, also when "\r" ends one piece and "\n" starts the next
    (Qt made two of it, a blank line); a lone "\r" is one too, as Markdown reads it."""
    buf = TextBuffer()
    buf.append("one\r")
    assert buf.take() == (False, "one\n")
    buf.append("\ntwo\r\nthree\rfour\r")
    buf.append("\n")
    buf.append("\nfive")
    assert buf.take() == (False, "two\nthree\nfour\n\nfive")
    assert buf.text == "one\ntwo\nthree\nfour\n\nfive"
    assert len(buf) == len(buf.text)
    buf.replace("six\r\nseven\r")
    buf.append("\neight")
    assert buf.take() == (True, "six\nseven\neight")


def test_split_reply_completes() -> None:
    """Reasoning deltas and content deltas give a complete message with both texts."""
    acc = feed(
        new_acc(),
        reasoning("The user "),
        reasoning("says hi."),
        ContentDelta("Hello"),
        ContentDelta(" there! 👋"),
        UsageReport(Usage(10, 5, 15, reasoning_tokens=3)),
        Finished("stop", model="MiniMax-M2.7"),
    )
    msg = acc.finish()
    assert msg is acc.message
    assert msg.status is MessageStatus.COMPLETE
    assert msg.content == "Hello there! 👋"
    assert msg.reasoning == "The user says hi."
    assert msg.finish_reason == "stop"
    assert msg.model == "MiniMax-M2.7"
    assert msg.usage == Usage(10, 5, 15, reasoning_tokens=3)
    assert msg.error is None
    assert msg.raw_content is None
    assert msg.reasoning_details == [{**DETAIL, "index": 0, "text": "The user says hi."}]
    assert msg.completed_at


def test_live_views_show_new_text() -> None:
    """While streaming, answer.take() and reasoning.take() give the increments."""
    acc = new_acc()
    feed(acc, reasoning("Think "), reasoning("more"))
    assert acc.reasoning.take() == (False, "Think more")
    feed(acc, ContentDelta("Ans"), ContentDelta("wer"))
    assert acc.answer.take() == (False, "Answer")
    assert acc.reasoning.take() == (False, "")


def test_raw_content_kept_when_it_differs_from_answer() -> None:
    """Content that carried a <think> block is kept verbatim for replay."""
    raw = "<think>\nCount: 1, 2.\n</think>\n\nTwo."
    msg = feed(new_acc(), ContentDelta(raw[:12]), ContentDelta(raw[12:]), Finished("stop")).finish()
    assert msg.content == "Two."
    assert msg.reasoning == "Count: 1, 2."
    assert msg.raw_content == raw
    assert msg.reasoning_details == []


def test_a_crlf_split_between_chunks_is_shown_and_saved_as_one_line_break() -> None:
    """What the panes show while streaming is what is saved: lines end in "\n". The
    replay fields keep the server's text exactly."""
    acc = new_acc()
    feed(acc, reasoning("First thought.\r"))
    shown_reasoning = acc.reasoning.take()[1]
    feed(acc, reasoning("\nSecond thought."))
    shown_reasoning += acc.reasoning.take()[1]
    feed(acc, ContentDelta("Line one.\r"))
    shown_answer = acc.answer.take()[1]
    feed(acc, ContentDelta("\nLine two."), Finished("stop"))
    shown_answer += acc.answer.take()[1]
    msg = acc.finish()
    assert shown_reasoning == msg.reasoning == "First thought.\nSecond thought."
    assert shown_answer == msg.content == "Line one.\nLine two."
    assert msg.raw_content == "Line one.\r\nLine two."
    assert msg.reasoning_details[0]["text"] == "First thought.\r\nSecond thought."


# -- timing ---------------------------------------------------------------------------------------


def test_thinking_seconds_with_fake_clock() -> None:
    """Thinking time runs from the first reasoning to the first visible answer text."""
    clock = FakeClock()
    acc = new_acc(clock)
    assert acc.thinking_seconds() is None
    assert acc.in_reasoning is True
    clock.advance(2.0)
    acc.apply(reasoning("hmm"))
    clock.advance(1.5)
    assert acc.thinking_seconds() == pytest.approx(1.5)
    acc.apply(reasoning(" more"))
    clock.advance(1.0)
    acc.apply(ContentDelta("  "))  # white space does not end thinking
    assert acc.in_reasoning is True
    clock.advance(0.5)
    acc.apply(ContentDelta("Answer"))
    assert acc.in_reasoning is False
    clock.advance(10.0)
    assert acc.thinking_seconds() == pytest.approx(3.0)
    acc.apply(Finished("stop"))
    assert acc.finish().thinking_seconds == pytest.approx(3.0)


def test_thinking_seconds_none_without_reasoning() -> None:
    """A reply with no reasoning has no thinking time."""
    msg = feed(new_acc(), ContentDelta("Hi"), Finished("stop")).finish()
    assert msg.thinking_seconds is None


def test_thinking_seconds_until_now_when_stopped_while_thinking() -> None:
    """If the reply ends during reasoning, thinking time runs to the end."""
    clock = FakeClock()
    acc = new_acc(clock)
    acc.apply(reasoning("still thinking"))
    clock.advance(4.0)
    assert acc.finish(MessageStatus.STOPPED).thinking_seconds == pytest.approx(4.0)


# -- endings --------------------------------------------------------------------------------------


def test_stop_keeps_partial_text_and_reasoning() -> None:
    """A user stop keeps the partial answer and reasoning with status STOPPED."""
    acc = feed(new_acc(), reasoning("Partial reasoning"), ContentDelta("Partial ans"))
    msg = acc.finish(MessageStatus.STOPPED)
    assert msg.status is MessageStatus.STOPPED
    assert msg.content == "Partial ans"
    assert msg.reasoning == "Partial reasoning"
    assert msg.reasoning_details == [{**DETAIL, "index": 0, "text": "Partial reasoning"}]
    assert msg.error is None


def test_stop_inside_think_block_keeps_reasoning() -> None:
    """Stopping inside an unterminated <think> block keeps it as reasoning, answer empty."""
    acc = feed(new_acc(), ContentDelta("<think>\nhalf a thou"))
    msg = acc.finish(MessageStatus.STOPPED)
    assert msg.reasoning == "half a thou"
    assert msg.content == ""
    assert msg.raw_content == "<think>\nhalf a thou"


ERROR = ClassifiedError(
    ErrorKind.RATE_LIMIT,
    "MiniMax is limiting the request rate.",
    code=1002,
    http_status=429,
    retryable=True,
    retry_after=5.0,
    detail="rate limit exceeded (1002)",
)


def test_failure_gives_error_with_info_copied() -> None:
    """A StreamFailed without interruption gives ERROR and copies every ErrorInfo field."""
    acc = feed(new_acc(), ContentDelta("Partial"), StreamFailed(ERROR))
    msg = acc.finish()
    assert msg.status is MessageStatus.ERROR
    assert msg.content == "Partial"
    assert msg.error is not None
    assert msg.error.kind == "rate_limit"
    assert msg.error.message == ERROR.message
    assert msg.error.code == 1002
    assert msg.error.http_status == 429
    assert msg.error.retryable is True
    assert msg.error.detail == "rate limit exceeded (1002)"


def test_interrupted_failure_gives_interrupted() -> None:
    """A StreamFailed marked interrupted gives INTERRUPTED, keeping text and the error."""
    dropped = dropped_error("peer closed connection")
    acc = feed(new_acc(), reasoning("r"), ContentDelta("Half"), StreamFailed(dropped, True))
    msg = acc.finish()
    assert msg.status is MessageStatus.INTERRUPTED
    assert msg.content == "Half"
    assert msg.reasoning == "r"
    assert msg.error is not None
    assert msg.error.kind == "network"
    assert msg.error.message == dropped.message
    assert msg.error.detail == "peer closed connection"
    assert msg.error.retryable is True


def test_finished_without_reason_is_interrupted_with_explanation() -> None:
    """Finished(None) means the stream ended early: INTERRUPTED with a plain explanation."""
    acc = feed(new_acc(), ContentDelta("Some text"), Finished(None))
    assert acc.finished is True
    msg = acc.finish()
    assert msg.status is MessageStatus.INTERRUPTED
    assert msg.content == "Some text"
    assert msg.finish_reason is None
    assert msg.error is not None
    assert msg.error.kind == "network"
    assert msg.error.retryable is True
    assert "kept" in msg.error.message
    assert "before" in msg.error.message


def test_stream_without_any_finish_is_interrupted() -> None:
    """A stream that just stops (no Finished event) is INTERRUPTED too."""
    msg = feed(new_acc(), ContentDelta("abc")).finish()
    assert msg.status is MessageStatus.INTERRUPTED
    assert msg.error is not None


def test_finished_none_does_not_erase_earlier_reason() -> None:
    """A later Finished(None) keeps a finish_reason that already arrived."""
    msg = feed(new_acc(), ContentDelta("x"), Finished("length"), Finished(None)).finish()
    assert msg.status is MessageStatus.COMPLETE
    assert msg.finish_reason == "length"


# -- reasoning_details ----------------------------------------------------------------------------


def test_reasoning_details_from_several_indexes_kept_separate_and_ordered() -> None:
    """Items with different indexes accumulate separately and come out ordered by index."""

    def item(text: str, index: int, **fields: object) -> ReasoningDelta:
        return ReasoningDelta(text, {"index": index, "text": text, **fields})

    acc = feed(
        new_acc(),
        item("second-a ", 1, type="reasoning.text", id="r2"),
        item("first-a ", 0, type="reasoning.text", id="r1", signature="sig-0"),
        item("second-b", 1),
        item("first-b", 0),
        ContentDelta("Answer"),
        Finished("stop"),
    )
    msg = acc.finish()
    assert msg.reasoning_details == [
        {
            "type": "reasoning.text",
            "index": 0,
            "id": "r1",
            "signature": "sig-0",
            "text": "first-a first-b",
        },
        {"type": "reasoning.text", "index": 1, "id": "r2", "text": "second-a second-b"},
    ]
    assert [d["index"] for d in msg.reasoning_details] == [0, 1]
    assert msg.reasoning == "first-a first-b\n\nsecond-a second-b"


def test_reasoning_item_fields_update_but_empty_values_do_not_erase() -> None:
    """Later fragments may fill in fields; empty or None values keep what was stored."""
    acc = feed(
        new_acc(),
        ReasoningDelta("a", {"type": "reasoning.text", "index": 0, "id": "r1"}),
        ReasoningDelta("b", {"index": 0, "id": "", "signature": "sig"}),
        ReasoningDelta("c", {"index": 0, "signature": None}),
        Finished("stop"),
    )
    assert acc.finish().reasoning_details == [
        {"type": "reasoning.text", "index": 0, "id": "r1", "signature": "sig", "text": "abc"}
    ]


def test_reasoning_without_item_gets_default_shape() -> None:
    """A reasoning delta without a details item is stored as a reasoning.text item at index 0."""
    msg = feed(new_acc(), ReasoningDelta("plain"), Finished("stop")).finish()
    assert msg.reasoning_details == [{"type": "reasoning.text", "index": 0, "text": "plain"}]


def test_cumulative_reasoning_resend_is_not_doubled() -> None:
    """A reasoning piece that repeats everything so far (and more) only adds the new part."""
    first = "The user asks about parity of sums."
    acc = feed(new_acc(), reasoning(first), reasoning(first + " Odd plus odd."), Finished("stop"))
    msg = acc.finish()
    assert msg.reasoning == first + " Odd plus odd."
    assert msg.reasoning_details[0]["text"] == first + " Odd plus odd."


def test_field_reasoning_wins_over_think_tags() -> None:
    """When both <think> content and reasoning fields arrive, the field text is shown."""
    acc = feed(
        new_acc(),
        ContentDelta("<think>tag thoughts"),
        reasoning("field thoughts"),
        ContentDelta("</think>\n\nAnswer"),
        Finished("stop"),
    )
    assert acc.reasoning.take() == (True, "field thoughts")
    msg = acc.finish()
    assert msg.reasoning == "field thoughts"
    assert msg.content == "Answer"


def test_trailing_think_closer_stripped_from_reasoning() -> None:
    """A stray </think> at the end of field reasoning is not shown."""
    msg = feed(new_acc(), reasoning("thoughts\n</think>"), Finished("stop")).finish()
    assert msg.reasoning == "thoughts"


# -- missing opener -------------------------------------------------------------------------------


def test_missing_opener_moves_answer_into_reasoning() -> None:
    """A </think> without an opener, alone on its line as the chat template writes it,
    reclassifies earlier answer text as reasoning, with a reset."""
    clock = FakeClock()
    acc = new_acc(clock)
    acc.apply(ContentDelta("Let me think about "))
    acc.apply(ContentDelta("this carefully. "))
    reset, shown = acc.answer.take()
    assert reset is False
    assert shown.startswith("Let me think about")
    assert acc.in_reasoning is False

    clock.advance(2.0)
    acc.apply(ContentDelta("Done.\n</think>\n\nThe answer is 4."))
    reset, shown = acc.answer.take()
    assert reset is True
    assert shown == "The answer is 4."
    assert acc.in_reasoning is False
    reasoning_reset, reasoning_text = acc.reasoning.take()
    assert reasoning_reset is True
    assert reasoning_text.startswith("Let me think about this carefully.")

    acc.apply(Finished("stop"))
    msg = acc.finish()
    assert msg.content == "The answer is 4."
    assert msg.reasoning == "Let me think about this carefully. Done."
    raw = "Let me think about this carefully. Done.\n</think>\n\nThe answer is 4."
    assert msg.raw_content == raw
    assert msg.status is MessageStatus.COMPLETE


def test_missing_opener_ignored_when_reasoning_fields_present() -> None:
    """With reasoning fields already streaming, a stray </think> in content is answer text."""
    acc = feed(
        new_acc(),
        reasoning("real thinking"),
        ContentDelta("Use </think> to close."),
        Finished("stop"),
    )
    msg = acc.finish()
    assert msg.content == "Use </think> to close."
    assert msg.reasoning == "real thinking"


# -- tool calls -----------------------------------------------------------------------------------


def test_tool_call_fragments_are_merged() -> None:
    """Argument fragments (later ones without id or name) join into one call."""
    acc = feed(
        new_acc(),
        ToolCallDelta(0, "call_1", "get_weather", '{"loc'),
        ToolCallDelta(0, None, None, 'ation": "SF"'),
        ToolCallDelta(0, None, None, "}"),
        Finished("tool_calls"),
    )
    msg = acc.finish()
    assert msg.status is MessageStatus.COMPLETE
    assert msg.tool_calls == [
        {
            "id": "call_1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"location": "SF"}'},
            "index": 0,
        }
    ]


def test_reused_index_with_new_id_starts_new_call() -> None:
    """A second call that reuses index 0 with a different id is kept as its own call."""
    acc = feed(
        new_acc(),
        ToolCallDelta(0, "call_a", "f", "{}"),
        ToolCallDelta(0, "call_b", "g", '{"x": 1}'),
        ToolCallDelta(1, "call_c", "h", "{}"),
        Finished("tool_calls"),
    )
    calls = acc.finish().tool_calls
    assert [(c["id"], c["function"]["name"]) for c in calls] == [
        ("call_a", "f"),
        ("call_b", "g"),
        ("call_c", "h"),
    ]
    assert calls[1]["function"]["arguments"] == '{"x": 1}'


# -- full-message frames --------------------------------------------------------------------------


def test_full_message_fills_in_missing_parts() -> None:
    """A final full-message frame supplies content, reasoning and tool calls the deltas lacked."""
    full = FullMessage(
        content="Final answer",
        reasoning_details=[{**DETAIL, "index": 0, "text": "full reasoning"}],
        tool_calls=[{"id": "c1", "function": {"name": "f", "arguments": "{}"}}],
    )
    msg = feed(new_acc(), full, Finished("stop")).finish()
    assert msg.content == "Final answer"
    assert msg.reasoning == "full reasoning"
    assert msg.reasoning_details == [{**DETAIL, "index": 0, "text": "full reasoning"}]
    assert msg.tool_calls == [
        {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}, "index": 0}
    ]


def test_full_message_never_doubles_streamed_text() -> None:
    """When deltas already delivered everything, the full-message frame adds nothing."""
    acc = feed(
        new_acc(),
        reasoning("thinking"),
        ContentDelta("Answer"),
        FullMessage(
            content="Answer",
            reasoning_details=[{**DETAIL, "index": 0, "text": "thinking"}],
            reasoning_text="thinking",
        ),
        Finished("stop"),
    )
    msg = acc.finish()
    assert msg.content == "Answer"
    assert msg.reasoning == "thinking"
    assert len(msg.reasoning_details) == 1


def test_full_message_reasoning_text_without_details() -> None:
    """A full frame with only reasoning text (no details) still fills the reasoning."""
    msg = feed(
        new_acc(),
        ContentDelta("A"),
        FullMessage(content="A", reasoning_text="why"),
        Finished("stop"),
    ).finish()
    assert msg.reasoning == "why"
    assert msg.content == "A"
