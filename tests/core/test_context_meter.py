"""Context meter: the server's count of the last request plus estimates, warning from 80 %."""

from __future__ import annotations

from pathlib import Path

from gui.core.attachments.ref import AttachmentRef
from gui.core.attachments.store import AttachmentStore
from gui.core.context_meter import (
    IMAGE_TOKENS,
    AttachmentTokenCache,
    ContextLevel,
    ContextUse,
    context_use,
    draft_tokens,
    estimate_tokens,
    ref_tokens,
)
from gui.core.conversation import Conversation, Message, Role, Usage


def test_estimates_are_cautious_for_latin_and_cjk_text() -> None:
    assert estimate_tokens("") == 0
    assert estimate_tokens("abcd") == 1
    assert estimate_tokens("abcde") == 2  # rounded up
    assert estimate_tokens("你好世界") == 4


def test_the_last_usage_is_the_base_and_later_text_is_estimated() -> None:
    conv = Conversation(
        messages=[
            Message(role=Role.USER, content="x" * 4000),
            Message(role=Role.ASSISTANT, content="y", usage=Usage(1500, 300, 1800)),
            Message(role=Role.USER, content="z" * 40),
        ]
    )
    use = context_use(conv, 10_000, draft="w" * 400)
    assert use.measured
    assert use.used == 1500 + 300 + (10 + 4) + (100 + 4)


def test_without_usage_everything_is_estimated() -> None:
    conv = Conversation(messages=[Message(role=Role.USER, content="a" * 400)])
    use = context_use(conv, 1000, system_prompt="b" * 40)
    assert not use.measured
    assert use.used == 10 + 100 + 4


def test_levels_warn_at_80_percent_and_fill_at_100() -> None:
    assert ContextUse(799, 1000, True).level is ContextLevel.OK
    assert ContextUse(800, 1000, True).level is ContextLevel.WARN
    assert ContextUse(1000, 1000, True).level is ContextLevel.FULL


def _text_ref(store: AttachmentStore, text: str, name: str = "paper.pdf") -> AttachmentRef:
    data = text.encode()
    return AttachmentRef(
        store.put(data), name, "application/pdf", "pdf", len(data), chars=len(text)
    )


def _image_ref(n: int = 0) -> AttachmentRef:
    return AttachmentRef(f"{n:064x}", f"shot{n}.png", "image/png", "image", 1000, 800, 600)


def test_attached_text_counts_as_the_text_that_is_sent(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    sent = "File: paper.pdf (PDF, 1 page, text layer)\n\n" + "w" * 40_000 + "数学" * 50
    ref = _text_ref(store, sent)
    conv = Conversation(messages=[Message(role=Role.USER, content="Read", attachments=[ref])])
    use = context_use(conv, 1_000_000, attachment_tokens=AttachmentTokenCache(store.read))
    assert use.used == 1 + estimate_tokens(sent) + 4
    assert estimate_tokens(sent) > 10_000


def test_images_count_a_fixed_cautious_estimate_each() -> None:
    conv = Conversation(
        messages=[Message(role=Role.USER, content="", attachments=[_image_ref(1), _image_ref(2)])]
    )
    assert context_use(conv, 1_000_000).used == 2 * IMAGE_TOKENS + 4
    assert IMAGE_TOKENS >= 5_000  # a 2048-pixel square, the largest image the app sends


def test_attachments_after_the_last_usage_and_in_the_draft_count(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    ref = _text_ref(store, "v" * 8000)
    conv = Conversation(
        messages=[
            Message(role=Role.USER, content="Hi"),
            Message(role=Role.ASSISTANT, content="y", usage=Usage(100, 20, 120)),
            Message(role=Role.USER, content="", attachments=[ref]),
        ]
    )
    tokens = AttachmentTokenCache(store.read)
    use = context_use(conv, 100_000, attachment_tokens=tokens)
    assert use.measured and use.used == 120 + 2000 + 4
    # a draft of attachments only (no text) still counts, with its message overhead
    draft = context_use(conv, 100_000, attachments=[ref, _image_ref()], attachment_tokens=tokens)
    assert draft.used == use.used + 2000 + IMAGE_TOKENS + 4
    assert draft_tokens("", [ref], tokens) == 2000 + 4


def test_a_missing_attachment_counts_as_the_note_sent_instead(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    ref = _text_ref(store, "q" * 4000)
    store.path(ref.sha256).unlink()
    tokens = AttachmentTokenCache(store.read)
    assert tokens(ref) == estimate_tokens("[attachment paper.pdf is missing]")


def test_without_the_store_text_is_estimated_from_its_size() -> None:
    ref = AttachmentRef("a" * 64, "notes.txt", "text/plain", "text", 3000, chars=1000)
    assert ref_tokens(ref) == 1000  # three bytes per token: exact for CJK, cautious for Latin
