"""Streamed Markdown shows as rich text as soon as a line of it is finished."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QTextDocument

from gui.core import markdown_tail
from gui.core.markdown import render_markdown
from gui.ui.widgets.markdown_view import MarkdownView
from gui.ui.widgets.message_body import MessageBody


@pytest.fixture(autouse=True)
def no_line_gap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any frame here may render the arriving line (the app waits ``LINE_GAP``)."""
    monkeypatch.setattr(markdown_tail, "LINE_GAP", 0.0)


def streamed(qtbot: Any, pieces: list[str]) -> tuple[MessageBody, MarkdownView]:
    body = MessageBody(lexer_ready=lambda language: True)
    qtbot.addWidget(body)
    body.begin_stream()
    for piece in pieces:
        body.append_stream(piece)
        qtbot.waitUntil(lambda: not body.rendering)
    view = body.segments[-1]
    assert isinstance(view, MarkdownView)
    return body, view


def is_bold(document: QTextDocument, text: str) -> bool:
    found = document.find(text)
    assert not found.isNull(), text
    return found.charFormat().fontWeight() >= QFont.Weight.Bold


def test_a_paragraph_is_rich_while_the_next_one_arrives(qtbot: Any) -> None:
    _body, view = streamed(qtbot, ["A **firm** point.\n\n", "The next one is **still"])
    shown = view.document().toPlainText()
    assert "A firm point." in shown  # no markers: rendered
    assert is_bold(view.document(), "firm")
    assert "The next one is **still" in shown  # an unclosed span shows as typed


def test_a_list_shows_its_finished_items_rich_while_it_streams(qtbot: Any) -> None:
    _body, view = streamed(qtbot, ["Steps:\n\n", "1. **Open** it\n", "2. Read `it`\n", "3. **Clo"])
    document = view.document()
    shown = document.toPlainText()
    assert "**Open**" not in shown and "`it`" not in shown
    assert is_bold(document, "Open")
    assert document.find("Open").block().textList() is not None  # a list item, numbered
    assert shown.endswith("**Clo")  # the arriving item: numbered, its span not closed yet
    assert document.find("**Clo").block().textList() is not None


def test_a_finished_list_looks_as_if_it_had_never_streamed(qtbot: Any) -> None:
    """No blank line before a list that a reopened chat does not have either."""
    text = "Intro.\n\n- **one**\n- two\n  more of two\n- three\n\nAfter.\n\n1. x\n\nEnd"
    pieces = [text[i : i + 7] for i in range(0, len(text), 7)]
    body, view = streamed(qtbot, pieces)
    body.finish_stream()
    qtbot.waitUntil(lambda: not body.rendering)
    whole = MarkdownView()
    qtbot.addWidget(whole)
    whole.set_markdown(text)

    def lines(view: MarkdownView) -> list[str]:  # a block's trailing space is not a look
        return [line.rstrip() for line in view.document().toPlainText().splitlines()]

    assert lines(view) == lines(whole)


def test_a_table_stays_plain_until_it_ends(qtbot: Any) -> None:
    _body, view = streamed(qtbot, ["Intro\n| a | b |\n|---|---|\n| 1 | 2 |\n"])
    assert "| 1 | 2 |" in view.document().toPlainText()


def test_a_nested_code_block_keeps_the_items_above_it_rich(qtbot: Any) -> None:
    _body, view = streamed(qtbot, ["1. **Install**:\n", "   ```sh\n", "   pip install x\n"])
    shown = view.document().toPlainText()
    assert "**Install**" not in shown and is_bold(view.document(), "Install")
    assert "pip install x" in shown


def test_the_head_is_rendered_once_per_new_line_not_per_frame(qtbot: Any) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.begin_stream()
    view.replace_tail("- **a**\n- b", in_fence=False)
    first = view.document().findBlockByLineNumber(0)
    view.replace_tail("- **a**\n- bc", in_fence=False)
    view.replace_tail("- **a**\n- bcd", in_fence=False)
    # Only the plain line grew: the rendered item is the same block object.
    assert view.document().findBlockByLineNumber(0) == first
    assert view.document().toPlainText().endswith("bcd")
    assert render_markdown("- **a**\n")  # the same renderer as finished blocks


def test_the_arriving_line_is_rich_as_soon_as_a_span_closes(qtbot: Any) -> None:
    _body, view = streamed(qtbot, ["Intro.\n\n", "The **quick** brown", " fox and `co", "de` too"])
    document = view.document()
    shown = document.toPlainText()
    assert shown.endswith("The quick brown fox and code too")
    assert is_bold(document, "quick")
    assert not is_bold(document, "brown fox")  # appended after the span: not bold
    assert "DejaVu Sans Mono" in document.find("code").charFormat().fontFamilies()
    assert "\u2e3a" not in shown  # the sentinel never stays


def test_an_arriving_heading_is_a_heading_and_what_follows_stays_in_it(qtbot: Any) -> None:
    _body, view = streamed(qtbot, ["Intro.\n\n", "### Pro", "of of the claim"])
    document = view.document()
    assert document.toPlainText().endswith("Proof of the claim")
    body, heading, rest = (document.find(word).charFormat() for word in ("Intro", "Proof", "claim"))
    assert heading.font().pointSizeF() > body.font().pointSizeF()
    assert heading.fontWeight() >= QFont.Weight.Bold
    assert (rest.font().pointSizeF(), rest.fontWeight()) == (
        heading.font().pointSizeF(),
        heading.fontWeight(),
    )


def test_a_streamed_answer_is_laid_out_as_it_is_when_reopened(qtbot: Any) -> None:
    """Each block keeps its own spacing and heading level when it is added to the growing
    document (Qt gave the first block of each insertion the empty paragraph's format)."""
    text = (
        "**Short:** it holds.\n\n### Proof\n\nWrite it out:\n\n```python\nx = 1\n```\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two\n\n> quoted\n\nSo it is. ∎"
    )
    body, view = streamed(qtbot, [text[i : i + 9] for i in range(0, len(text), 9)])
    body.finish_stream()
    qtbot.waitUntil(lambda: not body.rendering)
    whole = MarkdownView()
    qtbot.addWidget(whole)
    whole.set_markdown(text)

    def blocks(document: QTextDocument) -> list[tuple[str, float, float, int]]:
        found, block = [], document.begin()
        while block.isValid():
            shape = block.blockFormat()
            spacing = (shape.topMargin(), shape.bottomMargin(), shape.headingLevel())
            found.append((block.text().rstrip(), *spacing))
            block = block.next()
        return found

    assert blocks(view.document()) == blocks(whole.document())


@pytest.mark.parametrize(
    ("pieces", "later"),
    [
        (["Steps:\n\n", "- one\n- tw"], ""),
        (["Steps:\n\n", "1. one\n", "2. **two** is"], ""),
        (["Steps:\n\n", "- one\n  - inner\n- tw"], ""),
        (["Steps:\n\n", "- one\n1. tw"], ""),
        # Qt spaces a list that ends in a nested one as if the nested list were not there:
        # as the list goes on, the nested items sit as they do here.
        (["Steps:\n\n", "- one\n  - inn"], "\n- two"),
        (["Steps:\n\n", "- one\n  - inner\n  - sec"], "\n- two"),
    ],
)
def test_the_arriving_item_sits_where_it_will_stay(
    qtbot: Any, pieces: list[str], later: str
) -> None:
    """An item still arriving joins the list above it: it did show as a list of its own,
    a margin lower, and jumped up when the next item began."""
    body, view = streamed(qtbot, pieces)
    body.show()
    whole = MarkdownView()
    qtbot.addWidget(whole)
    whole.setFixedWidth(view.width())
    whole.set_markdown("".join(pieces) + later)
    whole.show()

    def places(document: QTextDocument) -> list[tuple[str, str, int, float]]:
        document.size()  # laid out
        found, block = [], document.begin()
        while block.isValid():
            listed = block.textList()
            number = listed.itemText(block) if listed is not None else ""
            depth = listed.format().indent() if listed is not None else 0
            found.append((block.text().rstrip(), number, depth, block.layout().position().y()))
            block = block.next()
        return found

    shown = places(view.document())
    assert shown == places(whole.document())[: len(shown)]


@pytest.mark.parametrize(
    "pieces",
    [
        ["Intro.\n\n", "A paragraph on one line\n", "goes on on the next"],
        ["Intro.\n\n", "A paragraph on one line\n", "goes on with **bold** te"],
        ["Intro.\n\n", "- an item on one line\n", "  goes on on the next"],
    ],
)
def test_a_line_that_goes_on_a_paragraph_stays_in_it(qtbot: Any, pieces: list[str]) -> None:
    """A soft-wrapped line joins its paragraph as it arrives: it showed below it, a
    paragraph's gap lower, until the next line began."""
    _body, view = streamed(qtbot, pieces)
    whole = MarkdownView()
    qtbot.addWidget(whole)
    whole.set_markdown("".join(pieces))

    def blocks(document: QTextDocument) -> list[tuple[str, float, float]]:
        found, block = [], document.begin()
        while block.isValid():
            shape = block.blockFormat()
            found.append((block.text().rstrip(), shape.topMargin(), shape.bottomMargin()))
            block = block.next()
        return found

    assert blocks(view.document()) == blocks(whole.document())
