"""A chat's own model: kept in its file, checked on load and import, used by its requests."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from gui.core.attachments.prepare import prepare_bytes
from gui.core.attachments.store import AttachmentStore
from gui.core.chat_model import MAX_MODEL_CHARS, effective_model, picker_models, valid_model
from gui.core.conversation import Conversation, Message, Role
from gui.core.export.as_json import export_json
from gui.core.importer import import_into
from gui.core.migrations import upgrade
from gui.core.request import build_messages, build_request
from gui.core.storage import ConversationStore
from tests.samples import sample_conversation


def test_the_chat_model_is_saved_only_when_set_and_loads_back() -> None:
    assert "model" not in Conversation().to_dict()
    conv = Conversation(model="MiniMax-M3")
    data = conv.to_dict()
    assert data["model"] == "MiniMax-M3"
    assert Conversation.from_dict(data).model == "MiniMax-M3"
    assert Conversation.from_dict(Conversation().to_dict()).model is None


def test_a_model_the_app_does_not_know_is_kept() -> None:
    """A proxy's model, or one the server listed: the chat keeps what the user chose."""
    conv = Conversation.from_dict({"id": "c1", "model": "my-proxy/qwen-72b:latest"})
    assert conv.model == "my-proxy/qwen-72b:latest"


HOSTILE = {
    "a number": 3,
    "a list": ["MiniMax-M3"],
    "an object": {"id": "MiniMax-M3"},
    "true": True,
    "empty": "",
    "huge": "M" * (MAX_MODEL_CHARS + 1),
    "a megabyte": "x" * 1_000_000,
    "a line break": "MiniMax-M3\nMiniMax-M2",
    "a NUL": "MiniMax\x00-M3",
    "an escape sequence": "\x1b[31mMiniMax-M3",
    "a right-to-left override": "\u202eMiniMax-M3",
    "an isolate": "\u2066MiniMax-M3\u2069",
    "a zero-width space": "MiniMax\u200b-M3",
    "a line separator": "MiniMax\u2028M3",
    "a lone surrogate": "MiniMax-\ud800",
    "surrounding spaces": " MiniMax-M3 ",
    "only spaces": "   ",
}


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_value_that_cannot_name_a_model_means_the_default_and_is_dropped(value: object) -> None:
    conv = Conversation.from_dict({"id": "c1", "model": value})
    assert conv.model is None
    assert "model" not in conv.to_dict()  # not written back, not exported
    assert valid_model(value) is None


def test_longest_model_id_is_accepted() -> None:
    assert valid_model("M" * MAX_MODEL_CHARS) == "M" * MAX_MODEL_CHARS


def test_hostile_models_are_refused_on_load_from_disk(tmp_path: Path) -> None:
    folder = tmp_path / "conversations"
    folder.mkdir()
    for name, value in HOSTILE.items():
        conv_id = "c" + str(abs(hash(name)))
        (folder / f"{conv_id}.json").write_text(
            json.dumps({"schema_version": 2, "id": conv_id, "title": name, "model": value}),
            "utf-8",
        )
    loaded = ConversationStore(tmp_path).load_all()
    assert loaded.problems == []
    assert len(loaded.conversations) == len(HOSTILE)
    kept = [(c.title, c.model) for c in loaded.conversations if c.model is not None]
    # Reading a file replaces lone surrogates (as in every field): cleaned, not refused.
    assert kept == [("a lone surrogate", "MiniMax-\ufffd")]


def test_export_and_import_keep_the_chat_model(tmp_path: Path) -> None:
    original = sample_conversation()
    original.model = "MiniMax-M3"
    path = tmp_path / "export.json"
    path.write_bytes(export_json(original))
    assert json.loads(path.read_bytes())["model"] == "MiniMax-M3"
    result = import_into(ConversationStore(tmp_path / "data"), [path])
    (imported,) = result.conversations
    assert imported.model == "MiniMax-M3"
    (stored,) = ConversationStore(tmp_path / "data").load_all().conversations
    assert stored == original


def test_import_refuses_a_hostile_chat_model_and_keeps_the_rest(tmp_path: Path) -> None:
    original = sample_conversation()
    data = original.to_dict()
    data["model"] = "\u202e3M-xaMiniM"
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data), "utf-8")
    (imported,) = import_into(ConversationStore(tmp_path / "data"), [path]).conversations
    assert imported.model is None
    assert imported.messages == original.messages
    saved = (tmp_path / "data" / "conversations" / f"{imported.id}.json").read_text("utf-8")
    assert "3M-xaMiniM" not in saved


def test_a_version_1_file_has_no_chat_model() -> None:
    """Schema 2 stays: the field is optional, and older files follow Settings."""
    data = json.loads((Path(__file__).parents[1] / "data" / "migrations" / "v1.json").read_text())
    assert Conversation.from_dict(upgrade(data)[0]).model is None


def test_effective_model_prefers_the_chat_and_falls_back_to_settings() -> None:
    assert effective_model(None, "MiniMax-M2.7") == "MiniMax-M2.7"
    assert effective_model("MiniMax-M3", "MiniMax-M2.7") == "MiniMax-M3"
    assert effective_model("\u202eevil", "MiniMax-M2.7") == "MiniMax-M2.7"


def test_the_picker_lists_known_server_and_custom_models_once() -> None:
    listed = picker_models("MiniMax-M2.7", ["MiniMax-M3", "MiniMax-M4", "speech-02-hd"], None)
    assert listed[0] == "MiniMax-M2.7" and "MiniMax-M3" in listed
    assert listed.count("MiniMax-M3") == 1
    assert "MiniMax-M4" in listed and "speech-02-hd" not in listed
    custom = picker_models("my-proxy-model", None, "older-model")
    assert custom[-2:] == ["my-proxy-model", "older-model"]
    assert "\u202eevil" not in picker_models("\u202eevil", None, "\u202eevil")
    # a server-sent name that could not be stored in a chat is not offered either
    served = picker_models("MiniMax-M2.7", ["\u202eevil", "two\nlines", "x" * 500], None)
    assert not any("evil" in m or "\n" in m or len(m) > MAX_MODEL_CHARS for m in served)


def test_the_request_carries_the_chat_model() -> None:
    conv = Conversation(model="MiniMax-M3", messages=[Message(role=Role.USER, content="hi")])
    request = build_request(
        conv,
        conv.messages,
        model=effective_model(conv.model, "MiniMax-M2.7"),
        default_system_prompt="",
        temperature=1.0,
        max_completion_tokens=None,
        reasoning_split=True,
    )
    assert request.body()["model"] == "MiniMax-M3"


def test_a_model_without_images_gets_earlier_images_as_their_names(tmp_path: Path) -> None:
    """A chat switched from M3 to M2.x: its images go as a named placeholder, the rest as is."""
    store = AttachmentStore(tmp_path / "attachments")
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "PNG")
    image = prepare_bytes(store, buffer.getvalue(), "dot.png", 1_000_000).ref
    text = prepare_bytes(store, b"a,b\n1,2\n", "t.csv", 1_000_000).ref
    history = [Message(role=Role.USER, content="Look", attachments=[image, text])]
    with_images = build_messages(history, None, store)
    without = build_messages(history, None, store, images=False)
    assert with_images[0]["content"][1]["type"] == "image_url"
    assert without[0]["content"] == [
        {"type": "text", "text": "Look"},
        {"type": "text", "text": "[image dot.png: not sent to this model]"},
        with_images[0]["content"][2],
    ]
