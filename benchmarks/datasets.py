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
