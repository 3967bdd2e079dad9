"""Cost arithmetic: exact decimals, cached input, M3's long-input rate, totals, saved tables."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gui.core import cost_labels
from gui.core.conversation import Message, Role, Usage
from gui.core.pricing import (
    SHIPPED_CHINA,
    SHIPPED_INTERNATIONAL,
    ModelPrice,
    chat_totals,
    cost_of,
    effective_table,
    format_money,
    message_cost,
    parse_price,
    shipped_table,
    table_from_dict,
    table_to_dict,
)

M27 = ModelPrice(Decimal("0.3"), Decimal("1.2"), Decimal("0.06"))


def answer(model: str, prompt: int, completion: int, cached: int | None = None) -> Message:
    usage = Usage(prompt, completion, prompt + completion, reasoning_tokens=7, cached_tokens=cached)
    return Message(role=Role.ASSISTANT, content="x", model=model, usage=usage)


def test_the_captured_m27_usage_costs_exactly_this() -> None:
    """The live capture's usage (769 in, 443 of them cached, 116 out) at the M2.7 rates."""
    cost = cost_of(Usage(769, 116, 885, 37, 443), M27, "USD")
    # 326 fresh × 0.3 + 443 cached × 0.06 + 116 out × 1.2, per million
    assert cost.amount == Decimal("0.00026358")
    assert cost.currency == "USD"
    assert not cost.long_input


def test_no_float_drift_over_many_answers() -> None:
    """Ten thousand identical answers cost exactly ten thousand times one."""
    messages = [answer("MiniMax-M2.7", 1000, 100) for _ in range(10_000)]
    one = message_cost(messages[0], SHIPPED_INTERNATIONAL)
    assert one is not None
    assert chat_totals(messages, SHIPPED_INTERNATIONAL).amount == one.amount * 10_000
    assert one.amount == Decimal("0.00042")


def test_cached_without_a_cache_price_is_charged_as_input() -> None:
    price = ModelPrice(Decimal("0.6"), Decimal("2.4"))
    assert cost_of(Usage(1000, 0, 1000, None, 400), price, "USD").amount == Decimal("0.0006")


def test_cached_count_above_the_prompt_count_is_capped() -> None:
    cost = cost_of(Usage(100, 0, 100, None, 5000), M27, "USD")
    assert cost.amount == Decimal("0.000006")  # 100 cached tokens at 0.06


def test_m3_doubles_every_rate_past_512k_input() -> None:
    price = SHIPPED_INTERNATIONAL.price("MiniMax-M3")
    assert price is not None
    at = cost_of(Usage(512_000, 1000, 0), price, "USD")
    past = cost_of(Usage(512_001, 1000, 0), price, "USD")
    assert not at.long_input
    assert at.amount == Decimal("0.3072") + Decimal("0.0024")
    assert past.long_input
    assert past.amount == (Decimal("512001") * Decimal("0.6") + 1000 * Decimal("2.4")) * 2 / (10**6)
    text = cost_labels.answer_cost(answer("MiniMax-M3", 600_000, 1000), SHIPPED_INTERNATIONAL)
    assert "long-input rate (×2)" in text


def test_totals_count_tokens_and_name_models_without_a_price() -> None:
    messages = [
        Message(role=Role.USER, content="q"),
        answer("MiniMax-M2.7", 1000, 200, cached=500),
        answer("my-own-model", 50, 5),
        Message(role=Role.ASSISTANT, content="no usage", model="MiniMax-M2.7"),
    ]
    totals = chat_totals(messages, SHIPPED_INTERNATIONAL)
    assert (totals.prompt_tokens, totals.completion_tokens) == (1050, 205)
    assert (totals.reasoning_tokens, totals.cached_tokens) == (14, 500)
    assert totals.priced == 1
    assert totals.unpriced_models == {"my-own-model"}
    line = cost_labels.chat_line(totals)
    assert line.startswith("This chat: 1.1k in (500 cached) · 205 out (14 reasoning) · ≈ $")
    assert line.endswith("no price for my-own-model")
    assert cost_labels.chat_short(totals) == "This chat: 1.3k tokens · ≈ $0.00042"


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        ("0.00026358", "USD", "$0.0002636"),
        ("0.0042", "USD", "$0.0042"),
        ("1.235", "CNY", "¥1.24"),
        ("12", "CHF", "CHF 12.00"),
        ("0", "USD", "$0"),
    ],
)
def test_money_is_shown_with_its_currency(amount: str, currency: str, shown: str) -> None:
    assert format_money(Decimal(amount), currency) == shown


def test_china_bills_in_cny_and_has_no_m3_price() -> None:
    assert shipped_table("china") is SHIPPED_CHINA
    assert SHIPPED_CHINA.currency == "CNY"
    assert SHIPPED_CHINA.price("MiniMax-M3") is None
    assert shipped_table("international").currency == "USD"
    assert SHIPPED_INTERNATIONAL.taken and SHIPPED_INTERNATIONAL.source


def test_a_saved_table_round_trips_exactly() -> None:
    data = table_to_dict(SHIPPED_INTERNATIONAL)
    back = table_from_dict(data)
    assert back is not None and back.edited
    assert dict(back.prices) == dict(SHIPPED_INTERNATIONAL.prices)
    assert effective_table(data, "china").currency == "USD"  # the user's table wins
    assert effective_table({}, "china") is SHIPPED_CHINA


def test_a_damaged_saved_table_loses_only_its_bad_rows() -> None:
    table = table_from_dict(
        {
            "currency": "EUR",
            "models": {
                "good": {"input": "0.5", "output": "1"},
                "bad": {"input": "cheap", "output": "1"},
                "float": {"input": 0.5, "output": "1"},
            },
        }
    )
    assert table is not None
    assert list(table.prices) == ["good"]
    assert table_from_dict({"models": {}}) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("0.3", Decimal("0.3")), (" 2,5 ", Decimal("2.5")), ("-1", None), ("NaN", None), ("x", None)],
)
def test_typed_prices_are_checked(text: str, value: Decimal | None) -> None:
    assert parse_price(text) == value
