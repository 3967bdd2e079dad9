"""The window's small dialogs as view functions: each takes data and a callback, opens, returns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.context_trim import TrimOutcome, TrimProposal
from gui.core.formatting import tokens
from gui.core.i18n import translate
from gui.core.link_policy import decide_link
from gui.ui.plain_text import plain, shown_line


def confirm_delete(parent: QWidget, title: str, on_delete: Callable[[], object]) -> None:
    """Ask before deleting the conversation called ``title``; ``on_delete`` runs on yes."""
    box = QMessageBox(parent)
    box.setObjectName("confirm-delete")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MainWindow", "Delete conversation"))
    box.setText(
        translate("MainWindow", "Delete “{title}”?").format(
            title=shown_line(title) or translate("MainWindow", "New chat")
        )
    )
    box.setInformativeText(
        translate(
            "MainWindow", "Its messages are removed from this computer. This cannot be undone."
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    delete = box.addButton(
        translate("MainWindow", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    plain(box)  # the title may come from an imported file

    def done(_result: int) -> None:
        if box.clickedButton() is delete:
            on_delete()

    box.finished.connect(done)
    box.open()


def confirm_link(
    parent: QWidget,
    url: QUrl,
    on_open: Callable[[QUrl], object],
    on_refused: Callable[[str], object],
) -> None:
    """Show the full address of a link from model output; ``on_open`` runs only on Open.

    The address shown is the one opened: hosts in punycode, hidden characters encoded
    (``decide_link``); a link it refuses goes to ``on_refused`` with the reason instead.
    """
    decision = decide_link(url.toString())
    if not decision.allowed:
        on_refused(decision.refusal)
        return
    box = QMessageBox(parent)
    box.setObjectName("confirm-link")
    box.setWindowTitle(translate("MainWindow", "Open link"))
    box.setText(translate("MainWindow", "Open this address in your browser?"))
    box.setInformativeText(decision.address)
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    plain(box)
    box.finished.connect(
        lambda result: (
            on_open(QUrl(decision.address)) if result == QMessageBox.StandardButton.Open else None
        )
    )
    box.open()


def confirm_trim(
    parent: QWidget, model: str, proposal: TrimProposal, on_leave_out: Callable[[], object]
) -> None:
    """Ask before leaving out the turns ``proposal`` (a PROPOSED one) names, saying what
    the model still sees and how much of ``model``'s window that uses; ``on_leave_out``
    runs on yes."""
    count = proposal.left_out
    question = (
        translate("ContextTrim", "Leave out the first turn of this chat?")
        if count == 1
        else translate("ContextTrim", "Leave out the first {count} turns of this chat?").format(
            count=count
        )
    )
    details = translate(
        "ContextTrim",
        "They stay in this chat, saved, searchable and exported, but MiniMax no longer "
        "sees them: from now on it answers knowing only the last {kept} of {total} turns. "
        "The chat then uses about {percent} % of {model}'s context window ({used} of "
        "{window} tokens). “Send the whole chat again” above the first message sent "
        "undoes this.",
    ).format(
        kept=proposal.total_turns - count,
        total=proposal.total_turns,
        percent=round(100 * proposal.used / proposal.window),
        model=model,
        used=tokens(proposal.used),
        window=tokens(proposal.window),
    )
    box = _trim_box(parent, "confirm-trim", question, details, QMessageBox.Icon.Question)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    leave_out = box.addButton(
        translate("ContextTrim", "Leave out"), QMessageBox.ButtonRole.AcceptRole
    )
    leave_out.setObjectName("confirm-trim-accept")
    box.setDefaultButton(leave_out)

    def done(_result: int) -> None:
        if box.clickedButton() is leave_out:
            on_leave_out()

    box.finished.connect(done)
    box.open()


def explain_trim(parent: QWidget, model: str, proposal: TrimProposal) -> None:
    """Say why leaving out earlier turns cannot help (``proposal`` is not PROPOSED)."""
    if proposal.outcome is TrimOutcome.TOO_BIG:
        title = translate("ContextTrim", "Leaving out earlier turns cannot make this chat fit")
        text = translate(
            "ContextTrim",
            "The last turn of this chat alone (with what you are writing now) needs about "
            "{used} tokens, and {model}'s context window holds {window}. Start a new chat, "
            "with a shorter message or fewer or smaller attachments.",
        ).format(used=tokens(proposal.used), model=model, window=tokens(proposal.window))
    else:
        title = translate("ContextTrim", "There are no earlier turns to leave out")
        text = translate(
            "ContextTrim",
            "Only the last turn of this chat is sent already. To go on, start a new chat "
            "and bring over what still matters.",
        )
    box = _trim_box(parent, "trim-impossible", title, text, QMessageBox.Icon.Information)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()


def _trim_box(
    parent: QWidget, name: str, text: str, details: str, icon: QMessageBox.Icon
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(icon)
    box.setWindowTitle(translate("ContextTrim", "Leave out earlier turns"))
    box.setText(text)
    box.setInformativeText(details)
    plain(box)  # the model name is whatever the settings hold
    return box


def edit_system_prompt(
    parent: QWidget,
    current: str | None,
    default: str,
    on_save: Callable[[str | None], None],
) -> None:
    """Edit one chat's system prompt; ``on_save`` gets "" (none), None (the default) or text."""
    dialog = QDialog(parent)
    dialog.setObjectName("conversation-prompt")
    dialog.setWindowTitle(translate("MainWindow", "System prompt for this chat"))
    dialog.setMinimumWidth(520)
    layout = QVBoxLayout(dialog)
    uses_default = translate(
        "MainWindow", "Leave empty to use the default from Settings:\n{prompt}"
    )
    note = QLabel(
        uses_default.format(prompt=default)
        if default
        else translate("MainWindow", "Leave empty to send no system prompt.")
    )
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setWordWrap(True)
    layout.addWidget(note)
    edit = QPlainTextEdit(current or "")
    edit.setAccessibleName(translate("MainWindow", "System prompt for this chat"))
    layout.addWidget(edit)
    # With a default in Settings, "empty" means "the default": opting out needs a box.
    none = QCheckBox(translate("MainWindow", "Send no system prompt in this chat"))
    none.setObjectName("no-system-prompt")
    none.setChecked(bool(default) and current == "")
    none.setVisible(bool(default))
    none.toggled.connect(lambda on: edit.setEnabled(not on))
    edit.setEnabled(not none.isChecked())
    layout.addWidget(none)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            text = edit.toPlainText()
            on_save("" if none.isChecked() else (text if text.strip() else None))

    dialog.finished.connect(done)
    dialog.open()


def show_shortcuts(parent: QWidget, actions: Sequence[QAction]) -> None:
    """A list of every keyboard shortcut of ``actions`` and of the message box."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcuts-dialog")
    dialog.setWindowTitle(translate("MainWindow", "Keyboard shortcuts"))
    layout = QVBoxLayout(dialog)
    table = QTableWidget(0, 2, dialog)
    table.setObjectName("shortcuts-table")
    table.setAccessibleName(translate("MainWindow", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels(
        [translate("MainWindow", "Action"), translate("MainWindow", "Shortcut")]
    )
    rows = [
        (
            a.text().replace("&", ""),
            ", ".join(
                dict.fromkeys(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in a.shortcuts()
                )
            ),
        )
        for a in actions
        if a.shortcuts()
    ]
    rows += [
        (translate("MainWindow", "Send the message"), translate("MainWindow", "Enter")),
        (
            translate("MainWindow", "New line in the message"),
            translate("MainWindow", "Shift+Enter"),
        ),
        (translate("MainWindow", "Delete the selected chat"), translate("MainWindow", "Del")),
    ]
    table.setRowCount(len(rows))
    for row, (name, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(keys))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnsToContents()
    layout.addWidget(table)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    layout.addWidget(close)
    dialog.resize(520, 560)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def show_about(parent: QWidget, version: str, folder: Path, log: Path) -> None:
    """The app's version, data folder and log file."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("MainWindow", "About MiniMax Chat"))
    box.setText(f"MiniMax Chat {version}")
    box.setInformativeText(
        translate(
            "MainWindow",
            "A native desktop client for MiniMax's reasoning models.\n"
            "Data folder: {folder}\nLog file: {log}",
        ).format(folder=folder, log=log)
    )
    box.open()
