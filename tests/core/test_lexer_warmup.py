"""A highlighter's patterns are compiled ahead, so making the lexer compiles none of them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from pygments.lexer import RegexLexer, default, include, words
from pygments.lexers.python import PythonLexer
from pygments.token import Keyword, Text

from gui.core.lexer_warmup import precompile


def _recording(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    compiled: list[tuple[str, int]] = []
    real: Callable[..., Any] = re.compile

    def compile_and_note(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str):
            compiled.append((pattern, int(flags)))
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", compile_and_note)
    return compiled


def _patterns_made_by(lexer_class: type, monkeypatch: pytest.MonkeyPatch) -> set[tuple[str, int]]:
    made = _recording(monkeypatch)
    list(lexer_class().get_tokens("def f(x):\n    return x  # done\n"))
    monkeypatch.undo()
    return set(made) - {("", 0)}  # a ``default`` entry's empty pattern costs nothing


def test_every_pattern_the_python_lexer_compiles_was_compiled_ahead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class FreshPython(PythonLexer):  # never made before: its patterns are compiled anew
        pass

    ahead = _recording(monkeypatch)
    precompile(FreshPython)
    monkeypatch.undo()
    made = _patterns_made_by(FreshPython, monkeypatch)
    assert len(made) > 50
    assert made <= set(ahead)


def test_word_lists_and_states_reached_only_through_includes_are_compiled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Tiny(RegexLexer):
        tokens = {  # noqa: RUF012 - Pygments' own layout
            "root": [
                include("names"),
                (words(("if", "else"), suffix=r"\b"), Keyword),
                default("names"),
            ],
            "names": [(r"[a-z]+", Text), (r"\s+", Text, "#pop")],
        }

    ahead = _recording(monkeypatch)
    precompile(Tiny)
    monkeypatch.undo()
    assert {pattern for pattern, _flags in ahead} >= {r"[a-z]+", r"\s+"}
    assert any("if" in pattern and "else" in pattern for pattern, _flags in ahead)
    assert _patterns_made_by(Tiny, monkeypatch) <= set(ahead)


def test_a_lexer_without_token_definitions_is_left_to_compile_as_it_is_made() -> None:
    class NotRegex:
        pass

    precompile(NotRegex)  # nothing to do, and no error
