"""The hand-over socket in one process: replies, refusals and who may connect."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gui.core.handover import MAX_BYTES, TOO_LONG, Handover, decode_reply
from gui.ui.local_socket import exchange
from gui.ui.single_instance import NO_ANSWER, InstanceServer, hand_over, refusal
from tests.ui.conftest import until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix socket paths")


@pytest.fixture
def server(tmp_path: Path, qloop: asyncio.AbstractEventLoop) -> Any:
    name = str(tmp_path / "s")  # a full path: short enough for a Unix socket address
    instance = InstanceServer(name)
    assert instance.listen()
    received: list[Handover] = []
    instance.serve(received.append)
    yield name, received
    instance.close()


ROOT = str(Path(__file__).resolve().parents[2])
CLIENT = """
import sys
from PySide6.QtCore import QCoreApplication
from gui.core.handover import Handover
from gui.ui.single_instance import hand_over
app = QCoreApplication([])
print(hand_over(sys.argv[1], Handover(sys.argv[2] or None)))
"""


async def second_launch(name: str, message: str = "") -> str:
    """The real client, in its own process as a second launch runs it."""
    env = {**os.environ, "PYTHONPATH": ROOT}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CLIENT, name, message, env=env, stdout=asyncio.subprocess.PIPE
    )
    out, _err = await process.communicate()
    assert process.returncode == 0
    return out.decode().strip()


def raw_exchange(path: str, data: bytes) -> dict[str, Any]:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
        peer.settimeout(10)
        peer.connect(path)
        peer.sendall(data)
        answer = b""
        while b"\n" not in answer:
            chunk = peer.recv(4096)
            if not chunk:
                break
            answer += chunk
    result: dict[str, Any] = json.loads(answer)
    return result


def test_a_request_is_acknowledged_and_carried_out(server: Any, arun: Any) -> None:
    name, received = server

    async def scenario() -> None:
        assert await second_launch(name, "hello 你好") == "None"
        await until(lambda: received == [Handover("hello 你好")])

    arun(scenario())


def test_unknown_versions_and_garbage_are_refused_not_carried_out(server: Any, arun: Any) -> None:
    name, received = server
    newer = {"app": "minimax-chat", "version": 3, "action": "activate", "attach": ["/x"]}

    async def scenario() -> None:
        reply = await asyncio.to_thread(raw_exchange, name, json.dumps(newer).encode() + b"\n")
        assert reply == {"version": 2, "ok": False, "reason": "unsupported-version"}
        reply = await asyncio.to_thread(raw_exchange, name, b"\xff garbage\n")
        assert reply["ok"] is False
        assert await second_launch(name) == "None"
        await until(lambda: len(received) == 1)

    arun(scenario())
    assert received == [Handover()]


def test_only_this_user_may_connect(server: Any) -> None:
    name, _received = server
    mode = os.stat(name).st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & (stat.S_IRWXG | stat.S_IRWXO) == 0, oct(mode)


def test_nobody_listening_is_reported_as_no_answer(tmp_path: Path, qapp: Any) -> None:
    assert hand_over(str(tmp_path / "nobody"), Handover("x")) == NO_ANSWER


def test_requests_before_the_window_is_ready_are_kept(tmp_path: Path, arun: Any) -> None:
    """A launch right after the first one is acknowledged and carried out once served."""
    name = str(tmp_path / "early")
    instance = InstanceServer(name)
    assert instance.listen()

    async def scenario() -> None:
        assert await second_launch(name, "early bird") == "None"

    arun(scenario())
    received: list[Handover] = []
    instance.serve(received.append)
    instance.close()
    assert received == [Handover("early bird")]


def test_the_instance_socket_leaves_qtnetwork_unloaded(tmp_path: Path) -> None:
    """QtNetwork, loaded for this one socket, stayed resident all session (~3 MB under
    xcb); on Unix the socket is Python's own, watched by Qt's event loop."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from gui.ui.single_instance import InstanceServer\n"
        "app = QCoreApplication([])\n"
        "server = InstanceServer(sys.argv[1])\n"
        "assert server.listen()\n"
        "server.close()\n"
        "print('PySide6.QtNetwork' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": ROOT}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "s")],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert out.stdout.strip() == "False"


def test_a_folder_in_the_way_means_no_listening_not_a_crash(tmp_path: Path, qapp: Any) -> None:
    name = tmp_path / "s"
    (name / "inside").mkdir(parents=True)
    instance = InstanceServer(str(name))
    assert not instance.listen()  # logged: later launches cannot reach this window
    instance.close()
    assert (name / "inside").is_dir()


def test_a_line_over_the_limit_gets_a_refusal_saying_so_not_silence(server: Any, arun: Any) -> None:
    """The running app stops reading past the limit and refuses: the sender, still
    writing, hears why instead of "does not answer" (an older or newer launch whose
    limit differs; this version refuses such a request before sending it)."""
    name, received = server
    line = b'{"app": "minimax-chat", "message": "' + b"x" * (2 * MAX_BYTES) + b'"}\n'

    async def scenario() -> bytes | None:
        return await asyncio.to_thread(
            exchange, name, line, connect_seconds=3, answer_seconds=10, max_bytes=MAX_BYTES
        )

    answer = arun(scenario(), timeout=30)
    assert answer is not None
    assert decode_reply(answer) == "too-long"
    assert received == []


def test_a_message_too_long_to_hand_over_is_refused_saying_why(server: Any, qapp: Any) -> None:
    """It used to be sent, cut off by the running app and reported as "does not answer"."""
    name, received = server
    assert hand_over(name, Handover("x" * MAX_BYTES)) == TOO_LONG  # refused before sending
    text = refusal(TOO_LONG, Path("/data/folder"))
    assert "too long" in text and "4 MB" in text and "/data/folder" in text
    assert "does not answer" not in text
    assert received == []


def test_a_sender_that_writes_on_past_the_limit_still_reads_the_refusal(
    server: Any, arun: Any
) -> None:
    """The rest of a line too long to read is read to its end and dropped, so a sender that
    stops for nothing (an older version's, which gave up on a write error) finishes
    writing and reads why it was refused."""
    name, received = server
    line = b'{"app": "minimax-chat", "message": "' + b"x" * (2 * MAX_BYTES) + b'"}\n'

    def send_all_then_read() -> dict[str, Any]:
        return raw_exchange(name, line)  # sendall: a write error ends it

    reply = arun(asyncio.to_thread(send_all_then_read), timeout=30)
    assert reply == {"version": 2, "ok": False, "reason": TOO_LONG}
    assert received == []
