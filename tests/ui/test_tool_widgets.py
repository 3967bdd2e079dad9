"""The approval card, tool-call cards and the turn layout, driven offscreen like a user would."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QFontInfo, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from gui.core.tool_turns import StepImage, ToolStep
from gui.ui.widgets.approval_card import ALWAYS, DENY, ONCE, ApprovalCard
from gui.ui.widgets.tool_call_card import SHOWN_CHARS, ToolCallCard

HOSTILE = '<a href="file:///etc/passwd">evil</a><img src="file:///x.png"><b>bold</b>'


@dataclass(frozen=True)
class Req:
    call_id: str
    server: str = "files"
    tool: str = "read_file"
    description: str = "Read a file from disk."
    arguments: str = '{"path": "/tmp/a.txt", "lines": [1, 2]}'
    read_only_hint: bool | None = True
    destructive_hint: bool | None = None
    name: str = "read_file"


def shown(widget: QWidget) -> QMainWindow:
    """``widget`` inside a shown, active window (focus only works there)."""
    window = QMainWindow()
    window.setCentralWidget(widget)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    QTest.qWaitForWindowActive(window)
    return window


def png_base64(width: int = 20, height: int = 10) -> str:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return base64.b64encode(bytes(data.data())).decode()


def test_enter_allows_once_and_escape_denies(qapp: QApplication) -> None:
    """Keys act on the first waiting call: Enter allows it once, Esc denies the next."""
    card = ApprovalCard([Req("c1"), Req("c2")])
    window = shown(card)
    decisions: list[tuple[str, str]] = []
    card.decided.connect(lambda cid, d: decisions.append((cid, d)))
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_Return)
    assert decisions == [("c1", ONCE)]
    QTest.keyClick(QApplication.focusWidget() or card, Qt.Key.Key_Escape)
    assert decisions == [("c1", ONCE), ("c2", DENY)]
    assert card.current() is None
    window.close()


def test_keys_work_from_the_arguments_box_and_buttons_keep_their_meaning(
    qapp: QApplication,
) -> None:
    """Enter inside the arguments allows; Enter on the focused Deny button denies."""
    card = ApprovalCard([Req("c1"), Req("c2")])
    window = shown(card)
    decisions: list[tuple[str, str]] = []
    card.decided.connect(lambda cid, d: decisions.append((cid, d)))
    first, second = card.panels
    first.arguments.setFocus()
    QTest.keyClick(first.arguments, Qt.Key.Key_Enter)
    second.deny.setFocus()
    QTest.keyClick(second.deny, Qt.Key.Key_Return)
    assert decisions == [("c1", ONCE), ("c2", DENY)]
    window.close()


def test_buttons_and_all_at_once(qapp: QApplication) -> None:
    """Always allow reports "always"; Allow all decides every waiting call once."""
    card = ApprovalCard([Req("a"), Req("b"), Req("c")])
    window = shown(card)
    decisions: list[tuple[str, str]] = []
    finished: list[bool] = []
    card.decided.connect(lambda cid, d: decisions.append((cid, d)))
    card.finished.connect(lambda: finished.append(True))
    assert card.allow_all.isVisible() and card.deny_all.isVisible()
    card.panels[1].always.click()
    card.allow_all.click()
    assert decisions == [("b", ALWAYS), ("a", ONCE), ("c", ONCE)]
    assert finished == [True]
    window.close()


def test_card_shows_pretty_arguments_and_hints(qapp: QApplication) -> None:
    """The arguments are indented JSON in a monospace box; the hints are badges."""
    card = ApprovalCard([Req("c1", destructive_hint=True)])
    assert not card.allow_all.isVisible()
    panel = card.panels[0]
    assert panel.arguments.toPlainText() == (
        '{\n  "path": "/tmp/a.txt",\n  "lines": [\n    1,\n    2\n  ]\n}'
    )
    assert QFontInfo(panel.arguments.font()).fixedPitch()
    assert [b.text() for b in panel.badges] == ["read-only", "destructive"]
    long = Req("c2", arguments='{"text": "' + "x\\n" * 500 + '"}')
    tall = ApprovalCard([long]).panels[0].arguments
    assert tall.height() < tall.fontMetrics().lineSpacing() * 20  # scrolls instead of growing


def test_hostile_server_text_is_plain(qapp: QApplication) -> None:
    """Server, tool and description from a server are shown literally, never as markup."""
    card = ApprovalCard([Req("c1", server=HOSTILE, tool=HOSTILE, description=HOSTILE)])
    step = ToolStep("c1", HOSTILE, "{}", HOSTILE, HOSTILE, "ok", HOSTILE)
    tool_card = ToolCallCard(step)
    for widget in (card, tool_card):
        for label in widget.findChildren(QLabel):
            if "<a href" in label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
                assert not label.openExternalLinks()


def test_long_result_is_cut_with_the_full_text_a_click_away(qapp: QApplication) -> None:
    """A long result shows its start and a "Show all" button that reveals every character."""
    text = "".join(f"line {i}\n" for i in range(2000))
    step = ToolStep("c1", "read_file", '{"path": "a"}', "files", "read_file", "ok", text)
    card = ToolCallCard(step)
    window = shown(card)
    assert not card.details.isVisible()
    card.toggle.click()
    assert card.details.isVisible()
    assert card.result_truncated
    assert len(card.result.toPlainText()) <= SHOWN_CHARS + 2
    assert card.show_all.text() == f"Show all {len(text)} characters"
    card.show_all.click()
    assert card.result.toPlainText() == text
    assert not card.result_truncated
    window.close()


def test_result_images_are_shown_and_bad_ones_named(qapp: QApplication) -> None:
    """A PNG from the result is shown as a picture; an SVG or broken data only as a note."""
    images = (
        StepImage("image/png", png_base64()),
        StepImage("image/svg+xml", base64.b64encode(b"<svg/>").decode()),
        StepImage("image/png", "not base64!"),
    )
    step = ToolStep("c1", "shot", "{}", "screen", "shot", "ok", "a picture", images)
    card = ToolCallCard(step)
    first, second, third = card.images
    assert first.pixmap() is not None and first.pixmap().width() == 20
    assert "image/svg+xml" in second.text() and second.pixmap().isNull()
    assert third.pixmap().isNull()


def test_status_and_time_are_in_the_header(qapp: QApplication) -> None:
    """Pending, then the result: status, duration and result appear when it arrives."""
    card = ToolCallCard(ToolStep("c1", "get_time", "{}"))
    assert card.status.text() == "waiting"
    assert not card.result.isVisibleTo(card)
    card.update_step(
        ToolStep("c1", "get_time", "{}", "time", "get_time", "denied", "declined",
                 duration_seconds=0.25)
    )  # fmt: skip
    assert card.status.text().startswith("denied · 0.2 s") or card.status.text().startswith(
        "denied · 0.3 s"
    )
    assert card.title.text() == "time › get_time"


# -- the turn in the chat and the timeline in the reasoning pane ----------------------


def test_a_turn_with_tool_rounds_reads_as_one_answer(qapp: QApplication) -> None:
    """Rounds after a tool call sit inside the turn's first message, each call a card."""
    from gui.ui.widgets.chat_view import ChatView
    from tests.tool_samples import tool_conversation

    view = ChatView()
    view.show_conversation(tool_conversation())
    first = view.widget_for("round-1")
    second, last = view.widget_for("round-2"), view.widget_for("round-3")
    assert first is not None and second is not None and last is not None
    assert first.continuations == [second, last]
    assert second.continuation and second.parentWidget() is not None
    assert not first.actions_bar.isVisibleTo(first)  # the last round carries the actions
    assert not second.actions_bar.isVisibleTo(second) and last.actions_bar.isVisibleTo(last)
    assert list(first.tool_cards) == ["call_1"]
    assert list(second.tool_cards) == ["call_2", "call_3"]
    listed, denied = second.tool_cards["call_2"], second.tool_cards["call_3"]
    assert listed.result.toPlainText().startswith("Found 2 files:\n<script>")
    assert listed.images and not listed.images[0].pixmap().isNull()
    assert denied.status.text() == "denied"
    assert view.widget_for("tool-call_1") is None  # results have no widget of their own


def test_results_arrive_in_the_open_turn(qapp: QApplication) -> None:
    """A round whose calls wait shows pending cards; the results fill them in place."""
    from gui.ui.widgets.chat_view import ChatView
    from tests.tool_samples import tool_conversation

    conv = tool_conversation(pending=True)
    view = ChatView()
    view.show_conversation(conv)
    second = view.widget_for("round-2")
    assert second is not None
    assert second.tool_cards["call_2"].status.text() == "waiting"
    assert second.regenerate_button.isVisibleTo(second)
    view.show_call_state("call_2", "running")
    assert second.tool_cards["call_2"].status.text() == "running…"
    assert not second.regenerate_button.isVisibleTo(second)  # not while its round runs
    full = tool_conversation()
    conv.messages.extend(full.messages[len(conv.messages) :])
    view.rebuild()
    assert second.tool_cards["call_2"].status.text().startswith("done")
    assert view.widget_for("round-3") in view.widget_for("round-1").continuations  # type: ignore[union-attr]


def test_approval_card_takes_the_focus_in_the_chat(qapp: QApplication) -> None:
    """The card appears below the answer with the focus; deciding all removes it."""
    from gui.core.tools.approval import ApprovalRequest
    from gui.ui.widgets.chat_view import ChatView
    from tests.tool_samples import tool_conversation

    view = ChatView()
    window = shown(view)
    view.show_conversation(tool_conversation(pending=True))
    requests = [
        ApprovalRequest("call_2", "list_files", "files", "list_files", "List files.", "{}", True),
        ApprovalRequest("call_3", "delete_file", "files", "delete_file", "Delete.", "{}", None,
                        True),
    ]  # fmt: skip
    decided: list[tuple[str, str]] = []
    view.approval_decided.connect(lambda cid, d: decided.append((cid, d)))
    card = view.show_approval(requests)
    QApplication.processEvents()
    assert card.hasFocus()
    QTest.keyClick(card, Qt.Key.Key_Return)
    QTest.keyClick(QApplication.focusWidget() or card, Qt.Key.Key_Escape)
    assert decided == [("call_2", "once"), ("call_3", "deny")]
    assert view.approval is None
    window.close()


def test_reasoning_pane_shows_the_turn_as_a_timeline(qapp: QApplication) -> None:
    """Thinking → call → result → thinking …, each with its time and tokens."""
    from gui.core.tool_turns import turn_of
    from gui.ui.widgets.reasoning_pane import ReasoningPane
    from tests.tool_samples import tool_conversation

    conv = tool_conversation()
    pane = ReasoningPane()
    pane.show_turn(turn_of(conv.messages, 1), "round-3")
    text = pane.text.toPlainText()
    order = [
        "◆ Thinking · ",
        "→ Call time › get_time",
        "← Result of time › get_time: done",
        "◆ Thinking",
        "→ Call files › list_files",
        "← Result of files › delete_file: denied",
        "Deleting was declined",
    ]
    at = 0
    for marker in order:
        at = text.index(marker, at) + 1  # each after the one before
    assert "1 s · 35 tokens" in text and "2 s · 40 tokens" in text
    assert "≈30 tokens" in text  # the prompt grew by the clock's result
    assert pane._summary.text().startswith("3 tool calls in 3 rounds")


def test_the_first_page_never_starts_inside_a_turn(qapp: QApplication) -> None:
    """A long chat opens at the start of the turn its last page would cut through."""
    from gui.core.conversation import Message, Role
    from gui.ui.widgets.chat_view import FIRST_PAGE, ChatView
    from tests.tool_samples import tool_conversation

    conv = tool_conversation()  # the turn is messages 1 to 6
    for index in range(12):
        role = Role.USER if index % 2 == 0 else Role.ASSISTANT
        conv.messages.append(Message(role=role, content=f"later {index}"))
    assert 1 < len(conv.messages) - FIRST_PAGE < 7  # the plain cut falls inside the turn
    view = ChatView()
    view.show_conversation(conv)
    head = view.widget_for("round-1")
    assert head is not None and len(head.continuations) == 2
    assert view.widget_for("user-1") is None  # the page starts with the turn itself


def test_the_turn_summary_counts_one_call_and_one_round_in_the_singular(
    qapp: QApplication,
) -> None:
    """Found trying the app: a single call read "1 tool calls in 1 rounds"."""
    from gui.ui.widgets.reasoning_pane import turn_summary
    from tests.tool_samples import tool_conversation

    first_round = tool_conversation().messages[1:3]
    assert turn_summary(first_round).startswith("1 tool call in 1 round ·")
    two = tool_conversation().messages[1:6]
    assert turn_summary(two).startswith("3 tool calls in 2 rounds")


def test_the_empty_pane_says_what_it_is_for_in_full(qapp: QApplication) -> None:
    """Found trying the app: the empty pane's hint was the text view's placeholder, drawn on
    one line and cut at the pane's width ("…appears here while it"). It is a wrapping label."""
    from gui.ui.widgets.reasoning_pane import ReasoningPane
    from tests.tool_samples import tool_conversation

    hint = "The model's thinking appears here while it answers."
    pane = ReasoningPane()
    pane.resize(260, 400)
    assert pane.text.placeholderText() == ""
    assert pane._summary.text() == hint and pane._summary.wordWrap()
    pane.show_message(tool_conversation().messages[-1])
    assert pane._summary.text() != hint
    pane.clear_message()
    assert pane._summary.text() == hint
