"""A fixed conversation with two tool rounds, for export goldens, widget tests and screenshots."""

from __future__ import annotations

import base64

from gui.core.conversation import (
    Approval,
    Conversation,
    Message,
    MessageStatus,
    Role,
    ToolStatus,
    Usage,
)

# A 2×2 red PNG: small enough for a golden file, real enough for QImage.
TINY_PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a7300000009704859"
        "7300000ec400000ec401952b0e1b0000001649444154089963bc6060c0c0c0c0c4c0c0c0c0c00000"
        "0f0a0134db6fd01b0000000049454e44ae426082"
    )
).decode()

RESULT_WITH_MARKUP = (
    "Found 2 files:\n<script>alert(1)</script> notes.md\n```\nnot a fence in the result\n"
)


def call(call_id: str, name: str, arguments: str, index: int = 0) -> dict[str, object]:
    """An entry of ``tool_calls`` exactly as MiniMax sends it."""
    return {
        "id": call_id,
        "type": "function",
        "function": {"name": name, "arguments": arguments},
        "index": index,
    }


def result(
    call_id: str,
    name: str,
    server: str,
    content: str,
    status: ToolStatus = ToolStatus.OK,
    *,
    at: str,
    seconds: float | None,
    approval: Approval = Approval.ONCE,
    images: list[dict[str, str]] | None = None,
) -> Message:
    return Message(
        role=Role.TOOL,
        id=f"tool-{call_id}",
        content=content,
        created_at=at,
        tool_call_id=call_id,
        name=name,
        server=server,
        tool=name,
        is_error=status is not ToolStatus.OK,
        tool_status=status,
        started_at=at if seconds is not None else None,
        duration_seconds=seconds,
        approval=approval,
        images=images or [],
    )


def tool_conversation(pending: bool = False) -> Conversation:
    """Ask → think, call the clock → think, list files and delete one (denied) → answer.

    ``pending`` ends the conversation on a round whose calls wait for approval instead.
    """
    first_call = [call("call_1", "get_time", '{"timezone": "Europe/Berlin"}')]
    second_calls = [
        call("call_2", "list_files", '{"path": "~/notes", "pattern": "*.md"}', 0),
        call("call_3", "delete_file", '{"path": "~/notes/old.md"}', 1),
    ]
    messages = [
        Message(
            role=Role.USER,
            id="user-1",
            content="What time is it in Berlin, and which notes do I have?",
            created_at="2026-04-05T06:07:00.000Z",
        ),
        Message(
            role=Role.ASSISTANT,
            id="round-1",
            content="",
            reasoning="The user wants the time in Berlin. I should ask the clock tool.",
            created_at="2026-04-05T06:07:01.000Z",
            model="MiniMax-M2.7",
            usage=Usage(
                prompt_tokens=410, completion_tokens=60, total_tokens=470, reasoning_tokens=35
            ),
            finish_reason="tool_calls",
            tool_calls=first_call,
            thinking_seconds=1.2,
            completed_at="2026-04-05T06:07:03.000Z",
        ),
        result(
            "call_1",
            "get_time",
            "time",
            "2026-04-05 08:07 CEST",
            at="2026-04-05T06:07:03.100Z",
            seconds=0.05,
            approval=Approval.ALWAYS,
        ),
        Message(
            role=Role.ASSISTANT,
            id="round-2",
            content="It is 08:07 in Berlin. Now the notes.",
            reasoning="Got the time. Next, list the notes folder; the old note can go.",
            created_at="2026-04-05T06:07:04.000Z",
            model="MiniMax-M2.7",
            usage=Usage(
                prompt_tokens=500, completion_tokens=90, total_tokens=590, reasoning_tokens=40
            ),
            finish_reason="tool_calls",
            tool_calls=second_calls,
            thinking_seconds=2.5,
            completed_at="2026-04-05T06:07:07.000Z",
        ),
    ]
    if pending:
        messages[-1].status = MessageStatus.COMPLETE
        return Conversation(
            id="tools-sample-pending",
            title="Time and notes",
            created_at="2026-04-05T06:07:00.000Z",
            updated_at="2026-04-05T06:07:07.000Z",
            messages=messages,
        )
    messages += [
        result(
            "call_2",
            "list_files",
            "files",
            RESULT_WITH_MARKUP,
            at="2026-04-05T06:07:08.000Z",
            seconds=0.4,
            images=[{"mime_type": "image/png", "data": TINY_PNG}],
        ),
        result(
            "call_3",
            "delete_file",
            "files",
            "The user declined this tool call, so it was not run. Do not retry it unasked.",
            ToolStatus.DENIED,
            at="2026-04-05T06:07:08.000Z",
            seconds=None,
            approval=Approval.DENIED,
        ),
        Message(
            role=Role.ASSISTANT,
            id="round-3",
            content="It is **08:07** in Berlin. You have `notes.md`; I did not delete `old.md`.",
            reasoning="Deleting was declined, so I only report what I found.",
            created_at="2026-04-05T06:07:09.000Z",
            model="MiniMax-M2.7",
            usage=Usage(
                prompt_tokens=700, completion_tokens=50, total_tokens=750, reasoning_tokens=12
            ),
            finish_reason="stop",
            thinking_seconds=0.8,
            completed_at="2026-04-05T06:07:11.000Z",
        ),
    ]
    return Conversation(
        id="tools-sample",
        title="Time and notes",
        created_at="2026-04-05T06:07:00.000Z",
        updated_at="2026-04-05T06:07:11.000Z",
        messages=messages,
    )
