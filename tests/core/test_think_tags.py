"""ThinkSplitter: reasoning inside content, with tags cut at every character."""

from __future__ import annotations

import pytest

from gui.core.think_tags import ANSWER, RECLASSIFY, THINK, ThinkSplitter


def run(parts: list[str]) -> tuple[str, str, int]:
    """Feed parts; return (reasoning, answer, reclassify count) as a consumer would see them."""
    splitter = ThinkSplitter()
    think: list[str] = []
    answer: list[str] = []
    reclassified = 0
    pieces = [p for part in parts for p in splitter.feed(part)] + splitter.finish()
    for kind, text in pieces:
        if kind == THINK:
            think.append(text)
        elif kind == ANSWER:
            answer.append(text)
        elif kind == RECLASSIFY:
            reclassified += 1
            think.insert(0, "".join(answer))
            answer.clear()
    return "".join(think), "".join(answer), reclassified


RAW = "<think>\nLet me count: 1, 2, 3.\n</think>\n\nThe answer is **3**."


@pytest.mark.parametrize("cut", range(len(RAW) + 1))
def test_tags_cut_at_every_position(cut: int) -> None:
    """However the content is cut in two, reasoning and answer come out the same."""
    assert run([RAW[:cut], RAW[cut:]]) == ("Let me count: 1, 2, 3.\n", "The answer is **3**.", 0)


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 13])
def test_many_small_chunks(size: int) -> None:
    """Character-by-character and other chunk sizes give the same split."""
    parts = [RAW[i : i + size] for i in range(0, len(RAW), size)]
    assert run(parts)[:2] == ("Let me count: 1, 2, 3.\n", "The answer is **3**.")


def test_literal_think_tag_later_in_answer_is_answer_text() -> None:
    """Once reasoning ended, a quoted <think> tag belongs to the answer."""
    raw = "<think>\nok\n</think>\n\nUse `<think>` and `</think>` tags like <think>this</think>."
    assert (
        run([raw[:20], raw[20:]])[1]
        == "Use `<think>` and `</think>` tags like <think>this</think>."
    )


def test_no_tags_is_all_answer() -> None:
    """Content without any tag streams straight through as answer."""
    assert run(["Hello", " world", "!"]) == ("", "Hello world!", 0)


def test_tag_not_at_start_is_answer() -> None:
    """Only a tag at the very start opens reasoning."""
    assert run(["Here: <think>x</think> done"])[1] == "Here: <think>x</think> done"


def test_missing_opening_tag_is_tolerated() -> None:
    """A closer without an opener turns the text before it into reasoning."""
    reasoning, answer, reclassified = run(["The user asks", " something.\n</thi", "nk>\n\nAnswer."])
    assert (reasoning, answer, reclassified) == ("The user asks something.\n", "Answer.", 1)


def test_unterminated_think_stays_reasoning() -> None:
    """A reply cut by the token limit inside <think> is all reasoning."""
    assert run(["<think>\nstill thinking", " about it"]) == ("still thinking about it", "", 0)


@pytest.mark.parametrize("closer", ["</think>", "</thinking>", "</mm:think>"])
def test_closer_variants(closer: str) -> None:
    """The closing tag variants seen in production all end reasoning."""
    assert run([f"<think>\nhmm\n{closer}\n\nYes."])[:2] == ("hmm\n", "Yes.")


def test_thinking_opener_variant() -> None:
    """M3 may open with <thinking>."""
    assert run(["<thinkin", "g>\nhmm</thinking>Yes."])[:2] == ("hmm", "Yes.")


def test_opener_only() -> None:
    """An opener and nothing else leaves both parts empty."""
    assert run(["<think>"])[:2] == ("", "")


def test_reclassify_disabled_when_reasoning_came_from_fields() -> None:
    """With reasoning from reasoning_details, a closer in the answer stays answer text."""
    splitter = ThinkSplitter()
    splitter.allow_reclassify = False
    pieces = splitter.feed("Tags: </think> is a closer.") + splitter.finish()
    assert pieces == [(ANSWER, "Tags: </think> is a closer.")]
