"""Which key may be sent to which address, and when plain HTTP needs the user's consent."""

from __future__ import annotations

import pytest

from gui.core.connection import (
    SOURCE_ENV,
    SOURCE_NONE,
    SOURCE_STORE,
    SOURCE_TYPED,
    Connection,
    choose_key,
    sends_in_clear,
)
from gui.core.environment import EnvOverrides
from gui.core.regions import CUSTOM_ID
from gui.core.secrets import MemorySecretStore
from gui.core.settings import Settings
from tests.fakes.keys import fake_key

SAVED = fake_key("SAVED-FOR-INTERNATIONAL-0123")
TYPED = fake_key("TYPED-IN-SETTINGS-0123456")
ENV_KEY = fake_key("FROM-THE-ENVIRONMENT-0123")


@pytest.mark.parametrize(
    ("url", "clear"),
    [
        ("https://api.minimax.io/v1", False),
        ("http://127.0.0.1:8000/v1", False),
        ("http://127.8.9.1/v1", False),
        ("http://localhost:11434/v1", False),
        ("http://[::1]:8000/v1", False),
        ("http://192.168.1.20:8000/v1", True),
        ("http://my-proxy.example.com/v1", True),
        ("HTTP://Example.com/v1", True),
    ],
)
def test_plain_http_to_another_machine_is_in_clear(url: str, clear: bool) -> None:
    assert sends_in_clear(url) is clear


def test_typed_key_goes_to_the_address_beside_it() -> None:
    choice = choose_key(
        url="https://proxy.example/v1", typed=TYPED, remove=False, env=EnvOverrides(), saved=None
    )
    assert (choice.key, choice.source, choice.needs_consent) == (TYPED, SOURCE_TYPED, False)


def test_no_saved_key_for_that_address_means_no_key() -> None:
    """The caller looked up the key of the new address: there is none, so none is sent."""
    choice = choose_key(
        url="https://proxy.example/v1", typed=None, remove=False, env=EnvOverrides(), saved=None
    )
    assert (choice.key, choice.source) == ("", SOURCE_NONE)


def test_environment_key_only_to_its_own_base_url() -> None:
    env = EnvOverrides(ENV_KEY, "https://api.minimax.io/v1")
    to_pair = choose_key(
        url="https://api.minimax.io/v1", typed="", remove=False, env=env, saved=None
    )
    elsewhere = choose_key(
        url="https://other.example/v1", typed="", remove=False, env=env, saved=None
    )
    assert (to_pair.key, to_pair.source) == (ENV_KEY, SOURCE_ENV)
    assert elsewhere.key == ""


def test_plain_http_needs_consent_for_that_exact_address() -> None:
    url = "http://192.168.1.20:8000/v1"
    kwargs = {"url": url, "typed": None, "remove": False, "env": EnvOverrides(), "saved": SAVED}
    assert choose_key(**kwargs).needs_consent  # type: ignore[arg-type]
    assert choose_key(**kwargs, consented_url="http://other:1/v1").needs_consent  # type: ignore[arg-type]
    agreed = choose_key(**kwargs, consented_url=url + "/")  # type: ignore[arg-type]
    assert (agreed.key, agreed.source, agreed.needs_consent) == (SAVED, SOURCE_STORE, False)


def test_removing_the_key_sends_none() -> None:
    choice = choose_key(
        url="https://api.minimax.io/v1", typed=None, remove=True, env=EnvOverrides(), saved=SAVED
    )
    assert choice.key == ""


async def test_test_connection_never_sends_the_saved_key_to_an_unsaved_address() -> None:
    """Saved for International, tested against a custom address: no key goes there."""
    settings = Settings()
    store = MemorySecretStore()
    store.set("international", SAVED)
    connection = Connection(lambda: settings, EnvOverrides(), store)
    unsaved = Settings(region=CUSTOM_ID, custom_base_url="https://elsewhere.example/v1")
    config, choice = await connection.test_config(unsaved, typed=None, remove=False)
    assert config.api_key == "" and choice.source == SOURCE_NONE
    assert config.base_url == "https://elsewhere.example/v1"
    same = Settings()
    config, choice = await connection.test_config(same, typed=None, remove=False)
    assert (config.api_key, choice.source) == (SAVED, SOURCE_STORE)
    await connection.aclose()


async def test_chat_requests_never_send_a_key_in_clear_without_consent() -> None:
    url = "http://192.168.1.20:8000/v1"
    settings = Settings(region=CUSTOM_ID, custom_base_url=url)
    store = MemorySecretStore()
    store.set(f"custom:{url}", SAVED)
    connection = Connection(lambda: settings, EnvOverrides(), store)
    key, state = await connection.api_key()
    assert key is None and state.source == SOURCE_NONE and "http" in state.problem
    assert (await connection.config()).api_key == ""
    settings.plain_http_consent = url
    key, _ = await connection.api_key()
    assert key == SAVED
    await connection.aclose()
