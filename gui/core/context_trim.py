"""Choosing where a chat's context should start so that it fits the model's window again."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gui.core.context_meter import (
    AttachmentTokens,
    estimate_tokens,
    message_tokens,
    ref_tokens,
)
from gui.core.context_start import start_index, turns_before
from gui.core.conversation import Conversation, Role

TRIM_TARGET = 0.5
"""Share of the window a proposed cut aims for: room for several more turns after it."""


class TrimOutcome(StrEnum):
    PROPOSED = "proposed"  # a start that leaves out at least one more turn
    NOTHING_EARLIER = "nothing_earlier"  # only the last user turn is sent already
    TOO_BIG = "too_big"  # the last user turn alone does not fit the window


@dataclass(frozen=True, slots=True)
class TrimProposal:
    """Where to start the context, and what that leaves out and still uses."""

    outcome: TrimOutcome
    start_id: str | None  # the user message to start at (PROPOSED only)
    left_out: int  # user turns not sent after the cut (those already left out included)
    newly_left_out: int  # of them, turns sent until now
    total_turns: int
    used: int  # estimated tokens of the next request after the cut (or of the last turn)
    window: int


def propose_trim(
    conversation: Conversation,
    window: int,
    system_prompt: str = "",
    draft_tokens: int = 0,
    attachment_tokens: AttachmentTokens = ref_tokens,
    target: float = TRIM_TARGET,
) -> TrimProposal:
    """The earliest user message to start at that brings the next request under
    ``target`` of ``window``, keeping at least the last user turn.

    Everything is estimated (``gui.core.context_meter``'s cautious count, attachments
    included): after a cut the server's count of earlier requests no longer applies, so
    this is what the meter shows next. When no start reaches the target, the last user
    turn is proposed if it fits the window at all; when even it does not fit, nothing is.
    The system prompt and the draft (``draft_tokens``) are always sent, so they count.
    """
    messages = conversation.messages
    current = start_index(messages, conversation.context_from)
    fixed = estimate_tokens(system_prompt) + draft_tokens
    total_turns = turns_before(messages, len(messages))
    # tokens of messages[i:], from the end back to the current start
    suffix = [0] * (len(messages) + 1)
    for i in range(len(messages) - 1, current - 1, -1):
        suffix[i] = suffix[i + 1] + message_tokens(messages[i], attachment_tokens)
    starts = [i for i in range(current + 1, len(messages)) if messages[i].role is Role.USER]
    last_turn = starts[-1] if starts else current
    if fixed + suffix[last_turn] >= window:
        outcome, chosen = TrimOutcome.TOO_BIG, last_turn
    elif not starts:
        outcome, chosen = TrimOutcome.NOTHING_EARLIER, current
    else:
        outcome = TrimOutcome.PROPOSED
        chosen = next((i for i in starts if fixed + suffix[i] <= target * window), last_turn)
    left_out = turns_before(messages, chosen)
    return TrimProposal(
        outcome,
        messages[chosen].id if outcome is TrimOutcome.PROPOSED else None,
        left_out,
        left_out - turns_before(messages, current),
        total_turns,
        fixed + suffix[chosen],
        window,
    )
