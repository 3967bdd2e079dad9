"""User settings: one dataclass with every option and its default, stored as JSON (no secrets)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from gui.core.atomic import atomic_write_json, quarantine
from gui.core.i18n import translate
from gui.core.minimax_models import DEFAULT_MODEL
from gui.core.regions import CUSTOM_ID, INTERNATIONAL, REGIONS, normalise_base_url
from gui.core.request import clamp_temperature
from gui.core.thinking import DEFAULT as DEFAULT_THINKING
from gui.core.thinking import valid_choice

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
LANGUAGES = ("system", "en", "zh_CN")
EXPORT_FORMATS = ("md", "html", "pdf", "json", "txt")
_SECRET_HINTS = ("key", "token", "secret", "password")


@dataclass(slots=True)
class Settings:
    """Every user-visible option. Nothing here is secret: the key lives in the keyring."""

    region: str = INTERNATIONAL.id
    custom_base_url: str = ""
    model: str = DEFAULT_MODEL
    temperature: float = 1.0
    max_completion_tokens: int = 32768
    system_prompt: str = ""
    reasoning_split: bool = True
    thinking: str = "adaptive"  # for models that can switch it: "adaptive" or "off"
    # The user's own price table (gui.core.pricing.table_to_dict); empty: the shipped one.
    price_table: dict[str, Any] = field(default_factory=dict)
    proxy_mode: str = "system"
    proxy_url: str = ""
    read_timeout: float = 300.0
    reasoning_pane_visible: bool = True
    render_interval_ms: int = 50
    log_level: str = "INFO"
    language: str = "system"  # "system", "en" or "zh_CN"; applies on restart
    theme: str = "system"  # "system", "light" or "dark"
    text_zoom: int = 100  # percent of the normal text size
    window_geometry: str = ""
    splitter_state: str = ""
    export_format: str = "md"
    export_include_reasoning: bool = True
    export_include_system_prompt: bool = False
    export_include_metadata: bool = True
    export_all_as_zip: bool = False
    export_last_folder: str = ""
    tool_round_limit: int = 25  # tool rounds one answer may take before it is stopped
    tool_timeout: float = 60.0  # seconds one tool call may run
    plain_http_consent: str = ""  # the one plain-http address the user agreed to send a key to
    extra: dict[str, Any] = field(default_factory=dict)

    def base_url(self) -> str:
        """The API base URL the region (or the custom address) stands for."""
        if self.region == CUSTOM_ID:
            return normalise_base_url(self.custom_base_url)
        return REGIONS.get(self.region, INTERNATIONAL).base_url

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.extra.items() if not _looks_secret(k)}
        data.update({k: v for k, v in asdict(self).items() if k != "extra"})
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Build settings, keeping defaults for missing or ill-typed values."""
        settings = cls()
        names = {f.name for f in fields(cls)} - {"extra"}
        for name in names:
            if name not in data:
                continue
            value = data[name]
            default = getattr(settings, name)
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            elif isinstance(default, float):
                ok = isinstance(value, (int, float)) and not isinstance(value, bool)
                value = float(value) if ok else value
            elif isinstance(default, int):
                ok = isinstance(value, int) and not isinstance(value, bool)
            else:
                ok = isinstance(value, type(default))
            if ok:
                setattr(settings, name, value)
            else:
                log.warning("setting %s has the wrong type; using the default", name)
        settings.extra = {k: v for k, v in data.items() if k not in names and not _looks_secret(k)}
        settings.temperature = clamp_temperature(settings.temperature)
        if settings.region not in REGIONS and settings.region != CUSTOM_ID:
            settings.region = INTERNATIONAL.id
        settings.max_completion_tokens = max(0, settings.max_completion_tokens)
        settings.read_timeout = max(5.0, settings.read_timeout)
        settings.render_interval_ms = min(500, max(16, settings.render_interval_ms))
        settings.text_zoom = min(200, max(70, settings.text_zoom))
        settings.tool_round_limit = min(1000, max(1, settings.tool_round_limit))
        settings.tool_timeout = min(3600.0, max(1.0, settings.tool_timeout))
        if settings.theme not in ("system", "light", "dark"):
            settings.theme = "system"
        if settings.language not in LANGUAGES:
            settings.language = "system"
        if valid_choice(settings.thinking) is None:
            settings.thinking = DEFAULT_THINKING
        if settings.export_format not in EXPORT_FORMATS:
            settings.export_format = "md"
        return settings


def _looks_secret(name: str) -> bool:
    """Keys named like secrets are never kept in the settings file."""
    return any(hint in name.lower() for hint in _SECRET_HINTS)


def load_settings(root: Path, *, set_aside: bool = True) -> tuple[Settings, str | None]:
    """Read settings; a damaged file is set aside and defaults are used.

    Args:
        set_aside: False for a first look that must change nothing (the app reads the
            language and theme before its translations are loaded, then loads for real).

    Returns:
        The settings and a plain-language warning (None when all went well).
    """
    path = root / SETTINGS_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings(), None
    except OSError as exc:
        return Settings(), translate(
            "settings", "The settings file could not be read ({reason}); using defaults."
        ).format(reason=exc.strerror)
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        if not set_aside:
            return Settings(), None
        try:
            aside = quarantine(path, str(exc))
            where = " " + translate("settings", "It was kept as {name}.").format(name=aside.name)
        except OSError:
            where = ""
        return Settings(), translate(
            "settings", "The settings file was damaged, so defaults are used."
        ) + where
    return Settings.from_dict(data), None


def save_settings(root: Path, settings: Settings) -> None:
    """Atomically write the settings (blocking)."""
    atomic_write_json(root / SETTINGS_FILE, settings.to_dict())
