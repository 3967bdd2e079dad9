"""Deterministic, realistic reply text for benchmarks: prose, lists, code and tables."""

from __future__ import annotations

import random
from collections.abc import Callable

_WORDS = [
    "the",
    "model",
    "reads",
    "each",
    "token",
    "and",
    "weighs",
    "context",
    "before",
    "it",
    "answers",
    "while",
    "a",
    "stream",
    "of",
    "small",
    "deltas",
    "arrives",
    "over",
    "the",
    "network",
    "so",
    "rendering",
    "must",
    "stay",
    "cheap",
    "and",
    "steady",
    "even",
    "when",
    "replies",
    "grow",
    "long",
    "with",
    "code",
    "tables",
    "lists",
    "and",
    "quoted",
    "passages",
    "from",
    "earlier",
    "turns",
]

_CODE = '''```python
def fibonacci(n: int) -> list[int]:
    """Return the first n Fibonacci numbers."""
    out = [0, 1]
    while len(out) < n:
        out.append(out[-1] + out[-2])
    return out[:n]
```
'''

_TABLE = """| step | input | output | note |
|------|-------|--------|------|
| 1 | 12 | 144 | squared |
| 2 | 7 | 49 | squared |
| 3 | 3 | 9 | squared |
"""


def paragraph(rng: random.Random, words: int = 60) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _answer(chars: int, rng: random.Random, block: Callable[[random.Random], str]) -> str:
    """Blocks made by ``block``, a blank line apart, until about ``chars`` characters."""
    parts: list[str] = []
    size = 0
    while size < chars:
        parts.append(block(rng))
        size += len(parts[-1]) + 2
    return "\n\n".join(parts)[:chars]


def _mixed_block(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.6:
        return paragraph(rng, rng.randint(30, 90))
    if kind < 0.75:
        return "\n".join(f"- {paragraph(rng, rng.randint(6, 14))}" for _ in range(4))
    return _CODE.strip() if kind < 0.9 else _TABLE.strip()


def reply_text(chars: int, seed: int = 7) -> str:
    """About ``chars`` characters of mixed Markdown, the same for the same seed."""
    return _answer(chars, random.Random(seed), _mixed_block)


def _marked(rng: random.Random, words: int) -> str:
    """A sentence whose words are now and then bold, code, emphasis or a link."""
    out = []
    for _ in range(words):
        word = rng.choice(_WORDS)
        roll = rng.random()
        if roll < 0.04:
            word = f"**{word}**"
        elif roll < 0.07:
            word = f"`{word}()`"
        elif roll < 0.09:
            word = f"*{word}*"
        elif roll < 0.10:
            word = f"[{word}](https://example.org/{word})"
        out.append(word)
    text = " ".join(out)
    return text[0].upper() + text[1:] + "."


def _marked_block(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.6:
        return _marked(rng, rng.randint(30, 90))
    if kind < 0.85:
        steps = rng.randint(3, 5)
        return "\n".join(
            f"{n}. **{rng.choice(_WORDS).title()}**: {_marked(rng, rng.randint(8, 16))}"
            for n in range(1, steps + 1)
        )
    return f"### {_marked(rng, rng.randint(2, 5))[:-1]}"


def markup_text(chars: int, seed: int = 13) -> str:
    """About ``chars`` characters as a model writes them: paragraphs with bold words, code
    spans, emphasis and links, numbered steps with bold lead-ins, and headings."""
    return _answer(chars, random.Random(seed), _marked_block)


_FORMULAS = (
    "x_{{{i}}} = \\frac{{-b \\pm \\sqrt{{b^2 - {i}ac}}}}{{2a}}",
    "\\sum_{{k=1}}^{{{i}}} k^2 = \\frac{{{i}({i}+1)(2 \\cdot {i}+1)}}{{6}}",
    "\\int_0^{{{i}}} e^{{-x^2}}\\,dx",
    "\\alpha_{{{i}}} + \\beta^{{{i}}} \\le \\gamma",
    "\\begin{{pmatrix}} {i} & 1 \\\\ 0 & {i} \\end{{pmatrix}}",
)


def math_text(chars: int, seed: int = 11) -> str:
    """About ``chars`` characters of a proof: prose with inline and display formulas, all
    different (so each one is typeset), and a few dollar amounts that stay text."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    index = 0
    while size < chars:
        index += 1
        formula = _FORMULAS[index % len(_FORMULAS)].format(i=index)
        if rng.random() < 0.3:
            block = f"{paragraph(rng, rng.randint(8, 20))}\n\n$$\n{formula}\n$$"
        else:
            words = paragraph(rng, rng.randint(10, 30))
            block = f"{words} Then ${formula}$ and $y_{{{index}}}^2$ cost $5 and $10."
        parts.append(block)
        size += len(block) + 2
    return "\n\n".join(parts)[:chars]


def huge_table(rows: int = 200, cols: int = 200) -> str:
    """A Markdown table of ``rows`` × ``cols`` short cells."""
    header = "| " + " | ".join(f"h{c}" for c in range(cols)) + " |"
    rule = "|" + "---|" * cols
    body = ["| " + " | ".join(f"r{r}c{c}" for c in range(cols)) + " |" for r in range(rows)]
    return "A big table:\n\n" + "\n".join([header, rule, *body]) + "\n\nThe end."


def long_line(chars: int = 2_000_000, seed: int = 3) -> str:
    """One paragraph of ``chars`` characters on a single line (like minified output)."""
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < chars:
        word = rng.choice(_WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:chars]


def many_paragraphs(count: int = 200_000) -> str:
    """``count`` one-line paragraphs separated by blank lines."""
    return "\n\n".join(f"Paragraph {index}." for index in range(count))


def deep_nesting(levels: int = 50) -> str:
    """Lists and quotes nested ``levels`` deep, with text at every level."""
    items = "".join("  " * level + f"- item at level {level}\n" for level in range(levels))
    quotes = "\n".join(
        ">" * level + f" quoted at level {level}\n" for level in range(1, levels + 1)
    )
    return f"{items}\n{quotes}"


def big_code(lines: int = 5_000) -> str:
    """A fenced Python block of ``lines`` lines."""
    body = "\n".join(
        f"def step_{index}(value: int) -> int:  # line {index}" if index % 3 == 0
        else f"    return value * {index} + len('text {index}')"
        for index in range(lines)
    )  # fmt: skip
    return f"Here is the code:\n\n```python\n{body}\n```\n\nThat is all."


PATHOLOGICAL = {
    "200×200 table": huge_table,
    "2 MB single line": long_line,
    "200k paragraphs": many_paragraphs,
    "50-level nesting": deep_nesting,
    "5,000-line code block": big_code,
}
"""The answers that must never stall the window, by the name the benchmark prints."""
