"""What of a streamed Markdown tail is rendered rich, and when (Qt-free rules)."""

from __future__ import annotations

from gui.core.markdown_tail import RICH_HEAD, ArrivingLine, closed_spans, goes_on, rich_head


def test_rich_head_is_the_lines_before_the_one_arriving() -> None:
    assert rich_head("one\ntwo", "", in_fence=False) == "one\n"
    assert rich_head("one\n", "", in_fence=False) == ""  # maybe the end of a paragraph
    assert rich_head("one\ntwo\n", "", in_fence=False) == "one\n"
    assert rich_head("one\ntwo\nthr", "one\n", in_fence=False) == "one\ntwo\n"
    assert rich_head("other\nx", "one\n", in_fence=False) == "other\n"


def test_rich_head_keeps_what_it_showed_past_the_limit_a_table_or_a_fence() -> None:
    assert rich_head("one\n| a |\nx", "one\n", in_fence=False) == "one\n"
    assert rich_head("| a |\nx", "", in_fence=False) == ""
    assert rich_head("one\n```\ncode\n", "one\n", in_fence=True) == "one\n"
    long = "- item\n" * (RICH_HEAD // 7)
    assert rich_head(long + "- more\nx", long, in_fence=False) == long


def test_closed_spans_counts_pairs_of_markers() -> None:
    assert closed_spans("plain words") == 0
    assert closed_spans("a **bo") == 0
    assert closed_spans("a **bold**") == 1
    assert closed_spans("a `x` and *y*") == 2
    assert closed_spans("~~gone~~ [a](http://x.org/)") == 2


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_arriving_line_renders_when_a_span_closes_not_when_it_opens() -> None:
    line = ArrivingLine(gap=0.0)
    assert not line.due("Plain words and more", "Plain words")
    assert not line.due("A **bo", "A ")  # opened: nothing to show yet
    assert line.due("Some **bold**", "Some **bo")
    line.rendered("Some **bold**")
    assert not line.due("Some **bold** and more", "Some **bold**")  # appended, no new span
    assert line.due("Some **bold** and `x`", "Some **bold** and `")


def test_block_markers_render_at_once_and_tables_or_ended_lines_never() -> None:
    line = ArrivingLine(gap=10.0, clock=Clock())
    assert line.due("- it", "")
    assert line.due("### H", "##")
    assert not line.due("- item and more", "- item and")
    assert not line.due("| a | **b** |", "| a | **b")
    assert not line.due("done **x**\n", "done **x")
    assert line.due("  - it", "  ")  # a nested item: its marker follows the indent
    assert not line.due("  - item and more", "  - item and")
    assert not line.due("   ", "  ")


def test_after_a_rendering_the_next_waits_the_gap() -> None:
    clock = Clock()
    line = ArrivingLine(gap=0.3, clock=clock)
    assert line.due("a **b**", "a **b")  # the first time: at once
    line.rendered("a **b**")
    assert not line.due("a **b** `c`", "a **b** `c")
    clock.now += 0.31
    assert line.due("a **b** `c`", "a **b** `c")  # still owed: shown once the gap passed
    line.reset()
    assert line.due("x **y**", "x **y")


def test_a_block_marker_rendering_does_not_hold_back_the_first_span() -> None:
    clock = Clock()
    line = ArrivingLine(gap=0.3, clock=clock)
    assert line.due("2. **Pa", "")
    line.rendered("2. **Pa")
    assert line.due("2. **Parse**", "2. **Pa")  # no span was shown yet: no gap


def test_a_line_goes_on_a_paragraph_or_item_but_not_a_new_block() -> None:
    assert goes_on("A paragraph\n", "goes on")
    assert goes_on("- an item\n", "  goes on")
    assert goes_on("> quoted\n", "lazily")
    assert not goes_on("", "first")
    assert not goes_on("A paragraph\n\n", "new one")  # after a blank line
    assert not goes_on("\n", "after a finished block")
    assert not goes_on("A paragraph\n", "- a list")
    assert not goes_on("A paragraph\n", "2. a list")
    assert not goes_on("A paragraph\n", "    code")
    assert not goes_on("A paragraph\n", "  ")  # not known yet
    assert not goes_on("# Heading\n", "a paragraph")
    assert not goes_on("- item\n\n      code\n", "more")  # indented code
    assert not goes_on("Text\n---\n", "after a rule")
    assert not goes_on("A paragraph\n", "| a | b |")
