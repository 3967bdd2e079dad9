"""Live MCP connections: one owner task per server, started on first use; the only mcp importer."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from gui.core.i18n import translate
from gui.core.tools.config import McpConfig, ServerConfig, launch_fields
from gui.core.tools.launch import Launch, describe_start_failure
from gui.core.tools.stderr_tail import StderrTail
from gui.core.tools.toolinfo import ImagePart, ToolInfo, ToolResult, ToolServerError

if TYPE_CHECKING:
    import anyio
    from mcp import Client

log = logging.getLogger(__name__)

START_TIMEOUT = 30.0
CALL_TIMEOUT = 60.0
# How long a graceful stop may take before the owner task is cancelled outright; the SDK's
# own stdio shutdown is bounded by about 6 s (close stdin, SIGTERM, SIGKILL).
STOP_TIMEOUT = 10.0
_STDERR_TAIL = 600
_MAX_PAGES = 100

PrepareLaunch = Callable[[], Launch]


@dataclass(eq=False)
class _Job:
    """One request for the owner task; ``future`` is what the caller waits on."""

    run: Callable[[Client], Awaitable[Any]]
    future: asyncio.Future[Any]
    task: asyncio.Task[None] | None = field(default=None)

    def abandon(self) -> None:
        """The caller gave up (cancelled or timed out): stop the request, not the session."""
        if not self.future.done():
            self.future.cancel()  # first: it tells _run_job the caller, not the session, ended
        if self.task is not None:
            self.task.cancel()


class ServerSession:
    """The connection to one server, owned by one long-lived task that serves a queue.

    The SDK's client is a context manager bound to the task that entered it; calls are
    handed to that task, each run as its own child task, so cancelling one call (or its
    timeout) stops that request only. A crash ends the session; the next use starts it
    again.
    """

    def __init__(
        self,
        name: str,
        prepare: PrepareLaunch,
        *,
        start_timeout: float = START_TIMEOUT,
        call_timeout: float = CALL_TIMEOUT,
    ) -> None:
        self.name = name
        self._prepare = prepare
        self.start_timeout = start_timeout
        self.call_timeout = call_timeout
        self.problem = ""
        self._tools: list[ToolInfo] = []
        self._owner: asyncio.Task[None] | None = None
        self._queue: asyncio.Queue[_Job | None] = asyncio.Queue()
        self._jobs: set[_Job] = set()
        self._start_lock = asyncio.Lock()
        self._closed = False
        self._ending = False  # the connection closed; the owner is winding down
        self._starting: anyio.CancelScope | None = None  # cancels a start that hangs
        self._ready: asyncio.Future[list[ToolInfo]] | None = None
        self._deadline = 0.0

    @property
    def running(self) -> bool:
        return self._owner is not None and not self._owner.done() and not self._ending

    async def list_tools(self) -> list[ToolInfo]:
        """The server's tools (listed when it started). Raises ToolServerError."""
        await self._ensure_started()
        return list(self._tools)

    async def refresh_tools(self) -> list[ToolInfo]:
        """List the tools again (a server may add or remove tools while it runs)."""
        tools: list[ToolInfo] = await self._submit(
            lambda client: _list_all(client, self.name, refresh=True), self.call_timeout
        )
        self._tools = tools
        return list(tools)

    async def call_tool(
        self, tool: str, arguments: dict[str, Any], time_limit: float | None = None
    ) -> ToolResult:
        """Run one tool. Raises ToolServerError, TimeoutError, or CancelledError."""
        result: ToolResult = await self._submit(
            lambda client: _call(client, tool, arguments),
            self.call_timeout if time_limit is None else time_limit,
        )
        return result

    async def _submit(self, run: Callable[[Client], Awaitable[Any]], time_limit: float) -> Any:
        """Hand ``run`` to the owner task and wait for its result, at most ``time_limit``."""
        await self._ensure_started()
        loop = asyncio.get_running_loop()
        job = _Job(run, loop.create_future())
        self._jobs.add(job)
        self._queue.put_nowait(job)
        try:
            async with asyncio.timeout(time_limit):
                return await job.future
        except BaseException:
            job.abandon()
            raise
        finally:
            self._jobs.discard(job)

    async def aclose(self) -> None:
        """Stop the server (the child process is terminated) and fail waiting calls."""
        self._closed = True
        await self._stop()

    async def _stop(self) -> None:
        for job in list(self._jobs):
            job.abandon()
        await self._finish_owner()

    async def _finish_owner(self) -> None:
        owner, self._owner = self._owner, None
        if owner is None or owner.done():
            return
        self._queue.put_nowait(None)
        if self._starting is not None:
            # Still connecting, so not reading the queue: cancel through anyio, whose
            # shielded clean-up still stops the child (a plain task.cancel() may not).
            self._starting.cancel()
        done, _pending = await asyncio.wait({owner}, timeout=STOP_TIMEOUT)
        if not done:
            owner.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await owner

    async def _ensure_started(self) -> None:
        """Start the server unless it runs, and wait until it has listed its tools.

        A caller that is cancelled while waiting leaves the start going for the others;
        the first waiter to reach the start deadline stops it, and every waiter gets the
        same message.
        """
        if self._closed:
            raise ToolServerError(
                translate("mcp", 'The tool server "{name}" has been stopped.').format(
                    name=self.name
                )
            )
        async with self._start_lock:
            if not self.running:
                await self._begin_start()
            ready, deadline = self._ready, self._deadline
        assert ready is not None  # set by _begin_start
        if not ready.done():
            try:
                async with asyncio.timeout_at(deadline):
                    await asyncio.shield(ready)
            except TimeoutError:
                if not ready.done():
                    self.problem = describe_start_failure(
                        self.name,
                        translate("mcp", "it did not answer within {seconds} seconds.").format(
                            seconds=f"{self.start_timeout:g}"
                        ),
                    )
                    ready.set_exception(ToolServerError(self.problem))
                    await self._stop()
        if ready.cancelled():
            raise ToolServerError(self._stopped_message())
        error = ready.exception()
        if error is not None:
            raise error

    async def _begin_start(self) -> None:
        await self._finish_owner()  # a crashed session still shutting down
        self._ending = False
        loop = asyncio.get_running_loop()
        try:
            launch = await asyncio.to_thread(self._prepare)  # keyring reads may block
        except ToolServerError as exc:
            self.problem = str(exc)
            raise
        except Exception as exc:
            log.exception("preparing MCP server %s failed", self.name)
            self.problem = describe_start_failure(self.name, _one_line(exc))
            raise ToolServerError(self.problem) from None
        ready: asyncio.Future[list[ToolInfo]] = loop.create_future()
        # Waiters may all have gone: a failure nobody awaited is not an unhandled error.
        ready.add_done_callback(lambda f: f.cancelled() or f.exception())
        self._ready, self._deadline = ready, loop.time() + self.start_timeout
        self._queue = asyncio.Queue()
        self._owner = asyncio.create_task(self._serve(launch, ready), name=f"mcp:{self.name}")

    async def _serve(self, launch: Launch, ready: asyncio.Future[list[ToolInfo]]) -> None:
        stderr = StderrTail()
        try:
            await self._serve_with(launch, ready, stderr)
        finally:
            stderr.release_writer()

    async def _serve_with(
        self,
        launch: Launch,
        ready: asyncio.Future[list[ToolInfo]],
        stderr: StderrTail,
    ) -> None:
        import anyio
        from mcp import Client

        statuses: list[int] = []  # HTTP error statuses: the SDK keeps only a generic message
        try:
            # Cancelled only while connecting (see _finish_owner); anyio scopes must nest
            # around the contexts entered in them, hence around the whole session.
            with anyio.CancelScope() as starting:
                self._starting = starting
                async with contextlib.AsyncExitStack() as stack:
                    transport = await _open_transport(launch, stderr.writer, stack, statuses)
                    client = await stack.enter_async_context(Client(transport))
                    stderr.release_writer()  # the child has its own copy now
                    tools = await _list_all(client, launch.name)
                    self._starting = None
                    if ready.done():
                        return  # given up meanwhile (start timeout or close)
                    self._tools, self.problem = tools, ""
                    ready.set_result(tools)
                    async with asyncio.TaskGroup() as group:
                        while (job := await self._queue.get()) is not None:
                            if job.future.done():
                                continue
                            job.task = group.create_task(self._run_job(client, job))
                        for job in list(self._jobs):
                            if job.task is not None:
                                job.abandon()  # in flight: stop it so the group can end
        except Exception as exc:
            said = await asyncio.to_thread(stderr.text, 1.0) if launch.transport == "stdio" else ""
            reason = _explain(exc, launch, said[-_STDERR_TAIL:], statuses)
            log.warning("MCP server %s ended: %s", launch.name, type(exc).__name__)
            if not ready.done():
                self.problem = describe_start_failure(launch.name, reason)
                ready.set_exception(ToolServerError(self.problem))
            else:
                self.problem = translate(
                    "mcp", 'The tool server "{name}" stopped: {reason}'
                ).format(name=launch.name, reason=reason)
        finally:
            self._starting = None
            for job in list(self._jobs):
                if not job.future.done():
                    job.future.set_exception(ToolServerError(self._stopped_message()))
            if not ready.done():
                ready.set_exception(ToolServerError(self._stopped_message()))

    async def _run_job(self, client: Client, job: _Job) -> None:
        from mcp.shared.exceptions import MCPError
        from mcp_types import CONNECTION_CLOSED

        try:
            result = await job.run(client)
        except asyncio.CancelledError:
            # Not the caller (it cancels the future first): the session is going down,
            # e.g. the SDK's task group failed because a remote server vanished.
            if not job.future.done():
                job.future.set_exception(ToolServerError(self._unexpected_stop()))
            return
        except MCPError as exc:
            if exc.code == CONNECTION_CLOSED:
                self.problem = self._unexpected_stop()
                if not job.future.done():
                    job.future.set_exception(ToolServerError(self.problem))
                self._ending = True
                self._queue.put_nowait(None)  # end the session: the next use starts a new one
                return
            if not job.future.done():
                job.future.set_exception(ToolServerError(exc.message))
            return
        except Exception as exc:
            if not job.future.done():
                job.future.set_exception(ToolServerError(_one_line(exc)))
            return
        if not job.future.done():
            job.future.set_result(result)

    def _unexpected_stop(self) -> str:
        return translate(
            "mcp",
            'The tool server "{name}" stopped unexpectedly (it will be started again on next use).',
        ).format(name=self.name)

    def _stopped_message(self) -> str:
        return self.problem or translate("mcp", 'The tool server "{name}" stopped.').format(
            name=self.name
        )


async def _open_transport(
    launch: Launch, errlog: TextIO, stack: contextlib.AsyncExitStack, statuses: list[int]
) -> Any:
    """The SDK transport for ``launch`` (a context manager the Client enters)."""
    if launch.transport == "stdio":
        from mcp import StdioServerParameters
        from mcp.client.stdio import stdio_client

        command = launch.command
        if os.sep not in command and shutil.which(command, path=launch.env.get("PATH")) is None:
            raise ToolServerError(
                translate("mcp", 'the program "{command}" was not found on PATH.').format(
                    command=command
                )
            )
        params = StdioServerParameters(
            command=command, args=list(launch.args), env=launch.env, cwd=launch.cwd or None
        )
        return stdio_client(params, errlog=errlog)
    if launch.transport == "sse":
        from mcp.client.sse import sse_client

        return sse_client(launch.url, headers=dict(launch.headers) or None)
    import httpx2
    from mcp.client.streamable_http import streamable_http_client

    async def note_status(response: httpx2.Response) -> None:
        if response.status_code >= 400:
            statuses.append(response.status_code)

    http = await stack.enter_async_context(
        httpx2.AsyncClient(
            headers=launch.headers,
            timeout=httpx2.Timeout(30.0, read=300.0),
            event_hooks={"response": [note_status]},
        )
    )
    return streamable_http_client(launch.url, http_client=http)


async def _list_all(client: Client, server: str, refresh: bool = False) -> list[ToolInfo]:
    """Every page of tools/list, as plain ToolInfo (``refresh``: not from the SDK's cache)."""
    tools: list[ToolInfo] = []
    cursor: str | None = None
    for _page in range(_MAX_PAGES):
        listing = await client.list_tools(cursor=cursor, cache_mode="refresh" if refresh else "use")
        for tool in listing.tools:
            hints = tool.annotations
            tools.append(
                ToolInfo(
                    server=server,
                    name=tool.name,
                    description=tool.description or "",
                    input_schema=dict(tool.input_schema or {}),
                    title=tool.title or (hints.title if hints and hints.title else "") or "",
                    read_only=hints.read_only_hint if hints else None,
                    destructive=hints.destructive_hint if hints else None,
                )
            )
        cursor = listing.next_cursor
        if not cursor:
            break
    return tools


async def _call(client: Client, tool: str, arguments: dict[str, Any]) -> ToolResult:
    from mcp_types import (
        AudioContent,
        EmbeddedResource,
        ImageContent,
        ResourceLink,
        TextContent,
        TextResourceContents,
    )

    result = await client.call_tool(tool, arguments)
    texts: list[str] = []
    images: list[ImagePart] = []
    for part in result.content:
        if isinstance(part, TextContent):
            texts.append(part.text)
        elif isinstance(part, ImageContent):
            images.append(ImagePart(part.mime_type, part.data))
            texts.append(f"[image: {part.mime_type}]")
        elif isinstance(part, AudioContent):
            texts.append(f"[audio: {part.mime_type}]")
        elif isinstance(part, ResourceLink):
            texts.append(f"[resource: {part.uri}]")
        elif isinstance(part, EmbeddedResource):
            resource = part.resource
            if isinstance(resource, TextResourceContents):
                texts.append(resource.text)
            else:
                texts.append(f"[resource: {resource.uri} ({resource.mime_type or 'binary'})]")
    if not texts and result.structured_content is not None:
        import json

        texts.append(json.dumps(result.structured_content, ensure_ascii=False))
    return ToolResult("\n".join(texts), tuple(images), bool(result.is_error))


def _safe_url(url: str) -> str:
    """The URL without user info, query or fragment, which may carry a token."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[-1] if text else type(exc).__name__


def _explain(exc: BaseException, launch: Launch, stderr: str, statuses: list[int]) -> str:
    """A plain-language reason for a failed or ended session."""
    from mcp.shared.exceptions import MCPError
    from mcp_types import CONNECTION_CLOSED

    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]  # anyio wraps the cause in task-group exception groups
    if statuses and launch.transport != "stdio":
        status = statuses[-1]
        if status in (401, 403):
            reason = translate(
                "mcp",
                "the server refused access (HTTP {status}): check its headers, e.g. the token.",
            )
        else:
            reason = translate("mcp", "the server answered with HTTP error {status}.")
        reason = reason.format(status=status)
    elif isinstance(exc, ToolServerError):
        reason = str(exc)
    elif isinstance(exc, FileNotFoundError):
        reason = translate("mcp", 'the program "{command}" was not found.').format(
            command=launch.command
        )
    elif isinstance(exc, PermissionError):
        reason = translate("mcp", 'the program "{command}" may not be run.').format(
            command=launch.command
        )
    elif isinstance(exc, MCPError) and exc.code == CONNECTION_CLOSED:
        reason = translate("mcp", "it closed the connection.")
    elif isinstance(exc, MCPError):
        reason = translate("mcp", "it answered with an error: {error}").format(error=exc.message)
    elif launch.transport != "stdio":
        reason = translate("mcp", "{url} could not be reached ({error}).").format(
            url=_safe_url(launch.url), error=_one_line(exc)
        )
    else:
        reason = _one_line(exc)
    if stderr:
        reason += "\n" + translate("mcp", "It said: {stderr}").format(stderr=stderr)
    return reason


class ToolHost:
    """Owns every server session: creates them lazily, and closes them all.

    ``prepare`` turns a server's config into a Launch, e.g.
    ``lambda server: prepare_launch(server, store, key_provider())``; it runs in a
    worker thread because it may read the keyring.
    """

    def __init__(
        self,
        config: McpConfig,
        prepare: Callable[[ServerConfig], Launch],
        *,
        start_timeout: float = START_TIMEOUT,
        call_timeout: float = CALL_TIMEOUT,
    ) -> None:
        self._config = config
        self._prepare = prepare
        self._start_timeout = start_timeout
        self._call_timeout = call_timeout
        self._sessions: dict[str, ServerSession] = {}

    @property
    def config(self) -> McpConfig:
        return self._config

    def session(self, name: str) -> ServerSession:
        """The session for ``name`` (not started until used)."""
        if name not in self._config.servers:
            raise ToolServerError(
                translate("mcp", 'There is no tool server named "{name}".').format(name=name)
            )
        if name not in self._sessions:
            self._sessions[name] = ServerSession(
                name,
                lambda: self._prepare(self._config.servers[name]),
                start_timeout=self._start_timeout,
                call_timeout=self._call_timeout,
            )
        return self._sessions[name]

    async def list_all(self) -> tuple[list[ToolInfo], dict[str, str]]:
        """Tools of every enabled server, started together; and each failed server's problem."""
        servers = [s.name for s in self._config.enabled()]
        results = await asyncio.gather(
            *(self.session(n).list_tools() for n in servers), return_exceptions=True
        )
        tools: list[ToolInfo] = []
        problems: dict[str, str] = {}
        for name, result in zip(servers, results, strict=True):
            if isinstance(result, ToolServerError):
                problems[name] = str(result)
            elif isinstance(result, BaseException):
                raise result
            else:
                tools.extend(result)
        return tools, problems

    async def call_tool(
        self, server: str, tool: str, arguments: dict[str, Any], time_limit: float | None = None
    ) -> ToolResult:
        return await self.session(server).call_tool(tool, arguments, time_limit)

    async def refresh(self) -> tuple[list[ToolInfo], dict[str, str]]:
        """Like list_all, but running servers list their tools again."""
        for name in [s.name for s in self._config.enabled()]:
            session = self.session(name)
            if session.running:
                with contextlib.suppress(ToolServerError, TimeoutError):
                    await session.refresh_tools()
        return await self.list_all()

    async def apply(self, config: McpConfig) -> None:
        """Use an edited server list: sessions of removed or changed servers are closed
        (the next use starts them with the new settings); the others keep running."""
        stale = [
            name
            for name in self._sessions
            if launch_fields(config.servers.get(name))
            != launch_fields(self._config.servers.get(name))
        ]
        self._config = config
        for name in stale:
            await self.restart(name)

    async def restart(self, name: str) -> None:
        """Close one server's session (after its config changed); the next use starts it."""
        session = self._sessions.pop(name, None)
        if session is not None:
            await session.aclose()

    async def aclose(self) -> None:
        """Close every session; their child processes are terminated."""
        sessions, self._sessions = list(self._sessions.values()), {}
        await asyncio.gather(*(s.aclose() for s in sessions), return_exceptions=True)
