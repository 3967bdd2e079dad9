"""Short human-readable texts for message metadata: tokens, durations, times, statuses."""

from __future__ import annotations

from datetime import datetime

from gui.core.models import Message, MessageStatus, Usage

STATUS_LABELS = {
    MessageStatus.STREAMING: "Streaming",
    MessageStatus.COMPLETE: "Complete",
    MessageStatus.STOPPED: "Stopped",
    MessageStatus.INTERRUPTED: "Interrupted",
    MessageStatus.ERROR: "Error",
}


def duration(seconds: float) -> str:
    """ "0.4 s", "12 s", "2 min 5 s"."""
    if seconds < 1:
        return f"{seconds:.1f} s"
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def tokens(count: int) -> str:
    """ "950", "12.3k", "1.2M"."""
    if count < 1000:
        return str(count)
    if count < 1_000_000:
        return f"{count / 1000:.1f}k".replace(".0k", "k")
    return f"{count / 1_000_000:.1f}M".replace(".0M", "M")


def usage_summary(usage: Usage | None) -> str:
    """ "769 in · 116 out (37 reasoning, 443 cached)"; "" without usage."""
    if usage is None:
        return ""
    text = f"{tokens(usage.prompt_tokens)} in · {tokens(usage.completion_tokens)} out"
    extras = []
    if usage.reasoning_tokens:
        extras.append(f"{tokens(usage.reasoning_tokens)} reasoning")
    if usage.cached_tokens:
        extras.append(f"{tokens(usage.cached_tokens)} cached")
    return f"{text} ({', '.join(extras)})" if extras else text


def local_time(iso: str, now: datetime | None = None) -> str:
    """The time of day for today's timestamps, else the date and time (local zone)."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return ""
    today = (now or datetime.now().astimezone()).date()
    if moment.date() == today:
        return moment.strftime("%H:%M")
    if moment.year == today.year:
        return moment.strftime("%d %b %H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


def assistant_meta(message: Message) -> str:
    """Model, tokens and thinking time of a finished reply, joined with " · "."""
    parts = []
    if message.model:
        parts.append(message.model)
    summary = usage_summary(message.usage)
    if summary:
        parts.append(summary)
    if message.thinking_seconds is not None and message.reasoning:
        parts.append(f"thought for {duration(message.thinking_seconds)}")
    return " · ".join(parts)
