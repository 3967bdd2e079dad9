"""Estimated cost of answers and chats from a per-model price table, in exact decimal arithmetic."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from gui.core.conversation import Message, Role, Usage
from gui.core.regions import CHINA

PER = Decimal(1_000_000)  # prices are per million tokens
# MiniMax-M3 bills every rate twice once a request's input passes 512 K tokens (third-party
# reports; whether "512 K" is 512,000 or 524,288 is not documented: the lower bound warns first).
M3_LONG_INPUT_FROM = 512_000
M3_LONG_INPUT_FACTOR = Decimal(2)
MAX_PRICE = Decimal(1_000_000)  # per million tokens: anything above is a typing slip


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """One model's rates per million tokens.

    ``cached`` is the rate for input read from MiniMax's prompt cache (None: charged as
    normal input, the cautious guess). Reasoning tokens are output tokens. When a
    request's input passes ``long_input_from`` tokens, every rate is multiplied by
    ``long_input_factor``.
    """

    input: Decimal
    output: Decimal
    cached: Decimal | None = None
    long_input_from: int | None = None
    long_input_factor: Decimal = Decimal(1)


@dataclass(frozen=True, slots=True)
class PriceTable:
    """Prices of several models in one currency, with where and when they were taken."""

    currency: str
    prices: Mapping[str, ModelPrice]
    taken: str
    source: str
    edited: bool = False  # the user's own table (from Settings)

    def price(self, model: str) -> ModelPrice | None:
        return self.prices.get(model)


@dataclass(frozen=True, slots=True)
class Cost:
    """What one answer cost; ``long_input`` when the higher long-input rate applied."""

    amount: Decimal
    currency: str
    long_input: bool = False


@dataclass(slots=True)
class ChatTotals:
    """Tokens and estimated cost of every answer of a chat that reported its usage."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasoning_tokens: int = 0
    cached_tokens: int = 0
    amount: Decimal = Decimal(0)
    currency: str = ""
    priced: int = 0  # answers with a price
    unpriced_models: set[str] = field(default_factory=set)
    long_input: bool = False


def _d(text: str) -> Decimal:
    return Decimal(text)


_M2_INTL = ModelPrice(_d("0.3"), _d("1.2"), _d("0.03"))
_M2_FAST_INTL = ModelPrice(_d("0.6"), _d("2.4"))
SHIPPED_TAKEN = "2026-10"
SHIPPED_INTERNATIONAL = PriceTable(
    currency="USD",
    prices={
        "MiniMax-M3": ModelPrice(
            _d("0.6"),
            _d("2.4"),
            long_input_from=M3_LONG_INPUT_FROM,
            long_input_factor=M3_LONG_INPUT_FACTOR,
        ),
        "MiniMax-M2.7": ModelPrice(_d("0.3"), _d("1.2"), _d("0.06")),
        "MiniMax-M2.7-highspeed": ModelPrice(_d("0.6"), _d("2.4"), _d("0.06")),
        "MiniMax-M2.5": _M2_INTL,
        "MiniMax-M2.5-highspeed": _M2_FAST_INTL,
        "MiniMax-M2.1": _M2_INTL,
        "MiniMax-M2.1-highspeed": _M2_FAST_INTL,
        "MiniMax-M2": _M2_INTL,
    },
    taken=SHIPPED_TAKEN,
    source=(
        "platform.minimax.io/docs/guides/pricing-paygo (pay-as-you-go, per million tokens); "
        "MiniMax-M3 at its list price as reported by third parties (a 50 % launch discount "
        "was also reported), all rates doubled past 512 K input tokens"
    ),
)
SHIPPED_CHINA = PriceTable(
    currency="CNY",
    prices={
        "MiniMax-M2.7": ModelPrice(_d("2.1"), _d("8.4"), _d("0.42")),
        "MiniMax-M2.5": ModelPrice(_d("2.1"), _d("8.4"), _d("0.21")),
        "MiniMax-M2.7-highspeed": ModelPrice(_d("4.2"), _d("16.8")),
        "MiniMax-M2.5-highspeed": ModelPrice(_d("4.2"), _d("16.8")),
    },
    taken=SHIPPED_TAKEN,
    source="platform.minimaxi.com/docs/guides/pricing-paygo (按量付费, per million tokens)",
)


def shipped_table(region: str) -> PriceTable:
    """The table that ships with the app for a region (the China platform bills in CNY)."""
    return SHIPPED_CHINA if region == CHINA.id else SHIPPED_INTERNATIONAL


def effective_table(saved: Mapping[str, Any] | None, region: str) -> PriceTable:
    """The user's table from Settings when it is usable, else the shipped one."""
    if saved:
        table = table_from_dict(saved)
        if table is not None:
            return table
    return shipped_table(region)


def cost_of(usage: Usage, price: ModelPrice, currency: str) -> Cost:
    """The cost of one request: uncached input, cached input and output at their rates."""
    cached = min(usage.cached_tokens or 0, usage.prompt_tokens)
    fresh = usage.prompt_tokens - cached
    cached_rate = price.cached if price.cached is not None else price.input
    amount = (
        Decimal(fresh) * price.input
        + Decimal(cached) * cached_rate
        + Decimal(usage.completion_tokens) * price.output
    ) / PER
    long_input = price.long_input_from is not None and usage.prompt_tokens > price.long_input_from
    if long_input:
        amount *= price.long_input_factor
    return Cost(amount, currency, long_input)


def message_cost(message: Message, table: PriceTable) -> Cost | None:
    """An answer's estimated cost; None without usage or without a price for its model."""
    if message.role is not Role.ASSISTANT or message.usage is None:
        return None
    price = table.price(message.model)
    if price is None:
        return None
    return cost_of(message.usage, price, table.currency)


def chat_totals(messages: Iterable[Message], table: PriceTable) -> ChatTotals:
    """Token and cost totals over a chat's answers (those without usage count nothing)."""
    totals = ChatTotals(currency=table.currency)
    for message in messages:
        usage = message.usage
        if message.role is not Role.ASSISTANT or usage is None:
            continue
        totals.prompt_tokens += usage.prompt_tokens
        totals.completion_tokens += usage.completion_tokens
        totals.reasoning_tokens += usage.reasoning_tokens or 0
        totals.cached_tokens += usage.cached_tokens or 0
        cost = message_cost(message, table)
        if cost is None:
            totals.unpriced_models.add(message.model or "?")
            continue
        totals.amount += cost.amount
        totals.priced += 1
        totals.long_input = totals.long_input or cost.long_input
    return totals


_SYMBOLS = {"USD": "$", "CNY": "¥", "EUR": "€", "GBP": "£", "JPY": "¥"}


def format_money(amount: Decimal, currency: str) -> str:
    """ "$0.0042", "¥1.23", "CHF 0.50": four significant digits below 1, cents above."""
    if amount >= 1:
        shown = amount.quantize(Decimal("0.01"))
    elif amount == 0:
        shown = Decimal(0)
    else:
        # Four significant digits of a small amount: 0.000123456 → 0.0001235.
        exponent = amount.adjusted() - 3
        shown = amount.quantize(Decimal(1).scaleb(exponent)).normalize()
    text = f"{shown:f}"
    symbol = _SYMBOLS.get(currency.upper())
    return f"{symbol}{text}" if symbol else f"{currency} {text}".strip()


def parse_price(text: str) -> Decimal | None:
    """A rate typed by the user: a plain non-negative decimal number, else None."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or value > MAX_PRICE:
        return None
    return value


def table_to_dict(table: PriceTable) -> dict[str, Any]:
    """The table as JSON-safe data (decimals as strings, so nothing drifts on the way)."""
    models: dict[str, Any] = {}
    for model, price in table.prices.items():
        entry: dict[str, Any] = {"input": str(price.input), "output": str(price.output)}
        if price.cached is not None:
            entry["cached"] = str(price.cached)
        if price.long_input_from is not None:
            entry["long_input_from"] = price.long_input_from
            entry["long_input_factor"] = str(price.long_input_factor)
        models[model] = entry
    return {"currency": table.currency, "taken": table.taken, "models": models}


def table_from_dict(data: Mapping[str, Any]) -> PriceTable | None:
    """A table saved by ``table_to_dict``; None when it is not one (rows that are not
    prices are skipped, so one hand-edited slip does not lose the rest)."""
    currency = data.get("currency")
    models = data.get("models")
    if not isinstance(currency, str) or not currency.strip() or not isinstance(models, dict):
        return None
    prices: dict[str, ModelPrice] = {}
    for model, entry in models.items():
        if not isinstance(model, str) or not isinstance(entry, dict):
            continue
        rates = [
            parse_price(v) if isinstance(v, str) else None
            for v in (entry.get("input"), entry.get("output"))
        ]
        if rates[0] is None or rates[1] is None:
            continue
        raw_cached = entry.get("cached")
        cached = parse_price(raw_cached) if isinstance(raw_cached, str) else None
        start = entry.get("long_input_from")
        raw_factor = entry.get("long_input_factor")
        factor = parse_price(raw_factor) if isinstance(raw_factor, str) else None
        long_from = start if isinstance(start, int) and not isinstance(start, bool) else None
        prices[model] = ModelPrice(
            rates[0],
            rates[1],
            cached,
            long_from if long_from is not None and long_from > 0 else None,
            factor if factor is not None and long_from else Decimal(1),
        )
    taken = data.get("taken")
    return PriceTable(
        currency=currency.strip()[:8],
        prices=prices,
        taken=taken if isinstance(taken, str) else "",
        source="",
        edited=True,
    )
