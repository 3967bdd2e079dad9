"""Sessions against real MCP servers: lazy start, calls, timeouts, crashes, no orphans."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import pytest

from gui.core.secrets import MemorySecretStore
from gui.core.tools.config import McpConfig, ServerConfig
from gui.core.tools.secret_refs import account, reference
from gui.core.tools.sessions import ToolHost
from gui.core.tools.toolinfo import ToolServerError
from tests.tools.conftest import DEMO, HTTP_TOKEN, MakeHost, stdio_server

ROOT = Path(__file__).resolve().parents[2]
needs_proc = pytest.mark.skipif(
    not os.path.exists("/proc/self/stat"), reason="process checks read /proc"
)


def alive(pid: int) -> bool:
    """Whether a process with this id still exists (a zombie counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):  # gone between the open and the read
        return False


async def wait_gone(pid: int) -> bool:
    for _ in range(200):
        if not alive(pid):
            return True
        await asyncio.sleep(0.05)
    return False


async def server_pid(host: ToolHost, server: str = "demo") -> int:
    result = await host.call_tool(server, "pid", {})
    return int(result.text)


async def test_nothing_starts_until_first_use(make_host: MakeHost) -> None:
    host = make_host(stdio_server())
    session = host.session("demo")
    assert not session.running
    tools = await session.list_tools()
    assert session.running
    by_name = {t.name: t for t in tools}
    assert by_name["add"].description == "Add two numbers."
    assert by_name["add"].input_schema["required"] == ["a", "b"]
    assert by_name["add"].read_only is True
    assert by_name["crash"].destructive is True
    assert by_name["ping"].read_only is None


async def test_call_returns_text_errors_and_images(make_host: MakeHost) -> None:
    host = make_host(stdio_server())
    added = await host.call_tool("demo", "add", {"a": 2, "b": 40})
    assert (added.text, added.is_error) == ("42", False)
    failed = await host.call_tool("demo", "fail", {"why": "the disk is full"})
    assert failed.is_error and "the disk is full" in failed.text
    picture = await host.call_tool("demo", "picture", {})
    assert picture.text == "a dot\n[image: image/png]"
    assert picture.images[0].mime_type == "image/png" and picture.images[0].data


async def test_streamable_http_with_header_from_keyring(make_host: MakeHost, http_url: str) -> None:
    store = MemorySecretStore()
    store.set(account("remote", "Authorization"), f"Bearer {HTTP_TOKEN}")
    server = ServerConfig(
        name="remote", url=http_url, headers={"Authorization": reference("remote", "Authorization")}
    )
    host = make_host(server, store=store)
    assert (await host.call_tool("remote", "add", {"a": 1, "b": 2})).text == "3"


async def test_streamable_http_wrong_token_is_reported(make_host: MakeHost, http_url: str) -> None:
    server = ServerConfig(name="remote", url=http_url, headers={"Authorization": "Bearer wrong"})
    host = make_host(server, start_timeout=20)
    with pytest.raises(ToolServerError, match=r'"remote" could not start: .*\(HTTP 401\)'):
        await host.session("remote").list_tools()


async def test_sse_fallback_for_a_url_ending_in_sse(make_host: MakeHost, sse_url: str) -> None:
    server = ServerConfig(
        name="old", url=sse_url, headers={"Authorization": f"Bearer {HTTP_TOKEN}"}
    )
    assert server.transport == "sse"
    host = make_host(server)
    assert (await host.call_tool("old", "add", {"a": 20, "b": 22})).text == "42"


async def test_unreachable_url_hides_its_token(make_host: MakeHost) -> None:
    server = ServerConfig(name="gone", url="http://127.0.0.1:9/mcp?key=sk-in-url")
    host = make_host(server, start_timeout=20)
    with pytest.raises(ToolServerError) as caught:
        await host.session("gone").list_tools()
    assert "http://127.0.0.1:9/mcp could not be reached" in str(caught.value)
    assert "sk-in-url" not in str(caught.value)


async def test_missing_keyring_secret_is_reported(make_host: MakeHost, http_url: str) -> None:
    server = ServerConfig(
        name="remote", url=http_url, headers={"Authorization": reference("remote", "Authorization")}
    )
    host = make_host(server)
    with pytest.raises(ToolServerError, match="not in the keyring"):
        await host.session("remote").list_tools()


async def test_timeout_stops_the_call_not_the_session(make_host: MakeHost) -> None:
    host = make_host(stdio_server())
    pid = await server_pid(host)
    with pytest.raises(TimeoutError):
        await host.call_tool("demo", "sleep", {"seconds": 30}, time_limit=0.5)
    assert await server_pid(host) == pid  # same process, still answering


async def test_cancelling_one_call_keeps_the_others(make_host: MakeHost) -> None:
    host = make_host(stdio_server())
    pid = await server_pid(host)
    slow = asyncio.create_task(host.call_tool("demo", "sleep", {"seconds": 30}))
    quick = asyncio.create_task(host.call_tool("demo", "sleep", {"seconds": 0.2}))
    await asyncio.sleep(0.1)
    slow.cancel()
    with pytest.raises(asyncio.CancelledError):
        await slow
    assert (await quick).text == "slept 0.2"
    assert await server_pid(host) == pid


@needs_proc
async def test_aclose_terminates_the_child(make_host: MakeHost) -> None:
    host = make_host(stdio_server(), stdio_server("second"))
    pids = [await server_pid(host), await server_pid(host, "second")]
    pending = asyncio.create_task(host.call_tool("demo", "sleep", {"seconds": 30}))
    await asyncio.sleep(0.1)
    await host.aclose()
    for pid in pids:
        assert await wait_gone(pid)
    with pytest.raises((ToolServerError, asyncio.CancelledError)):
        await pending


@needs_proc
async def test_crash_is_a_readable_error_and_the_next_use_restarts(make_host: MakeHost) -> None:
    host = make_host(stdio_server())
    pid = await server_pid(host)
    with pytest.raises(ToolServerError, match="stopped unexpectedly"):
        await host.call_tool("demo", "crash", {})
    assert await wait_gone(pid)
    new_pid = await server_pid(host)
    assert new_pid != pid
    await host.aclose()
    assert await wait_gone(new_pid)


async def test_server_that_exits_at_start_says_why(make_host: MakeHost) -> None:
    host = make_host(stdio_server("broken", "--exit"))
    with pytest.raises(ToolServerError) as caught:
        await host.session("broken").list_tools()
    message = str(caught.value)
    assert 'The tool server "broken" could not start' in message
    assert "missing DEMO_SETTING" in message  # its stderr, so the user sees the cause


async def test_server_that_hangs_at_start_times_out(make_host: MakeHost) -> None:
    host = make_host(stdio_server("stuck", "--hang"), start_timeout=1.5)
    session = host.session("stuck")
    with pytest.raises(ToolServerError, match=r"did not answer within 1\.5 seconds"):
        await session.list_tools()
    assert not session.running


async def test_missing_program_is_named(make_host: MakeHost) -> None:
    host = make_host(ServerConfig(name="ghost", command="no-such-mcp-program-xyz"))
    with pytest.raises(ToolServerError, match='"no-such-mcp-program-xyz" was not found'):
        await host.session("ghost").list_tools()


async def test_list_all_reports_failed_servers_and_lists_the_rest(make_host: MakeHost) -> None:
    host = make_host(
        stdio_server(),
        stdio_server("broken", "--exit"),
        stdio_server("off", disabled=True),
    )
    tools, problems = await host.list_all()
    assert {t.server for t in tools} == {"demo"}
    assert list(problems) == ["broken"]
    assert not host.session("off").running


async def test_child_gets_only_allowed_and_configured_environment(
    make_host: MakeHost, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-parent-secret")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("MINIMAX_API_KEY", "sk-minimax-parent")
    monkeypatch.setenv("SOME_OTHER_TOKEN", "other")
    monkeypatch.setenv("LC_TIME", "C")
    host = make_host(stdio_server(env={"DEMO_SETTING": "on"}))
    env = json.loads((await host.call_tool("demo", "environment", {})).text)
    assert env["DEMO_SETTING"] == "on"
    assert env["PATH"] == os.environ["PATH"]
    assert env["LC_TIME"] == "C"
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MINIMAX_API_KEY", "SOME_OTHER_TOKEN"):
        assert name not in env
    assert "sk-parent-secret" not in json.dumps(env)


async def test_closed_host_refuses_new_calls(make_host: MakeHost) -> None:
    host = make_host(stdio_server())
    session = host.session("demo")
    await session.list_tools()
    await session.aclose()
    with pytest.raises(ToolServerError, match="has been stopped"):
        await session.call_tool("add", {"a": 1, "b": 1})


@needs_proc
async def test_hung_server_is_terminated_after_the_start_timeout(make_host: MakeHost) -> None:
    marker = "--hang"
    # Marked with this process's id: another test run on the machine has probes of its own.
    probe = f"hung-start-probe-{os.getpid()}"
    host = make_host(stdio_server("stuck", marker, probe), start_timeout=1.0)
    with pytest.raises(ToolServerError):
        await host.session("stuck").list_tools()
    left = [pid for pid in demo_pids() if probe in cmdline(pid)]
    assert all([await wait_gone(pid) for pid in left]), left


def cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def demo_pids() -> list[int]:
    """Live processes running the demo server (zombies excluded)."""
    return [
        int(entry)
        for entry in os.listdir("/proc")
        if entry.isdigit() and "demo.py" in cmdline(int(entry)) and alive(int(entry))
    ]


@needs_proc
async def test_a_caller_cancelled_during_start_leaves_the_start_to_others(
    make_host: MakeHost,
) -> None:
    probe = f"slow-start-probe-{os.getpid()}"
    host = make_host(stdio_server("slow", "--slow-start", probe))
    first = asyncio.create_task(host.call_tool("slow", "ping", {}))
    await asyncio.sleep(0.3)
    for _ in range(200):  # until the child exists (it then sleeps before serving)
        started = [p for p in demo_pids() if probe in cmdline(p)]
        if started:
            break
        await asyncio.sleep(0.05)
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    assert await server_pid(host, "slow") == started[0]  # the same start, not a new one


async def test_every_waiter_of_a_hung_start_gets_the_same_message(make_host: MakeHost) -> None:
    host = make_host(stdio_server("stuck", "--hang"), start_timeout=1.0)
    results = await asyncio.gather(
        host.call_tool("stuck", "ping", {}),
        host.session("stuck").list_tools(),
        return_exceptions=True,
    )
    assert all(isinstance(r, ToolServerError) for r in results)
    assert {str(r) for r in results} == {
        'The tool server "stuck" could not start: it did not answer within 1 seconds.'
    }


async def test_apply_restarts_only_changed_servers(make_host: MakeHost) -> None:
    host = make_host(stdio_server(), stdio_server("other"))
    pid, other_pid = await server_pid(host), await server_pid(host, "other")
    edited = McpConfig()
    edited.put(stdio_server(env={"DEMO_SETTING": "changed"}))
    edited.put(stdio_server("other"))
    await host.apply(edited)
    assert await server_pid(host, "other") == other_pid
    assert await server_pid(host) != pid
    env = json.loads((await host.call_tool("demo", "environment", {})).text)
    assert env["DEMO_SETTING"] == "changed"
    removed = McpConfig()
    removed.put(stdio_server())
    await host.apply(removed)
    with pytest.raises(ToolServerError, match='no tool server named "other"'):
        await host.call_tool("other", "ping", {})


async def test_refresh_lists_tools_added_while_running(make_host: MakeHost) -> None:
    host = make_host(stdio_server())
    before, _ = await host.list_all()
    assert "extra" not in {t.name for t in before}
    assert (await host.call_tool("demo", "grow", {})).text == "grown"
    after, problems = await host.refresh()
    assert problems == {}
    assert "extra" in {t.name for t in after}
    assert (await host.call_tool("demo", "extra", {})).text == "extra"


@needs_proc
async def test_killed_app_leaves_no_server_behind() -> None:
    """SIGKILL gives the app no chance to clean up: the server sees its stdin close and exits."""
    root = str(ROOT)
    parent = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.tools.host_then_wait",
        cwd=root,
        env={**os.environ, "PYTHONPATH": root},
        stdout=asyncio.subprocess.PIPE,
    )
    assert parent.stdout is not None
    child = int(await asyncio.wait_for(parent.stdout.readline(), 60))
    assert alive(child)
    parent.kill()
    await parent.wait()
    assert await wait_gone(child)


async def test_vanished_remote_server_is_an_error_not_a_cancellation(make_host: MakeHost) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(DEMO), "--http", stdout=asyncio.subprocess.PIPE
    )
    assert process.stdout is not None
    port = int(await asyncio.wait_for(process.stdout.readline(), 60))
    host = make_host(ServerConfig(name="remote", url=f"http://127.0.0.1:{port}/mcp"))
    assert (await host.call_tool("remote", "ping", {})).text == "pong"
    process.kill()
    await process.wait()
    for _attempt in range(2):
        with pytest.raises(ToolServerError, match=r'"remote" (stopped|could not start)'):
            await host.call_tool("remote", "ping", {}, time_limit=20)
