"""Short human-readable texts for message metadata: tokens, durations, times, statuses."""

from __future__ import annotations

from datetime import datetime

from gui.core.conversation import Message, Usage
from gui.core.i18n import QT_TRANSLATE_NOOP, translate

_T = {
    "seconds": QT_TRANSLATE_NOOP("format", "{n} s"),
    "minutes": QT_TRANSLATE_NOOP("format", "{m} min"),
    "minutes_seconds": QT_TRANSLATE_NOOP("format", "{m} min {n} s"),
    "in": QT_TRANSLATE_NOOP("format", "{n} in"),
    "out": QT_TRANSLATE_NOOP("format", "{n} out"),
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
    """ "769 in (443 cached) · 116 out (37 reasoning)"; "" without usage."""
    if usage is None:
        return ""
    return token_counts(
        usage.prompt_tokens,
        usage.completion_tokens,
        usage.reasoning_tokens or 0,
        usage.cached_tokens or 0,
    )


def token_counts(prompt: int, completion: int, reasoning: int, cached: int) -> str:
    """ "769 in (443 cached) · 116 out (37 reasoning)": cached tokens are part of the input,
    reasoning tokens part of the output, so each stands beside its own count."""
    sent = _t("in", n=tokens(prompt))
    if cached:
        sent += f" ({_t('cached', n=tokens(cached))})"
    answered = _t("out", n=tokens(completion))
    if reasoning:
        answered += f" ({_t('reasoning', n=tokens(reasoning))})"
    return f"{sent} · {answered}"


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
