"""The tool loop end to end: the app, real MCP servers, and the loopback MiniMax server.

Every test checks the exact request bodies MiniMax got (the fake refuses a body that
breaks the 2013 rule) and the saved conversation file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from gui.core.request import CANCELLED_RESULT
from gui.core.tools.approval import ApprovalRequest, Decision
from gui.core.tools.calls import CANCELLED_TEXT, DENIED_TEXT, TIMED_OUT_TEXT
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.tools.conftest import DEMO, HTTP_TOKEN, http_url  # noqa: F401 - a fixture
from tests.ui.conftest import App, until

MakeApp = Callable[..., Awaitable[App]]

DEMO_TOOLS = ["add", "ping", "environment", "pid", "sleep", "crash", "fail", "picture", "grow"]


def write_mcp(data_dir: Path, **servers: dict[str, Any]) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "mcp.json"
    path.write_text(json.dumps({"mcpServers": servers}), "utf-8")
    return path


def demo(**fields: Any) -> dict[str, Any]:
    return {"command": sys.executable, "args": [str(DEMO)], **fields}


def saved(app: App, conversation_id: str) -> dict[str, Any]:
    path = app.data_dir / "conversations" / f"{conversation_id}.json"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def final(text: str = "Done.") -> Reply:
    return Reply(events=wire.split_stream("All answered.", text))


def ask(app: App, text: str) -> str:
    conv = app.controller.new_conversation()
    assert app.controller.send(conv.id, text)
    return conv.id


def approve_all(decision: Decision = Decision.ONCE) -> Callable[[ApprovalRequest], Any]:
    async def approver(request: ApprovalRequest) -> Decision:
        return decision

    return approver


def tool_names(body: dict[str, Any]) -> list[str]:
    return [t["function"]["name"] for t in body.get("tools", [])]


def test_two_rounds_with_approval_through_the_window_signal(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """Fragmented arguments, then two parallel calls; every call approved with
    resolve_approval; the history of every request keeps each round exactly."""
    write_mcp(tmp_path / "data", demo=demo())
    fake_minimax.push(
        Reply(events=wire.tool_calls_stream([("call_a", "add", '{"a": 2, "b": 40}')])),
        Reply(
            events=wire.tool_calls_stream(
                [("call_b", "ping", ""), ("call_c", "add", '{"a": 1, "b": 1}')],
                reasoning="Two more.",
            )
        ),
        final("42 and pong and 2."),
    )
    app = arun(make_app())
    asked: list[list[ApprovalRequest]] = []

    def on_request(conversation_id: str, requests: list[ApprovalRequest]) -> None:
        asked.append(requests)
        for request in reversed(requests):  # answered one by one, in any order
            assert app.controller.resolve_approval(request.call_id, "once")

    app.controller.approval_requested.connect(on_request)

    async def scenario() -> str:
        conv_id = ask(app, "Add things")
        await app.controller.wait_idle()
        return conv_id

    conv_id = arun(scenario(), timeout=60)
    bodies = fake_minimax.chat_requests()
    assert len(bodies) == 3
    assert all(tool_names(b) == DEMO_TOOLS for b in bodies)
    ping = next(t for t in bodies[0]["tools"] if t["function"]["name"] == "ping")
    parameters = ping["function"]["parameters"]
    assert (parameters["type"], parameters["properties"]) == ("object", {})
    first_turn = {
        "role": "assistant",
        "content": "",
        "reasoning_details": [{**wire.DETAIL, "index": 0, "text": "I will use a tool."}],
        "tool_calls": [
            {
                "id": "call_a",
                "type": "function",
                "function": {"name": "add", "arguments": '{"a": 2, "b": 40}'},
            }
        ],
    }
    assert bodies[1]["messages"] == [
        {"role": "user", "content": "Add things"},
        first_turn,
        {"role": "tool", "tool_call_id": "call_a", "content": "42"},
    ]
    assert bodies[2]["messages"][:3] == bodies[1]["messages"]
    assert bodies[2]["messages"][3]["tool_calls"] == [
        {"id": "call_b", "type": "function", "function": {"name": "ping", "arguments": "{}"}},
        {
            "id": "call_c",
            "type": "function",
            "function": {"name": "add", "arguments": '{"a": 1, "b": 1}'},
        },
    ]
    assert bodies[2]["messages"][4:] == [
        {"role": "tool", "tool_call_id": "call_b", "content": "pong"},
        {"role": "tool", "tool_call_id": "call_c", "content": "2"},
    ]
    assert [[r.call_id for r in batch] for batch in asked] == [["call_a"], ["call_b", "call_c"]]
    add = asked[0][0]
    assert (add.server, add.tool, add.name, add.read_only_hint) == ("demo", "add", "add", True)
    assert json.loads(add.arguments) == {"a": 2, "b": 40} and "\n" in add.arguments
    data = saved(app, conv_id)
    assert data["schema_version"] == 2
    messages = data["messages"]
    roles = [m["role"] for m in messages]
    assert roles == ["user", "assistant", "tool", "assistant", "tool", "tool", "assistant"]
    assert messages[1]["tool_calls"][0]["function"]["arguments"] == '{"a": 2, "b": 40}'
    result = messages[2]
    assert {k: result[k] for k in ("tool_call_id", "name", "server", "tool", "content")} == {
        "tool_call_id": "call_a",
        "name": "add",
        "server": "demo",
        "tool": "add",
        "content": "42",
    }
    assert (result["tool_status"], result["is_error"], result["approval"]) == ("ok", False, "once")
    assert result["started_at"] and result["duration_seconds"] >= 0
    assert messages[-1]["content"] == "42 and pong and 2."
    assert all(m["status"] == "complete" for m in messages)


def test_bad_calls_become_errors_the_model_reads(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """Unknown tool, invalid JSON, arguments against the schema, a tool error: results,
    never a crash and never a call with made-up arguments."""
    write_mcp(tmp_path / "data", demo=demo())
    fake_minimax.push(
        Reply(
            events=wire.tool_calls_stream(
                [
                    ("c1", "no_such_tool", "{}"),
                    ("c2", "add", '{"a": 1,'),
                    ("c3", "add", '{"a": "x", "b": 2}'),
                    ("c4", "fail", '{"why": "disk full"}'),
                ]
            )
        ),
        final(),
    )
    app = arun(make_app())
    app.controller.approver = approve_all()

    async def scenario() -> str:
        conv_id = ask(app, "Break things")
        await app.controller.wait_idle()
        return conv_id

    conv_id = arun(scenario(), timeout=60)
    body = fake_minimax.chat_requests()[1]
    results = body["messages"][2:]
    assert [r["tool_call_id"] for r in results] == ["c1", "c2", "c3", "c4"]
    assert results[0]["content"].startswith('Error: there is no tool named "no_such_tool".')
    assert "add, crash" in results[0]["content"]
    assert results[1]["content"].startswith("Error: the arguments are not valid JSON")
    assert "do not match the tool's parameters" in results[2]["content"]
    assert "disk full" in results[3]["content"]
    # The broken arguments are replayed as valid JSON (the tool message says what was wrong).
    assert body["messages"][1]["tool_calls"][1]["function"]["arguments"] == "{}"
    stored = saved(app, conv_id)["messages"][2:6]
    assert [m["tool_status"] for m in stored] == ["error"] * 4
    assert [m["approval"] for m in stored] == ["auto", "auto", "auto", "once"]
    assert stored[0]["server"] == "" and stored[3]["server"] == "demo"


def test_deny_and_always_allow(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """A denied call tells the model; "always" is written to alwaysAllow and not asked again."""
    path = write_mcp(tmp_path / "data", demo=demo(customKey=1))
    fake_minimax.push(
        Reply(events=wire.tool_calls_stream([("c1", "pid", ""), ("c2", "add", '{"a":1,"b":2}')])),
        Reply(events=wire.tool_calls_stream([("c3", "add", '{"a":3,"b":4}')])),
        final(),
    )
    app = arun(make_app())
    asked: list[str] = []

    async def approver(request: ApprovalRequest) -> Decision:
        asked.append(request.call_id)
        return Decision.DENY if request.tool == "pid" else Decision.ALWAYS

    app.controller.approver = approver

    async def scenario() -> str:
        conv_id = ask(app, "Go")
        await app.controller.wait_idle()
        return conv_id

    conv_id = arun(scenario(), timeout=60)
    assert asked == ["c1", "c2"]  # c3 ran without asking
    bodies = fake_minimax.chat_requests()
    assert bodies[1]["messages"][2] == {
        "role": "tool",
        "tool_call_id": "c1",
        "content": DENIED_TEXT,
    }
    assert bodies[2]["messages"][-1] == {"role": "tool", "tool_call_id": "c3", "content": "7"}
    written = json.loads(path.read_text("utf-8"))["mcpServers"]["demo"]
    assert written["alwaysAllow"] == ["add"] and written["customKey"] == 1
    stored = [m for m in saved(app, conv_id)["messages"] if m["role"] == "tool"]
    assert [(m["tool_status"], m["approval"]) for m in stored] == [
        ("denied", "denied"),
        ("ok", "always"),
        ("ok", "always"),
    ]


def test_timeout_crash_and_restart(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """A hanging tool times out and a server that dies mid-call is an error; the chat goes
    on, and the next call starts the server again."""
    write_mcp(tmp_path / "data", demo=demo(alwaysAllow=["sleep", "crash", "pid"]))
    fake_minimax.push(
        Reply(
            events=wire.tool_calls_stream([("c1", "sleep", '{"seconds": 60}'), ("c2", "pid", "")])
        ),
        Reply(events=wire.tool_calls_stream([("c3", "crash", "")])),
        Reply(events=wire.tool_calls_stream([("c4", "pid", "")])),
        final(),
    )
    app = arun(make_app())
    settings = app.context.settings.value
    settings.tool_timeout = 2.0

    async def scenario() -> str:
        conv_id = ask(app, "Go")
        await app.controller.wait_idle()
        return conv_id

    conv_id = arun(scenario(), timeout=60)
    bodies = fake_minimax.chat_requests()
    assert bodies[1]["messages"][2] == {
        "role": "tool",
        "tool_call_id": "c1",
        "content": TIMED_OUT_TEXT,
    }
    pid = bodies[1]["messages"][3]["content"]
    assert pid.isdigit()  # the same server answered meanwhile: a timeout stops one call
    crashed = bodies[2]["messages"][-1]["content"]
    assert crashed.startswith('Error: The tool server "demo" stopped'), crashed
    restarted = bodies[3]["messages"][-1]["content"]
    assert restarted.isdigit() and restarted != pid  # started again
    stored = [m for m in saved(app, conv_id)["messages"] if m["role"] == "tool"]
    assert [m["tool_status"] for m in stored] == ["timed_out", "ok", "error", "ok"]


def test_stop_mid_round_cancels_the_call_and_the_chat_continues(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """Stop while a call runs: it is cancelled (nothing keeps running), its result says so,
    a finished call of the same round was saved already, and the next message works."""
    write_mcp(tmp_path / "data", demo=demo(alwaysAllow=["sleep", "ping"]))
    fake_minimax.push(
        Reply(
            events=wire.tool_calls_stream([("c1", "ping", ""), ("c2", "sleep", '{"seconds": 60}')])
        ),
        final("Fine."),
    )
    app = arun(make_app())
    states: list[tuple[str, str]] = []
    app.controller.tool_progress.connect(lambda _c, call, state: states.append((call, state)))

    async def scenario() -> tuple[str, dict[str, Any]]:
        conv_id = ask(app, "Wait a minute")
        await until(lambda: ("c1", "done") in states and ("c2", "running") in states, 30)
        await app.controller.flush_saves()
        checkpoint = saved(app, conv_id)
        app.controller.stop(conv_id)
        await app.controller.wait_idle()
        assert app.controller.send(conv_id, "Never mind")
        await app.controller.wait_idle()
        return conv_id, checkpoint

    conv_id, checkpoint = arun(scenario(), timeout=60)
    assert [m["role"] for m in checkpoint["messages"]] == ["user", "assistant", "tool"]
    assert checkpoint["messages"][2]["content"] == "pong"
    bodies = fake_minimax.chat_requests()
    assert len(bodies) == 2  # nothing was asked after Stop until the next message
    assert bodies[1]["messages"][2:] == [
        {"role": "tool", "tool_call_id": "c1", "content": "pong"},
        {"role": "tool", "tool_call_id": "c2", "content": CANCELLED_TEXT},
        {"role": "user", "content": "Never mind"},
    ]
    stored = saved(app, conv_id)["messages"]
    assert [m["role"] for m in stored] == ["user", "assistant", "tool", "tool", "user", "assistant"]
    assert stored[3]["tool_status"] == "cancelled" and stored[3]["approval"] == "always"


def test_stop_while_waiting_for_approval_withdraws_it(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    write_mcp(tmp_path / "data", demo=demo())
    fake_minimax.push(Reply(events=wire.tool_calls_stream([("c1", "ping", "")])))
    app = arun(make_app())
    asked: list[str] = []
    withdrawn: list[str] = []
    app.controller.approval_requested.connect(lambda c, r: asked.append(r[0].call_id))
    app.controller.approval_withdrawn.connect(withdrawn.append)

    async def scenario() -> str:
        conv_id = ask(app, "Ping")
        await until(lambda: asked == ["c1"], 30)
        assert app.controller.pending_approvals(conv_id) == ["c1"]
        app.controller.stop(conv_id)
        await app.controller.wait_idle()
        return conv_id

    conv_id = arun(scenario(), timeout=60)
    assert withdrawn == [conv_id]
    assert not app.controller.resolve_approval("c1", "once")
    tool = saved(app, conv_id)["messages"][2]
    assert (tool["tool_status"], tool["approval"], tool["started_at"]) == (
        "cancelled",
        "none",
        None,
    )


def test_streamable_http_server(
    arun: Callable[..., Any],
    make_app: MakeApp,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
    http_url: str,  # noqa: F811
) -> None:
    write_mcp(
        tmp_path / "data",
        remote={"url": http_url, "headers": {"Authorization": f"Bearer {HTTP_TOKEN}"}},
    )
    fake_minimax.push(
        Reply(events=wire.tool_calls_stream([("c1", "add", '{"a": 20, "b": 22}')])), final()
    )
    app = arun(make_app())
    app.controller.approver = approve_all()

    async def scenario() -> None:
        ask(app, "Add remotely")
        await app.controller.wait_idle()

    arun(scenario(), timeout=60)
    assert fake_minimax.chat_requests()[1]["messages"][-1] == {
        "role": "tool",
        "tool_call_id": "c1",
        "content": "42",
    }


def test_a_2013_reply_ends_the_answer_and_the_history_stays_valid(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    write_mcp(tmp_path / "data", demo=demo(alwaysAllow=["ping"]))
    envelope = wire.error_envelope(
        "invalid params, tool call result does not follow tool call (2013)",
        "bad_request_error",
        400,
    )
    fake_minimax.push(
        Reply(events=wire.tool_calls_stream([("c1", "ping", "")])),
        Reply(status=400, body=envelope),
        final("Back."),
    )
    app = arun(make_app())

    async def scenario() -> str:
        conv_id = ask(app, "Ping")
        await app.controller.wait_idle()
        assert app.controller.send(conv_id, "Again")
        await app.controller.wait_idle()
        return conv_id

    conv_id = arun(scenario(), timeout=60)
    stored = saved(app, conv_id)["messages"]
    assert [m["role"] for m in stored] == [
        "user", "assistant", "tool", "assistant", "user", "assistant",
    ]  # fmt: skip
    assert stored[3]["status"] == "error" and stored[3]["error"]["code"] == 2013
    last = fake_minimax.chat_requests()[-1]["messages"]
    assert [m["role"] for m in last] == ["user", "assistant", "tool", "user"]
    assert stored[-1]["content"] == "Back."


def test_round_limit(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    write_mcp(tmp_path / "data", demo=demo(alwaysAllow=["ping"]))
    fake_minimax.push(
        Reply(events=wire.tool_calls_stream([("c1", "ping", "")])),
        Reply(events=wire.tool_calls_stream([("c2", "ping", "")])),
    )
    app = arun(make_app())
    app.context.settings.value.tool_round_limit = 1
    notices: list[str] = []
    app.controller.notice.connect(notices.append)

    async def scenario() -> str:
        conv_id = ask(app, "Ping forever")
        await app.controller.wait_idle()
        return conv_id

    conv_id = arun(scenario(), timeout=60)
    assert len(fake_minimax.chat_requests()) == 2
    stored = saved(app, conv_id)["messages"]
    assert stored[-1]["tool_call_id"] == "c2" and "limit of 1 tool rounds" in stored[-1]["content"]
    assert any("1 tool rounds" in n for n in notices)


def test_reopen_and_continue(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """A chat with a tool round, the app closed (servers stopped) and opened again: the next
    request carries the round exactly as the first run sent it."""
    data_dir = tmp_path / "data"
    write_mcp(data_dir, demo=demo(alwaysAllow=["pid"]))
    fake_minimax.push(Reply(events=wire.tool_calls_stream([("c1", "pid", "")])), final("Got it."))
    first = arun(make_app(data_dir=data_dir))

    async def one() -> str:
        conv_id = ask(first, "Your pid?")
        await first.controller.wait_idle()
        await first.window.shutdown()
        return conv_id

    conv_id = arun(one(), timeout=60)
    assert first.context.tools is not None and not first.context.tools.started
    before = fake_minimax.chat_requests()[1]["messages"]
    fake_minimax.push(final("Still here."))
    second = arun(make_app(data_dir=data_dir))

    async def two() -> None:
        conv = await second.controller.open(conv_id)
        assert conv is not None
        assert second.controller.send(conv_id, "And now?")
        await second.controller.wait_idle()

    arun(two(), timeout=60)
    after = fake_minimax.chat_requests()[-1]["messages"]
    assert after[: len(before)] == before
    assert [m["role"] for m in after] == ["user", "assistant", "tool", "assistant", "user"]
    assert saved(second, conv_id)["messages"][-1]["content"] == "Still here."


def test_no_servers_configured_sends_no_tools_and_starts_nothing(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax
) -> None:
    app = arun(make_app())

    async def scenario() -> None:
        ask(app, "Hi")
        await app.controller.wait_idle()

    arun(scenario(), timeout=30)
    assert "tools" not in fake_minimax.chat_requests()[0]
    assert app.context.tools is not None and not app.context.tools.started


def test_unanswered_call_gets_cancelled_result_on_the_wire() -> None:
    """A file from a killed app (a call without its tool message) still replays validly."""
    from gui.core.conversation import Message, Role
    from gui.core.request import build_messages

    calls = [
        {"id": "c1", "type": "function", "function": {"name": "ping", "arguments": ""}},
        {"id": "c2", "type": "function", "function": {"name": "ping", "arguments": ""}},
    ]
    history = [
        Message(role=Role.USER, content="q"),
        Message(role=Role.ASSISTANT, tool_calls=calls, finish_reason="tool_calls"),
        Message(role=Role.TOOL, content="pong", tool_call_id="c1"),
        Message(role=Role.USER, content="again"),
    ]
    sent = build_messages(history, None)
    assert sent[2:4] == [
        {"role": "tool", "tool_call_id": "c1", "content": "pong"},
        {"role": "tool", "tool_call_id": "c2", "content": CANCELLED_RESULT},
    ]
    assert wire.tool_order_problem(sent) is None


def test_window_two_rounds_stop_reopen_continue(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """Through the window: Enter sends, round one is allowed once, round two's tool is
    allowed always and stopped with the Stop action while it runs; the app is closed and
    opened again, and the next message continues the chat with every round replayed."""
    from tests.ui.test_chat_window import type_and_send

    data_dir = tmp_path / "data"
    mcp = write_mcp(data_dir, demo=demo())
    fake_minimax.push(
        Reply(events=wire.tool_calls_stream([("c1", "add", '{"a": 2, "b": 3}')])),
        Reply(events=wire.tool_calls_stream([("c2", "sleep", '{"seconds": 60}')])),
        final("Picked up again."),
    )
    first = arun(make_app(data_dir=data_dir))
    running: list[str] = []
    first.controller.tool_progress.connect(
        lambda _c, call, state: running.append(call) if state == "running" else None
    )

    def on_request(_conversation_id: str, requests: list[ApprovalRequest]) -> None:
        decision = "once" if requests[0].tool == "add" else "always"
        for request in requests:
            first.controller.resolve_approval(request.call_id, decision)

    first.controller.approval_requested.connect(on_request)

    async def one() -> str:
        type_and_send(first, qtbot, "Add, then wait")
        await until(lambda: "c2" in running, 30)
        assert first.window.stop_action.isEnabled()
        first.window.stop_action.trigger()
        conv_id = first.window.current_id or ""
        await first.controller.wait_idle()
        await first.window.shutdown()
        return conv_id

    conv_id = arun(one(), timeout=60)
    assert json.loads(mcp.read_text("utf-8"))["mcpServers"]["demo"]["alwaysAllow"] == ["sleep"]
    stored = saved(first, conv_id)["messages"]
    assert [(m["role"], m.get("tool_status")) for m in stored] == [
        ("user", None),
        ("assistant", None),
        ("tool", "ok"),
        ("assistant", None),
        ("tool", "cancelled"),
    ]
    rounds = fake_minimax.chat_requests()[1]["messages"]
    second = arun(make_app(data_dir=data_dir))

    async def two() -> None:
        assert second.window.current_id == conv_id
        type_and_send(second, qtbot, "Go on")
        await second.controller.wait_idle()

    arun(two(), timeout=60)
    sent = fake_minimax.chat_requests()[-1]["messages"]
    assert sent[:3] == rounds
    assert sent[3]["tool_calls"][0]["function"] == {
        "name": "sleep",
        "arguments": '{"seconds": 60}',
    }
    assert sent[4:] == [
        {"role": "tool", "tool_call_id": "c2", "content": CANCELLED_TEXT},
        {"role": "user", "content": "Go on"},
    ]
    assert saved(second, conv_id)["messages"][-1]["content"] == "Picked up again."


def test_a_chat_switches_a_server_off(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """Per-chat choice: one tool off, then the whole server off (no tools offered)."""
    from gui.core.conversation import ToolChoice

    write_mcp(tmp_path / "data", demo=demo())
    fake_minimax.push(final(), final())
    app = arun(make_app())

    async def scenario() -> str:
        conv = app.controller.new_conversation()
        app.controller.set_tool_choice(conv.id, ToolChoice(disabled_tools=["demo/crash"]))
        assert app.controller.send(conv.id, "one")
        await app.controller.wait_idle()
        app.controller.set_tool_choice(conv.id, ToolChoice(disabled_servers=["demo"]))
        assert app.controller.send(conv.id, "two")
        await app.controller.wait_idle()
        return conv.id

    conv_id = arun(scenario(), timeout=60)
    first, second = fake_minimax.chat_requests()
    assert tool_names(first) == [n for n in DEMO_TOOLS if n != "crash"]
    assert "tools" not in second
    assert saved(app, conv_id)["tools"] == {"disabled_servers": ["demo"], "disabled_tools": []}


def test_inline_thinking_round_is_replayed_with_its_think_block(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """reasoning_split off: the <think> content goes back exactly as received, and a
    whole call may arrive in the chunk that ends the stream (index 1 for the second)."""
    write_mcp(tmp_path / "data", demo=demo(alwaysAllow=["ping", "add"]))
    calls = [
        {"index": 0, "id": "c1", "type": "function",
         "function": {"name": "ping", "arguments": "{}"}},
        {"index": 1, "id": "c2", "type": "function",
         "function": {"name": "add", "arguments": '{"a": 1, "b": 2}'}},
    ]  # fmt: skip
    raw = "<think>\nI need two tools.\n</think>\n\n"
    fake_minimax.push(
        Reply(
            events=[
                wire.chunk(wire.content_delta(raw[:12])),
                wire.chunk(wire.content_delta(raw[12:])),
                wire.chunk(wire._delta(tool_calls=calls), finish="tool_call"),
                wire.usage_chunk(),
            ]
        ),
        final(),
    )
    app = arun(make_app())
    app.context.settings.value.reasoning_split = False

    async def scenario() -> None:
        ask(app, "Both")
        await app.controller.wait_idle()

    arun(scenario(), timeout=60)
    first, second = fake_minimax.chat_requests()
    assert "reasoning_split" not in first
    turn = second["messages"][1]
    assert turn["content"] == raw and "reasoning_details" not in turn
    assert [c["id"] for c in turn["tool_calls"]] == ["c1", "c2"]
    assert second["messages"][2:] == [
        {"role": "tool", "tool_call_id": "c1", "content": "pong"},
        {"role": "tool", "tool_call_id": "c2", "content": "3"},
    ]


def test_regenerate_replaces_the_whole_answer_with_its_rounds(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    write_mcp(tmp_path / "data", demo=demo(alwaysAllow=["ping"]))
    fake_minimax.push(
        Reply(events=wire.tool_calls_stream([("c1", "ping", "")])), final("One."), final("Two.")
    )
    app = arun(make_app())

    async def scenario() -> str:
        conv_id = ask(app, "Ping")
        await app.controller.wait_idle()
        assert app.controller.regenerate(conv_id)
        await app.controller.wait_idle()
        return conv_id

    conv_id = arun(scenario(), timeout=60)
    assert fake_minimax.chat_requests()[-1]["messages"] == [{"role": "user", "content": "Ping"}]
    assert [m["content"] for m in saved(app, conv_id)["messages"]] == ["Ping", "Two."]
