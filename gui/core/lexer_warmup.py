"""Compile a highlighter's patterns in a worker thread one at a time, pausing between them."""

from __future__ import annotations

import re
import time
from typing import Any, cast

PAUSE_S = 0.001
"""How long the worker sleeps after each pattern, so the window's thread takes the lock."""


def precompile(lexer_class: Any) -> None:
    """Compile the regular expressions of a Pygments ``RegexLexer`` class into ``re``'s
    cache, with a pause after each; making the lexer then finds them there.

    Two busy Python threads take turns with the interpreter lock every 5 ms (the switch
    interval): a worker compiling the Python highlighter's 112 patterns at full speed
    (30-40 ms) made each turn of the window's event loop meanwhile take twice as long,
    an 80 ms stall on the first frame of a streamed code block. Pausing after each
    pattern, the worker holds the lock for a fraction of a millisecond at a time.
    A lexer of another kind (no token definitions) is left to compile as it is made.
    """
    try:
        definitions = lexer_class.get_tokendefs()
        flags = lexer_class.flags
    except AttributeError:
        return
    from pygments.lexer import words

    for items in definitions.values():
        for item in items:
            # (pattern, action[, next state]); ``include``, ``default`` and ``inherit``
            # entries name other states, which have patterns of their own.
            if not isinstance(item, tuple) or not item:
                continue
            pattern = item[0]
            if isinstance(pattern, words):  # a word list, made into a pattern when used
                pattern = cast(Any, pattern).get()
            if isinstance(pattern, str):
                re.compile(pattern, flags)
                time.sleep(PAUSE_S)
