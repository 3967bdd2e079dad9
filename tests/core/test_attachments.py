"""Attachments: the content-addressed store, reading files, limits, wire parts and collection."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import random
import stat
import time
from pathlib import Path

import pytest
from PIL import Image

from gui.core.attachments import limits
from gui.core.attachments.prepare import (
    AttachmentRefused,
    prepare_bytes,
    prepare_file,
    prepare_pixels,
)
from gui.core.attachments.ref import AttachmentRef
from gui.core.attachments.store import AttachmentStore
from gui.core.attachments.wire import content_parts
from gui.core.conversation import Conversation, Message, Role
from gui.core.minimax_models import accepts_images, context_window
from gui.core.request import build_messages
from gui.core.storage import ConversationStore, parse_conversation
from tests.fakes.pdf import make_pdf


def png(width: int, height: int, color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore(tmp_path)


def test_store_deduplicates_and_keeps_files_private(store: AttachmentStore) -> None:
    first = store.put(b"same bytes")
    second = store.put(b"same bytes")
    assert first == second == hashlib.sha256(b"same bytes").hexdigest()
    files = [p for p in store.directory.rglob("*") if p.is_file()]
    assert files == [store.path(first)]
    assert store.read(first) == b"same bytes"
    if os.name == "posix":
        assert stat.S_IMODE(store.path(first).stat().st_mode) == 0o600
        assert stat.S_IMODE(store.path(first).parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(store.directory.stat().st_mode) == 0o700


def test_a_damaged_blob_is_not_sent_as_if_it_were_fine(store: AttachmentStore) -> None:
    digest = store.put(b"original")
    store.path(digest).write_bytes(b"changed!")
    with pytest.raises(ValueError, match="damaged"):
        store.read(digest)


def test_small_image_is_sent_exactly_as_given(store: AttachmentStore) -> None:
    data = png(40, 30)
    prepared = prepare_bytes(store, data, "shot.png", 1_000_000)
    ref = prepared.ref
    assert (ref.kind, ref.mime_type, ref.width, ref.height) == ("image", "image/png", 40, 30)
    assert prepared.warning == ""
    assert store.read(ref.sha256) == data


def test_big_image_is_scaled_down_with_a_warning(store: AttachmentStore) -> None:
    data = png(4000, 3000)
    prepared = prepare_bytes(store, data, "photo.png", 1_000_000)
    ref = prepared.ref
    assert max(ref.width or 0, ref.height or 0) == limits.MAX_IMAGE_SIDE
    assert (ref.width, ref.height) == (2048, 1536)
    assert "4000 × 3000" in prepared.warning and "2048 × 1536" in prepared.warning
    with Image.open(io.BytesIO(store.read(ref.sha256))) as sent:
        assert sent.size == (2048, 1536)
    assert ref.size == len(store.read(ref.sha256)) <= limits.MAX_IMAGE_SEND_BYTES


def test_a_big_screenshot_stays_png_and_a_big_photo_jpeg(store: AttachmentStore) -> None:
    """Scaling keeps the kind of picture: text in a screenshot gets no JPEG smudges."""
    shot = prepare_bytes(store, png(4000, 3000), "screen.png", 1_000_000).ref
    assert (shot.mime_type, shot.name, shot.width) == ("image/png", "screen.png", 2048)
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), (200, 30, 30)).save(buffer, "JPEG")
    photo = prepare_bytes(store, buffer.getvalue(), "photo.jpg", 1_000_000).ref
    assert (photo.mime_type, photo.name, photo.width) == ("image/jpeg", "photo.jpg", 2048)


def noise_png(side: int, mode: str) -> bytes:
    """Pixels no encoder can squeeze: a PNG over the byte limit at well under the side limit."""
    raw = random.Random(side).randbytes(side * side * len(mode))
    buffer = io.BytesIO()
    Image.frombytes(mode, (side, side), raw).save(buffer, "PNG")
    assert len(buffer.getvalue()) > limits.MAX_IMAGE_SEND_BYTES
    return buffer.getvalue()


def test_a_transparent_image_over_the_byte_limit_stays_transparent(
    store: AttachmentStore,
) -> None:
    """JPEG has no transparency: the PNG is made smaller instead, and the user is told."""
    prepared = prepare_bytes(store, noise_png(1200, "RGBA"), "overlay.png", 1_000_000)
    ref = prepared.ref
    assert (ref.mime_type, ref.name) == ("image/png", "overlay.png")
    assert ref.size == len(store.read(ref.sha256)) <= limits.MAX_IMAGE_SEND_BYTES
    with Image.open(io.BytesIO(store.read(ref.sha256))) as sent:
        assert sent.mode == "RGBA" and sent.size == (ref.width, ref.height)
    assert (ref.width or 0) < 1200
    assert f"1200 × 1200 to {ref.width} × {ref.height}" in prepared.warning


def test_an_image_over_the_byte_limit_but_not_too_big_is_said_to_be_converted(
    store: AttachmentStore,
) -> None:
    prepared = prepare_bytes(store, noise_png(1400, "RGB"), "noise.png", 1_000_000)
    ref = prepared.ref
    assert (ref.mime_type, ref.name, ref.width, ref.height) == (
        "image/jpeg",
        "noise.jpg",
        1400,
        1400,
    )
    assert ref.size <= limits.MAX_IMAGE_SEND_BYTES
    assert "scaled" not in prepared.warning  # it was not: 1400 × 1400 is within the limits
    assert "JPEG" in prepared.warning and "noise.png" in prepared.warning


def test_a_screenshot_saved_without_compression_stays_a_png(store: AttachmentStore) -> None:
    """Over the byte limit only because it was written uncompressed: packed, it fits."""
    image = Image.new("RGB", (1400, 1400), (240, 240, 240))
    image.paste((30, 30, 30), (100, 100, 1300, 140))  # a line of "text"
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=0)
    assert len(buffer.getvalue()) > limits.MAX_IMAGE_SEND_BYTES
    prepared = prepare_bytes(store, buffer.getvalue(), "shot.png", 1_000_000)
    ref = prepared.ref
    assert (ref.mime_type, ref.name, ref.width) == ("image/png", "shot.png", 1400)
    assert ref.size <= limits.MAX_IMAGE_SEND_BYTES and prepared.warning == ""


def test_pasted_pixels_with_transparency_over_the_byte_limit_stay_transparent(
    store: AttachmentStore,
) -> None:
    side = 1200
    pixels = random.Random(side).randbytes(side * side * 4)
    prepared = prepare_pixels(store, pixels, side, side, side * 4, "pasted.png", "RGBA")
    ref = prepared.ref
    assert ref.mime_type == "image/png" and ref.size <= limits.MAX_IMAGE_SEND_BYTES
    with Image.open(io.BytesIO(store.read(ref.sha256))) as sent:
        assert sent.mode == "RGBA"
    assert f"to {ref.width} × {ref.height}" in prepared.warning


def test_text_file_gets_its_name_and_a_language_fence(
    store: AttachmentStore, tmp_path: Path
) -> None:
    path = tmp_path / "hello.py"
    path.write_text("print('hi')\n", encoding="utf-8")
    ref = prepare_file(store, path, 204_800).ref
    assert (ref.kind, ref.name, ref.chars, ref.truncated) == ("text", "hello.py", 12, False)
    assert store.read(ref.sha256).decode() == "File: hello.py\n\n```python\nprint('hi')\n\n```"


def test_binary_file_is_refused_with_a_reason(store: AttachmentStore, tmp_path: Path) -> None:
    path = tmp_path / "program.bin"
    path.write_bytes(b"\x7fELF\x00\x01\x02\xff\xfe")
    with pytest.raises(AttachmentRefused, match="binary"):
        prepare_file(store, path, 204_800)
    assert not store.directory.exists() or not any(store.directory.rglob("*"))


def test_text_too_long_for_the_context_is_cut_with_a_warning(store: AttachmentStore) -> None:
    budget = limits.text_budget(2000)
    prepared = prepare_bytes(store, b"x" * (budget + 500), "big.txt", 2000)
    assert prepared.ref.truncated and prepared.ref.chars == budget + 500
    assert "only its first" in prepared.warning
    sent = store.read(prepared.ref.sha256).decode()
    assert sent.endswith("\n\n" + "x" * budget) and sent.count("x") == budget + 1  # "big.txt"
    assert f"[cut: the first {budget} of {budget + 500} characters]" in sent


def test_pdf_text_layer_is_sent_as_text(store: AttachmentStore) -> None:
    prepared = prepare_bytes(store, make_pdf(["Alpha page", "Beta page"]), "doc.pdf", 204_800)
    ref = prepared.ref
    assert (ref.kind, ref.mime_type) == ("pdf", "application/pdf")
    assert store.read(ref.sha256).decode() == (
        "File: doc.pdf (PDF, 2 pages, text layer)\n\n[page 1]\nAlpha page\n\n[page 2]\nBeta page"
    )


def test_pdf_without_text_is_refused(store: AttachmentStore) -> None:
    with pytest.raises(AttachmentRefused, match="no text layer"):
        prepare_bytes(store, make_pdf([""]), "scan.pdf", 204_800)


def encrypted_pdf(text: str, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([text]))))
    writer.encrypt(user_password=user_password, owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_pdf_behind_a_password_is_refused_and_stores_nothing(
    store: AttachmentStore, tmp_path: Path
) -> None:
    with pytest.raises(AttachmentRefused, match="protected by a password"):
        prepare_bytes(store, encrypted_pdf("Secret lemma", "pw"), "locked.pdf", 204_800)
    assert not any(p.is_file() for p in tmp_path.rglob("*"))
    # Encrypted only against editing (no password to open): its text is sent.
    ref = prepare_bytes(store, encrypted_pdf("Open lemma", ""), "open.pdf", 204_800).ref
    assert "Open lemma" in store.read(ref.sha256).decode()


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` (no pixel data is ever decoded)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)  # far too little data for the size: never decoded
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("size", [(15_000, 12_000), (20_000, 20_000)])
def test_an_image_with_too_many_pixels_is_refused_saying_so(
    store: AttachmentStore, tmp_path: Path, size: tuple[int, int]
) -> None:
    """Past twice Pillow's own limit (179 million pixels) Pillow refuses to open the file,
    and the app said "not a readable image (DecompressionBombError)" of a big panorama."""
    with pytest.raises(AttachmentRefused, match=r"too many pixels.*at most 100 million"):
        prepare_bytes(store, png_claiming(*size), "panorama.png", 204_800)
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


@pytest.mark.parametrize(
    ("head", "limit"),
    [
        (b"\x89PNG\r\n\x1a\n", limits.MAX_IMAGE_FILE_BYTES),
        (b"plain text", limits.MAX_TEXT_FILE_BYTES),
    ],
)
def test_files_over_the_size_limit_are_refused_unread(
    store: AttachmentStore, tmp_path: Path, head: bytes, limit: int
) -> None:
    big = tmp_path / "big.file"
    with big.open("wb") as handle:  # sparse: no disk space, no time
        handle.write(head)
        handle.truncate(limit + 2**20)
    message = rf"too large to attach \({limit // 2**20 + 1} MB; at most {limit // 2**20} MB\)"
    with pytest.raises(AttachmentRefused, match=message):
        prepare_file(store, big, 204_800)


def test_broken_image_is_refused(store: AttachmentStore) -> None:
    with pytest.raises(AttachmentRefused, match="not a readable image"):
        prepare_bytes(store, b"\x89PNG\r\n\x1a\n" + b"junk" * 10, "broken.png", 204_800)


def test_model_capabilities() -> None:
    assert accepts_images("MiniMax-M3")
    assert not accepts_images("MiniMax-M2.7")
    assert not accepts_images("Some-Unknown-Model")
    assert context_window("MiniMax-M3") == 1_000_000
    assert context_window("Some-Unknown-Model") == 204_800


def test_user_message_with_attachments_becomes_content_parts(store: AttachmentStore) -> None:
    image = prepare_bytes(store, png(8, 8), "dot.png", 1_000_000).ref
    text = prepare_bytes(store, b"a,b\n1,2\n", "t.csv", 1_000_000).ref
    history = [Message(role=Role.USER, content="Look", attachments=[image, text])]
    messages = build_messages(history, None, store)
    encoded = base64.b64encode(png(8, 8)).decode()
    assert messages == [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Look"},
                {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{encoded}"}},
                {"type": "text", "text": "File: t.csv\n\n```csv\na,b\n1,2\n\n```"},
            ],
        }
    ]
    assert content_parts(store, "", [text])[0]["type"] == "text"


def test_attachment_refs_round_trip_through_the_file(
    tmp_path: Path, store: AttachmentStore
) -> None:
    ref = prepare_bytes(store, png(8, 8), "dot.png", 1_000_000).ref
    conv = Conversation(messages=[Message(role=Role.USER, content="", attachments=[ref])])
    conversations = ConversationStore(tmp_path)
    conversations.save(conv)
    loaded = conversations.load(conv.id)
    assert loaded is not None and loaded.messages[0].attachments == [ref]
    assert "attachments" not in Message(role=Role.USER, content="x").to_dict()


def test_bad_attachment_entries_are_dropped_on_load() -> None:
    good = AttachmentRef("a" * 64, "x.txt", "text/plain", "text", 3, chars=3)
    conv = parse_conversation(
        {
            "schema_version": 1,
            "id": "c" * 32,
            "messages": [
                {
                    "role": "user",
                    "content": "hi",
                    "attachments": [good.to_dict(), {"sha256": "../etc/passwd", "kind": "text"}, 5],
                }
            ],
        }
    )
    assert conv.messages[0].attachments == [good]


def test_collect_removes_only_what_nothing_uses(tmp_path: Path, store: AttachmentStore) -> None:
    conversations = ConversationStore(tmp_path)
    kept = store.put(b"kept", pin=False)
    shared = store.put(b"shared", pin=False)
    orphan = store.put(b"orphan", pin=False)
    in_memory = store.put(b"in memory", pin=False)
    pinned = store.put(b"in the composer")

    def ref(digest: str) -> AttachmentRef:
        return AttachmentRef(digest, "f.txt", "text/plain", "text", 1, chars=1)

    keep = Conversation(messages=[Message(role=Role.USER, attachments=[ref(kept), ref(shared)])])
    deleted = Conversation(
        messages=[Message(role=Role.USER, attachments=[ref(shared), ref(orphan)])]
    )
    conversations.save(keep)
    conversations.save(deleted)
    conversations.delete(deleted.id)
    assert store.collect(extra={in_memory}, grace=0) == 1
    assert not store.has(orphan)
    assert all(store.has(d) for d in (kept, shared, in_memory, pinned))
    store.unpin([pinned])
    assert store.collect(grace=0) == 2  # in_memory and the unpinned one
    assert store.collect(grace=0) == 0


def test_collect_spares_blobs_another_process_just_stored(tmp_path: Path) -> None:
    young = AttachmentStore(tmp_path).put(b"just stored by another process", pin=False)
    mine = AttachmentStore(tmp_path)
    assert mine.collect() == 0
    assert mine.has(young)
    old = time.time() - 3600
    os.utime(mine.path(young), (old, old))
    assert mine.collect() == 1
