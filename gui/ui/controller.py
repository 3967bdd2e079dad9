"""ChatController: the one place replies stream, conversations change and saves are queued."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gui.core.chat_model import effective_model, valid_model
from gui.core.connection import Connection
from gui.core.context_start import start_id
from gui.core.conversation import (
    Conversation,
    Message,
    MessageStatus,
    Role,
    ToolChoice,
    context_start,
    title_from_text,
)
from gui.core.i18n import translate
from gui.core.index import ConversationIndex, Summary, summary_of
from gui.core.minimax_models import accepts_images, image_models
from gui.core.progress import StreamUpdate
from gui.core.saver import SaveQueue
from gui.core.settings import Settings
from gui.core.storage import ConversationStore
from gui.core.thinking import thinking_field, valid_choice
from gui.ui.aio import BackgroundTasks
from gui.ui.event_loop import turn_count
from gui.ui.gc_pause import FullCollections
from gui.ui.throttle import RenderThrottle

if TYPE_CHECKING:
    from gui.core.attachments.ref import AttachmentRef
    from gui.core.attachments.store import AttachmentStore
    from gui.core.tools.approval import Approver
    from gui.core.tools.catalog import Catalog
    from gui.core.tools.service import ToolService
    from gui.ui.reply_stream import ReplyStream as _Stream
    from gui.ui.tool_rounds import ToolRounds

# What sending a message needs, loaded by warm_up after the window is on screen (or by
# the first message): not needed to show the window. tests/ui/test_send_imports.py fails
# when the first message loads a module of the app's that this list (with what its modules
# import) leaves out.
SEND_MODULES = (
    "gui.core.accumulator",
    "gui.core.errors",
    "gui.core.events",
    "gui.core.request",
    "gui.core.tool_round",
    "gui.ui.reply_stream",
    "gui.ui.tool_rounds",
)

__all__ = ["AUTO_RETRIES", "ChatController", "StreamUpdate"]  # StreamUpdate: the signal's payload

log = logging.getLogger(__name__)

CHECKPOINT_SECONDS = 2.0
YIELD_EVERY = 0.005  # seconds of stream parsing before the UI gets a turn
AUTO_RETRIES = 2


class ChatController(QObject):
    """Owns conversations in memory, the streams that fill them, and their saving.

    Replies are plain asyncio tasks (not ``asyncSlot``s) so Stop can cancel them.
    A stream always writes into the conversation it started in, whichever one
    the window shows meanwhile.

    Signals:
        conversations_changed(): titles, order or membership of the list changed.
        messages_changed(str): conversation id; messages were added, removed or replaced.
        message_changed(str, str): conversation id, message id; status or metadata changed.
        stream_updated(str, str, object): conversation id, message id, ``StreamUpdate``.
        busy_changed(str, bool): conversation id, whether a reply is streaming there.
        notice(str): a plain-language message for the user.
        approval_requested(str, list[ApprovalRequest]): conversation id, the calls of one
            tool round waiting for the user (answer each with ``resolve_approval``; see
            gui/core/tools/approval.py). Only when no ``approver`` is injected.
        approval_withdrawn(str): conversation id; its pending requests are void (Stop).
        tool_progress(str, str, str): conversation id, call id, and the call's state:
            "waiting" (for approval), "running", or "done" (its tool message is in the
            conversation: ``messages_changed`` follows).
    """

    conversations_changed = Signal()
    messages_changed = Signal(str)
    message_changed = Signal(str, str)
    stream_updated = Signal(str, str, object)
    busy_changed = Signal(str, bool)
    notice = Signal(str)
    approval_requested = Signal(str, object)
    approval_withdrawn = Signal(str)
    tool_progress = Signal(str, str, str)

    def __init__(
        self,
        store: ConversationStore,
        index: ConversationIndex,
        connection: Connection,
        settings: Callable[[], Settings],
        tasks: BackgroundTasks,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
        tools: ToolService | None = None,
        attachments: AttachmentStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._tools = tools
        # Decides tool calls instead of the user (tests, policies); None: ask the window.
        self.approver: Approver | None = None
        self._tool_rounds: ToolRounds | None = None  # built with the first reply
        self._store = store
        self._attachments = attachments
        self._index = index
        self._connection = connection
        self._settings = settings
        self._tasks = tasks
        self._clock = clock
        self._saver = SaveQueue(store, self.notice.emit, index)
        self._entries: dict[str, Summary] = {}  # every conversation on disk
        self._conversations: dict[str, Conversation] = {}  # the ones loaded (and drafts)
        self._streams: dict[str, _Stream] = {}
        self._drafts: set[str] = set()
        self._gc = FullCollections(lambda: not self._streams)
        self.loaded = False

    @property
    def _rounds(self) -> ToolRounds:
        if self._tool_rounds is None:
            from gui.ui.tool_rounds import ToolRounds

            self._tool_rounds = ToolRounds(self)
        return self._tool_rounds

    def warm_up(self) -> None:
        """Import what sending needs now (after the window is on screen), not on Enter."""
        for name in SEND_MODULES:
            importlib.import_module(name)

    # -- loading and listing ------------------------------------------------------

    async def load(self) -> None:
        """List every conversation (from the index; changed files are re-read in a thread)."""
        result = await asyncio.to_thread(self._index.refresh, self._store)
        for summary in result.summaries:
            self._entries.setdefault(summary.id, summary)
        self.loaded = True
        self.conversations_changed.emit()
        if result.problems:
            lines = "\n".join(f"• {p}" for p in result.problems)
            self.notice.emit(
                translate(
                    "ChatController",
                    "Some conversation files could not be opened. Nothing was deleted; every "
                    "other conversation loaded.",
                )
                + "\n"
                + lines
            )

    def conversations(self) -> list[Summary]:
        """Every conversation, most recently active first (an empty new chat on top)."""
        entries = dict(self._entries)
        for conv in self._conversations.values():
            entries[conv.id] = summary_of(conv)  # loaded ones may have changed since
        return sorted(
            entries.values(), key=lambda s: (s.id in self._drafts, s.updated_at), reverse=True
        )

    def summary(self, conversation_id: str) -> Summary | None:
        conv = self._conversations.get(conversation_id)
        return summary_of(conv) if conv is not None else self._entries.get(conversation_id)

    def get(self, conversation_id: str) -> Conversation | None:
        """The conversation if it is loaded (see ``open``)."""
        return self._conversations.get(conversation_id)

    async def open(self, conversation_id: str) -> Conversation | None:
        """The conversation, read from its file (in a thread) the first time."""
        conv = self._conversations.get(conversation_id)
        if conv is None and conversation_id in self._entries:
            conv = await asyncio.to_thread(self._store.load, conversation_id)
            if conv is None:
                self.notice.emit(
                    translate(
                        "ChatController",
                        "That conversation could not be opened: its file is missing or damaged "
                        "(a damaged file is kept aside, never deleted).",
                    )
                )
                return None
            conv = self._conversations.setdefault(conversation_id, conv)
        return conv

    def release(self, conversation_id: str) -> None:
        """Forget a saved conversation that is no longer shown; ``open`` reads it again.

        Kept: drafts, replies still streaming, and anything not on disk yet.
        """
        conv = self._conversations.get(conversation_id)
        if (
            conv is None
            or conversation_id in self._drafts
            or conversation_id in self._streams
            or conversation_id not in self._entries
            or not self._saver.settled(conversation_id)
        ):
            return
        self._entries[conversation_id] = summary_of(conv)
        del self._conversations[conversation_id]

    async def all_conversations(self) -> list[Conversation]:
        """Every conversation with its messages (loads the rest in a thread: for exports).

        The ones read from disk are not kept: an export of every chat must not leave them
        all in memory for the rest of the session.
        """
        missing = [i for i in self._entries if i not in self._conversations]
        read: dict[str, Conversation] = {}
        if missing:
            loaded = await asyncio.to_thread(lambda: [self._store.load(i) for i in missing])
            read = {conv.id: conv for conv in loaded if conv is not None}
        return [
            conv
            for s in self.conversations()
            if (conv := self._conversations.get(s.id) or read.get(s.id)) is not None
        ]

    def new_conversation(self) -> Conversation:
        """An empty chat; it is written to disk with its first message."""
        for draft_id in self._drafts:
            draft = self._conversations.get(draft_id)
            if draft is not None and not draft.messages:
                draft.model = None  # a new chat starts on the default model
                return draft
        conv = Conversation(title="")
        self._conversations[conv.id] = conv
        self._drafts.add(conv.id)
        self.conversations_changed.emit()
        return conv

    def add_imported(self, conversations: list[Conversation]) -> None:
        """List conversations that an import has already saved to disk."""
        for conv in conversations:
            self._conversations.setdefault(conv.id, conv)
            self._entries[conv.id] = summary_of(conv)
        self._tasks.spawn(
            asyncio.to_thread(self._index_imported, conversations), name="index-imported"
        )
        self.conversations_changed.emit()

    def _index_imported(self, conversations: list[Conversation]) -> None:
        for conv in conversations:
            self._index.saved(conv, self._store.path_for(conv.id))

    async def search(self, query: str) -> list[Summary]:
        """Conversations whose title or messages contain every word of ``query``."""
        if not query.split():
            return self.conversations()
        ids = set(await asyncio.to_thread(self._index.search, query))
        return [s for s in self.conversations() if s.id in ids]

    # -- editing ------------------------------------------------------------------

    def rename(self, conversation_id: str, title: str) -> None:
        conv = self._conversations.get(conversation_id)
        if conv is None and conversation_id in self._entries:  # listed, not loaded: read it
            self._tasks.spawn(self._rename_unloaded(conversation_id, title), name="rename")
            return
        title = " ".join(title.split())
        if conv is None or not title or title == conv.title:
            return
        conv.title = title
        self.conversations_changed.emit()
        self._save(conv)

    async def _rename_unloaded(self, conversation_id: str, title: str) -> None:
        if await self.open(conversation_id) is not None:
            self.rename(conversation_id, title)

    def set_system_prompt(self, conversation_id: str, prompt: str | None) -> None:
        """A per-conversation system prompt; None means "use the default"."""
        conv = self._conversations.get(conversation_id)
        if conv is None:
            return
        conv.system_prompt = prompt
        self._save(conv)

    def set_tool_choice(self, conversation_id: str, choice: ToolChoice) -> None:
        """Which servers and tools this chat offers from its next request on."""
        conv = self._conversations.get(conversation_id)
        if conv is None or choice == conv.tools:
            return
        conv.tools = choice
        if conv.messages:  # a draft is written with its first message
            self._save(conv)

    @property
    def tools(self) -> ToolService | None:
        """The app's tool servers (to list them for a chat's tool switches)."""
        return self._tools

    def set_thinking(self, conversation_id: str, choice: str | None) -> None:
        """This chat's thinking choice ("adaptive" or "off"); None means "use the default"."""
        conv = self._conversations.get(conversation_id)
        choice = valid_choice(choice)
        if conv is None or choice == conv.thinking:
            return
        conv.thinking = choice
        if conv.messages:  # a draft is written with its first message
            self._save(conv)

    def set_model(self, conversation_id: str, model: str | None) -> None:
        """This chat's model from its next request on; None means "the default from Settings".

        An answer already streaming keeps the model it started with, tool rounds included.
        """
        conv = self._conversations.get(conversation_id)
        model = valid_model(model)
        if conv is None or model == conv.model:
            return
        conv.model = model
        if conv.messages:  # a draft is written with its first message
            self._save(conv)
        chosen = self.model_of(conversation_id)
        if not accepts_images(chosen) and any(
            ref.kind == "image" for message in conv.messages for ref in message.attachments
        ):
            self.notice.emit(
                translate(
                    "ChatController",
                    "{model} cannot see images: this chat's earlier images now go as their "
                    "names only. Pick {other} for this chat to send them again.",
                ).format(model=chosen, other=image_models()[0])
            )

    def model_of(self, conversation_id: str | None) -> str:
        """The model this chat's next request uses (the Settings default for none)."""
        conv = self._conversations.get(conversation_id or "")
        return effective_model(conv.model if conv else None, self._settings().model)

    def set_context_start(self, conversation_id: str, message_id: str | None) -> bool:
        """Send this chat from the user message ``message_id`` on (None: the whole chat).

        Earlier messages stay in the chat, saved, searchable and exported; only requests
        leave them out. False when ``message_id`` names no user message of the chat.
        """
        conv = self._conversations.get(conversation_id)
        if conv is None:
            return False
        if message_id is not None:
            target = conv.find(message_id)
            if target is None or target.role is not Role.USER:
                return False
        start = context_start(conv.messages, message_id)  # the first message: everything
        if start != conv.context_from:
            conv.context_from = start
            self._save(conv)
        return True

    async def delete(self, conversation_id: str) -> None:
        """Stop any reply in it, then remove the conversation and its file."""
        await self.stop_and_wait(conversation_id)
        self._conversations.pop(conversation_id, None)
        on_disk = self._entries.pop(conversation_id, None) is not None
        was_draft = conversation_id in self._drafts
        self._drafts.discard(conversation_id)
        if on_disk or not was_draft:
            await self._saver.delete(conversation_id)
        self.conversations_changed.emit()
        await self.collect_attachments()

    async def collect_attachments(self) -> int:
        """Remove stored attachments no conversation uses (after a delete); return how many.

        Chats in memory count as users too, saved or not, so a save still queued never
        loses its files; the store's pins cover what the composer holds.
        """
        if self._attachments is None:
            return 0
        in_memory = {
            ref.sha256
            for conv in self._conversations.values()
            for message in conv.messages
            for ref in message.attachments
        }
        try:
            return await asyncio.to_thread(self._attachments.collect, in_memory)
        except OSError:
            log.exception("collecting unused attachments failed")
            return 0

    def _save(self, conv: Conversation) -> asyncio.Future[None]:
        self._drafts.discard(conv.id)
        self._entries[conv.id] = summary_of(conv)
        return self._saver.save(conv)

    # -- streaming ----------------------------------------------------------------

    def is_streaming(self, conversation_id: str) -> bool:
        return conversation_id in self._streams

    def streaming_reply(self, conversation_id: str) -> Message | None:
        stream = self._streams.get(conversation_id)
        return stream.reply if stream else None

    def live_text(self, conversation_id: str) -> tuple[str, str] | None:
        """(answer, reasoning) shown so far for a streaming reply, for views rebuilt mid-stream."""
        stream = self._streams.get(conversation_id)
        if stream is None:
            return None
        acc = stream.accumulator
        return acc.answer.delivered, acc.reasoning.delivered

    def send(
        self, conversation_id: str, text: str, attachments: list[AttachmentRef] | None = None
    ) -> bool:
        """Add a user message and start streaming the answer; False when busy or empty."""
        conv = self._conversations.get(conversation_id)
        files = list(attachments or [])
        if conv is None or not (text.strip() or files) or conversation_id in self._streams:
            return False
        conv.messages.append(Message(role=Role.USER, content=text, attachments=files))
        if not conv.title:
            conv.title = title_from_text(text.strip() or ", ".join(ref.name for ref in files))
        conv.touch()
        self._save(conv)
        self.conversations_changed.emit()
        self._start_reply(conv)
        return True

    def regenerate(self, conversation_id: str) -> bool:
        """Replace the last answer (or answer an unanswered last message) with a new one."""
        conv = self._conversations.get(conversation_id)
        if conv is None or conversation_id in self._streams:
            return False
        while conv.messages and conv.messages[-1].role is not Role.USER:
            conv.messages.pop()  # the whole answer: its tool rounds too
        if not conv.messages:
            return False
        conv.touch()
        self._start_reply(conv)
        return True

    def edit_last_user_message(
        self, conversation_id: str, text: str, attachments: list[AttachmentRef] | None = None
    ) -> bool:
        """Replace the last user message (and what followed it) and answer it again."""
        conv = self._conversations.get(conversation_id)
        files = list(attachments or [])
        if conv is None or conversation_id in self._streams or not (text.strip() or files):
            return False
        last_user = max(
            (i for i, m in enumerate(conv.messages) if m.role is Role.USER), default=None
        )
        if last_user is None:
            return False
        del conv.messages[last_user:]
        edited = Message(role=Role.USER, content=text, attachments=files)
        conv.messages.append(edited)
        if conv.context_from is not None and conv.find(conv.context_from) is None:
            conv.context_from = edited.id  # the context started at the message replaced
        if last_user == 0:
            conv.title = title_from_text(text)
            self.conversations_changed.emit()
        conv.touch()
        self._save(conv)
        self._start_reply(conv)
        return True

    def stop(self, conversation_id: str) -> None:
        """Cancel the reply streaming in this conversation; its partial text is kept."""
        stream = self._streams.get(conversation_id)
        if stream is not None and stream.task is not None:
            stream.task.cancel()

    async def stop_and_wait(self, conversation_id: str) -> None:
        stream = self._streams.get(conversation_id)
        if stream is None or stream.task is None:
            return
        stream.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await stream.task

    async def wait_idle(self) -> None:
        """Wait for every stream and queued save (tests and shutdown)."""
        tasks = [s.task for s in self._streams.values() if s.task is not None]
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        await self._saver.flush()

    async def flush_saves(self) -> None:
        """Wait for queued saves only: what closing never gives up on (streams it may)."""
        await self._saver.flush()

    async def shutdown(self) -> None:
        """Stop every stream (saving partial replies), finish all writes, close the client,
        stop every tool server."""
        for conversation_id in list(self._streams):
            self.stop(conversation_id)
        await self.wait_idle()
        if self._tools is not None:
            await asyncio.gather(self._connection.aclose(), self._tools.aclose())
        else:
            await self._connection.aclose()

    def _start_reply(self, conv: Conversation) -> None:
        stream = self._new_reply(conv, None)
        if not self._streams:
            self._gc.defer()
        self._streams[conv.id] = stream
        self.messages_changed.emit(conv.id)
        self.busy_changed.emit(conv.id, True)
        stream.task = self._tasks.spawn(self._run(stream), name=f"reply-{conv.id}")

    def _new_reply(self, conv: Conversation, stream: _Stream | None) -> _Stream:
        """Append an empty assistant message; a new stream, or ``stream`` moved onto it."""
        settings = self._settings()
        # One answer, one model: its tool rounds keep the model it started with.
        model = stream.model if stream is not None else effective_model(conv.model, settings.model)
        reply = Message(
            role=Role.ASSISTANT,
            status=MessageStatus.STREAMING,
            model=model,
            reasoning_split=settings.reasoning_split,
        )
        conv.messages.append(reply)
        from gui.core.accumulator import StreamAccumulator
        from gui.ui.reply_stream import ReplyStream as _Stream

        acc = StreamAccumulator(reply, self._clock)
        holder: list[_Stream] = []
        throttle = RenderThrottle(
            lambda: self._emit_update(holder[0]),
            settings.render_interval_ms,
            self,
            worth=lambda: holder[0].worth_a_frame(),
        )
        if stream is None:
            stream = _Stream(conv, reply, acc, throttle, model=model)
        else:
            stream.reply, stream.accumulator, stream.throttle = reply, acc, throttle
            stream.received_first_byte = False
        holder.append(stream)
        stream.last_checkpoint = self._clock()
        return stream

    async def _run(self, stream: _Stream) -> None:
        """Answer the last user message: replies and tool rounds until the model is done."""
        conv = stream.conversation
        try:
            catalog = await self._offer_tools(stream)
            rounds = 0
            while True:
                await self._stream_reply(stream, catalog)
                reply = stream.reply
                if not (
                    catalog is not None
                    and reply.status is MessageStatus.COMPLETE
                    and reply.tool_calls
                ):
                    break
                limit = self._settings().tool_round_limit
                if rounds >= limit:
                    from gui.core.tool_round import ROUND_LIMIT_TEXT, unrun_results

                    unrun_results(conv, reply, ROUND_LIMIT_TEXT.format(limit=limit))
                    self._save(conv)
                    self.messages_changed.emit(conv.id)
                    self.notice.emit(
                        translate(
                            "ChatController",
                            "The answer stopped after {limit} tool rounds (the limit in "
                            "Settings). Send a message to let it go on.",
                        ).format(limit=limit)
                    )
                    break
                rounds += 1
                await self._tool_round(stream, catalog)
                self._new_reply(conv, stream)
                self.messages_changed.emit(conv.id)
        finally:
            if stream.gate is not None and stream.gate.withdraw():
                self.approval_withdrawn.emit(conv.id)
            stream.gate = None
            if stream.reply.status is MessageStatus.STREAMING:  # stopped before it streamed
                stream.throttle.stop()
                stream.throttle.deleteLater()
                stream.accumulator.finish(MessageStatus.STOPPED)
                stream.reply.error = None
                self._emit_update(stream)
                self.message_changed.emit(conv.id, stream.reply.id)
            conv.touch()
            del self._streams[conv.id]
            if not self._streams:
                self._gc.resume()
            if conv.id in self._conversations:
                self._save(conv)
            self.busy_changed.emit(conv.id, False)
            self.conversations_changed.emit()

    async def _offer_tools(self, stream: _Stream) -> Catalog | None:
        return await self._rounds.offer(stream)

    async def _tool_round(self, stream: _Stream, catalog: Catalog) -> None:
        await self._rounds.run(stream, catalog)

    def resolve_approval(self, call_id: str, decision: str) -> bool:
        """The user's answer to a pending call ("once", "always" or "deny"); False when no
        call waits for it (already answered, or withdrawn by Stop)."""
        if self._tool_rounds is None:  # no reply yet: nothing can be waiting
            return False
        return self._rounds.resolve(call_id, decision)

    def pending_approvals(self, conversation_id: str) -> list[str]:
        """Call ids of this conversation waiting for the user (for views rebuilt meanwhile)."""
        if self._tool_rounds is None:
            return []
        return self._rounds.pending(conversation_id)

    async def _stream_reply(self, stream: _Stream, catalog: Catalog | None) -> None:
        """Stream one assistant message (with retries); it ends saved, in any way."""
        conv, reply = stream.conversation, stream.reply
        history = conv.messages[: next(i for i, m in enumerate(conv.messages) if m is reply)]
        status: MessageStatus | None = None
        from gui.core.accumulator import StreamAccumulator
        from gui.core.errors import protocol_error
        from gui.core.events import StreamFailed
        from gui.core.request import build_request

        try:
            settings = self._settings()
            model = stream.model
            build = functools.partial(
                build_request,
                conv,
                history,
                model=model,
                default_system_prompt=settings.system_prompt,
                temperature=settings.temperature,
                max_completion_tokens=settings.max_completion_tokens,
                reasoning_split=settings.reasoning_split,
                tools=catalog.tools if catalog is not None else None,
                thinking=thinking_field(model, conv.thinking, settings.thinking),
                attachments=self._attachments,
                images=accepts_images(model),
            )
            # Attached files are read from disk (and base64-encoded): not on the UI thread.
            with_files = any(message.attachments for message in history)
            request = await asyncio.to_thread(build) if with_files else build()
            # what the server's count of this request covers (see gui.core.context_meter)
            reply.context_from = start_id(history, conv.context_from)
            if conv.system_prompt is None:  # remembered for exports (see Conversation)
                conv.sent_system_prompt = settings.system_prompt or None
            for attempt in range(AUTO_RETRIES + 1):
                if attempt:
                    stream.accumulator = StreamAccumulator(reply, self._clock)
                    stream.received_first_byte = False
                backend = await self._connection.backend()
                async with contextlib.aclosing(backend.stream(request)) as events:
                    next_yield = time.perf_counter() + YIELD_EVERY
                    apply, mark_dirty = stream.accumulator.apply, stream.throttle.mark_dirty
                    turns = turn_count(asyncio.get_running_loop())
                    seen = turns()
                    async for event in events:
                        stream.received_first_byte = True
                        apply(event)
                        mark_dirty()
                        self._maybe_checkpoint(stream)
                        now = time.perf_counter()
                        if turns() != seen:  # the stream waited for data: Qt had its turn
                            next_yield = now + YIELD_EVERY
                        elif now > next_yield:
                            # When the socket buffer is full the stream never has to wait,
                            # so nothing else would run: let Qt paint and handle input.
                            await asyncio.sleep(0)
                            next_yield = time.perf_counter() + YIELD_EVERY
                        seen = turns()
                wait = stream.retry_delay(attempt, AUTO_RETRIES)
                if wait is None:
                    break
                stream.notice = translate(
                    "ChatController", "MiniMax is busy; trying again in {seconds} s…"
                ).format(seconds=f"{wait:.0f}")
                stream.throttle.flush()
                await asyncio.sleep(wait)
                stream.notice = ""
        except asyncio.CancelledError:
            status = MessageStatus.STOPPED
            raise
        except Exception as exc:  # a bug, not a server error: keep the text, say what happened
            log.exception("reply failed unexpectedly")
            stream.accumulator.apply(StreamFailed(protocol_error(f"{type(exc).__name__}: {exc}")))
        finally:
            stream.throttle.stop()
            stream.throttle.deleteLater()
            # Finish first: a closing frame, a non-streamed body or a held-back tail only
            # reaches the text now, and the last update must carry it.
            stream.accumulator.finish(status)
            self._emit_update(stream)
            if status is MessageStatus.STOPPED:
                reply.error = None
            if conv.id in self._conversations:
                self._save(conv)
            self.message_changed.emit(conv.id, reply.id)

    def _maybe_checkpoint(self, stream: _Stream) -> None:
        now = self._clock()
        if now - stream.last_checkpoint >= CHECKPOINT_SECONDS:
            stream.last_checkpoint = now
            stream.accumulator.checkpoint()
            self._save(stream.conversation)

    def _emit_update(self, stream: _Stream) -> None:
        self.stream_updated.emit(stream.conversation.id, stream.reply.id, stream.take_update())
