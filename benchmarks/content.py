"""Deterministic, realistic reply text for benchmarks: prose, lists, code and tables."""

from __future__ import annotations

import random

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


def reply_text(chars: int, seed: int = 7) -> str:
    """About ``chars`` characters of mixed Markdown, the same for the same seed."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        kind = rng.random()
        if kind < 0.6:
            block = paragraph(rng, rng.randint(30, 90))
        elif kind < 0.75:
            block = "\n".join(f"- {paragraph(rng, rng.randint(6, 14))}" for _ in range(4))
        elif kind < 0.9:
            block = _CODE.strip()
        else:
            block = _TABLE.strip()
        parts.append(block)
        size += len(block) + 2
    return "\n\n".join(parts)[:chars]
