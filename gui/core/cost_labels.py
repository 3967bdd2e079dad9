"""Plain-language lines for an answer's and a chat's tokens and estimated cost."""

from __future__ import annotations

from gui.core.conversation import Message
from gui.core.formatting import token_counts, tokens
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.pricing import ChatTotals, PriceTable, format_money, message_cost

_T = {
    "cost": QT_TRANSLATE_NOOP("cost", "≈ {amount}"),
    "long": QT_TRANSLATE_NOOP("cost", "≈ {amount}, long-input rate (×{factor})"),
    "chat": QT_TRANSLATE_NOOP("cost", "This chat: {counts}"),
    "chat_short": QT_TRANSLATE_NOOP("cost", "This chat: {n} tokens"),
    "no_price": QT_TRANSLATE_NOOP("cost", "no price for {models}"),
    "source": QT_TRANSLATE_NOOP(
        "cost",
        "An estimate from the price table of {date} ({currency} per million tokens); your bill "
        "is what MiniMax charges. Edit the prices in Settings → Thinking and cost.",
    ),
    "source_edited": QT_TRANSLATE_NOOP(
        "cost",
        "An estimate from your own price table ({currency} per million tokens); your bill is "
        "what MiniMax charges. Edit it in Settings → Thinking and cost.",
    ),
    "long_note": QT_TRANSLATE_NOOP(
        "cost",
        "Past {threshold} input tokens in one request, {model} bills every token at {factor}× "
        "the rate.",
    ),
}


def _t(key: str, **args: object) -> str:
    return translate("cost", _T[key]).format(**args)


def answer_cost(message: Message, table: PriceTable) -> str:
    """ "≈ $0.0042" for an answer with usage and a price; "" otherwise."""
    cost = message_cost(message, table)
    if cost is None:
        return ""
    amount = format_money(cost.amount, cost.currency)
    if cost.long_input:
        price = table.price(message.model)
        factor = price.long_input_factor if price is not None else 2
        return _t("long", amount=amount, factor=f"{factor:f}")
    return _t("cost", amount=amount)


def chat_line(totals: ChatTotals) -> str:
    """ "This chat: 12k in (5k cached) · 2k out (800 reasoning) · ≈ $0.012"; "" before usage."""
    if not (totals.prompt_tokens or totals.completion_tokens):
        return ""
    counts = token_counts(
        totals.prompt_tokens,
        totals.completion_tokens,
        totals.reasoning_tokens,
        totals.cached_tokens,
    )
    text = _t("chat", counts=counts)
    if totals.priced:
        text += " · " + _t("cost", amount=format_money(totals.amount, totals.currency))
    if totals.unpriced_models:
        text += " · " + _t("no_price", models=", ".join(sorted(totals.unpriced_models)))
    return text


def chat_short(totals: ChatTotals) -> str:
    """ "This chat: 14k tokens · ≈ $0.012" for the narrow line (``chat_line`` tells more)."""
    if not (totals.prompt_tokens or totals.completion_tokens):
        return ""
    text = _t("chat_short", n=tokens(totals.prompt_tokens + totals.completion_tokens))
    if totals.priced:
        text += " · " + _t("cost", amount=format_money(totals.amount, totals.currency))
    return text


def table_note(table: PriceTable) -> str:
    """Where the prices come from, for a tooltip."""
    if table.edited:
        return _t("source_edited", currency=table.currency)
    return _t("source", date=table.taken, currency=table.currency)


def long_input_note(model: str, table: PriceTable) -> str:
    """The warning about ``model``'s higher rate for long inputs; "" when it has none."""
    price = table.price(model)
    if price is None or price.long_input_from is None or price.long_input_factor == 1:
        return ""
    return _t(
        "long_note",
        threshold=tokens(price.long_input_from),
        model=model,
        factor=f"{price.long_input_factor:f}",
    )
