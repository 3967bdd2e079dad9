"""Tool calls: bad names and arguments become readable errors; statuses; order; concurrency."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from gui.core.tools.calls import (
    CANCELLED_TEXT,
    DENIED_TEXT,
    MAX_RESULT_CHARS,
    TIMED_OUT_TEXT,
    CallBatch,
    CallStatus,
    PreparedCall,
    ToolCall,
    always_allowed,
    prepare_call,
)
from gui.core.tools.catalog import Catalog, build_catalog
from gui.core.tools.config import McpConfig, ServerConfig
from gui.core.tools.toolinfo import ToolInfo, ToolResult, ToolServerError
from tests.tools.conftest import MakeHost, stdio_server

ADD_SCHEMA = {
    "type": "object",
    "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
    "required": ["a", "b"],
}


def catalog() -> Catalog:
    config = McpConfig()
    config.put(ServerConfig("demo", command="x"))
    tools = [ToolInfo("demo", "add", "Add.", ADD_SCHEMA), ToolInfo("demo", "ping", "", {})]
    return build_catalog(tools, config)


def test_unknown_tool_lists_the_offered_ones() -> None:
    prepared = prepare_call(ToolCall("c1", "subtract", '{"a": 1}'), catalog())
    assert prepared.tool is None
    assert 'no tool named "subtract"' in prepared.problem and "add, ping" in prepared.problem


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ('{"a": 1,', "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"a": 1}', "'b' is a required property"),
        ('{"a": "one", "b": 2}', "'one' is not of type 'integer' (at a)"),
    ],
)
def test_bad_arguments_become_errors_the_model_can_correct(arguments: str, expected: str) -> None:
    prepared = prepare_call(ToolCall("c1", "add", arguments), catalog())
    assert expected in prepared.problem


def test_empty_arguments_mean_none() -> None:
    prepared = prepare_call(ToolCall("c1", "ping", "  "), catalog())
    assert (prepared.problem, prepared.arguments) == ("", {})


async def test_errors_never_reach_the_server() -> None:
    ran: list[str] = []

    async def run(server: str, tool: str, arguments: dict[str, Any]) -> ToolResult:
        ran.append(tool)
        return ToolResult("ok")

    calls = [ToolCall("c1", "nope", "{}"), ToolCall("c2", "add", "{bad")]
    outcomes = await CallBatch(calls, catalog(), run).run()
    assert ran == []
    assert [o.status for o in outcomes] == [CallStatus.ERROR, CallStatus.ERROR]
    assert outcomes[1].message()["tool_call_id"] == "c2"


async def test_statuses_and_fixed_texts() -> None:
    async def run(server: str, tool: str, arguments: dict[str, Any]) -> ToolResult:
        if arguments.get("a") == 1:
            raise TimeoutError
        if arguments.get("a") == 2:
            raise ToolServerError('The tool server "demo" stopped unexpectedly.')
        if arguments.get("a") == 3:
            return ToolResult("", is_error=True)
        return ToolResult(str(arguments["a"] + arguments["b"]))

    async def approve(prepared: PreparedCall) -> bool:
        return prepared.arguments.get("a") != 4

    calls = [ToolCall(f"c{i}", "add", f'{{"a": {i}, "b": 10}}') for i in range(1, 6)]
    outcomes = await CallBatch(calls, catalog(), run, approve).run()
    assert [(o.call_id, o.status) for o in outcomes] == [
        ("c1", CallStatus.TIMED_OUT),
        ("c2", CallStatus.ERROR),
        ("c3", CallStatus.ERROR),
        ("c4", CallStatus.DENIED),
        ("c5", CallStatus.OK),
    ]
    assert outcomes[0].content == TIMED_OUT_TEXT
    assert "stopped unexpectedly" in outcomes[1].content
    assert outcomes[2].content == "The tool reported an error without a message."
    assert outcomes[3].content == DENIED_TEXT
    assert outcomes[4].content == "15" and not outcomes[4].is_error
    assert outcomes[4].message() == {"role": "tool", "tool_call_id": "c5", "content": "15"}


async def test_parallel_calls_run_together_and_answer_in_order() -> None:
    started: list[str] = []
    release = asyncio.Event()

    async def run(server: str, tool: str, arguments: dict[str, Any]) -> ToolResult:
        started.append(str(arguments["a"]))
        if len(started) == 3:
            release.set()  # only reached if all three run at once
        await release.wait()
        return ToolResult(str(arguments["a"]))

    calls = [ToolCall(f"c{i}", "add", f'{{"a": {i}, "b": 0}}') for i in (3, 1, 2)]
    outcomes = await asyncio.wait_for(CallBatch(calls, catalog(), run).run(), 10)
    assert [o.content for o in outcomes] == ["3", "1", "2"]


async def test_cancel_one_call() -> None:
    async def run(server: str, tool: str, arguments: dict[str, Any]) -> ToolResult:
        if arguments["a"] == 1:
            await asyncio.sleep(60)
        return ToolResult("done")

    calls = [
        ToolCall("slow", "add", '{"a": 1, "b": 0}'),
        ToolCall("fast", "add", '{"a": 2, "b": 0}'),
    ]
    batch = CallBatch(calls, catalog(), run)
    running = asyncio.create_task(batch.run())
    await asyncio.sleep(0.05)
    batch.cancel("slow")
    outcomes = await running
    assert [(o.status, o.content) for o in outcomes] == [
        (CallStatus.CANCELLED, CANCELLED_TEXT),
        (CallStatus.OK, "done"),
    ]


async def test_real_server_round(make_host: MakeHost) -> None:
    host = make_host(stdio_server())
    tools, problems = await host.list_all()
    assert problems == {}
    real = build_catalog(tools, host.config)

    async def run(server: str, tool: str, arguments: dict[str, Any]) -> ToolResult:
        return await host.call_tool(server, tool, arguments, time_limit=1.0)

    calls = [
        ToolCall("c1", "add", '{"a": 2, "b": 40}'),
        ToolCall("c2", "sleep", '{"seconds": 30}'),
        ToolCall("c3", "fail", '{"why": "no network"}'),
        ToolCall("c4", "add", '{"a": 2}'),
        ToolCall("c5", "picture", ""),
    ]
    outcomes = await CallBatch(calls, real, run).run()
    assert [o.status for o in outcomes] == [
        CallStatus.OK,
        CallStatus.TIMED_OUT,
        CallStatus.ERROR,
        CallStatus.ERROR,
        CallStatus.OK,
    ]
    assert outcomes[0].content == "42"
    assert "no network" in outcomes[2].content
    assert outcomes[4].images and "[image: image/png]" in outcomes[4].content


async def test_huge_result_is_cut_with_a_note() -> None:
    async def run(server: str, tool: str, arguments: dict[str, Any]) -> ToolResult:
        return ToolResult("x" * (MAX_RESULT_CHARS + 5))

    [outcome] = await CallBatch([ToolCall("c1", "ping", "")], catalog(), run).run()
    assert outcome.content.startswith("x" * MAX_RESULT_CHARS)
    assert f"it had {MAX_RESULT_CHARS + 5} characters" in outcome.content


def test_unknown_tool_with_no_tools_or_many() -> None:
    empty = prepare_call(ToolCall("c1", "x", "{}"), Catalog())
    assert empty.problem == 'Error: there is no tool named "x". No tools are available.'
    config = McpConfig()
    config.put(ServerConfig("s", command="x"))
    many = build_catalog([ToolInfo("s", f"t{i:03}") for i in range(100)], config)
    problem = prepare_call(ToolCall("c1", "x", "{}"), many).problem
    assert "t039, …" in problem and "t040" not in problem


def test_always_allowed_follows_the_server_list() -> None:
    config = McpConfig()
    config.put(ServerConfig("demo", command="x", always_allow=["ping"]))
    ping = prepare_call(ToolCall("c1", "ping", ""), catalog())
    add = prepare_call(ToolCall("c2", "add", '{"a": 1, "b": 2}'), catalog())
    unknown = prepare_call(ToolCall("c3", "nope", ""), catalog())
    assert always_allowed(ping, config)
    assert not always_allowed(add, config) and not always_allowed(unknown, config)


def test_a_broken_schema_from_the_server_does_not_block_the_call() -> None:
    config = McpConfig()
    config.put(ServerConfig("demo", command="x"))
    broken = {"type": "object", "properties": {"a": {"type": "no-such-type"}}}
    odd = build_catalog([ToolInfo("demo", "odd", "", broken)], config)
    prepared = prepare_call(ToolCall("c1", "odd", '{"a": 1}'), odd)
    assert (prepared.problem, prepared.arguments) == ("", {"a": 1})


def test_a_schema_with_a_dangling_reference_does_not_block_the_call() -> None:
    config = McpConfig()
    config.put(ServerConfig("demo", command="x"))
    dangling = {"type": "object", "properties": {"a": {"$ref": "#/$defs/missing"}}}
    odd = build_catalog([ToolInfo("demo", "odd", "", dangling)], config)
    prepared = prepare_call(ToolCall("c1", "odd", '{"a": 1}'), odd)
    assert (prepared.problem, prepared.arguments) == ("", {"a": 1})
