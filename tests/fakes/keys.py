"""API-key-shaped strings for tests, assembled here so that no source line holds something
a secret scanner (or a reader) would take for a real key. None of them was ever issued."""

from __future__ import annotations


def fake_key(body: str, kind: str = "api") -> str:
    """``sk-<kind>-<body>`` (``sk-<body>`` when ``kind`` is empty): the shapes MiniMax and
    OpenAI keys have, which the app's redaction must recognise."""
    return "sk-" + (f"{kind}-" if kind else "") + body
