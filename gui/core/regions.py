"""MiniMax regions: API base URLs and where users get their keys."""

from __future__ import annotations

from dataclasses import dataclass

from gui.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, slots=True)
class Region:
    """One MiniMax platform; keys only work on the platform that issued them."""

    id: str
    label: str
    base_url: str
    console_url: str


INTERNATIONAL = Region(
    "international",
    QT_TRANSLATE_NOOP("regions", "International"),
    "https://api.minimax.io/v1",
    "https://platform.minimax.io/user-center/basic-information/interface-key",
)
CHINA = Region(
    "china",
    QT_TRANSLATE_NOOP("regions", "China (mainland)"),
    "https://api.minimaxi.com/v1",
    "https://platform.minimaxi.com/user-center/basic-information/interface-key",
)
CUSTOM_ID = "custom"
REGIONS = {r.id: r for r in (INTERNATIONAL, CHINA)}


def region_label(region: Region) -> str:
    """The region's name in the current language."""
    return translate("regions", region.label)


def normalise_base_url(url: str) -> str:
    """Trim spaces and a trailing slash (the SDK appends "/chat/completions")."""
    return url.strip().rstrip("/")
