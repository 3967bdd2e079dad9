"""Short human-readable texts for message metadata: tokens, durations, times, statuses."""

from __future__ import annotations

from datetime import datetime

from gui.core.conversation import Message, Usage
from gui.core.i18n import QT_TRANSLATE_NOOP, translate

_T = {
    "seconds": QT_TRANSLATE_NOOP("format", "{n} s"),
    "minutes": QT_TRANSLATE_NOOP("format", "{m} min"),
    "minutes_seconds": QT_TRANSLATE_NOOP("format", "{m} min {n} s"),
    "usage": QT_TRANSLATE_NOOP("format", "{prompt} in · {completion} out"),
    "reasoning": QT_TRANSLATE_NOOP("format", "{n} reasoning"),
    "cached": QT_TRANSLATE_NOOP("format", "{n} cached"),
    "thought": QT_TRANSLATE_NOOP("format", "thought for {duration}"),
}


def _t(key: str, **args: object) -> str:
    return translate("format", _T[key]).format(**args)


def duration(seconds: float) -> str:
    """ "0.4 s", "12 s", "2 min 5 s" (in the current language)."""
    if seconds < 1:
        return _t("seconds", n=f"{seconds:.1f}")
    whole = round(seconds)
    if whole < 60:
        return _t("seconds", n=whole)
    minutes, rest = divmod(whole, 60)
    return _t("minutes_seconds", m=minutes, n=rest) if rest else _t("minutes", m=minutes)


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
    text = _t(
        "usage", prompt=tokens(usage.prompt_tokens), completion=tokens(usage.completion_tokens)
    )
    extras = []
    if usage.reasoning_tokens:
        extras.append(_t("reasoning", n=tokens(usage.reasoning_tokens)))
    if usage.cached_tokens:
        extras.append(_t("cached", n=tokens(usage.cached_tokens)))
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
        return moment.strftime("%m-%d %H:%M")  # digits only: the same in every language
    return moment.strftime("%Y-%m-%d %H:%M")


def assistant_meta(message: Message, cost: str = "") -> str:
    """Model, tokens, ``cost`` (when given) and thinking time of a finished reply, joined
    with " · "."""
    parts = []
    if message.model:
        parts.append(message.model)
    summary = usage_summary(message.usage)
    if summary:
        parts.append(summary)
    if cost:
        parts.append(cost)
    if message.thinking_seconds is not None and message.reasoning:
        parts.append(_t("thought", duration=duration(message.thinking_seconds)))
    return " · ".join(parts)
