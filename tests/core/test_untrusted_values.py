"""Values from a file that rendering and export rely on are checked on load and import."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from gui.core.export.dispatch import render_export
from gui.core.export.files import ExportItem, zip_bytes
from gui.core.export.options import ExportFormat, ExportOptions
from gui.core.formatting import assistant_meta, local_time
from gui.core.importer import import_into
from gui.core.storage import ConversationStore

FULL = ExportOptions(include_reasoning=True, include_system_prompt=True, include_metadata=True)


def hostile_file(**reply_fields: Any) -> str:
    """A conversation file (as text: it may hold NaN/Infinity) with one odd reply."""
    reply = {
        "id": "a1",
        "role": "assistant",
        "content": "The answer.",
        "reasoning": "Some thinking.",
        "status": "error",
        "created_at": "2026-01-02T03:04:06.000Z",
        "model": "MiniMax-M2.7",
    }
    reply.update(reply_fields)
    conv = {
        "schema_version": 1,
        "id": "odd-values",
        "title": "Odd values",
        "created_at": "2026-01-02T03:04:05.000Z",
        "updated_at": "2026-01-02T03:04:06.000Z",
        "messages": [
            {"id": "u1", "role": "user", "content": "The question.", "status": "complete"},
            reply,
        ],
    }
    text = json.dumps(conv, allow_nan=True)
    for token, literal in (('"@inf"', "Infinity"), ('"@-inf"', "-Infinity"), ('"@nan"', "NaN")):
        text = text.replace(token, literal)
    return text


CASES = {
    "infinite thinking time": {"thinking_seconds": "@inf"},
    "negative infinite thinking time": {"thinking_seconds": "@-inf"},
    "NaN thinking time": {"thinking_seconds": "@nan"},
    "negative thinking time": {"thinking_seconds": -3},
    "error text without its args": {
        "error": {"kind": "server", "message": "It failed.", "text_ids": ["server_said"]}
    },
    "error text with args of the wrong shape": {
        "error": {"kind": "timeout", "message": "Slow.", "text_ids": ["timeout"], "args": [1]}
    },
    "huge token counts": {
        "usage": {"prompt_tokens": 10**400, "completion_tokens": -5, "total_tokens": 1.5}
    },
    "time past the year 9999": {"created_at": "9999-12-31T23:59:59-12:00"},
    "time before the year 1": {"created_at": "0001-01-01T00:00:00+12:00"},
    "completed time that is not a time": {"completed_at": "yesterday-ish"},
}


def render_everything(store: ConversationStore) -> None:
    """Load the file and render it every way the app does without Qt."""
    loaded = store.load_all()
    assert loaded.problems == []
    (conv,) = loaded.conversations
    assert [m.content for m in conv.messages] == ["The question.", "The answer."]
    for fmt in (ExportFormat.MARKDOWN, ExportFormat.TEXT, ExportFormat.HTML, ExportFormat.JSON):
        assert render_export(conv, fmt, FULL)
        assert render_export(conv, fmt, ExportOptions())
    zip_bytes([ExportItem(conv.title, b"x", conv.updated_at)], "md")
    for message in conv.messages:
        local_time(message.created_at, now=datetime(2026, 1, 2).astimezone())
        local_time(message.completed_at or "")
        assistant_meta(message)
    local_time(conv.updated_at)


@pytest.mark.parametrize("fields", CASES.values(), ids=list(CASES))
def test_odd_values_load_and_render(tmp_path: Path, fields: dict[str, Any]) -> None:
    """A saved file with the odd value opens, renders and exports; text is kept."""
    folder = tmp_path / "data" / "conversations"
    folder.mkdir(parents=True)
    (folder / "odd-values.json").write_text(hostile_file(**fields), "utf-8")
    render_everything(ConversationStore(tmp_path / "data"))


@pytest.mark.parametrize("fields", CASES.values(), ids=list(CASES))
def test_odd_values_import_and_render(tmp_path: Path, fields: dict[str, Any]) -> None:
    """An imported file with the odd value is stored in a form that opens and renders."""
    source = tmp_path / "export.json"
    source.write_text(hostile_file(**fields), "utf-8")
    store = ConversationStore(tmp_path / "data")
    import_into(store, [source])
    saved = (tmp_path / "data" / "conversations" / "odd-values.json").read_text("utf-8")
    json.loads(saved, parse_constant=lambda name: pytest.fail(f"{name} written to disk"))
    render_everything(ConversationStore(tmp_path / "data"))


def test_repeated_message_ids_are_made_unique(tmp_path: Path) -> None:
    """The window finds messages by id: a file repeating one loads with distinct ids."""
    text = hostile_file(id="u1")  # the reply repeats the question's id
    folder = tmp_path / "data" / "conversations"
    folder.mkdir(parents=True)
    (folder / "odd-values.json").write_text(text, "utf-8")
    (conv,) = ConversationStore(tmp_path / "data").load_all().conversations
    assert conv.messages[0].id == "u1"
    assert len({m.id for m in conv.messages}) == 2
