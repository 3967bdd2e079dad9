"""Attachments in exports and imports: inline images, files beside Markdown, embedded JSON."""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from pathlib import Path

from PIL import Image

from gui.core.attachments.prepare import prepare_bytes
from gui.core.attachments.store import AttachmentStore
from gui.core.conversation import Conversation, Message, Role
from gui.core.export.attachments import EMBED_KEY, side_name
from gui.core.export.dispatch import render_export, render_side_files
from gui.core.export.files import ExportItem, write_file, write_folder, zip_bytes
from gui.core.export.options import ExportFormat, ExportOptions
from gui.core.importer import import_into
from gui.core.storage import ConversationStore

KEY = "sk-api-SECRETKEY0123456789"


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (12, 9), (0, 200, 0)).save(buffer, "PNG")
    return buffer.getvalue()


def chat(store: AttachmentStore) -> Conversation:
    image = prepare_bytes(store, png(), "green.png", 204_800).ref
    notes = prepare_bytes(store, f"token: {KEY}\n".encode(), "notes.txt", 204_800).ref
    return Conversation(
        title="Pictures",
        messages=[
            Message(role=Role.USER, content="See these", attachments=[image, notes]),
            Message(role=Role.ASSISTANT, content="A green square."),
        ],
    )


def test_html_shows_images_inline_as_data_urls(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    options = ExportOptions(attachments=store.read)
    page = render_export(chat(store), ExportFormat.HTML, options).decode()
    encoded = base64.b64encode(png()).decode()
    assert f'<img src="data:image/png;base64,{encoded}" alt="green.png (12 × 9)"' in page
    assert "img-src data:" in page  # the page's policy allows exactly these
    assert "📎 notes.txt (" in page
    assert KEY not in render_export(chat(store), ExportFormat.HTML, ExportOptions()).decode()


def test_markdown_links_files_written_beside_it(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "data")
    conv = chat(store)
    options = ExportOptions(attachments=store.read, redact=(KEY,))
    text = render_export(conv, ExportFormat.MARKDOWN, options).decode()
    image_ref, notes_ref = conv.messages[0].attachments
    assert f"![green.png \\(12 × 9\\)](<attachments/{side_name(image_ref)}>)" in text
    assert "[notes.txt \\(" in text and f"(<attachments/{side_name(notes_ref)}>)" in text
    sides = render_side_files(conv, ExportFormat.MARKDOWN, options)
    out = tmp_path / "out"
    out.mkdir()
    write_file(out / "Pictures.md", text.encode(), sides)
    assert (out / "attachments" / side_name(image_ref)).read_bytes() == png()
    written = (out / "attachments" / side_name(notes_ref)).read_text("utf-8")
    assert KEY not in written and "[API key removed]" in written
    assert render_side_files(conv, ExportFormat.HTML, options) == {}
    # export all: a folder and a .zip carry the same files
    item = ExportItem("Pictures", text.encode(), "", sides)
    write_folder(tmp_path / "all", [item], "md")
    assert (tmp_path / "all" / "attachments" / side_name(image_ref)).read_bytes() == png()
    with zipfile.ZipFile(io.BytesIO(zip_bytes([item], "md"))) as archive:
        assert f"attachments/{side_name(image_ref)}" in archive.namelist()


def test_json_embeds_attachments_and_import_restores_them(tmp_path: Path) -> None:
    source = AttachmentStore(tmp_path / "source")
    conv = chat(source)
    options = ExportOptions(attachments=source.read, redact=(KEY,))
    exported = render_export(conv, ExportFormat.JSON, options)
    data = json.loads(exported)
    assert set(data[EMBED_KEY]) == {ref.sha256 for ref in conv.messages[0].attachments}
    assert KEY.encode() not in exported
    path = tmp_path / "export.json"
    path.write_bytes(exported)

    target_root = tmp_path / "target"
    target = AttachmentStore(target_root)
    result = import_into(ConversationStore(target_root), [path], attachments=target)
    (imported,) = result.conversations
    image_ref, notes_ref = imported.messages[0].attachments
    assert image_ref == conv.messages[0].attachments[0]  # unchanged bytes keep their name
    assert target.read(image_ref.sha256) == png()
    # the text lost the key in the export, so it has a new name, and the reference follows
    assert notes_ref.sha256 != conv.messages[0].attachments[1].sha256
    assert target.read(notes_ref.sha256).decode().startswith("File: notes.txt")
    assert KEY.encode() not in target.read(notes_ref.sha256)
    saved = (target_root / "conversations" / f"{imported.id}.json").read_text("utf-8")
    assert EMBED_KEY not in saved
    assert notes_ref.sha256 in saved


def test_json_without_a_reader_names_attachments_only(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    data = json.loads(render_export(chat(store), ExportFormat.JSON, ExportOptions()))
    assert EMBED_KEY not in data
    assert [a["name"] for a in data["messages"][0]["attachments"]] == ["green.png", "notes.txt"]


def test_hostile_names_and_types_from_a_file_stay_text(tmp_path: Path) -> None:
    """A conversation file (an import) names its attachments: names are escaped everywhere,
    and a MIME type that is not an image type drops the image rather than reach a page."""
    store = AttachmentStore(tmp_path)
    digest = store.put(png(), pin=False)
    image = {"sha256": digest, "kind": "image", "size": 1, "width": 12, "height": 9}
    evil_name = "<img src=x onerror=alert(1)>.png"
    conv = Conversation.from_dict(
        {
            "id": "c" * 32,
            "messages": [
                {
                    "role": "user",
                    "content": "hi",
                    "attachments": [
                        {**image, "name": evil_name, "mime_type": "image/png"},
                        {**image, "name": "x.png", "mime_type": 'image/png" onerror="alert(1)'},
                    ],
                }
            ],
        }
    )
    assert [ref.name for ref in conv.messages[0].attachments] == [evil_name]
    options = ExportOptions(attachments=store.read)
    page = render_export(conv, ExportFormat.HTML, options).decode()
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;.png" in page
    markdown = render_export(conv, ExportFormat.MARKDOWN, options).decode()
    assert "\\<img src=x onerror=alert\\(1\\)\\>" in markdown  # shown literally
    assert not re.search(r"(?<!\\)<img", markdown)
