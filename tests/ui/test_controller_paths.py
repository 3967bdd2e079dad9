"""ChatController without a window: automatic retries, Stop, and what each leaves on disk."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from gui.core.conversation import MessageStatus
from gui.core.environment import AppPaths
from gui.core.progress import StreamPhase, StreamUpdate
from gui.core.secrets import MemorySecretStore
from gui.ui.app import build_context
from gui.ui.context import AppContext
from gui.ui.controller import AUTO_RETRIES, ChatController
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import TEST_KEY, until


class Harness:
    """A controller on the real services and the loopback server, recording its signals."""

    def __init__(self, context: AppContext, controller: ChatController) -> None:
        self.context = context
        self.controller = controller
        self.phases: list[StreamPhase] = []
        self.notices: list[str] = []
        controller.stream_updated.connect(self._on_update)

    def _on_update(self, _conv_id: str, _message_id: str, update: StreamUpdate) -> None:
        self.phases.append(update.phase)
        if update.notice:
            self.notices.append(update.notice)

    def saved(self, conversation_id: str) -> dict[str, Any]:
        path = self.context.store.path_for(conversation_id)
        data: dict[str, Any] = json.loads(path.read_bytes())
        return data


@pytest.fixture
def harness(
    tmp_path: Path, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> Iterator[Harness]:
    async def make() -> Harness:
        context = build_context(
            AppPaths(tmp_path / "data"),
            {"OPENAI_BASE_URL": fake_minimax.base_url},
            secret_store=MemorySecretStore(),
        )
        await context.connection.set_api_key(TEST_KEY)
        controller = ChatController(
            context.store,
            context.index,
            context.connection,
            lambda: context.settings.value,
            context.tasks,
        )
        await controller.load()
        return Harness(context, controller)

    h: Harness = arun(make())
    yield h
    arun(h.controller.shutdown())
    arun(h.context.tasks.cancel_all())
    h.context.logs.close()


def rate_limited(seconds: str) -> Reply:
    return Reply(
        status=429,
        body=wire.error_envelope("rate limit (1002)", "rate_limit_error", 429),
        headers={"Retry-After": seconds},
    )


def test_a_busy_server_is_retried_and_the_wait_is_shown(
    harness: Harness, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    fake_minimax.push(rate_limited("0.05"), Reply(events=wire.split_stream("r", "Done.")))
    c = harness.controller
    conv = c.new_conversation()

    async def scenario() -> None:
        assert c.send(conv.id, "Hi")
        await c.wait_idle()

    arun(scenario())
    reply = harness.saved(conv.id)["messages"][1]
    assert (reply["status"], reply["content"], reply["error"]) == ("complete", "Done.", None)
    assert len(fake_minimax.chat_requests()) == 2
    assert StreamPhase.RETRYING in harness.phases
    assert any("trying again" in n for n in harness.notices)


def test_retries_stop_after_the_limit_and_the_error_is_kept(
    harness: Harness, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    fake_minimax.push(*(rate_limited("0.01") for _ in range(AUTO_RETRIES + 2)))
    c = harness.controller
    conv = c.new_conversation()

    async def scenario() -> None:
        assert c.send(conv.id, "Hi")
        await c.wait_idle()

    arun(scenario())
    reply = harness.saved(conv.id)["messages"][1]
    assert reply["status"] == "error"
    assert reply["error"]["kind"] == "rate_limit" and reply["error"]["retryable"]
    assert len(fake_minimax.chat_requests()) == AUTO_RETRIES + 1


def test_a_server_error_is_not_retried_automatically(
    harness: Harness, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    """Only a busy server is retried on its own; other failures offer Retry to the user."""
    fake_minimax.push(
        Reply(status=500, body=wire.error_envelope("internal (1000)", "api_error", 500))
    )
    c = harness.controller
    conv = c.new_conversation()

    async def scenario() -> None:
        assert c.send(conv.id, "Hi")
        await c.wait_idle()

    arun(scenario())
    assert harness.saved(conv.id)["messages"][1]["status"] == "error"
    assert len(fake_minimax.chat_requests()) == 1
    assert StreamPhase.RETRYING not in harness.phases


def test_a_failure_after_text_arrived_is_not_retried(
    harness: Harness, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    """A retry would throw away text the user already read."""
    fake_minimax.push(
        Reply(
            events=[
                wire.chunk(wire.content_delta("Partial")),
                wire.error_envelope("overloaded (1002)", "rate_limit_error", 429),
            ]
        )
    )
    c = harness.controller
    conv = c.new_conversation()

    async def scenario() -> None:
        assert c.send(conv.id, "Hi")
        await c.wait_idle()

    arun(scenario())
    reply = harness.saved(conv.id)["messages"][1]
    assert reply["content"] == "Partial" and reply["status"] in ("error", "interrupted")
    assert len(fake_minimax.chat_requests()) == 1


def test_stop_keeps_the_partial_answer_without_an_error(
    harness: Harness, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    fake_minimax.push(Reply(events=[wire.chunk(wire.content_delta("Partial"))], hold_open=30))
    c = harness.controller
    conv = c.new_conversation()

    async def scenario() -> None:
        assert c.send(conv.id, "Hi")
        await until(lambda: (c.live_text(conv.id) or ("", ""))[0] == "Partial")
        assert not c.send(conv.id, "again")  # one reply at a time per conversation
        c.stop(conv.id)
        await c.wait_idle()

    arun(scenario())
    assert not c.is_streaming(conv.id)
    reply = harness.saved(conv.id)["messages"][1]
    assert (reply["status"], reply["content"], reply["error"]) == ("stopped", "Partial", None)
    loaded = c.get(conv.id)
    assert loaded is not None and loaded.messages[1].status is MessageStatus.STOPPED


def test_stop_during_the_retry_pause_sends_nothing_more(
    harness: Harness, arun: Callable[..., Any], fake_minimax: FakeMiniMax
) -> None:
    fake_minimax.push(rate_limited("30"), Reply(events=wire.split_stream("r", "Never.")))
    c = harness.controller
    conv = c.new_conversation()

    async def scenario() -> None:
        assert c.send(conv.id, "Hi")
        await until(lambda: StreamPhase.RETRYING in harness.phases)
        await c.stop_and_wait(conv.id)
        await c.wait_idle()
        await asyncio.sleep(0)

    arun(scenario())
    reply = harness.saved(conv.id)["messages"][1]
    assert (reply["status"], reply["error"]) == ("stopped", None)
    assert len(fake_minimax.chat_requests()) == 1
