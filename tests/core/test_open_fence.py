"""The open code block a streamed tail ends in, split so the window can show it as code."""

from __future__ import annotations

import pytest

from gui.core.markdown import OpenFence, open_fence


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("```python\ndef f():\n    return", OpenFence("", "python", "def f():\n    return")),
        ("```\nplain", OpenFence("", "", "plain")),
        ("~~~~ bash extra\nls -l\n", OpenFence("", "bash", "ls -l\n")),
        ("Here it is:\n```js\nlet a", OpenFence("Here it is:", "js", "let a")),
        # a closing fence still arriving is not shown as code
        ("```py\nx = 1\n``", OpenFence("", "py", "x = 1\n")),
        ("```py\nx = 1\n", OpenFence("", "py", "x = 1\n")),
        # a shorter or different fence inside is code
        ("````md\n```\ninner", OpenFence("", "md", "```\ninner")),
        ("```\n~~~\n", OpenFence("", "", "~~~\n")),
        # in a list item: the item's text, then its block
        ("- item\n  ```sh\n  ls", OpenFence("- item", "sh", "  ls")),
    ],
)
def test_a_tail_ending_in_an_open_block_splits_into_text_language_and_code(
    tail: str, expected: OpenFence
) -> None:
    assert open_fence(tail) == expected


@pytest.mark.parametrize(
    "tail",
    [
        "```pyth",  # the opening line is still arriving
        "plain words only",
        "```a`b\ncode",  # a backtick in the info string: inline code, not a fence
        "```py\nx = 1\n```\n\nAfter the block",  # closed (a block held for its lexer)
        "> ```\n> quoted",  # in a quote: stays plain monospace
    ],
)
def test_tails_that_do_not_end_in_a_top_level_open_block_give_none(tail: str) -> None:
    assert open_fence(tail) is None
