"""Lone UTF-16 surrogates: text no file, database or export can encode, replaced with U+FFFD."""

from __future__ import annotations

import re
from typing import Any

REPLACEMENT = "\ufffd"
_LONE = re.compile("[\ud800-\udfff]")
# In JSON text a surrogate can only arrive as a \\uD8xx-\\uDFxx escape (pairs included).
_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")


def clean(value: Any) -> Any:
    """``value`` with every lone surrogate in every string (keys too) replaced."""
    if isinstance(value, str):
        return _LONE.sub(REPLACEMENT, value)
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean(item) for item in value]
    return value


def clean_decoded(raw: bytes, data: Any) -> Any:
    """``data`` decoded from the JSON text ``raw``, cleaned only if ``raw`` could hold one."""
    return clean(data) if _ESCAPE.search(raw) else data
