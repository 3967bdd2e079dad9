"""How much of a model's context window a chat's history (plus the draft) would fill."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from gui.core.attachments.ref import AttachmentRef
from gui.core.context_start import start_index, turns_before
from gui.core.conversation import Conversation, Message, Role

WARN_AT = 0.8  # share of the window from which the meter warns

IMAGE_TOKENS = 5_500
"""Tokens counted for each image. MiniMax documents no image token count (minimax-wire.md
§10.4), so this is a cautious guess: the largest image the app sends, 2048 × 2048 pixels, in
28-pixel tiles (the usual vision-encoder patch after merging) is 74 × 74 = 5,476 tiles."""

AttachmentTokens = Callable[[AttachmentRef], int]


class ContextLevel(StrEnum):
    OK = "ok"
    WARN = "warn"  # 80 % or more
    FULL = "full"  # the next request would not fit


@dataclass(frozen=True, slots=True)
class ContextUse:
    """Tokens the next request would carry, out of the model's window."""

    used: int
    window: int
    measured: bool  # True when it starts from the server's own count of the last request
    left_out: int = 0  # user turns before the chat's context start (not sent, not counted)
    draft: int = 0  # of ``used``: the message not sent yet, its files included

    @property
    def draft_overflows(self) -> bool:
        """The message waiting to be sent does not fit the window even on its own."""
        return self.draft >= self.window > 0

    @property
    def fraction(self) -> float:
        return self.used / self.window if self.window > 0 else 0.0

    @property
    def level(self) -> ContextLevel:
        if self.used >= self.window:
            return ContextLevel.FULL
        return ContextLevel.WARN if self.fraction >= WARN_AT else ContextLevel.OK


def estimate_tokens(text: str) -> int:
    """A cautious token estimate for text the server has not counted yet.

    About four characters per token for Latin text, one token per character for
    everything else (CJK runs close to that in MiniMax's tokenizer); rounded up, so the
    meter warns early rather than late.
    """
    if not text:
        return 0
    ascii_chars = len(text.encode("ascii", "ignore"))  # counted in C: drafts can be long
    return -(-ascii_chars // 4) + (len(text) - ascii_chars)


_PER_MESSAGE = 4  # role and separators around each message


def ref_tokens(ref: AttachmentRef) -> int:
    """An attachment's tokens from its reference alone (no file read).

    Images count ``IMAGE_TOKENS``; text counts a token per three UTF-8 bytes of the text
    sent: exact for CJK, a third over for Latin text.
    """
    if ref.kind == "image":
        return IMAGE_TOKENS
    return -(-ref.size // 3)


class AttachmentTokenCache:
    """Attachments' tokens with text counted as sent: read once from the store, then kept.

    The store's blobs never change (named by their SHA-256), so one count per blob lasts.
    ``read`` is the store's ``read``: it blocks, for a few milliseconds per megabyte of text.
    """

    def __init__(self, read: Callable[[str], bytes]) -> None:
        self._read = read
        self._counted: dict[str, int] = {}

    def __call__(self, ref: AttachmentRef) -> int:
        if ref.kind == "image":
            return IMAGE_TOKENS
        counted = self._counted.get(ref.sha256)
        if counted is None:
            try:
                text = self._read(ref.sha256).decode("utf-8", "replace")
            except (OSError, ValueError):
                # what gui.core.attachments.wire sends instead; not kept: it may come back
                return estimate_tokens(f"[attachment {ref.name} is missing]")
            counted = self._counted[ref.sha256] = estimate_tokens(text)
        return counted


def message_tokens(message: Message, attachment_tokens: AttachmentTokens = ref_tokens) -> int:
    """The estimate for one message of the history, as replayed."""
    return (
        estimate_tokens(message.content)
        + estimate_tokens(message.reasoning)
        + sum(map(attachment_tokens, message.attachments))
        + _PER_MESSAGE
    )


def history_tokens(
    messages: Sequence[Message],
    first: int,
    system_prompt: str = "",
    attachment_tokens: AttachmentTokens = ref_tokens,
) -> tuple[int, bool]:
    """Tokens the history takes in the next request, and whether measured.

    Only what is sent counts: the messages from the context start on (``messages[first]``,
    0 when the whole chat is sent). The last answer with usage that was asked with the
    same start tells exactly what its request carried (``prompt_tokens``) and what it
    added (``completion_tokens``, its reasoning included, which is replayed); only the
    messages after it are estimated. An answer asked with another start (before a cut, or
    before it was undone) carried other messages, so its count does not apply. Without
    any such usage everything is estimated. Attachments count as ``attachment_tokens`` says.
    """
    start = messages[first].id if first > 0 else None
    for i in range(len(messages) - 1, first - 1, -1):
        message = messages[i]
        usage = message.usage
        if (
            message.role is Role.ASSISTANT
            and usage is not None
            and usage.prompt_tokens
            and message.context_from == start
        ):
            later = sum(message_tokens(m, attachment_tokens) for m in messages[i + 1 :])
            return usage.prompt_tokens + usage.completion_tokens + later, True
    total = estimate_tokens(system_prompt) + sum(
        message_tokens(m, attachment_tokens) for m in messages[first:]
    )
    return total, False


def draft_tokens(
    draft: str,
    attachments: Sequence[AttachmentRef] = (),
    attachment_tokens: AttachmentTokens = ref_tokens,
) -> int:
    """The estimate for a message not sent yet (nothing for blank text without files)."""
    if not draft.strip() and not attachments:
        return 0
    return estimate_tokens(draft) + sum(map(attachment_tokens, attachments)) + _PER_MESSAGE


def context_use(
    conversation: Conversation,
    window: int,
    draft: str = "",
    system_prompt: str = "",
    attachments: Sequence[AttachmentRef] = (),
    attachment_tokens: AttachmentTokens = ref_tokens,
) -> ContextUse:
    """What sending ``draft`` with ``attachments`` in ``conversation`` would use of a
    ``window``-token context."""
    messages = conversation.messages
    first = start_index(messages, conversation.context_from)
    used, measured = history_tokens(messages, first, system_prompt, attachment_tokens)
    waiting = draft_tokens(draft, attachments, attachment_tokens)
    return ContextUse(used + waiting, window, measured, turns_before(messages, first), waiting)
