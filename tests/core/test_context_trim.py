"""Leaving earlier turns out of a chat: the start field, the requests, the meter, the cut."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gui.core.attachments.ref import AttachmentRef
from gui.core.attachments.store import AttachmentStore
from gui.core.context_meter import (
    IMAGE_TOKENS,
    AttachmentTokenCache,
    context_use,
    estimate_tokens,
    message_tokens,
)
from gui.core.context_start import sent_part, start_id, start_index
from gui.core.context_trim import TrimOutcome, propose_trim
from gui.core.conversation import Conversation, Message, Role, Usage
from gui.core.importer import read_sources
from gui.core.request import build_request


def user(text: str, mid: str, **kw: Any) -> Message:
    return Message(role=Role.USER, content=text, id=mid, **kw)


def answer(text: str, mid: str, **kw: Any) -> Message:
    return Message(role=Role.ASSISTANT, content=text, id=mid, **kw)


def call(call_id: str) -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": "ls", "arguments": "{}"}}


def tool_result(call_id: str, text: str) -> Message:
    return Message(role=Role.TOOL, content=text, id=f"r-{call_id}", tool_call_id=call_id)


def tool_chat() -> Conversation:
    """Three turns; the second used a tool in two rounds (call, result, answer)."""
    return Conversation(
        messages=[
            user("a" * 4000, "u1"),
            answer("b" * 4000, "a1"),
            user("list files", "u2"),
            answer("", "a2", tool_calls=[call("c1")]),
            tool_result("c1", "x" * 4000),
            answer("Two files.", "a3"),
            user("thanks", "u3"),
            answer("You're welcome.", "a4"),
        ]
    )


def wire(conv: Conversation, prompt: str = "Be brief.") -> list[dict[str, Any]]:
    request = build_request(
        conv,
        conv.messages,
        model="MiniMax-M2.7",
        default_system_prompt=prompt,
        temperature=1.0,
        max_completion_tokens=None,
        reasoning_split=True,
    )
    return request.messages


# -- where the context starts -----------------------------------------------------------


def test_a_start_names_a_user_message_after_the_first() -> None:
    conv = tool_chat()
    assert start_index(conv.messages, "u2") == 2
    assert start_id(conv.messages, "u2") == "u2"
    for bad in (None, "a2", "r-c1", "gone", "u1"):  # not a user message, missing, the first
        assert start_id(conv.messages, bad) is None
        assert sent_part(conv.messages, bad) == conv.messages


def test_requests_leave_out_earlier_turns_and_keep_the_system_prompt() -> None:
    conv = tool_chat()
    conv.context_from = "u2"
    messages = wire(conv)
    assert messages[0] == {"role": "system", "content": "Be brief."}
    assert messages[1] == {"role": "user", "content": "list files"}
    assert "a" * 4000 not in json.dumps(messages) and "b" * 4000 not in json.dumps(messages)
    # the tool round is replayed whole: the call, then its result
    roles = [m["role"] for m in messages]
    assert roles == ["system", "user", "assistant", "tool", "assistant", "user", "assistant"]
    assert messages[2]["tool_calls"][0]["id"] == messages[3]["tool_call_id"] == "c1"


def test_a_start_that_is_no_user_message_sends_the_whole_chat() -> None:
    conv = tool_chat()
    conv.context_from = "r-c1"  # a tool result: starting there would split the round
    assert wire(conv)[1]["content"] == "a" * 4000


# -- saving, loading, importing ---------------------------------------------------------


def test_the_start_is_saved_only_when_set_and_round_trips() -> None:
    conv = tool_chat()
    assert "context_from" not in conv.to_dict()
    conv.context_from = "u3"
    conv.messages[-1].context_from = "u3"
    data = json.loads(json.dumps(conv.to_dict()))
    assert data["context_from"] == "u3"
    assert data["messages"][-1]["context_from"] == "u3"
    assert "context_from" not in data["messages"][-2]  # answers asked with the whole chat
    back = Conversation.from_dict(data)
    assert back.context_from == "u3"
    assert back.messages[-1].context_from == "u3"
    assert back.to_dict() == data


@pytest.mark.parametrize(
    "value",
    ["gone", "a2", "r-c1", "u1", "", 7, None, True, ["u2"], {"id": "u2"}, "u2" * 100_000],
)
def test_a_start_that_no_longer_holds_loads_as_none(value: object) -> None:
    data = tool_chat().to_dict()
    data["context_from"] = value
    conv = Conversation.from_dict(data)
    assert conv.context_from is None
    assert "context_from" not in conv.to_dict()  # not written back either


@pytest.mark.parametrize("value", [7, ["u2"], {"x": 1}, False])
def test_an_answers_start_of_the_wrong_type_is_dropped(value: object) -> None:
    data = tool_chat().to_dict()
    data["messages"][1]["context_from"] = value
    data["messages"][0]["context_from"] = "u2"  # user messages carry none
    conv = Conversation.from_dict(data)
    assert conv.messages[1].context_from is None
    assert conv.messages[0].context_from is None
    assert "context_from" not in conv.to_dict()["messages"][0]


def test_an_import_keeps_a_valid_start_and_drops_a_hostile_one(tmp_path: Path) -> None:
    good = tool_chat().to_dict()
    good["context_from"] = "u3"
    bad = tool_chat().to_dict()
    bad["id"] = "b" * 32
    bad["context_from"] = {"$gt": ""}
    (tmp_path / "good.json").write_text(json.dumps(good), "utf-8")
    (tmp_path / "bad.json").write_text(json.dumps(bad), "utf-8")
    convs = {c.id: c for c in read_sources([tmp_path / "good.json", tmp_path / "bad.json"])}
    assert convs[good["id"]].context_from == "u3"
    assert convs["b" * 32].context_from is None
    assert len(convs[good["id"]].messages) == 8  # earlier turns are kept, not dropped


# -- the meter counts only what is sent ---------------------------------------------------


def test_the_estimate_counts_only_the_messages_sent() -> None:
    conv = tool_chat()
    whole = context_use(conv, 100_000, system_prompt="s" * 40)
    conv.context_from = "u2"
    cut = context_use(conv, 100_000, system_prompt="s" * 40)
    assert not cut.measured
    assert (whole.left_out, cut.left_out) == (0, 1)
    assert cut.used == 10 + sum(message_tokens(m) for m in conv.messages[2:])
    assert whole.used - cut.used == message_tokens(conv.messages[0]) + message_tokens(
        conv.messages[1]
    )


def test_usage_from_before_a_cut_no_longer_applies_and_applies_again_after_undo() -> None:
    conv = tool_chat()
    conv.messages[-1].usage = Usage(90_000, 500, 90_500)  # asked with the whole chat
    assert context_use(conv, 200_000).used == 90_500
    assert context_use(conv, 200_000).measured
    conv.context_from = "u2"
    after_cut = context_use(conv, 200_000)
    assert not after_cut.measured  # 90,000 counted turns that are no longer sent
    assert after_cut.used == sum(message_tokens(m) for m in conv.messages[2:])
    conv.context_from = None  # undone: that count is true again
    assert context_use(conv, 200_000).used == 90_500


def test_usage_of_an_answer_asked_with_the_current_start_applies() -> None:
    conv = tool_chat()
    conv.messages[1].usage = Usage(50_000, 1_000, 51_000)  # whole chat, before the cut
    conv.messages[5].usage = Usage(2_000, 100, 2_100)
    conv.messages[5].context_from = "u2"
    conv.context_from = "u2"
    use = context_use(conv, 200_000)
    assert use.measured
    assert use.used == 2_100 + message_tokens(conv.messages[6]) + message_tokens(conv.messages[7])


# -- choosing the cut --------------------------------------------------------------------


def long_chat(turns: int = 10, size: int = 4000) -> Conversation:
    messages: list[Message] = []
    for n in range(turns):
        messages.append(user("q" * size, f"u{n}"))
        messages.append(answer("r" * size, f"a{n}"))
    return Conversation(messages=messages)


def test_the_proposal_starts_at_the_earliest_user_turn_under_half_the_window() -> None:
    conv = long_chat()  # each turn ~2,008 tokens; ~20,080 in all
    proposal = propose_trim(conv, 12_000)
    assert proposal.outcome is TrimOutcome.PROPOSED
    assert proposal.used <= 6_000
    index = start_index(conv.messages, proposal.start_id)
    assert conv.messages[index].role is Role.USER
    # one turn more would pass the target
    more = sum(message_tokens(m) for m in conv.messages[index - 2 :])
    assert more > 6_000
    assert proposal.left_out == proposal.newly_left_out == index // 2
    assert proposal.total_turns == 10
    conv.context_from = proposal.start_id
    assert context_use(conv, 12_000).used == proposal.used  # what the meter shows next


def test_a_proposal_counts_the_system_prompt_and_the_draft() -> None:
    conv = long_chat()
    plain = propose_trim(conv, 12_000)
    heavy = propose_trim(conv, 12_000, system_prompt="p" * 8000, draft_tokens=1000)
    assert heavy.left_out > plain.left_out
    assert heavy.used <= 6_000


def test_a_proposal_never_splits_a_tool_round() -> None:
    conv = tool_chat()
    proposal = propose_trim(conv, 2_400)  # the first turn alone is ~2,000 tokens
    assert proposal.outcome is TrimOutcome.PROPOSED
    assert proposal.start_id == "u2"  # not the tool result, not the answer after it
    conv.context_from = proposal.start_id
    roles = [m["role"] for m in wire(conv, "")]
    assert roles == ["user", "assistant", "tool", "assistant", "user", "assistant"]


def test_a_proposal_counts_attachments(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    text = "t" * 40_000
    ref = AttachmentRef(store.put(text.encode()), "a.txt", "text/plain", "text", len(text))
    image = AttachmentRef("f" * 64, "s.png", "image/png", "image", 100, 10, 10)
    conv = Conversation(
        messages=[
            user("one", "u1"),
            answer("ok", "a1"),
            user("two", "u2", attachments=[ref, image]),
            answer("ok", "a2"),
            user("three", "u3"),
            answer("ok", "a3"),
        ]
    )
    tokens = AttachmentTokenCache(store.read)
    # the attachments alone are ~15,500 tokens: a start before them does not reach half
    proposal = propose_trim(conv, 30_000, attachment_tokens=tokens)
    assert proposal.start_id == "u3"
    assert proposal.left_out == 2
    assert estimate_tokens(text) + IMAGE_TOKENS > 15_000
    # with a window where they fit in half, the cut keeps them
    assert propose_trim(conv, 40_000, attachment_tokens=tokens).start_id == "u2"


def test_when_nothing_reaches_half_the_last_user_turn_is_proposed() -> None:
    conv = long_chat(turns=3)
    proposal = propose_trim(conv, 3_000)  # the last turn alone is ~67 %
    assert proposal.outcome is TrimOutcome.PROPOSED
    assert proposal.start_id == "u2"
    assert proposal.left_out == 2


def test_when_the_last_user_turn_alone_does_not_fit_nothing_is_cut() -> None:
    conv = long_chat(turns=3)
    proposal = propose_trim(conv, 1_500)
    assert proposal.outcome is TrimOutcome.TOO_BIG
    assert proposal.start_id is None
    assert proposal.used == sum(message_tokens(m) for m in conv.messages[4:])
    single = Conversation(messages=[user("q" * 40_000, "u0")])
    assert propose_trim(single, 5_000).outcome is TrimOutcome.TOO_BIG


def test_when_only_the_last_turn_is_sent_there_is_nothing_earlier_to_leave_out() -> None:
    conv = long_chat(turns=3)
    conv.context_from = "u2"
    proposal = propose_trim(conv, 2_500)
    assert proposal.outcome is TrimOutcome.NOTHING_EARLIER
    assert proposal.start_id is None
    assert proposal.left_out == 2 and proposal.newly_left_out == 0


def test_a_further_cut_counts_the_turns_already_left_out() -> None:
    conv = long_chat()
    conv.context_from = "u2"
    proposal = propose_trim(conv, 8_000)
    assert proposal.outcome is TrimOutcome.PROPOSED
    assert proposal.left_out > 2
    assert proposal.newly_left_out == proposal.left_out - 2


# -- exports keep every message and mark where the context starts ---------------------------


def test_exports_keep_earlier_turns_and_mark_the_context_start() -> None:
    from gui.core.export.as_html import export_html
    from gui.core.export.as_json import export_json
    from gui.core.export.as_markdown import export_markdown
    from gui.core.export.as_text import export_text
    from gui.core.export.options import ExportOptions

    conv = tool_chat()
    options = ExportOptions()
    plain = export_markdown(conv, options)
    conv.context_from = "u2"
    marker = "The messages above are not sent to the model"
    for render in (export_markdown, export_html, export_text):
        page = render(conv, options)
        assert page.count(marker) == 1
        assert page.index("a" * 100) < page.index(marker) < page.index("list files")
    assert "not sent" not in plain
    html_page = export_html(conv, options)
    assert '<p class="context-start" role="note" style=' in html_page
    assert json.loads(export_json(conv, options))["context_from"] == "u2"
