"""How much of a model's context window a chat's history (plus the draft) would fill."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gui.core.conversation import Conversation, Message, Role

WARN_AT = 0.8  # share of the window from which the meter warns


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


def _message_tokens(message: Message) -> int:
    return estimate_tokens(message.content) + estimate_tokens(message.reasoning) + _PER_MESSAGE


def history_tokens(conversation: Conversation, system_prompt: str = "") -> tuple[int, bool]:
    """Tokens the conversation's history takes in the next request, and whether measured.

    The last answer with usage tells exactly what its request carried (``prompt_tokens``)
    and what it added (``completion_tokens``, its reasoning included, which is replayed);
    only the messages after it are estimated. Without any usage everything is estimated.
    """
    messages = conversation.messages
    for i in range(len(messages) - 1, -1, -1):
        usage = messages[i].usage
        if messages[i].role is Role.ASSISTANT and usage is not None and usage.prompt_tokens:
            later = sum(_message_tokens(m) for m in messages[i + 1 :])
            return usage.prompt_tokens + usage.completion_tokens + later, True
    total = estimate_tokens(system_prompt) + sum(_message_tokens(m) for m in messages)
    return total, False


def draft_tokens(draft: str) -> int:
    """The estimate for a message not sent yet (nothing for blank text)."""
    return estimate_tokens(draft) + _PER_MESSAGE if draft.strip() else 0


def context_use(
    conversation: Conversation, window: int, draft: str = "", system_prompt: str = ""
) -> ContextUse:
    """What sending ``draft`` in ``conversation`` would use of a ``window``-token context."""
    used, measured = history_tokens(conversation, system_prompt)
    return ContextUse(used + draft_tokens(draft), window, measured)
