"""Cutting answers into bounded pieces: nothing lost, nothing too big to lay out at once."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.content import big_code, deep_nesting, huge_table, long_line, reply_text
from gui.core.markdown import LONG_LINE, StreamingMarkdown, render_markdown
from gui.core.markdown_pieces import (
    CODE_LINES,
    PIECE_CHARS,
    TABLE_CELLS,
    PieceKind,
    _blocks,
    iter_pieces,
    open_table,
    render_piece,
    table_cells,
    table_rows,
)

SAMPLES = {
    "table": huge_table(40, 30),
    "line": long_line(60_000),
    "paragraphs": "\n\n".join(f"Paragraph {i}." for i in range(3_000)),
    "nesting": deep_nesting(50),
    "code": big_code(400),
    "mixed": reply_text(30_000),
}


def bounded(piece_kind: PieceKind, source: str, code: str) -> bool:
    if piece_kind is PieceKind.CODE:
        return code.count("\n") <= CODE_LINES
    return piece_kind is PieceKind.TABLE or len(source) <= PIECE_CHARS


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_pieces_give_back_the_whole_text_and_each_is_bounded(name: str) -> None:
    text = SAMPLES[name]
    pieces = list(iter_pieces(text))
    assert "".join(p.source for p in pieces) == text
    assert all(bounded(p.kind, p.source, p.code) for p in pieces)


@given(
    st.lists(
        st.sampled_from(
            ["para", "| a | b |\n|---|---|\n| 1 | 2 |", "```py\nx = 1\n```", "- item", "> q", ""]
        ),
        max_size=30,
    ),
    st.integers(min_value=20, max_value=200),
)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_is_cut_losslessly(blocks: list[str], limit: int) -> None:
    text = "\n\n".join(blocks)
    assert "".join(p.source for p in iter_pieces(text, limit)) == text


def test_small_answer_is_one_markdown_piece_rendered_as_before() -> None:
    text = reply_text(PIECE_CHARS - 100)
    [piece] = iter_pieces(text)
    assert piece.kind is PieceKind.MARKDOWN
    assert render_piece(piece) == render_markdown(text)


def test_big_table_becomes_a_table_piece_and_small_ones_stay_rich_text() -> None:
    pieces = list(iter_pieces(huge_table(200, 200)))
    [table] = [p for p in pieces if p.kind is PieceKind.TABLE]
    assert len(table.header) == 200 and len(table.rows) == 200
    assert table_cells(table.rows[199])[199] == "r199c199"
    assert [p.kind for p in pieces if p is not table] == [PieceKind.MARKDOWN] * 2
    small = "| a | b |\n|---|---|\n| 1 | 2 |\n"
    assert [p.kind for p in iter_pieces(small)] == [PieceKind.MARKDOWN]


def test_table_cells_keep_escaped_pipes() -> None:
    assert table_cells("| a \\| b | c |") == ["a | b", "c"]
    assert table_cells("x | y") == ["x", "y"]


def test_long_line_is_cut_at_spaces() -> None:
    text = long_line(50_000)
    pieces = list(iter_pieces(text))
    assert len(pieces) > 10
    assert all(p.source.endswith(" ") for p in pieces[:-1])


def test_line_without_spaces_is_cut_all_the_same() -> None:
    text = "x" * (5 * PIECE_CHARS)
    pieces = list(iter_pieces(text))
    assert [len(p.source) for p in pieces] == [PIECE_CHARS] * 5


def test_deep_nesting_is_shown_as_text_and_nothing_is_lost() -> None:
    text = deep_nesting(50)
    html = "".join(render_piece(p) for p in iter_pieces(text))
    assert "item at level 49" in html
    assert "quoted at level 50" in html


def test_ordinary_nesting_stays_markdown() -> None:
    text = "- a\n  - b\n    - c\n\n> > quoted\n"
    assert {p.kind for p in iter_pieces(text)} == {PieceKind.MARKDOWN}


def test_long_code_block_is_highlighted_in_parts_with_one_label() -> None:
    text = big_code(500)
    pieces = [p for p in iter_pieces(text) if p.kind is PieceKind.CODE]
    assert len(pieces) == -(-500 // CODE_LINES)
    assert "".join(p.code for p in pieces) == text.split("```python\n")[1].split("```")[0]
    html = [render_piece(p) for p in pieces]
    assert sum(">python</div>" in h for h in html) == 1
    assert all("color" in h for h in html)  # every part is highlighted


def test_table_just_over_the_limit_is_a_table_piece() -> None:
    columns = 10
    rows = TABLE_CELLS // columns  # with the header: just over the limit
    kinds = [p.kind for p in iter_pieces(huge_table(rows, columns))]
    assert PieceKind.TABLE in kinds
    kinds = [p.kind for p in iter_pieces(huge_table(rows - 2, columns))]
    assert PieceKind.TABLE not in kinds


def test_streamed_long_line_keeps_a_short_tail() -> None:
    text = long_line(40_000) + "\n\nAfter."
    stream = StreamingMarkdown()
    sources: list[str] = []
    longest_tail = 0
    for start in range(0, len(text), 500):
        finished, tail = stream.feed_sources(text[start : start + 500])
        sources += finished
        longest_tail = max(longest_tail, len(tail))
    assert longest_tail <= LONG_LINE + 500
    assert "".join(sources) + stream.finish_source() == text


def test_table_piece_has_no_html() -> None:
    [table] = [p for p in iter_pieces(huge_table(50, 50)) if p.kind is PieceKind.TABLE]
    with pytest.raises(ValueError, match="table view"):
        render_piece(table)


@pytest.mark.parametrize("chunk", [1, 7, 500, 4_000])
def test_a_streamed_table_is_read_row_by_row_as_its_finished_piece_reads_it(chunk: int) -> None:
    table = huge_table(40, 30).split("\n\n")[1]
    text = table + "\n\nAfter."
    [piece] = [p for p in iter_pieces(text) if p.kind is PieceKind.TABLE]
    rows: list[str] = []
    shown = 0
    ended = False
    for end in range(chunk, len(text) + chunk, chunk):
        tail = text[:end]
        found = open_table(tail)
        if found is None:
            assert "\n" not in tail or tail.count("\n") < 2  # no header and rule yet
            continue
        header, body = found
        assert header == piece.header
        new, shown, ended = table_rows(tail, max(body, shown))
        rows += new
        if ended:
            break
    assert ended and tuple(rows) == piece.rows
    assert text[:shown] == piece.source


def test_only_a_header_and_its_rule_open_a_streamed_table() -> None:
    assert open_table("| a | b |\n|---|---|\n") == (("a", "b"), 20)
    assert open_table("| a | b |\n|---|") is None  # the rule may still grow
    assert open_table("a paragraph\n|---|---|\n") is None
    assert open_table("| a | b |\n| 1 | 2 |\n") is None
    assert table_rows("| 1 | 2 |\n| 3 |", 0) == (["| 1 | 2 |"], 10, False)
    assert table_rows("| 1 | 2 |\nplain\n", 0) == (["| 1 | 2 |"], 10, True)


def _blocks_line_by_line(text: str) -> list[tuple[int, int]]:
    """The cuts as the streaming renderer makes them, every line given to the scanner."""
    from gui.core.markdown import _BlockScanner

    scanner, start, cuts, pos = _BlockScanner(), 0, [], 0
    for line in text.replace("\n", "\n\0").split("\0"):
        if not line:
            continue
        cut = scanner.line(line, pos + len(line), pos)
        pos += len(line)
        if cut is not None and cut > start:
            cuts.append((start, cut))
            start = cut
    if start < len(text):
        cuts.append((start, len(text)))
    return cuts


@pytest.mark.parametrize(
    "text",
    [
        "a\n\n```py\nx = 1\n```\n\nb\n",
        "```\n``` not a close\n  ```\nafter\n\nmore",  # indented close
        "````\n```\nstill code\n`````\n\nafter",  # a shorter run does not close
        "~~~\n```\n~~~\n\nafter",  # nor the other fence character
        "```\ncode ``` inside\n\t```\n\nafter",  # a run in the middle of a line
        "- item\n  ```\n  code\n  ```\n\nafter",  # nested in a list
        "```\nx\n```\u00a0\n\nafter\n",  # what strip() takes for a space
        "```py\nnever closed\n\nstill code\n",
        "```\n" + "line\n" * 500 + "```\n\n" + "```c\nint x;\n```\ntext",
    ],
)
def test_blocks_are_cut_as_the_scanner_cuts_them_line_by_line(text: str) -> None:
    # Inside a code block, only lines that may close it are given to the scanner.
    assert list(_blocks(text)) == _blocks_line_by_line(text)


FENCY_LINES = ["```", "~~~", "````", "```py", " ```", "\t```", "- ```", "> ```", "text", "",
               " ", "x ```", "```\u00a0", "| a |", "    code"]  # fmt: skip


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FENCY_LINES), max_size=30))
def test_any_fenced_text_is_cut_as_line_by_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert list(_blocks(text)) == _blocks_line_by_line(text)
