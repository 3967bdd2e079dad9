"""Build benchmark data folders: one very long conversation, or thousands of small ones."""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.content import paragraph, reply_text
from gui.core.conversation import Conversation, Message, MessageStatus, Role, Usage
from gui.core.storage import ConversationStore


def long_conversation(messages: int = 2_000, chars: int = 1_000_000) -> Conversation:
    """``messages`` alternating turns holding about ``chars`` characters in all."""
    rng = random.Random(11)
    per_reply = max(200, (chars - messages // 2 * 80) // (messages // 2))
    conv = Conversation(title="A very long conversation")
    for turn in range(messages // 2):
        conv.messages.append(Message(role=Role.USER, content=paragraph(rng, 12)))
        conv.messages.append(
            Message(
                role=Role.ASSISTANT,
                content=reply_text(per_reply, seed=turn),
                reasoning=paragraph(rng, 40),
                status=MessageStatus.COMPLETE,
                model="MiniMax-M2.7",
                usage=Usage(900, 300, 1200, 80, 400),
                finish_reason="stop",
            )
        )
    return conv


def write_long(root: Path) -> str:
    conv = long_conversation()
    ConversationStore(root).save(conv)
    return conv.id


def write_many(root: Path, count: int = 10_000) -> None:
    """``count`` conversations of a few turns each; one of them mentions "zebra quokka"."""
    rng = random.Random(5)
    store = ConversationStore(root)
    for index in range(count):
        conv = Conversation(title=f"Chat {index}: {paragraph(rng, 4)}")
        conv.updated_at = (
            f"2026-{1 + index % 12:02d}-{1 + index % 28:02d}T10:00:{index % 60:02d}.000Z"
        )
        for _ in range(3):
            conv.messages.append(Message(role=Role.USER, content=paragraph(rng, 15)))
            text = paragraph(rng, 60)
            if index == count // 2:
                text += " A zebra met a quokka."
            conv.messages.append(
                Message(role=Role.ASSISTANT, content=text, reasoning=paragraph(rng, 20))
            )
        store.save(conv)


def _image(index: int) -> tuple[bytes, str, int, int]:
    """A photo (JPEG, 2048 × 1536, noisy) or a screenshot (PNG, 1920 × 1080, flat shapes)."""
    import io

    from PIL import Image, ImageDraw

    buffer = io.BytesIO()
    if index % 2 == 0:
        noise = Image.effect_noise((2048, 1536), 30 + index).convert("RGB")
        tint = Image.new("RGB", noise.size, (40 + 4 * index, 90, 160))
        Image.blend(noise, tint, 0.5).save(buffer, "JPEG", quality=85)
        return buffer.getvalue(), "image/jpeg", 2048, 1536
    shot = Image.new("RGB", (1920, 1080), (245, 245, 245))
    draw = ImageDraw.Draw(shot)
    for row in range(40):
        draw.rectangle((40, 30 + 26 * row, 200 + 37 * ((row * index) % 40), 48 + 26 * row),
                       fill=(30 + 5 * row, 60, 120 + index))  # fmt: skip
    shot.save(buffer, "PNG")
    return buffer.getvalue(), "image/png", 1920, 1080


def write_images(root: Path, count: int = 50) -> str:
    """A conversation of ``count`` questions, each with one image in the real attachment
    store (half photos, half screenshots), and their answers."""
    from gui.core.attachments.ref import AttachmentRef
    from gui.core.attachments.store import AttachmentStore

    rng = random.Random(7)
    store = AttachmentStore(root)
    conv = Conversation(title=f"{count} images")
    for index in range(count):
        data, mime, width, height = _image(index)
        suffix = "jpg" if mime == "image/jpeg" else "png"
        ref = AttachmentRef(
            store.put(data, pin=False), f"image-{index}.{suffix}", mime, "image", len(data),
            width, height,
        )  # fmt: skip
        conv.messages.append(Message(role=Role.USER, content=paragraph(rng, 8), attachments=[ref]))
        conv.messages.append(
            Message(
                role=Role.ASSISTANT,
                content=reply_text(600, seed=index),
                status=MessageStatus.COMPLETE,
                model="MiniMax-M3",
                usage=Usage(900 + 5500 * index, 300, 1200 + 5500 * index),
                finish_reason="stop",
            )
        )
    ConversationStore(root).save(conv)
    return conv.id
