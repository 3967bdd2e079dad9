"""Where the app keeps its data, and what the process environment overrides."""

from __future__ import annotations

from collections.abc import Collection, Mapping, MutableMapping
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


SECRET_VARIABLES = ("OPENAI_API_KEY",)
"""Variables that hold an API key; also every MINIMAX_* variable naming a key or token."""


def is_secret_variable(name: str) -> bool:
    upper = name.upper()
    if upper in SECRET_VARIABLES:
        return True
    words = upper.split("_")
    return words[0] == "MINIMAX" and any(w in ("KEY", "APIKEY", "TOKEN", "SECRET") for w in words)


def child_environment(environ: Mapping[str, str], *, keep: Collection[str] = ()) -> dict[str, str]:
    """The environment for a process this app starts: the parent's, minus every API key.

    Args:
        environ: the parent environment (usually ``os.environ``).
        keep: secret variables this child is configured to receive (a tool the user
            set up with its key); every other key variable is removed.
    """
    return {
        name: value
        for name, value in environ.items()
        if name in keep or not is_secret_variable(name)
    }


def scrub_process_environment(environ: MutableMapping[str, str]) -> None:
    """Remove the key variables from this process once read, so that nothing started
    later (a browser, a file manager, Qt's own helpers) inherits them."""
    for name in [n for n in environ if is_secret_variable(n)]:
        del environ[name]


@dataclass(frozen=True, slots=True)
class EnvOverrides:
    """``OPENAI_API_KEY`` / ``OPENAI_BASE_URL``, honoured for this session only.

    MiniMax's quick start sets the two together; when present they win over the
    keyring and the region setting, and the settings dialog says so. The key alone is
    most likely a developer's OpenAI key: it is ignored (``ignored_api_key``), never
    sent to MiniMax.
    """

    api_key: str | None = None
    base_url: str | None = None
    ignored_api_key: bool = False

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> EnvOverrides:
        key = (environ.get("OPENAI_API_KEY") or "").strip() or None
        url = normalise_base_url(environ.get("OPENAI_BASE_URL") or "") or None
        if key and not url:
            return cls(None, None, ignored_api_key=True)
        return cls(key, url)

    def __repr__(self) -> str:
        key = "set" if self.api_key else ("ignored" if self.ignored_api_key else "unset")
        return f"EnvOverrides(api_key={key}, base_url={self.base_url!r})"
