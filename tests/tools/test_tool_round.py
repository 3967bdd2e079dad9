"""One tool round and the app's tool service, with the real demo server (Qt-free)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from gui.core.conversation import Approval, Conversation, Message, Role, ToolChoice, ToolStatus
from gui.core.secrets import MemorySecretStore
from gui.core.tool_round import ApproverApprovals, RoundHooks, run_round
from gui.core.tools.approval import ApprovalGate, ApprovalRequest, Decision
from gui.core.tools.calls import CANCELLED_TEXT
from gui.core.tools.config import McpConfigError
from gui.core.tools.preset import MiniMaxAccess
from gui.core.tools.service import RETRY_AFTER, ToolService
from tests.tools.conftest import MakeHost, stdio_server


def assistant(*calls: tuple[str, str, str]) -> Message:
    return Message(
        role=Role.ASSISTANT,
        finish_reason="tool_calls",
        tool_calls=[
            {"id": i, "type": "function", "function": {"name": n, "arguments": a}, "index": k}
            for k, (i, n, a) in enumerate(calls)
        ],
    )


async def allow(_request: ApprovalRequest) -> Decision:
    return Decision.ONCE


async def no_minimax() -> MiniMaxAccess | None:
    return None


def service(data_dir: Path, **servers: Any) -> ToolService:
    data_dir.mkdir(parents=True, exist_ok=True)
    if servers:
        (data_dir / "mcp.json").write_text(json.dumps({"mcpServers": servers}), "utf-8")
    return ToolService(data_dir, MemorySecretStore, no_minimax)


def demo(*extra: str) -> dict[str, Any]:
    server = stdio_server("demo", *extra)
    return {"command": server.command, "args": server.args}


async def test_results_are_placed_in_call_order_as_they_finish(make_host: MakeHost) -> None:
    """The slow first call finishes last; the file order is still the call order, and each
    result was in the conversation (a checkpoint) as soon as it finished."""
    host = make_host(stdio_server())
    tools, _problems = await host.list_all()
    from gui.core.tools.catalog import build_catalog

    catalog = build_catalog(tools, host.config)
    reply = assistant(("slow", "sleep", '{"seconds": 1}'), ("fast", "ping", ""))
    conv = Conversation(messages=[Message(role=Role.USER, content="q"), reply])
    seen: list[list[str]] = []

    def on_result(message: Message) -> None:
        seen.append([m.tool_call_id for m in conv.messages if m.role is Role.TOOL])

    results = await run_round(
        conv,
        reply,
        catalog,
        run=lambda s, t, a: host.call_tool(s, t, a, 10),
        always_allowed=lambda _s, _t: False,
        approvals=ApproverApprovals(allow),
        hooks=RoundHooks(result=on_result),
    )
    assert seen == [["fast"], ["slow", "fast"]]
    assert [m.tool_call_id for m in results] == ["slow", "fast"]
    assert [m.content for m in conv.messages[2:]] == ["slept 1.0", "pong"]
    assert all(m.approval is Approval.ONCE for m in results)


async def test_cancelling_a_round_answers_every_call(make_host: MakeHost) -> None:
    host = make_host(stdio_server())
    tools, _problems = await host.list_all()
    from gui.core.tools.catalog import build_catalog

    catalog = build_catalog(tools, host.config)
    reply = assistant(("c1", "sleep", '{"seconds": 60}'), ("c2", "ping", ""))
    conv = Conversation(messages=[reply])
    gate = ApprovalGate()
    running = asyncio.Event()

    def progress(call_id: str, state: str) -> None:
        if (call_id, state) == ("c1", "running"):
            running.set()

    round_task = asyncio.ensure_future(
        run_round(
            conv,
            reply,
            catalog,
            run=lambda s, t, a: host.call_tool(s, t, a, 60),
            always_allowed=lambda _s, tool: tool == "sleep",  # c2 waits for the user
            approvals=gate,
            hooks=RoundHooks(progress=progress),
        )
    )
    await asyncio.wait_for(running.wait(), 30)
    assert gate.pending == ["c2"]
    round_task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await round_task
    results = conv.messages[1:]
    assert [(m.tool_call_id, m.tool_status, m.approval) for m in results] == [
        ("c1", ToolStatus.CANCELLED, Approval.ALWAYS),
        ("c2", ToolStatus.CANCELLED, Approval.NONE),
    ]
    assert all(m.content == CANCELLED_TEXT for m in results)
    assert results[0].started_at is not None and results[1].started_at is None
    # The session survived the cancelled call.
    assert (await host.call_tool("demo", "ping", {})).text == "pong"


async def test_gate_resolves_one_by_one_and_withdraws() -> None:
    gate = ApprovalGate()
    requests = [ApprovalRequest(i, "t", "s", "t", "", "{}") for i in ("a", "b")]
    gate.open(requests)
    waiting = asyncio.ensure_future(gate.decision("a"))
    assert gate.resolve("a", Decision.ALWAYS)
    assert not gate.resolve("a", Decision.DENY)  # answered already
    assert await waiting is Decision.ALWAYS
    assert gate.pending == ["b"]
    assert gate.withdraw()
    assert not gate.resolve("b", Decision.ONCE)
    assert await gate.decision("never-asked") is Decision.DENY


async def test_service_without_mcp_json_starts_nothing(tmp_path: Path) -> None:
    tools = service(tmp_path)
    catalog, problems = await tools.catalog(ToolChoice())
    assert (catalog.tools, problems, tools.started) == ([], [], False)


async def test_service_reports_a_broken_file_and_keeps_it(tmp_path: Path) -> None:
    tools = service(tmp_path)
    broken = b'{"mcpServers": {"x": '
    (tmp_path / "mcp.json").write_bytes(broken)
    catalog, problems = await tools.catalog(ToolChoice())
    assert catalog.tools == [] and "line 1" in problems[0]
    with pytest.raises(McpConfigError):
        await tools.allow_always("x", "y")
    assert (tmp_path / "mcp.json").read_bytes() == broken


async def test_service_follows_the_chat_choice_and_saves_always_allow(tmp_path: Path) -> None:
    tools = service(tmp_path, demo=demo(), other=demo())
    try:
        catalog, problems = await tools.catalog(
            ToolChoice(disabled_servers=["other"], disabled_tools=["demo/crash"])
        )
        assert problems == []
        names = [t["function"]["name"] for t in catalog.tools]
        assert "crash" not in names and "add" in names  # no clash: "other" is off
        assert not tools.always_allowed("demo", "add")
        await tools.allow_always("demo", "add")
        assert tools.always_allowed("demo", "add")
        saved = json.loads((tmp_path / "mcp.json").read_text("utf-8"))
        assert saved["mcpServers"]["demo"]["alwaysAllow"] == ["add"]
        assert (await tools.call("demo", "add", {"a": 1, "b": 2}, 10)).text == "3"
        catalog, _ = await tools.catalog(ToolChoice())  # both servers on: names clash
        assert "demo__add" in [t["function"]["name"] for t in catalog.tools]
    finally:
        await tools.aclose()
    assert not tools.started


async def test_a_failed_server_is_not_retried_at_once(tmp_path: Path) -> None:
    now = [1000.0]
    (tmp_path / "mcp.json").write_text(
        json.dumps({"mcpServers": {"bad": demo("--exit"), "demo": demo()}}), "utf-8"
    )
    tools = ToolService(tmp_path, MemorySecretStore, no_minimax, clock=lambda: now[0])
    try:
        catalog, problems = await tools.catalog(ToolChoice())
        assert len(problems) == 1 and "bad" in problems[0] and catalog.tools
        now[0] += 1
        catalog, problems = await tools.catalog(ToolChoice())
        assert problems == [] and catalog.tools
        now[0] += RETRY_AFTER
        _catalog, problems = await tools.catalog(ToolChoice())
        assert len(problems) == 1
    finally:
        await tools.aclose()


async def test_always_allow_or_a_tool_switched_off_does_not_restart_a_server(
    make_host: MakeHost,
) -> None:
    """Saving "always allow" mid-round must not cancel the server's running calls."""
    from gui.core.tools.config import McpConfig

    host = make_host(stdio_server())
    pid = (await host.call_tool("demo", "pid", {})).text
    edited = McpConfig()
    edited.put(stdio_server(always_allow=["add"], disabled_tools=["crash"]))
    await host.apply(edited)
    assert (await host.call_tool("demo", "pid", {})).text == pid


async def test_minimax_preset_gets_the_key_in_use_or_says_what_is_missing(
    tmp_path: Path,
) -> None:
    """The key provider is asked only for the preset; no key, or no uvx, is a clear problem."""
    asked: list[bool] = []
    access: list[MiniMaxAccess | None] = [None]

    async def minimax() -> MiniMaxAccess | None:
        asked.append(True)
        return access[0]

    (tmp_path / "mcp.json").write_text(
        json.dumps(
            {"mcpServers": {"minimax": {"command": "uvx", "args": ["x"], "preset": "minimax"}}}
        ),
        "utf-8",
    )
    tools = ToolService(tmp_path, MemorySecretStore, minimax)
    try:
        _catalog, problems = await tools.catalog(ToolChoice())
        assert asked == [True] and "API key" in problems[0]
        _catalog, problems = await tools.catalog(ToolChoice(disabled_servers=["minimax"]))
        assert asked == [True] and problems == []
    finally:
        await tools.aclose()


async def test_a_failed_server_is_tried_again_at_once_when_what_it_needs_changes(
    tmp_path: Path,
) -> None:
    """The back-off is for a server that would fail the same way again: a MiniMax key added
    (or changed), or the server's entry edited, means the next chat tries it at once."""
    access: list[MiniMaxAccess | None] = [None]
    asked: list[MiniMaxAccess | None] = []

    async def minimax() -> MiniMaxAccess | None:
        asked.append(access[0])
        return access[0]

    def write(servers: dict[str, Any]) -> None:
        (tmp_path / "mcp.json").write_text(json.dumps({"mcpServers": servers}), "utf-8")

    # A PATH without uvx: once the key is there, the start fails on the launcher instead.
    preset = {"command": "uvx", "args": ["x"], "preset": "minimax", "env": {"PATH": str(tmp_path)}}
    write({"minimax": preset, "bad": demo("--exit")})
    tools = ToolService(tmp_path, MemorySecretStore, minimax, clock=lambda: 1000.0)
    try:
        _catalog, problems = await tools.catalog(ToolChoice())
        assert any("API key" in p for p in problems) and any("bad" in p for p in problems)
        _catalog, problems = await tools.catalog(ToolChoice())
        assert problems == []  # nothing changed: both wait out their back-off
        access[0] = MiniMaxAccess("sk-added", "https://api.minimax.io")
        _catalog, problems = await tools.catalog(ToolChoice())
        assert len(problems) == 1 and "uvx" in problems[0]
        write({"minimax": preset, "bad": demo()})  # the broken entry is mended
        catalog, problems = await tools.catalog(ToolChoice())
        assert problems == [] and catalog.tools
    finally:
        await tools.aclose()
