"""The tool loop's settings: defaults, and values kept in a usable range."""

from __future__ import annotations

from gui.core.settings import Settings


def test_defaults() -> None:
    settings = Settings()
    assert (settings.tool_round_limit, settings.tool_timeout) == (25, 60.0)


def test_out_of_range_values_are_clamped() -> None:
    low = Settings.from_dict({"tool_round_limit": 0, "tool_timeout": 0})
    assert (low.tool_round_limit, low.tool_timeout) == (1, 1.0)
    high = Settings.from_dict({"tool_round_limit": 10**6, "tool_timeout": 10**9})
    assert (high.tool_round_limit, high.tool_timeout) == (1000, 3600.0)
    kept = Settings.from_dict({"tool_round_limit": 7, "tool_timeout": 12})
    assert (kept.tool_round_limit, kept.tool_timeout) == (7, 12.0)
    assert Settings.from_dict(kept.to_dict()) == kept
