"""The card in the chat that asks before a tool runs: Enter allows once, Esc denies."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import translate
from gui.core.tool_turns import pretty_json
from gui.ui.plain_text import plain, shown_block, shown_line
from gui.ui.widgets.markdown_view import MONOSPACE

ONCE = "once"
ALWAYS = "always"
DENY = "deny"
_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
ARGUMENT_LINES = 12  # taller arguments scroll inside the card


class Request(Protocol):
    """What the card shows of one pending call (``gui.core`` approval requests)."""

    @property
    def call_id(self) -> str: ...
    @property
    def server(self) -> str: ...
    @property
    def tool(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def arguments(self) -> str: ...
    @property
    def read_only_hint(self) -> bool | None: ...
    @property
    def destructive_hint(self) -> bool | None: ...


def _label(text: str, name: str) -> QLabel:
    widget = plain(QLabel(text))  # server-sent: names and descriptions are never markup
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(True)  # Enter on a focused button presses that button
    return button


def arguments_view(text: str, name: str = "tool-arguments") -> QPlainTextEdit:
    """Read-only monospace text, as tall as its content up to ``ARGUMENT_LINES`` lines."""
    view = QPlainTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setPlainText(text)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setFamilies([*MONOSPACE, font.family()])
    font.setStyleHint(QFont.StyleHint.Monospace)
    view.setFont(font)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    lines = min(ARGUMENT_LINES, max(1, text.count("\n") + 1))
    view.setFixedHeight(view.fontMetrics().lineSpacing() * lines + 14)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return view


class RequestPanel(QFrame):
    """One pending call: what it is, its arguments and hints, and its three buttons."""

    decided = Signal(str, str)  # call id, decision

    def __init__(self, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.decision: str | None = None
        self.setObjectName("approval-request")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        head = QHBoxLayout()
        self.title = _label(
            translate("ApprovalCard", "{tool} from {server}").format(
                tool=shown_line(request.tool), server=shown_line(request.server)
            ),
            "approval-tool",
        )
        head.addWidget(self.title, 1)
        self.badges: list[QLabel] = []
        if request.read_only_hint:
            self._badge(head, translate("ApprovalCard", "read-only"), "ok")
        if request.destructive_hint:
            self._badge(head, translate("ApprovalCard", "destructive"), "danger")
        layout.addLayout(head)
        if request.description.strip():
            self.description = _label(
                shown_block(request.description.strip()), "approval-description"
            )
            layout.addWidget(self.description)
        self.arguments = arguments_view(pretty_json(request.arguments))
        self.arguments.setAccessibleName(translate("ApprovalCard", "Arguments"))
        layout.addWidget(self.arguments)
        row = QHBoxLayout()
        row.addStretch(1)
        self.allow = _button(translate("ApprovalCard", "Allow once"), "approve-once")
        self.always = _button(translate("ApprovalCard", "Always allow this tool"), "approve-always")
        self.deny = _button(translate("ApprovalCard", "Deny"), "approve-deny")
        for button, decision in ((self.allow, ONCE), (self.always, ALWAYS), (self.deny, DENY)):
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            row.addWidget(button)
        layout.addLayout(row)
        self.result = _label("", "approval-result")
        self.result.hide()
        layout.addWidget(self.result)

    def _badge(self, layout: QHBoxLayout, text: str, kind: str) -> None:
        badge = QLabel(text)
        badge.setObjectName("tool-badge")
        badge.setProperty("kind", kind)
        layout.addWidget(badge)
        self.badges.append(badge)

    @property
    def pending(self) -> bool:
        return self.decision is None

    def decide(self, decision: str) -> None:
        if not self.pending:
            return
        self.decision = decision
        for button in (self.allow, self.always, self.deny):
            button.hide()
        self.result.setText(
            {
                ONCE: translate("ApprovalCard", "Allowed once"),
                ALWAYS: translate("ApprovalCard", "Always allowed"),
                DENY: translate("ApprovalCard", "Denied"),
            }[decision]
        )
        self.result.show()
        self.decided.emit(self.request.call_id, decision)


class ApprovalCard(QFrame):
    """The pending calls of one round; each decided on its own, or all together.

    Keys act on the first call still waiting: Enter allows it once, Esc denies it
    (a focused button takes Enter for itself). The card takes the focus when shown.

    Signals:
        decided(str, str): a call (its id) was allowed once, always, or denied.
        finished(): every call of the card is decided.
    """

    decided = Signal(str, str)
    finished = Signal()

    def __init__(self, requests: Sequence[Request], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approval-card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("ApprovalCard", "Tool approval"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        head = QHBoxLayout()
        count = len(requests)
        self.heading = QLabel(
            translate("ApprovalCard", "MiniMax wants to use a tool")
            if count == 1
            else translate("ApprovalCard", "MiniMax wants to use {count} tools").format(count=count)
        )
        self.heading.setObjectName("approval-heading")
        head.addWidget(self.heading, 1)
        self.allow_all = _button(translate("ApprovalCard", "Allow all once"), "approve-all")
        self.deny_all = _button(translate("ApprovalCard", "Deny all"), "deny-all")
        self.allow_all.clicked.connect(lambda: self.decide_all(ONCE))
        self.deny_all.clicked.connect(lambda: self.decide_all(DENY))
        for button in (self.allow_all, self.deny_all):
            head.addWidget(button)
            if count < 2:
                button.hide()
        layout.addLayout(head)
        hint = QLabel(translate("ApprovalCard", "Enter allows once · Esc denies"))
        hint.setObjectName("approval-keys")
        layout.addWidget(hint)
        self.panels: list[RequestPanel] = []
        for request in requests:
            panel = RequestPanel(request)
            panel.decided.connect(self._on_decided)
            layout.addWidget(panel)
            self.panels.append(panel)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)

    @property
    def call_ids(self) -> list[str]:
        return [panel.request.call_id for panel in self.panels]

    def current(self) -> RequestPanel | None:
        """The first call still waiting for a decision."""
        return next((panel for panel in self.panels if panel.pending), None)

    def decide_all(self, decision: str) -> None:
        for panel in self.panels:
            panel.decide(decision)

    def decide_current(self, decision: str) -> None:
        panel = self.current()
        if panel is not None:
            panel.decide(decision)

    def mark_resolved(self, call_id: str, decision: str) -> None:
        """Show a decision taken elsewhere (e.g. the round was stopped)."""
        for panel in self.panels:
            if panel.request.call_id == call_id:
                panel.decide(decision)

    def _on_decided(self, call_id: str, decision: str) -> None:
        self.decided.emit(call_id, decision)
        if self.current() is None:
            self.allow_all.hide()
            self.deny_all.hide()
            self.finished.emit()
        elif self.hasFocus() or self.isAncestorOf(self.focusWidget()):
            self.setFocus()

    # -- keys: the card is the one place where Enter and Esc mean allow and deny ----------

    def _handles(self, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.key() not in _KEYS:
            return False
        extra = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return extra == Qt.KeyboardModifier.NoModifier and self.current() is not None

    def _key(self, event: QKeyEvent, target: QObject) -> bool:
        if event.key() != Qt.Key.Key_Escape and isinstance(target, QPushButton):
            return False  # Enter on a focused button is that button's
        self.decide_current(DENY if event.key() == Qt.Key.Key_Escape else ONCE)
        return True

    def event(self, event: QEvent) -> bool:
        # The window's Esc (Stop) is a shortcut: claim the key before it fires.
        if event.type() == QEvent.Type.ShortcutOverride and self._handles(event):
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and self._handles(event):
            assert isinstance(event, QKeyEvent)
            return self._key(event, self)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._handles(event):
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape or not isinstance(watched, QPushButton):
                event.accept()
                return True
        if event.type() == QEvent.Type.KeyPress and self._handles(event):
            assert isinstance(event, QKeyEvent)
            return self._key(event, watched)
        return False
