"""Where the app keeps its data, and what the process environment overrides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from gui.core.regions import normalise_base_url

APP_NAME = "MiniMaxChat"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The data folder and the files and folders inside it."""

    root: Path

    @property
    def conversations(self) -> Path:
        return self.root / "conversations"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def index_file(self) -> Path:
        """A rebuildable cache of summaries and search text (safe to delete)."""
        return self.root / "cache" / "index.sqlite3"

    @property
    def lock_file(self) -> Path:
        return self.root / "app.lock"

    @classmethod
    def resolve(cls, data_dir: str | Path | None) -> AppPaths:
        """``data_dir`` when given, else the platform's standard per-user data folder."""
        if data_dir:
            return cls(Path(data_dir).expanduser().resolve())
        import platformdirs

        return cls(platformdirs.user_data_path(APP_NAME, appauthor=False))


@dataclass(frozen=True, slots=True)
class EnvOverrides:
    """``OPENAI_API_KEY`` / ``OPENAI_BASE_URL``, honoured for this session only.

    MiniMax's quick start sets these; when present they win over the keyring
    and the region setting, and the settings dialog says so.
    """

    api_key: str | None = None
    base_url: str | None = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> EnvOverrides:
        key = (environ.get("OPENAI_API_KEY") or "").strip() or None
        url = normalise_base_url(environ.get("OPENAI_BASE_URL") or "") or None
        return cls(key, url)

    def __repr__(self) -> str:
        key = "set" if self.api_key else "unset"
        return f"EnvOverrides(api_key={key}, base_url={self.base_url!r})"
