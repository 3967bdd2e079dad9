"""Fuzz the conversation loader: whatever a file holds, the app starts and loses nothing."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.core.conversation import Conversation, Message, Role
from gui.core.storage import ConversationStore

FUZZ_CASES = 400

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
MESSAGE_FIELDS = st.fixed_dictionaries(
    {},
    optional={
        "id": JSON_VALUES,
        "role": st.sampled_from(["user", "assistant", "system", "tool", ""]) | JSON_VALUES,
        "content": st.text(max_size=30) | JSON_VALUES,
        "reasoning": JSON_VALUES,
        "status": st.sampled_from(["complete", "streaming", "bogus"]) | JSON_VALUES,
        "usage": JSON_VALUES,
        "error": JSON_VALUES,
        "reasoning_details": JSON_VALUES,
        "tool_calls": JSON_VALUES,
        "thinking_seconds": JSON_VALUES,
    },
)
CONVERSATIONS = st.fixed_dictionaries(
    {},
    optional={
        "schema_version": st.sampled_from([1, 0, 2, -1, "1"]) | JSON_VALUES,
        "id": st.sampled_from(["abc123", "", "x" * 90]) | JSON_VALUES,
        "title": st.text(max_size=20) | JSON_VALUES,
        "messages": st.lists(MESSAGE_FIELDS, max_size=3) | JSON_VALUES,
        "system_prompt": JSON_VALUES,
        "created_at": JSON_VALUES,
    },
)
FILE_BYTES = st.one_of(
    CONVERSATIONS.map(lambda d: json.dumps(d).encode()),
    JSON_VALUES.map(lambda d: json.dumps(d).encode()),
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
)


def good_conversation() -> Conversation:
    conv = Conversation(id="good0000good0000", title="Keep me")
    conv.messages.append(Message(role=Role.USER, content="hello 你好"))
    return conv


@settings(
    max_examples=FUZZ_CASES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
@given(FILE_BYTES)
def test_any_file_content_never_breaks_loading(content: bytes) -> None:
    """The loader never raises; the good file loads untouched; a bad file is kept or set aside."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = ConversationStore(root)
        store.save(good_conversation())
        good_path = store.directory / "good0000good0000.json"
        good_bytes = good_path.read_bytes()
        fuzzed = store.directory / "fuzzed.json"
        fuzzed.write_bytes(content)

        result = ConversationStore(root).load_all()

        ids = {c.id for c in result.conversations}
        assert "good0000good0000" in ids
        assert good_path.read_bytes() == good_bytes
        names = {p.name for p in store.directory.iterdir()}
        if fuzzed.name not in names:  # set aside, never deleted
            aside = [n for n in names if n.startswith("fuzzed.json.damaged-")]
            assert len([n for n in aside if not n.endswith(".reason.txt")]) == 1
            assert (store.directory / sorted(aside)[0]).read_bytes() == content
            assert result.problems
        else:
            loaded_from_it = len(result.conversations) == 2 or "good0000good0000" not in ids
            assert loaded_from_it or result.problems


def test_fuzz_case_count_is_documented() -> None:
    """docs/reliability.md states the number of loader fuzz cases this suite runs."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "reliability.md").read_text("utf-8")
    assert f"{FUZZ_CASES} generated files" in text
