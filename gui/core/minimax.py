"""MiniMax backend: one AsyncOpenAI client, MiniMax's stream shapes turned into StreamEvents."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import importlib
import json
import logging
from collections.abc import AsyncGenerator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gui.core import errors
from gui.core.conversation import Usage
from gui.core.errors import ClassifiedError
from gui.core.events import (
    ContentDelta,
    Finished,
    FullMessage,
    ReasoningDelta,
    StreamEvent,
    StreamFailed,
    ToolCallDelta,
    UsageReport,
)
from gui.core.logsetup import redact
from gui.core.request import ChatRequest
from gui.core.sse import looks_like_sse, sse_payloads

if TYPE_CHECKING:
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)

PROXY_SYSTEM = "system"
PROXY_NONE = "none"
PROXY_CUSTOM = "custom"
MAX_BODY_BYTES = 64 * 1024 * 1024
"""A reply that is not a stream is read whole, up to this size."""


@dataclass(frozen=True, slots=True)
class BackendConfig:
    """Where and how to connect. ``repr`` never shows the key."""

    base_url: str
    api_key: str
    proxy_mode: str = PROXY_SYSTEM
    proxy_url: str = ""
    connect_timeout: float = 15.0
    read_timeout: float = 300.0
    finish_grace: float = 2.0
    """Seconds to wait after ``finish_reason`` for the usage chunk or a closing frame."""

    def __repr__(self) -> str:
        return (
            f"BackendConfig(base_url={self.base_url!r}, api_key=<{len(self.api_key)} chars>, "
            f"proxy_mode={self.proxy_mode!r})"
        )


def _get(obj: Any, key: str) -> Any:
    """A field of an SDK model or a plain dict; extras included, missing reads as None.

    This runs for every field of every chunk, so it reads pydantic's storage directly:
    ``getattr`` on a model goes through ``__getattr__`` (and an exception) for every
    field the chunk did not carry.
    """
    if obj is None:
        return None
    if type(obj) is dict:
        return obj.get(key)
    fields = getattr(obj, "__dict__", None)
    if fields is not None:
        value = fields.get(key)
        if value is not None:
            return value
        extra = getattr(obj, "__pydantic_extra__", None)
        return extra.get(key) if extra else None
    if isinstance(obj, dict):
        return obj.get(key)
    return getattr(obj, key, None)


def _as_dict(obj: Any) -> dict[str, Any]:
    if isinstance(obj, dict):
        return obj
    dump = getattr(obj, "model_dump", None)
    return dump(mode="json", exclude_unset=True) if callable(dump) else {}


def _usage_from(raw: Any) -> Usage | None:
    if raw is None:
        return None
    prompt = _get(raw, "prompt_tokens") or 0
    completion = _get(raw, "completion_tokens") or 0
    total = _get(raw, "total_tokens") or 0
    if not (prompt or completion or total):
        return None  # MiniMax sends zero placeholders mid-stream
    reasoning = _get(_get(raw, "completion_tokens_details"), "reasoning_tokens")
    cached = _get(_get(raw, "prompt_tokens_details"), "cached_tokens")
    return Usage(
        prompt_tokens=int(prompt),
        completion_tokens=int(completion),
        total_tokens=int(total) or int(prompt) + int(completion),
        reasoning_tokens=int(reasoning) if isinstance(reasoning, int) else None,
        cached_tokens=int(cached) if isinstance(cached, int) else None,
    )


def _base_resp_error(obj: Any) -> ClassifiedError | None:
    base = _get(obj, "base_resp")
    if not isinstance(base, dict):
        return None
    code = base.get("status_code")
    if not isinstance(code, int) or code == 0:
        return None
    return errors.classify(http_status=None, message=str(base.get("status_msg", "")), code=code)


def _error_frame(obj: Any) -> ClassifiedError | None:
    """A ``{"type":"error","error":{…}}`` body or frame, classified."""
    err = _get(obj, "error")
    if not isinstance(err, dict):
        return None
    return _classify_body(err, None)


def _classify_body(body: dict[str, Any], status: int | None) -> ClassifiedError:
    message = str(body.get("message") or body.get("status_msg") or "")
    http_code = body.get("http_code")
    if status is None and isinstance(http_code, (str, int)) and str(http_code).isdigit():
        status = int(http_code)
    code = body.get("status_code") if isinstance(body.get("status_code"), int) else None
    base = body.get("base_resp")
    if isinstance(base, dict) and isinstance(base.get("status_code"), int) and base["status_code"]:
        code = base["status_code"]
        message = message or str(base.get("status_msg", ""))
    raw_type = body.get("type")
    error_type = raw_type if isinstance(raw_type, str) else None
    return errors.classify(http_status=status, message=message, code=code, error_type=error_type)


def events_from_chunk(chunk: Any) -> Iterator[StreamEvent]:
    """Turn one parsed chunk (SDK model or dict) into stream events.

    Raises:
        _ChunkError: the chunk carries a MiniMax error (``base_resp`` or an error frame).
    """
    failure = _base_resp_error(chunk) or _error_frame(chunk)
    if failure is not None:
        raise _ChunkError(failure)
    usage = _usage_from(_get(chunk, "usage"))
    choices = _get(chunk, "choices") or []
    if choices:
        choice = choices[0]
        delta = _get(choice, "delta")
        if delta is not None:
            yield from _events_from_delta(delta)
        else:
            message = _get(choice, "message")
            if message is not None:
                yield _full_message(message)
        finish = _get(choice, "finish_reason")
        if usage is not None:
            yield UsageReport(usage)
        if finish:
            yield Finished(str(finish), str(_get(chunk, "model") or ""))
    elif usage is not None:
        yield UsageReport(usage)


def _events_from_delta(delta: Any) -> Iterator[StreamEvent]:
    details = _get(delta, "reasoning_details")
    if details:
        for item in details:
            if isinstance(item, dict):
                text = item.get("text")
                yield ReasoningDelta(text if isinstance(text, str) else "", item)
    else:
        text = _get(delta, "reasoning_content") or _get(delta, "reasoning")
        if isinstance(text, str) and text:
            yield ReasoningDelta(text, None)
    content = _get(delta, "content")
    if content:
        yield ContentDelta(content)
    calls = _get(delta, "tool_calls")
    if calls:
        for position, call in enumerate(calls):
            fn = _get(call, "function")
            index = _get(call, "index")
            yield ToolCallDelta(
                index=index if isinstance(index, int) else position,
                id=_get(call, "id") or None,
                name=_get(fn, "name") or None,
                arguments=_get(fn, "arguments") or "",
            )


def _full_message(message: Any) -> FullMessage:
    details = _get(message, "reasoning_details") or []
    calls = _get(message, "tool_calls") or []
    reasoning = _get(message, "reasoning_content") or _get(message, "reasoning") or ""
    return FullMessage(
        content=_get(message, "content") or "",
        reasoning_details=[d for d in details if isinstance(d, dict)],
        reasoning_text=reasoning if isinstance(reasoning, str) else "",
        tool_calls=[_as_dict(c) for c in calls],
    )


class _ChunkError(Exception):
    def __init__(self, error: ClassifiedError) -> None:
        super().__init__(error.message)
        self.error = error


def events_from_body(body: bytes) -> Iterator[StreamEvent]:
    """Events from a reply that came back as a plain body instead of an SSE stream.

    MiniMax can answer HTTP 200 with a JSON ``base_resp`` error; a proxy may
    return a non-streamed completion, a stream with the wrong content type, or
    an HTML page.
    """
    text = body.decode("utf-8", errors="replace").strip()
    if text.startswith("data:") or "\ndata:" in text[:2000]:
        yield from _events_from_sse_text(text)
        return
    try:
        data = json.loads(text)
    except ValueError:
        snippet = " ".join(text[:200].split())
        yield StreamFailed(errors.protocol_error(f"not JSON: {snippet!r}"))
        return
    if not isinstance(data, dict):
        yield StreamFailed(errors.protocol_error("the reply is JSON but not an object"))
        return
    try:
        events = list(events_from_chunk(data))
    except _ChunkError as exc:
        yield StreamFailed(exc.error)
        return
    if not events:
        yield StreamFailed(errors.protocol_error("the reply holds no answer"))
        return
    yield from events


def _events_from_sse_text(text: str) -> Iterator[StreamEvent]:
    for line in text.splitlines():
        if not line.startswith("data:"):
            continue
        payload = line[5:].strip()
        if payload.startswith("[DONE]"):
            return
        try:
            chunk = json.loads(payload)
            yield from events_from_chunk(chunk)
        except _ChunkError as exc:
            yield StreamFailed(exc.error)
            return
        except ValueError:
            yield StreamFailed(errors.protocol_error(f"bad chunk JSON: {payload[:120]!r}"))
            return


class MiniMaxBackend:
    """Streams chat replies from a MiniMax (OpenAI-compatible) endpoint.

    Owns one ``AsyncOpenAI`` client, built on first use (importing the SDK is
    slow, so it stays off the start-up path). Call ``aclose()`` before the event
    loop ends.
    """

    def __init__(self, config: BackendConfig) -> None:
        self.config = config
        self._client: AsyncOpenAI | None = None
        self._building: asyncio.Lock | None = None

    async def _ensure_client(self) -> AsyncOpenAI:
        """The client, built in a worker thread on first use.

        Importing the SDK and loading CA certificates take about a second: done on
        the event loop, that would freeze the window.
        """
        if self._client is None:
            if self._building is None:
                self._building = asyncio.Lock()
            async with self._building:
                if self._client is None:
                    self._client = await asyncio.to_thread(self._build_client)
        return self._client

    async def warm_up(self) -> None:
        """Import the SDK (and build the client when there is a key) before the first message."""
        if self.config.api_key:
            await self._ensure_client()
        else:
            await asyncio.to_thread(importlib.import_module, "openai")

    def _build_client(self) -> AsyncOpenAI:
        import httpx2
        from openai import AsyncOpenAI, DefaultAsyncHttpx2Client

        cfg = self.config
        timeout = httpx2.Timeout(
            connect=cfg.connect_timeout, read=cfg.read_timeout, write=30.0, pool=10.0
        )
        kwargs: dict[str, Any] = {"timeout": timeout}
        if cfg.proxy_mode == PROXY_NONE:
            kwargs["trust_env"] = False
        elif cfg.proxy_mode == PROXY_CUSTOM and cfg.proxy_url.strip():
            kwargs["proxy"] = cfg.proxy_url.strip()
        client = AsyncOpenAI(
            api_key=cfg.api_key,  # explicit: never silently fall back to the environment
            base_url=cfg.base_url,
            max_retries=0,  # retries are decided by MiniMax error code, not by status
            timeout=timeout,
            http_client=DefaultAsyncHttpx2Client(**kwargs),
        )
        _preload_first_use(client)
        return client

    async def aclose(self) -> None:
        """Close the HTTP client (before the loop closes, or GC closes it on a dead loop)."""
        client, self._client = self._client, None
        if client is not None:
            await client.close()

    async def stream(self, request: ChatRequest) -> AsyncGenerator[StreamEvent, None]:
        """Send ``request`` and yield its events; failures end in one ``StreamFailed``.

        Cancelling the consuming task closes the HTTP response. A failure's texts never
        carry the key, even when a server or proxy echoes it back.
        """
        async with contextlib.aclosing(self._events(request)) as events:
            async for event in events:
                if isinstance(event, StreamFailed):
                    event = StreamFailed(self._scrub(event.error), event.interrupted)
                yield event

    def _scrub(self, error: ClassifiedError) -> ClassifiedError:
        secrets = (self.config.api_key,) if self.config.api_key else ()
        return dataclasses.replace(
            error,
            message=redact(error.message, secrets),
            detail=redact(error.detail, secrets),
            args={name: redact(value, secrets) for name, value in error.args.items()},
        )

    async def _events(self, request: ChatRequest) -> AsyncGenerator[StreamEvent, None]:
        if not self.config.api_key:
            yield StreamFailed(errors.no_key_error())
            return
        try:
            client = await self._ensure_client()
        except Exception as exc:  # e.g. a malformed proxy address
            yield StreamFailed(errors.network_error(f"could not set up the client: {exc}"))
            return
        import openai  # already imported while building the client: instant

        started = False
        try:
            body = request.body()
            kwargs: dict[str, Any] = {
                "model": body.pop("model"),
                # The SDK walks every message through its TypedDict transform (0.3 ms a
                # message: 0.6 s before a 2,000-message chat reaches the wire) to rename
                # keys chat messages do not have. As extra_body the list goes out as built;
                # the SDK still sends the request and raises its errors.
                "messages": [],
                "temperature": body.pop("temperature"),
                "stream": True,
            }
            if "max_completion_tokens" in body:
                kwargs["max_completion_tokens"] = body.pop("max_completion_tokens")
            kwargs["extra_body"] = body  # the messages, and MiniMax's own fields
            async with client.chat.completions.with_streaming_response.create(**kwargs) as resp:
                decoder = client._make_sse_decoder()  # the one the SDK's own streams use
                async for event in self._read_reply(resp.http_response, decoder):
                    started = True
                    yield event
        except _ChunkError as exc:
            yield StreamFailed(exc.error)
        except (openai.APITimeoutError, TimeoutError) as exc:
            yield StreamFailed(
                errors.timeout_error(_describe(exc), self.config.read_timeout), interrupted=started
            )
        except openai.APIStatusError as exc:
            yield StreamFailed(_status_error(exc))
        except openai.APIConnectionError as exc:
            detail = _describe(exc)
            if started:
                yield StreamFailed(errors.dropped_error(detail), interrupted=True)
            else:
                yield StreamFailed(errors.network_error(detail))
        except openai.APIError as exc:  # a mid-stream {"type":"error",…} frame
            body = exc.body if isinstance(exc.body, dict) else {"message": exc.message}
            yield StreamFailed(_classify_body(body, None))
        except ValueError as exc:  # invalid chunk JSON from the SSE decoder
            yield StreamFailed(errors.protocol_error(str(exc)), interrupted=started)
        except Exception as exc:
            if _is_timeout(exc):
                yield StreamFailed(
                    errors.timeout_error(_describe(exc), self.config.read_timeout),
                    interrupted=started,
                )
            elif _is_transport_error(exc):
                detail = _describe(exc)
                err = errors.dropped_error(detail) if started else errors.network_error(detail)
                yield StreamFailed(err, interrupted=started)
            else:
                log.exception("unexpected failure while streaming")
                yield StreamFailed(errors.protocol_error(f"{type(exc).__name__}: {exc}"))

    async def _read_reply(self, response: Any, decoder: Any) -> AsyncGenerator[StreamEvent, None]:
        """Events from the reply body: an SSE stream, or any other body read whole.

        The body itself decides, never its content type: a JSON error labelled
        ``text/event-stream`` would otherwise parse as an empty stream. A stream is
        decoded by the SDK's own SSE decoder (``decoder``). Once MiniMax has sent
        ``finish_reason`` the reply is complete: the usage chunk and a closing frame get
        ``finish_grace`` seconds, ``[DONE]`` ends reading at once, and a dropped or silent
        connection after that point is not a failure.
        """
        async with contextlib.aclosing(response.aiter_bytes()) as chunks:
            head = b""
            is_sse: bool | None = None
            async for data in chunks:
                head += data
                is_sse = looks_like_sse(head)
                if is_sse is not None:
                    break
            if not is_sse:
                parts, size = [head], len(head)
                async for data in chunks:
                    parts.append(data)
                    size += len(data)
                    if size > MAX_BODY_BYTES:
                        raise ValueError(f"the reply is not a stream and over {size} bytes")
                for event in events_from_body(b"".join(parts)):
                    yield event
                return
            finish_seen = False
            deadline = 0.0  # when finish_seen: stop reading then, whatever still trickles in
            async with contextlib.aclosing(
                sse_payloads(decoder, head, chunks, MAX_BODY_BYTES)
            ) as payloads:
                while True:
                    try:
                        if finish_seen:
                            async with asyncio.timeout_at(deadline):
                                payload = await anext(payloads)
                        else:
                            payload = await anext(payloads)
                    except StopAsyncIteration:
                        break
                    except Exception as exc:
                        if not finish_seen:
                            raise
                        # The answer is whole: a connection lingering or breaking costs nothing.
                        log.info("stopped reading after finish_reason: %s", type(exc).__name__)
                        yield Finished(None)
                        return
                    if payload.startswith("[DONE]"):
                        yield Finished(None)
                        return
                    try:
                        chunk = json.loads(payload)
                    except ValueError:
                        if finish_seen:
                            log.info("ignoring a malformed line after finish_reason")
                            yield Finished(None)
                            return
                        raise ValueError(f"bad chunk JSON: {payload[:120]!r}") from None
                    for event in events_from_chunk(chunk):
                        if isinstance(event, Finished) and not finish_seen:
                            finish_seen = True
                            deadline = asyncio.get_running_loop().time() + self.config.finish_grace
                        yield event
            yield Finished(None)

    async def list_models(self) -> list[str] | None:
        """Model ids from ``GET /models``, or None when the server does not offer the list."""
        try:
            page = await (await self._ensure_client()).models.list()
            return sorted({m.id for m in page.data if isinstance(m.id, str)})
        except Exception as exc:
            log.info("model list unavailable: %s", type(exc).__name__)
            return None

    async def test_connection(self, model: str) -> tuple[ClassifiedError | None, list[str] | None]:
        """Check the key and address: (None, models) on success, (error, None) on failure.

        Tries the free ``GET /models`` first; when the server has no such
        endpoint, sends a one-token chat request instead. Like ``stream``, an error's
        texts never carry the key.
        """
        error, models = await self._test_connection(model)
        return (self._scrub(error) if error is not None else None), models

    async def _test_connection(self, model: str) -> tuple[ClassifiedError | None, list[str] | None]:
        if not self.config.api_key:
            return errors.no_key_error(), None
        try:
            client = await self._ensure_client()
        except Exception as exc:
            return errors.network_error(f"could not set up the client: {exc}"), None
        import openai

        try:
            page = await client.models.list()
            return None, sorted({m.id for m in page.data if isinstance(m.id, str)})
        except openai.AuthenticationError as exc:
            return _status_error(exc), None
        except openai.PermissionDeniedError as exc:
            return _status_error(exc), None
        except openai.APIConnectionError as exc:
            return errors.network_error(_describe(exc)), None
        except Exception as exc:
            log.info("GET /models failed (%s); probing with a chat request", type(exc).__name__)
        try:
            resp = await client.chat.completions.with_raw_response.create(
                model=model,
                messages=[{"role": "user", "content": "ping"}],
                max_completion_tokens=1,
            )
            data = json.loads(resp.http_response.content or b"{}")
            failure = _base_resp_error(data) or _error_frame(data)
            return failure, None
        except openai.APIStatusError as exc:
            return _status_error(exc), None
        except openai.APIConnectionError as exc:
            return errors.network_error(_describe(exc)), None
        except Exception as exc:
            return errors.protocol_error(f"{type(exc).__name__}: {exc}"), None


def _preload_first_use(client: Any) -> None:
    """Do, in the worker thread, what the SDK would otherwise do lazily on the first reply.

    The chat and model resources are modules imported on first access: tens of
    milliseconds that would land on the UI thread when the first answer starts.
    Best effort: a change in the SDK's internals only costs that small stall again.
    """
    try:
        _ = client.chat.completions.with_streaming_response, client.models
    except Exception as exc:  # pragma: no cover - only if the SDK's internals move
        log.debug("SDK warm-up skipped: %s", exc)


def _status_error(exc: Any) -> ClassifiedError:
    """Classify an ``openai.APIStatusError`` by the MiniMax code in its body."""
    status = getattr(exc, "status_code", None)
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        classified = _classify_body(body, status)
    else:
        text = body if isinstance(body, str) else str(getattr(exc, "message", ""))
        classified = errors.classify(http_status=status, message=text)
    retry_after = _retry_after(exc)
    if retry_after is not None and classified.retryable:
        classified = dataclasses.replace(classified, retry_after=retry_after)
    return classified


def _retry_after(exc: Any) -> float | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    value = headers.get("retry-after") if headers is not None else None
    try:
        return min(120.0, float(value)) if value else None
    except ValueError:
        return None


def _is_timeout(exc: BaseException) -> bool:
    try:
        import httpx2
    except ImportError:  # pragma: no cover - httpx2 comes with openai 3.x
        return False
    return isinstance(exc, httpx2.TimeoutException)


def _is_transport_error(exc: BaseException) -> bool:
    try:
        import httpx2
    except ImportError:  # pragma: no cover - httpx2 comes with openai 3.x
        return False
    return isinstance(exc, httpx2.TransportError)


def _describe(exc: BaseException) -> str:
    """A one-line technical description, including the underlying transport error."""
    cause = exc.__cause__ or exc.__context__
    text = f"{type(exc).__name__}: {exc}"
    if cause is not None:
        text += f" ({type(cause).__name__}: {cause})"
    return text
