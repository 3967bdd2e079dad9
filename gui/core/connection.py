"""Which server, which key, and the backend built from them; blocking calls go to a thread."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from gui.core.environment import EnvOverrides
from gui.core.i18n import translate
from gui.core.regions import CUSTOM_ID, REGIONS, normalise_base_url
from gui.core.secrets import MemorySecretStore, SecretStore, SecretStoreError, stored_keys
from gui.core.settings import Settings

if TYPE_CHECKING:
    # The protocol code loads with the first backend, after the window is on screen.
    from gui.core.minimax import BackendConfig, MiniMaxBackend

log = logging.getLogger(__name__)


def default_backend(config: BackendConfig) -> MiniMaxBackend:
    """The real backend for ``config`` (its module loads on first use)."""
    from gui.core.minimax import MiniMaxBackend

    return MiniMaxBackend(config)


SOURCE_ENV = "environment"
SOURCE_STORE = "store"  # the OS keyring: kept across sessions
SOURCE_SESSION = "session"  # typed this session, kept in memory only
SOURCE_NONE = "none"
SOURCE_TYPED = "typed"  # typed into Settings for the address shown there, not saved yet


@dataclass(frozen=True, slots=True)
class KeyState:
    """Where the key for the current account comes from, for display (never the key itself)."""

    source: str
    hint: str = ""  # e.g. "…a1b2"
    problem: str = ""


def key_hint(key: str) -> str:
    """The last four characters, the most a screen ever shows of a key."""
    return f"…{key[-4:]}" if len(key) >= 8 else "…"


def is_loopback(host: str) -> bool:
    """True for this machine: "localhost", 127.0.0.0/8, ::1."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def sends_in_clear(url: str) -> bool:
    """True when a request to ``url`` would carry the key unencrypted to another machine."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() == "http" and not is_loopback(parts.hostname or "")


@dataclass(frozen=True, slots=True)
class KeyChoice:
    """Which key may be sent to an address, and whether the user must agree first."""

    key: str  # "" when no key may be sent
    source: str
    needs_consent: bool = False


def choose_key(
    *,
    url: str,
    typed: str | None,
    remove: bool,
    env: EnvOverrides,
    saved: str | None,
    consented_url: str = "",
) -> KeyChoice:
    """The key a request to ``url`` may carry. Pure: the caller looks ``saved`` up.

    A key only ever goes to the address it belongs to: a typed key to the address shown
    beside it, the environment's key to ``OPENAI_BASE_URL`` (its pair), and a saved key
    to the address it was saved for, so ``saved`` must be the key of ``url``'s own
    keyring account (``account_for``), never the current one's. Plain ``http://`` to
    another machine needs consent for that exact address (``consented_url``).

    Args:
        url: where the request goes.
        typed: a key typed in Settings and not saved yet ("" or None for none).
        remove: the user asked to remove the saved key.
        env: the environment overrides.
        saved: the key saved for ``url``'s account, or None.
        consented_url: the address the user agreed to reach over plain HTTP.
    """
    if typed:
        key, source = typed, SOURCE_TYPED
    elif env.api_key and env.base_url == url:
        key, source = env.api_key, SOURCE_ENV
    elif saved and not remove:
        key, source = saved, SOURCE_STORE
    else:
        return KeyChoice("", SOURCE_NONE)
    clear = sends_in_clear(url) and normalise_base_url(consented_url) != url
    return KeyChoice(key, source, needs_consent=clear)


def saved_keys(settings: Settings) -> list[str]:
    """Every key saved in the keyring for a region or for ``settings``' custom address, to
    keep out of exports (blocking: a keyring helper process)."""
    return stored_keys(sorted({*REGIONS, account_for(settings)}))


def account_for(settings: Settings) -> str:
    """The keyring account that holds the key for ``settings``' region (or custom URL)."""
    if settings.region == CUSTOM_ID:
        return f"custom:{settings.base_url()}"
    return settings.region if settings.region in REGIONS else "international"


class Connection:
    """Resolves the base URL and API key, and owns the backend built from them.

    Args:
        settings: returns the current settings (they change while the app runs).
        env: ``OPENAI_API_KEY`` / ``OPENAI_BASE_URL`` overrides for this session.
        secrets: where keys are kept (the OS keyring, or memory when there is none);
            None until the keyring has been probed: key lookups wait for ``set_store``.
        backend_factory: builds a backend from a config (tests inject fakes).
    """

    def __init__(
        self,
        settings: Callable[[], Settings],
        env: EnvOverrides,
        secrets: SecretStore | None,
        backend_factory: Callable[[BackendConfig], MiniMaxBackend] = default_backend,
    ) -> None:
        self._settings = settings
        self.env = env
        self.secrets: SecretStore = secrets if secrets is not None else MemorySecretStore()
        self._factory = backend_factory
        self._keys: dict[str, str | None] = {}
        # One keyring read per account at a time, shared by everyone who asks meanwhile.
        self._reads: dict[str, asyncio.Future[str | None]] = {}
        # Bumped by every save, per account: a read that began before one is stale and
        # must not replace what was saved.
        self._versions: dict[str, int] = {}
        self._backend: MiniMaxBackend | None = None
        self._retired: list[MiniMaxBackend] = []  # may still be streaming; closed at exit
        self._lock = asyncio.Lock()
        self._store_ready = asyncio.Event()
        if secrets is not None:
            self._store_ready.set()
        self.on_key_used: Callable[[str], None] = lambda _key: None

    def set_store(self, secrets: SecretStore, known_keys: dict[str, str] | None = None) -> None:
        """Use this store from now on (after the start-up keyring probe).

        ``known_keys`` are keys the probe already read from it ("" for none stored).
        """
        self.secrets = secrets
        self._keys = {account: key or None for account, key in (known_keys or {}).items()}
        self._store_ready.set()

    @property
    def has_store(self) -> bool:
        """False until the start-up keyring probe has chosen a store."""
        return self._store_ready.is_set()

    def account(self) -> str:
        """The keyring account for the current region (keys are region-locked)."""
        return account_for(self._settings())

    def base_url(self) -> tuple[str, str]:
        """(URL, source): the environment wins over the region setting."""
        if self.env.base_url:
            return self.env.base_url, SOURCE_ENV
        return self._settings().base_url(), "settings"

    async def api_key(self) -> tuple[str | None, KeyState]:
        """The key to use now and where it came from. Reads the store in a thread.

        No key is given out for a plain-HTTP address on another machine until the user
        agreed to that address (``Settings.plain_http_consent``).
        """
        url, _ = self.base_url()
        if sends_in_clear(url) and normalise_base_url(self._settings().plain_http_consent) != url:
            return None, KeyState(
                SOURCE_NONE,
                problem=translate(
                    "connection",
                    "{url} is plain http: the key would cross the network unencrypted. It is "
                    "not sent until you agree in Settings (Save or Test connection asks).",
                ).format(url=url),
            )
        if self.env.api_key:
            return self.env.api_key, KeyState(SOURCE_ENV, key_hint(self.env.api_key))
        try:
            key = await self._key_for_account(self.account())
        except SecretStoreError as exc:
            return None, KeyState(SOURCE_NONE, problem=str(exc))
        if not key:
            return None, KeyState(SOURCE_NONE)
        source = SOURCE_STORE if self.store_is_persistent() else SOURCE_SESSION
        return key, KeyState(source, key_hint(key))

    async def _key_for_account(self, account: str) -> str | None:
        """The key saved for one keyring account (cached; read in a thread)."""
        await self._store_ready.wait()
        if account not in self._keys:
            version = self._version(account)
            read = await asyncio.shield(self._read(account))
            if version == self._version(account):
                self._keys.setdefault(account, read)
        return self._keys.get(account)

    async def test_config(
        self, settings: Settings, *, typed: str | None, remove: bool
    ) -> tuple[BackendConfig, KeyChoice]:
        """The configuration "Test connection" may use for settings not saved yet.

        The key comes from ``choose_key``: a saved key is the one saved for the tested
        address, never the current address's key.
        """
        url = self.env.base_url or settings.base_url()
        saved = None
        if not typed and not remove:
            try:
                saved = await self._key_for_account(account_for(settings))
            except SecretStoreError:
                saved = None
        choice = choose_key(
            url=url,
            typed=typed,
            remove=remove,
            env=self.env,
            saved=saved,
            consented_url=self._settings().plain_http_consent,  # consent lives in saved settings
        )
        from gui.core.minimax import BackendConfig

        config = BackendConfig(
            base_url=url,
            api_key=choice.key,
            proxy_mode=settings.proxy_mode,
            proxy_url=settings.proxy_url,
            read_timeout=min(settings.read_timeout, 30.0),
        )
        return config, choice

    def _version(self, account: str) -> int:
        return self._versions.get(account, 0)

    def _read(self, account: str) -> asyncio.Future[str | None]:
        """The keyring read for ``account`` in progress, or a new one."""
        future = self._reads.get(account)
        if future is None:
            future = asyncio.ensure_future(asyncio.to_thread(self.secrets.get, account))
            self._reads[account] = future
            future.add_done_callback(lambda done: self._read_done(account, done))
        return future

    def _read_done(self, account: str, future: asyncio.Future[str | None]) -> None:
        if self._reads.get(account) is future:
            del self._reads[account]
        if not future.cancelled():
            future.exception()  # retrieved: whoever awaited it has seen it (or gave up)

    async def set_api_key(self, key: str) -> str | None:
        """Store a key for the current account; returns a problem text or None.

        When the keyring refuses, the key is kept in memory for this session.
        """
        await self._store_ready.wait()
        account = self.account()
        self._versions[account] = self._versions.get(account, 0) + 1
        self._reads.pop(account, None)  # later callers must not join a read of the old key
        key = key.strip()
        problem = None
        try:
            if key:
                await asyncio.to_thread(self.secrets.set, account, key)
            else:
                await asyncio.to_thread(self.secrets.delete, account)
        except SecretStoreError as exc:
            problem = f"{exc} " + translate("connection", "The key is kept for this session only.")
            if not isinstance(self.secrets, MemorySecretStore):
                fallback = MemorySecretStore()
                fallback.set(account, key)
                self.secrets = fallback
        self._keys[account] = key or None
        await self.reset()
        return problem

    def store_is_persistent(self) -> bool:
        return bool(self.secrets.persistent)

    async def config(self) -> BackendConfig:
        """The backend configuration the current settings and key stand for."""
        settings = self._settings()
        key, _ = await self.api_key()
        url, _ = self.base_url()
        if key:
            self.on_key_used(key)
        from gui.core.minimax import BackendConfig

        return BackendConfig(
            base_url=url,
            api_key=key or "",
            proxy_mode=settings.proxy_mode,
            proxy_url=settings.proxy_url,
            read_timeout=settings.read_timeout,
        )

    async def backend(self) -> MiniMaxBackend:
        """A backend for the current configuration, rebuilt only when it changed."""
        async with self._lock:
            config = await self.config()
            if self._backend is not None and self._backend.config != config:
                self._retired.append(self._backend)
                self._backend = None
            if self._backend is None:
                self._backend = self._factory(config)
            return self._backend

    async def probe_backend(self, config: BackendConfig) -> MiniMaxBackend:
        """A throw-away backend for "Test connection" with unsaved settings."""
        return self._factory(config)

    async def reset(self) -> None:
        """Build a new backend on next use (settings or key changed)."""
        async with self._lock:
            if self._backend is not None:
                self._retired.append(self._backend)
            self._backend = None

    async def aclose(self) -> None:
        """Close every HTTP client (before the event loop ends)."""
        await self.reset()
        retired, self._retired = self._retired, []
        for backend in retired:
            try:
                await backend.aclose()
            except Exception:
                log.exception("closing a backend failed")
