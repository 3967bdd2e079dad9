"""Conversation and message data types, with lossless (de)serialisation."""

from __future__ import annotations

import math
import os
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from gui.core.attachments.ref import AttachmentRef, refs_from
from gui.core.chat_model import valid_model
from gui.core.errors import TEXTS
from gui.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gui.core.errors import ClassifiedError

_E = TypeVar("_E", bound=StrEnum)

SCHEMA_VERSION = 2
# Base64 image data kept per tool result; images beyond it are left out (the text still
# names them), so one screenshot-happy tool cannot bloat the file past its size limit.
MAX_TOOL_IMAGE_BYTES = 4_000_000


def now_iso() -> str:
    """Current UTC time as an ISO 8601 string with milliseconds and a Z suffix."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id() -> str:
    """A fresh random identifier (32 hex characters)."""
    return os.urandom(16).hex()  # what uuid4().hex carries, without importing uuid


class BadConversation(ValueError):
    """Data that is not a conversation; the message is one of the app's own, translatable
    in the "storage" context."""


class Role(StrEnum):
    """Who wrote a message."""

    USER = "user"
    ASSISTANT = "assistant"
    TOOL = "tool"  # the result of one tool call, answering an assistant's ``tool_calls``


class ToolStatus(StrEnum):
    """How a tool call ended (the ``tool_status`` of a tool message)."""

    OK = "ok"
    ERROR = "error"
    DENIED = "denied"
    CANCELLED = "cancelled"
    TIMED_OUT = "timed_out"


class Approval(StrEnum):
    """How a tool call was allowed to run (or not)."""

    AUTO = "auto"  # no approval needed (the call could not run: unknown tool, bad arguments)
    ALWAYS = "always"  # the tool is in its server's alwaysAllow
    ONCE = "once"  # the user allowed this call
    DENIED = "denied"  # the user declined it
    NONE = "none"  # never decided (the round was stopped first)


class MessageStatus(StrEnum):
    """Lifecycle of a message; only STREAMING is transient."""

    STREAMING = "streaming"
    COMPLETE = "complete"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"
    ERROR = "error"


@dataclass(slots=True)
class Usage:
    """Token counts reported by the server for one reply."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    reasoning_tokens: int | None = None
    cached_tokens: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
            "reasoning_tokens": self.reasoning_tokens,
            "cached_tokens": self.cached_tokens,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Usage | None:
        if not isinstance(data, dict):
            return None
        return cls(
            prompt_tokens=_count(data.get("prompt_tokens")) or 0,
            completion_tokens=_count(data.get("completion_tokens")) or 0,
            total_tokens=_count(data.get("total_tokens")) or 0,
            reasoning_tokens=_count(data.get("reasoning_tokens")),
            cached_tokens=_count(data.get("cached_tokens")),
        )


@dataclass(slots=True)
class ErrorInfo:
    """Why a reply failed, in plain language, with the MiniMax code when known.

    ``kind`` is an ``ErrorKind`` value, kept as text: a file may hold one this version
    does not know.
    """

    kind: str
    message: str
    code: int | None = None
    http_status: int | None = None
    retryable: bool = False
    detail: str = ""
    text_ids: list[str] = field(default_factory=list)
    args: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_error(cls, error: ClassifiedError) -> ErrorInfo:
        """What a message keeps of a classified failure."""
        return cls(
            kind=error.kind.value,
            message=error.message,
            code=error.code,
            http_status=error.http_status,
            retryable=error.retryable,
            detail=error.detail,
            text_ids=list(error.text_ids),
            args=dict(error.args),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "message": self.message,
            "code": self.code,
            "http_status": self.http_status,
            "retryable": self.retryable,
            "detail": self.detail,
            "text_ids": list(self.text_ids),
            "args": dict(self.args),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ErrorInfo | None:
        if not isinstance(data, dict):
            return None
        raw_ids = data.get("text_ids")
        raw_args = data.get("args")
        args = {str(k): str(v) for k, v in raw_args.items()} if isinstance(raw_args, dict) else {}
        ids = [i for i in raw_ids if isinstance(i, str)] if isinstance(raw_ids, list) else []
        if not all(_renders(i, args) for i in ids):
            ids = []  # shown from the stored message instead, which is always plain text
        return cls(
            kind=str(data.get("kind", "unknown")),
            message=str(data.get("message", "")),
            code=_opt_int(data.get("code")),
            http_status=_opt_int(data.get("http_status")),
            retryable=bool(data.get("retryable", False)),
            detail=str(data.get("detail", "")),
            text_ids=ids,
            args=args,
        )


@dataclass(slots=True)
class Message:
    """One turn of a conversation.

    ``content`` is the visible answer (never with think tags); ``reasoning`` the
    thinking text. Replay fields (``raw_content``, ``reasoning_details``,
    ``tool_calls``) keep exactly what the server sent so the next request can
    send it back as MiniMax requires.

    A ``Role.TOOL`` message is the result of one call: ``content`` is exactly the text
    sent to the model, and the ``tool_*`` fields say which call it answers and how it
    went (see docs/conversation-format.md).
    """

    role: Role
    content: str = ""
    id: str = field(default_factory=new_id)
    reasoning: str = ""
    status: MessageStatus = MessageStatus.COMPLETE
    created_at: str = field(default_factory=now_iso)
    model: str = ""
    usage: Usage | None = None
    finish_reason: str | None = None
    error: ErrorInfo | None = None
    raw_content: str | None = None
    reasoning_details: list[dict[str, Any]] = field(default_factory=list)
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    reasoning_split: bool | None = None
    thinking_seconds: float | None = None
    completed_at: str | None = None
    # Role.TOOL only:
    tool_call_id: str = ""
    name: str = ""  # the tool's name as offered to the model (and called by it)
    server: str = ""  # the MCP server's name ("" when the call named no known tool)
    tool: str = ""  # the tool's own name on that server
    is_error: bool = False
    tool_status: ToolStatus = ToolStatus.OK
    started_at: str | None = None
    duration_seconds: float | None = None
    approval: Approval = Approval.NONE
    images: list[dict[str, str]] = field(default_factory=list)  # {"mime_type", "data"}
    extra: dict[str, Any] = field(default_factory=dict)
    attachments: list[AttachmentRef] = field(default_factory=list)  # user messages
    # Assistant only: the chat's context start when its request was made (None: it sent
    # the whole chat). The server's count of that request applies only while it still holds.
    context_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.extra)
        data.update(
            {
                "id": self.id,
                "role": self.role.value,
                "content": self.content,
                "reasoning": self.reasoning,
                "status": self.status.value,
                "created_at": self.created_at,
            }
        )
        if self.attachments:
            data["attachments"] = [ref.to_dict() for ref in self.attachments]
        if self.role is Role.ASSISTANT:
            data.update(
                {
                    "model": self.model,
                    "usage": self.usage.to_dict() if self.usage else None,
                    "finish_reason": self.finish_reason,
                    "error": self.error.to_dict() if self.error else None,
                    "raw_content": self.raw_content,
                    "reasoning_details": [dict(item) for item in self.reasoning_details],
                    "tool_calls": [dict(call) for call in self.tool_calls],
                    "reasoning_split": self.reasoning_split,
                    "thinking_seconds": self.thinking_seconds,
                    "completed_at": self.completed_at,
                }
            )
            if self.context_from is not None:
                data["context_from"] = self.context_from
        elif self.role is Role.TOOL:
            data.update(
                {
                    "tool_call_id": self.tool_call_id,
                    "name": self.name,
                    "server": self.server,
                    "tool": self.tool,
                    "is_error": self.is_error,
                    "tool_status": self.tool_status.value,
                    "started_at": self.started_at,
                    "duration_seconds": self.duration_seconds,
                    "approval": self.approval.value,
                    "images": [dict(image) for image in self.images],
                }
            )
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Message:
        """Build a message; raises ValueError when required fields have the wrong shape."""
        if not isinstance(data, dict):
            raise BadConversation(QT_TRANSLATE_NOOP("storage", "a message must be a JSON object"))
        role = Role(str(data.get("role")))
        content = data.get("content", "")
        if not isinstance(content, str):
            raise BadConversation(QT_TRANSLATE_NOOP("storage", "message content must be a string"))
        raw_status = str(data.get("status", MessageStatus.COMPLETE.value))
        try:
            status = MessageStatus(raw_status)
        except ValueError:
            status = MessageStatus.INTERRUPTED
        known = {
            "id", "role", "content", "reasoning", "status", "created_at", "model", "usage",
            "finish_reason", "error", "raw_content", "reasoning_details", "tool_calls",
            "reasoning_split", "thinking_seconds", "completed_at", "tool_call_id", "name",
            "server", "tool", "is_error", "tool_status", "started_at", "duration_seconds",
            "approval", "images", "attachments", "context_from",
        }  # fmt: skip
        details = data.get("reasoning_details") or []
        calls = data.get("tool_calls") or []
        raw = data.get("raw_content")
        seconds = data.get("thinking_seconds")
        return cls(
            role=role,
            content=content,
            id=str(data.get("id") or new_id()),
            reasoning=str(data.get("reasoning") or ""),
            status=status,
            created_at=_time(data.get("created_at")) or now_iso(),
            model=str(data.get("model") or ""),
            usage=Usage.from_dict(data.get("usage")),
            finish_reason=_opt_str(data.get("finish_reason")),
            error=ErrorInfo.from_dict(data.get("error")),
            raw_content=raw if isinstance(raw, str) else None,
            reasoning_details=[dict(d) for d in details if isinstance(d, dict)],
            tool_calls=[dict(c) for c in calls if isinstance(c, dict)],
            reasoning_split=_opt_bool(data.get("reasoning_split")),
            thinking_seconds=_seconds(seconds),
            completed_at=_time(data.get("completed_at")),
            tool_call_id=_str(data.get("tool_call_id")),
            name=_str(data.get("name")),
            server=_str(data.get("server")),
            tool=_str(data.get("tool")),
            is_error=data.get("is_error") is True,
            tool_status=_enum(
                ToolStatus,
                data.get("tool_status"),
                ToolStatus.ERROR if "tool_status" in data else ToolStatus.OK,
            ),
            started_at=_time(data.get("started_at")),
            duration_seconds=_seconds(data.get("duration_seconds")),
            approval=_enum(Approval, data.get("approval"), Approval.NONE),
            images=tool_images(data.get("images")),
            extra={k: v for k, v in data.items() if k not in known},
            attachments=refs_from(data.get("attachments")),
            context_from=_opt_str(data.get("context_from")) if role is Role.ASSISTANT else None,
        )


def tool_images(value: object) -> list[dict[str, str]]:
    """Valid ``{"mime_type", "data"}`` image entries, at most MAX_TOOL_IMAGE_BYTES of data."""
    images: list[dict[str, str]] = []
    total = 0
    for item in value if isinstance(value, list) else []:
        if not isinstance(item, dict):
            continue
        mime, data = item.get("mime_type"), item.get("data")
        if not (isinstance(mime, str) and mime.startswith("image/") and isinstance(data, str)):
            continue
        total += len(data)
        if total > MAX_TOOL_IMAGE_BYTES:
            break
        images.append({"mime_type": mime, "data": data})
    return images


@dataclass(slots=True)
class ToolChoice:
    """Which configured tools one conversation offers: everything not switched off here.

    Servers and tools are named as in mcp.json (``"server/tool"`` for a tool), so a
    server added later is on in every chat until a chat switches it off.
    """

    disabled_servers: list[str] = field(default_factory=list)
    disabled_tools: list[str] = field(default_factory=list)

    def server_enabled(self, server: str) -> bool:
        return server not in self.disabled_servers

    def tool_enabled(self, server: str, tool: str) -> bool:
        return self.server_enabled(server) and f"{server}/{tool}" not in self.disabled_tools

    def is_default(self) -> bool:
        return not self.disabled_servers and not self.disabled_tools

    def to_dict(self) -> dict[str, Any]:
        return {
            "disabled_servers": list(self.disabled_servers),
            "disabled_tools": list(self.disabled_tools),
        }

    @classmethod
    def from_dict(cls, data: object) -> ToolChoice:
        if not isinstance(data, dict):
            return cls()
        servers, tools = data.get("disabled_servers"), data.get("disabled_tools")
        return cls(
            [s for s in servers if isinstance(s, str)] if isinstance(servers, list) else [],
            [t for t in tools if isinstance(t, str)] if isinstance(tools, list) else [],
        )


@dataclass(slots=True, weakref_slot=True)  # the saver remembers deleted ones weakly
class Conversation:
    """A titled list of messages with its own system prompt."""

    id: str = field(default_factory=new_id)
    title: str = ""
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)
    system_prompt: str | None = None  # None: the default from Settings; "": none
    messages: list[Message] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    # The default prompt the latest request carried, when the conversation has none of its
    # own: exports show what was sent, even after the default changes.
    sent_system_prompt: str | None = None
    tools: ToolChoice = field(default_factory=ToolChoice)  # this chat's tools (default: all)
    thinking: str | None = None  # "adaptive" or "off" for this chat; None: the Settings default
    model: str | None = None  # this chat's model; None: the Settings default
    # The id of the first message sent (a user message); earlier ones stay in the chat but
    # are not sent. None: the whole chat is sent.
    context_from: str | None = None

    def touch(self) -> None:
        """Record activity now (sorts the conversation to the top)."""
        self.updated_at = now_iso()

    def find(self, message_id: str) -> Message | None:
        return next((m for m in self.messages if m.id == message_id), None)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.extra)
        data.update(
            {
                "schema_version": SCHEMA_VERSION,
                "id": self.id,
                "title": self.title,
                "created_at": self.created_at,
                "updated_at": self.updated_at,
                "system_prompt": self.system_prompt,
                "messages": [m.to_dict() for m in self.messages],
            }
        )
        if self.sent_system_prompt is not None:
            data["sent_system_prompt"] = self.sent_system_prompt
        if not self.tools.is_default():
            data["tools"] = self.tools.to_dict()
        if self.thinking is not None:
            data["thinking"] = self.thinking
        if self.model is not None:
            data["model"] = self.model
        if self.context_from is not None:
            data["context_from"] = self.context_from
        return data

    @property
    def effective_system_prompt(self) -> str:
        """The system prompt this conversation's requests carry ("" for none)."""
        if self.system_prompt is not None:
            return self.system_prompt
        return self.sent_system_prompt or ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Conversation:
        """Build a conversation; raises ValueError when the data is not a valid conversation."""
        if not isinstance(data, dict):
            raise BadConversation(
                QT_TRANSLATE_NOOP("storage", "a conversation must be a JSON object")
            )
        conv_id = data.get("id")
        if not isinstance(conv_id, str) or not conv_id:
            raise BadConversation(
                QT_TRANSLATE_NOOP("storage", "a conversation needs a non-empty string id")
            )
        messages = data.get("messages", [])
        if not isinstance(messages, list):
            raise BadConversation(QT_TRANSLATE_NOOP("storage", "messages must be a list"))
        title = data.get("title", "")
        if not isinstance(title, str):
            raise BadConversation(QT_TRANSLATE_NOOP("storage", "title must be a string"))
        prompt = data.get("system_prompt")
        sent = data.get("sent_system_prompt")
        known = {
            "schema_version", "id", "title", "created_at", "updated_at", "system_prompt",
            "messages", "sent_system_prompt", "tools", "context_from",
            "model",  # one that cannot name a model (not text, huge, hidden characters) is dropped
        }  # fmt: skip
        thinking = _thinking_choice(data.get("thinking"))
        if thinking is not None:  # a value this app does not know stays as it was written
            known.add("thinking")
        created = _time(data.get("created_at")) or now_iso()
        loaded = _unique_ids([Message.from_dict(m) for m in messages])
        return cls(
            id=conv_id,
            title=title,
            created_at=created,
            updated_at=_time(data.get("updated_at")) or created,
            system_prompt=prompt if isinstance(prompt, str) else None,
            messages=loaded,
            extra={k: v for k, v in data.items() if k not in known},
            sent_system_prompt=sent if isinstance(sent, str) else None,
            tools=ToolChoice.from_dict(data.get("tools")),
            thinking=thinking,
            model=valid_model(data.get("model")),
            context_from=context_start(loaded, data.get("context_from")),
        )


def title_from_text(text: str, limit: int = 60) -> str:
    """A short conversation title taken from the first words of a message."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line or "New chat"
    cut = line[:limit].rsplit(" ", 1)[0]
    return (cut if len(cut) > limit // 2 else line[:limit]).rstrip(" ,.;:") + "…"


# Loading checks every value that display and export compute with, so that a file from
# anywhere (an import, a hand edit) can always be shown and exported: numbers are finite
# and in range, times parse and survive any time-zone shift, error texts have their args.
MAX_COUNT = 2**63 - 1  # also what orjson can write
MAX_SECONDS = 10**9


def _count(value: object) -> int | None:
    """A token count: a whole number from 0 to MAX_COUNT, else None."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_COUNT:
        return value
    return None


def _seconds(value: object) -> float | None:
    """A duration: a finite number of seconds from 0 to MAX_SECONDS, else None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value) if abs(value) <= MAX_SECONDS else math.inf
        if math.isfinite(seconds) and seconds >= 0:
            return seconds
    return None


def _time(value: object) -> str | None:
    """An ISO 8601 time that every formatter can shift to any zone, else None."""
    if not isinstance(value, str) or not value or len(value) > 64:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    # Years 1 and 9999 overflow when a time zone moves them across the range's edge.
    return value if 2 <= moment.year <= 9998 else None


def _unique_ids(messages: list[Message]) -> list[Message]:
    """Messages are found by id (the view, edit, regenerate): a repeated id gets a new one."""
    seen: set[str] = set()
    for message in messages:
        if message.id in seen:
            message.id = new_id()
        seen.add(message.id)
    return messages


def _renders(text_id: str, args: dict[str, str]) -> bool:
    """Whether the app's error text ``text_id`` can be filled in from ``args``."""
    template = TEXTS.get(text_id)
    if template is None:
        return True  # unknown ids are skipped when shown
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    return fields <= args.keys()


def _thinking_choice(value: object) -> str | None:
    """A chat's thinking choice; anything else (a newer app's value, a typo) means "default"."""
    return value if value in ("adaptive", "off") else None


def start_index(messages: Sequence[Message], context_from: str | None) -> int:
    """The index of the first message sent: the user message ``context_from`` names, or 0.

    A start that names no message of ``messages``, or one that is not a user message, is no
    start: the whole chat is sent. Starting on a user message never splits a tool round (an
    assistant turn's calls and their results always follow the user message they answer).
    """
    if context_from is None:
        return 0
    for index, message in enumerate(messages):
        if message.id == context_from:
            return index if message.role is Role.USER else 0
    return 0


def context_start(messages: list[Message], value: object) -> str | None:
    """``value`` when it names a user message after the first (where a chat's context may
    start), else None: the whole chat is sent."""
    if not isinstance(value, str):
        return None
    return value if start_index(messages, value) > 0 else None


def _opt_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _opt_bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _enum(kind: type[_E], value: object, default: _E) -> _E:
    try:
        return kind(value) if isinstance(value, str) else default
    except ValueError:
        return default
