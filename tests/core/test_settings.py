"""Settings: defaults, lossless round trips, type checks, damaged files kept, no secrets."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from gui.core.regions import CHINA, CUSTOM_ID, INTERNATIONAL
from gui.core.request import MAX_TEMPERATURE, MIN_TEMPERATURE
from gui.core.settings import SETTINGS_FILE, Settings, load_settings, save_settings
from tests.fakes.keys import fake_key

API_KEY = fake_key("AbCdEfGh1234567890_secret")


def write_settings(root: Path, data: Any) -> Path:
    path = root / SETTINGS_FILE
    raw = data if isinstance(data, bytes) else json.dumps(data).encode("utf-8")
    path.write_bytes(raw)
    return path


def aside_files(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.iterdir()
        if p.name.startswith(f"{SETTINGS_FILE}.damaged-") and not p.name.endswith(".reason.txt")
    )


def test_defaults_when_no_file(tmp_path: Path) -> None:
    """Without a settings file the defaults are used and there is no warning."""
    settings, warning = load_settings(tmp_path)
    assert settings == Settings()
    assert warning is None
    assert list(tmp_path.iterdir()) == []


def test_defaults_when_data_folder_missing(tmp_path: Path) -> None:
    """A data folder that does not exist yet also gives defaults without a warning."""
    assert load_settings(tmp_path / "not-yet") == (Settings(), None)


def test_default_values_are_sane() -> None:
    """Defaults: international region, temperature 1.0, split reasoning on."""
    s = Settings()
    assert s.region == INTERNATIONAL.id
    assert s.base_url() == INTERNATIONAL.base_url
    assert s.temperature == 1.0
    assert s.reasoning_split is True
    assert s.extra == {}


def test_round_trip(tmp_path: Path) -> None:
    """Every field survives save and load unchanged."""
    settings = Settings(
        region=CHINA.id,
        custom_base_url="https://proxy.example/v1",
        model="MiniMax-M3",
        temperature=0.7,
        max_completion_tokens=4096,
        system_prompt="Answer in 中文 👋",
        reasoning_split=False,
        proxy_mode="manual",
        proxy_url="http://127.0.0.1:3128",
        read_timeout=120.0,
        reasoning_pane_visible=False,
        render_interval_ms=100,
        log_level="DEBUG",
        window_geometry="AdnQywADAAAAAAAA",
        splitter_state="AAAA/wAAAAEAAAAC",
        extra={"future_option": [1, "two"], "ui": {"font": 12}},
    )
    save_settings(tmp_path, settings)
    loaded, warning = load_settings(tmp_path)
    assert warning is None
    assert loaded == settings


def test_saved_file_is_plain_json(tmp_path: Path) -> None:
    """The settings file is a flat JSON object with the field names as keys."""
    save_settings(tmp_path, Settings(model="MiniMax-M2.5"))
    data = json.loads((tmp_path / SETTINGS_FILE).read_text("utf-8"))
    assert data["model"] == "MiniMax-M2.5"
    assert "extra" not in data


@pytest.mark.parametrize(
    ("name", "bad_value"),
    [
        ("region", 3),
        ("model", None),
        ("temperature", "hot"),
        ("temperature", True),
        ("max_completion_tokens", 1.5),
        ("max_completion_tokens", "4096"),
        ("max_completion_tokens", False),
        ("reasoning_split", "yes"),
        ("reasoning_split", 1),
        ("read_timeout", [300]),
        ("render_interval_ms", {"ms": 50}),
        ("system_prompt", ["a"]),
    ],
)
def test_wrong_typed_value_falls_back_to_default(
    tmp_path: Path, name: str, bad_value: object
) -> None:
    """A value of the wrong type is replaced by the default; other values still load."""
    write_settings(tmp_path, {name: bad_value, "log_level": "DEBUG"})
    settings, warning = load_settings(tmp_path)
    assert getattr(settings, name) == getattr(Settings(), name)
    assert settings.log_level == "DEBUG"
    assert warning is None


def test_integer_accepted_for_float_field() -> None:
    """A whole number for a float setting is accepted and stored as float."""
    settings = Settings.from_dict({"temperature": 1, "read_timeout": 60})
    assert settings.temperature == 1.0
    assert isinstance(settings.temperature, float)
    assert settings.read_timeout == 60.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, MIN_TEMPERATURE),
        (-2.5, MIN_TEMPERATURE),
        (2, MAX_TEMPERATURE),
        (1.5, MAX_TEMPERATURE),
        (0.3, 0.3),
    ],
)
def test_temperature_is_clamped(value: float, expected: float) -> None:
    """Stored temperatures are clamped into (0, 1]."""
    assert Settings.from_dict({"temperature": value}).temperature == expected


def test_nan_temperature_from_file_is_clamped(tmp_path: Path) -> None:
    """A NaN written into the file (Python's json accepts it) becomes 1.0."""
    write_settings(tmp_path, b'{"temperature": NaN}')
    settings, _ = load_settings(tmp_path)
    assert settings.temperature == 1.0


def test_numeric_limits_are_applied() -> None:
    """Token limit, timeout and render interval are kept within safe bounds."""
    low = Settings.from_dict(
        {"max_completion_tokens": -5, "read_timeout": 0.1, "render_interval_ms": 1}
    )
    assert (low.max_completion_tokens, low.read_timeout, low.render_interval_ms) == (0, 5.0, 16)
    high = Settings.from_dict({"render_interval_ms": 10_000})
    assert high.render_interval_ms == 500


@pytest.mark.parametrize("region", ["mars", "", "International", "CUSTOM"])
def test_unknown_region_becomes_international(region: str) -> None:
    """An unknown region id falls back to the international platform."""
    settings = Settings.from_dict({"region": region})
    assert settings.region == INTERNATIONAL.id
    assert settings.base_url() == INTERNATIONAL.base_url


def test_china_region_base_url() -> None:
    """The China region uses the China endpoint."""
    assert Settings.from_dict({"region": CHINA.id}).base_url() == CHINA.base_url


@pytest.mark.parametrize(
    "url",
    ["https://proxy.example/v1/", "https://proxy.example/v1///", "  https://proxy.example/v1/  "],
)
def test_custom_region_base_url_trims_trailing_slash(url: str) -> None:
    """A custom base URL is used with surrounding spaces and trailing slashes removed."""
    settings = Settings.from_dict({"region": CUSTOM_ID, "custom_base_url": url})
    assert settings.region == CUSTOM_ID
    assert settings.base_url() == "https://proxy.example/v1"


def test_custom_base_url_ignored_for_builtin_region() -> None:
    """A stored custom URL does not override a built-in region."""
    settings = Settings(region=INTERNATIONAL.id, custom_base_url="https://evil.example/v1")
    assert settings.base_url() == INTERNATIONAL.base_url


# -- damaged files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [b"", b"{", b'{"model": "MiniMax', b"\xff\xfe\x00\x01", b"[1, 2]", b'"text"', b"null"],
)
def test_damaged_file_set_aside_with_warning(tmp_path: Path, payload: bytes) -> None:
    """A damaged settings file is kept under a .damaged- name, a warning is given, defaults used."""
    path = write_settings(tmp_path, payload)
    settings, warning = load_settings(tmp_path)
    assert settings == Settings()
    assert warning is not None
    assert "damaged" in warning
    assert "defaults" in warning
    assert not path.exists()
    moved = aside_files(tmp_path)
    assert len(moved) == 1
    assert moved[0].read_bytes() == payload
    assert moved[0].name in warning


def test_save_after_damage_does_not_touch_aside_copy(tmp_path: Path) -> None:
    """Saving new settings after a damaged load leaves the set-aside copy alone."""
    write_settings(tmp_path, b"{oops")
    settings, _ = load_settings(tmp_path)
    save_settings(tmp_path, settings)
    moved = aside_files(tmp_path)
    assert [p.read_bytes() for p in moved] == [b"{oops"]
    assert load_settings(tmp_path) == (Settings(), None)


def test_unreadable_settings_path_warns_without_moving(tmp_path: Path) -> None:
    """If the settings path cannot be read (here: a folder), defaults are used and it stays."""
    (tmp_path / SETTINGS_FILE).mkdir()
    settings, warning = load_settings(tmp_path)
    assert settings == Settings()
    assert warning is not None
    assert "could not be read" in warning
    assert (tmp_path / SETTINGS_FILE).is_dir()


def test_deeply_nested_settings_file_set_aside(tmp_path: Path) -> None:
    """A pathologically nested settings file is treated as damaged."""
    write_settings(tmp_path, b"[" * 200_000)
    settings, warning = load_settings(tmp_path)
    assert settings == Settings()
    assert warning is not None
    assert len(aside_files(tmp_path)) == 1


# -- unknown keys and secrets ---------------------------------------------------------------------


def test_unknown_keys_are_preserved(tmp_path: Path) -> None:
    """Keys this version does not know survive a load and save."""
    write_settings(tmp_path, {"model": "MiniMax-M3", "window_blur": "soft", "recent": [1, 2]})
    settings, _ = load_settings(tmp_path)
    assert settings.extra == {"window_blur": "soft", "recent": [1, 2]}
    save_settings(tmp_path, settings)
    data = json.loads((tmp_path / SETTINGS_FILE).read_text("utf-8"))
    assert data["window_blur"] == "soft"
    assert data["recent"] == [1, 2]


@pytest.mark.parametrize(
    "key",
    [
        "api_key",
        "API_KEY",
        "apiKey",
        "token",
        "access_token",
        "client_secret",
        "Password",
        "pwd_password",
    ],
)
def test_secret_looking_keys_are_dropped(tmp_path: Path, key: str) -> None:
    """Unknown keys named like a key, token, secret or password are dropped on load."""
    write_settings(tmp_path, {key: API_KEY, "window_blur": "soft"})
    settings, _ = load_settings(tmp_path)
    assert key not in settings.extra
    assert settings.extra == {"window_blur": "soft"}


def test_save_settings_never_writes_api_key(tmp_path: Path) -> None:
    """A file that once held an API key is rewritten without it."""
    write_settings(tmp_path, {"api_key": API_KEY, "OPENAI_API_KEY": API_KEY, "window_blur": "soft"})
    settings, _ = load_settings(tmp_path)
    save_settings(tmp_path, settings)
    raw = (tmp_path / SETTINGS_FILE).read_text("utf-8")
    assert API_KEY not in raw
    assert "api_key" not in raw.lower()
    assert "max_completion_tokens" in raw  # a known field with "token" in its name stays


def test_no_settings_field_is_named_like_a_secret() -> None:
    """No Settings field is meant for a secret."""
    names = set(Settings().to_dict())
    for hint in ("key", "secret", "password"):
        assert not any(hint in name for name in names)


def test_save_settings_filters_secret_keys_in_extra(tmp_path: Path) -> None:
    """Even a secret-named key placed straight into extra is never persisted."""
    save_settings(tmp_path, Settings(extra={"api_key": API_KEY, "window_blur": "soft"}))
    raw = (tmp_path / SETTINGS_FILE).read_text("utf-8")
    assert API_KEY not in raw


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_settings_file_is_private(tmp_path: Path) -> None:
    """The settings file is created with mode 0o600."""
    save_settings(tmp_path, Settings())
    assert ((tmp_path / SETTINGS_FILE).stat().st_mode & 0o777) == 0o600


def test_export_choices_round_trip_and_bad_format_falls_back(tmp_path: Path) -> None:
    """The last export choices are remembered; an unknown format becomes Markdown."""
    chosen = Settings(
        export_format="pdf",
        export_include_reasoning=False,
        export_include_system_prompt=True,
        export_include_metadata=False,
        export_all_as_zip=True,
        export_last_folder="/home/me/Exports",
    )
    save_settings(tmp_path, chosen)
    assert load_settings(tmp_path)[0] == chosen
    assert Settings.from_dict({"export_format": "docx"}).export_format == "md"
    assert Settings.from_dict({"export_include_reasoning": "yes"}).export_include_reasoning


def test_a_first_look_leaves_a_damaged_file_for_the_real_load(tmp_path: Path) -> None:
    """The app peeks at language and theme first; only the real load sets the damaged
    file aside and says so (before, the peek moved it and the warning was lost)."""
    (tmp_path / SETTINGS_FILE).write_text("{broken", "utf-8")
    assert load_settings(tmp_path, set_aside=False) == (Settings(), None)
    assert (tmp_path / SETTINGS_FILE).exists()
    settings, warning = load_settings(tmp_path)
    assert settings == Settings()
    assert warning and "damaged" in warning
    assert not (tmp_path / SETTINGS_FILE).exists()
