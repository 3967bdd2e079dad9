"""One app, one window: a second launch hands its request to the running app and exits.

The app that holds the data folder's lock listens on a local socket named after that
folder (gui.core.handover). A second launch on the same folder connects, sends what it
was asked to do (show the window, send ``--message``) and exits 0 as soon as the running
app confirms. If the running app does not answer within a few seconds it is hung, or the
lock belongs to something else: the second launch says so and touches nothing.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from gui.core.handover import (
    MAX_BYTES,
    TOO_LONG,
    Handover,
    HandoverError,
    decode_reply,
    decode_request,
    encode_reply,
    encode_request,
    socket_name,
)
from gui.core.i18n import translate
from gui.ui.plain_text import plain

if sys.platform == "win32":
    from gui.ui.local_pipe import LineServer, exchange
else:  # a Unix socket without QtNetwork (~3 MB resident for the whole session)
    from gui.ui.local_socket import LineServer, exchange

if TYPE_CHECKING:
    from gui.core.attachments.ref import AttachmentRef
    from gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)

CONNECT_SECONDS = 3.0  # the running app may be between taking the lock and listening
ANSWER_SECONDS = 4.0
IDLE_PEER_MS = 5000
NO_ANSWER = "no-answer"


def instance_name(root: Path) -> str:
    """The socket for ``root``: in the user's private runtime folder when there is one."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    name = socket_name(root, user)
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and os.path.isdir(runtime):
        return os.path.join(runtime, name)
    return name  # Qt's temporary folder (macOS: per user) or a Windows named pipe


class InstanceServer(QObject):
    """Listens for second launches while this process holds the data folder's lock."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler: Callable[[Handover], object] | None = None
        self._pending: list[Handover] = []  # acknowledged before the window was there
        # Only this user may connect: the request can carry a message to send.
        self._server = LineServer(
            name, self._answer, max_bytes=MAX_BYTES, idle_ms=IDLE_PEER_MS, parent=self
        )

    def listen(self) -> bool:
        if not self._server.listen():
            log.warning("second launches cannot reach this window: %s", self._server.error)
            return False
        return True

    def serve(self, handler: Callable[[Handover], object]) -> None:
        """Pass every request (including those that came before this call) to ``handler``."""
        self._handler = handler
        pending, self._pending = self._pending, []
        for request in pending:
            handler(request)

    def close(self) -> None:
        self._server.close()

    def _answer(self, line: bytes) -> tuple[bytes, Callable[[], object] | None]:
        try:
            request = decode_request(line)
        except HandoverError as exc:
            log.warning("refused a hand-over: %s", exc.reason)
            return encode_reply(exc.reason), None
        return encode_reply(), lambda: self._received(request)  # once the reply is sent

    def _received(self, request: Handover) -> None:
        log.info(
            "a second launch handed over%s%s",
            " a message" if request.message else "",
            f" {len(request.attach)} file(s)" if request.attach else "",
        )
        if self._handler is None:
            self._pending.append(request)
        else:
            self._handler(request)


def hand_over(name: str, request: Handover) -> str | None:
    """Give ``request`` to the app listening on ``name``; None when it accepted.

    Otherwise the reason: ``NO_ANSWER`` (hung, or the lock is not a running app's) or
    the running app's refusal (e.g. ``unsupported-version``, or ``TOO_LONG``, said before
    sending). Blocks a few seconds at most.
    """
    try:
        line = encode_request(request)
    except HandoverError as exc:
        return exc.reason  # too long to send: the running app would refuse it
    answer = exchange(
        name,
        line,
        connect_seconds=CONNECT_SECONDS,
        answer_seconds=ANSWER_SECONDS,
        max_bytes=MAX_BYTES,
    )
    if answer is None:
        return NO_ANSWER
    try:
        return decode_reply(answer)
    except HandoverError as exc:
        return exc.reason


def second_launch(root: Path, request: Handover, *, window: bool = True) -> int:
    """Run as the second launch on ``root``: hand over, or say why not (in a message box
    too, when a ``window`` can show). The exit code."""
    problem = hand_over(instance_name(root), request)
    if problem is None:
        _say(
            translate(
                "App", "MiniMax Chat is already open with this data folder: switched to its window."
            )
        )
        return 0
    text = refusal(problem, root)
    _say(text)
    if not window:
        return 1
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("App", "MiniMax Chat is already running"), text
    )
    plain(box)
    box.exec()
    return 1


def refusal(problem: str, root: Path) -> str:
    """What a second launch on ``root`` tells its user when ``hand_over`` said ``problem``."""
    if problem == NO_ANSWER:
        text = translate(
            "App",
            "MiniMax Chat is already running with this data folder:\n{folder}\n\nbut it does "
            "not answer. Wait a moment and try again, or end it (for example in the system "
            "monitor) and start again. Nothing was changed.",
        )
    elif problem == TOO_LONG:
        text = translate(
            "App",
            "MiniMax Chat is already running with this data folder:\n{folder}\n\nbut the "
            "message is too long to hand over to it (at most {limit} MB). Paste it into its "
            "window instead. Nothing was changed.",
        )
    else:
        text = translate(
            "App",
            "MiniMax Chat is already running with this data folder:\n{folder}\n\nbut it could "
            "not take over this request (it may be an older version). Switch to its window, "
            "or close it and start again. Nothing was changed.",
        )
    return text.format(folder=root, limit=MAX_BYTES // (1024 * 1024))


def _say(text: str) -> None:
    if sys.stderr is not None:  # a Windows GUI process has none
        print(text, file=sys.stderr, flush=True)


async def carry_out(window: MainWindow, request: Handover, started: asyncio.Event) -> None:
    """Bring the window to the front, then do what the second launch was asked to."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    if request.message or request.attach:
        await started.wait()  # conversations loaded, first-run questions answered
        await deliver(window, request.message, request.attach)


async def deliver(window: MainWindow, message: str | None, attach: tuple[str, ...]) -> None:
    """A new chat with ``attach`` in its composer; ``message`` (if any) sent with them.

    A message goes with the files handed over and nothing else: a draft waiting in the
    message box (text or files) is set aside, and comes back once the box is empty again
    (at once when the message was sent; after the user's choice when it could not go yet).
    """
    window.new_chat()
    if not message:
        if attach:
            await window.attach.add_paths_and_wait(list(attach))
        return
    composer = window.composer
    draft = composer.text(), composer.clear()
    if attach:
        await window.attach.add_paths_and_wait(list(attach))
    composer.edit.setPlainText(message)  # kept there if it cannot go yet
    _put_back_when_empty(window, *draft)
    window.send(message)


def _put_back_when_empty(window: MainWindow, text: str, refs: list[AttachmentRef]) -> None:
    """Return ``text`` and ``refs`` to the message box as soon as it holds nothing."""
    if not (text.strip() or refs):
        return
    composer = window.composer

    def put_back() -> None:
        if composer.text() or composer.attachments():
            return  # something else came first: wait for the next time it is empty
        composer.edit.setPlainText(text)
        for ref in refs:
            window.attach.show_thumbnail(composer.strip.add(ref))

    def check() -> None:
        if composer.text() or composer.attachments():
            return
        composer.edit.textChanged.disconnect(check)
        composer.strip.changed.disconnect(check)
        QTimer.singleShot(0, put_back)  # after the send that emptied the box has finished

    composer.edit.textChanged.connect(check)
    composer.strip.changed.connect(check)
