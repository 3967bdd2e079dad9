"""Marking the core's user-visible text for translation, without importing Qt."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar

Translate = Callable[[str, str], str]
"""(context, source text) → translated text; Qt's ``QCoreApplication.translate``."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; ``pyside6-lupdate`` collects it into the catalogs."""
    return text


def english(_context: str, text: str) -> str:
    return text


_active: ContextVar[Translate] = ContextVar("translate", default=english)


def translate(context: str, text: str) -> str:
    """``text`` in the language chosen for the current task (English unless told)."""
    return _active.get()(context, text)


@contextlib.contextmanager
def translating(function: Translate) -> Iterator[None]:
    """Use ``function`` for ``translate`` inside this block (and in threads started in it)."""
    token = _active.set(function)
    try:
        yield
    finally:
        _active.reset(token)


def render(
    table: Mapping[str, str], context: str, ids: tuple[str, ...], args: Mapping[str, object]
) -> str:
    """Join the texts ``ids`` from ``table``, translated, with ``args`` filled in."""
    return " ".join(translate(context, table[i]).format(**args) for i in ids if i in table)
