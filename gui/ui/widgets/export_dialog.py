"""The export dialog: format, what to include (reasoning, system prompt, metadata), zip or not."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.export.options import ExportFormat
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.settings import Settings
from gui.ui.plain_text import shown_block

_FORMAT_HINTS = {
    ExportFormat.MARKDOWN: QT_TRANSLATE_NOOP(
        "ExportDialog", "Markdown (.md): readable anywhere; code and tables kept exactly"
    ),
    ExportFormat.HTML: QT_TRANSLATE_NOOP(
        "ExportDialog", "Web page (.html): one file, opens in any browser, no scripts"
    ),
    ExportFormat.PDF: QT_TRANSLATE_NOOP("ExportDialog", "PDF (.pdf): for printing and archiving"),
    ExportFormat.JSON: QT_TRANSLATE_NOOP(
        "ExportDialog", "JSON (.json): the complete chat, can be imported again"
    ),
    ExportFormat.TEXT: QT_TRANSLATE_NOOP(
        "ExportDialog", "Plain text (.txt): wrapped, with who said what"
    ),
}
JSON_NOTE = QT_TRANSLATE_NOOP(
    "ExportDialog", "JSON always holds the complete conversation so that it can be imported again."
)


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the user picked in the dialog."""

    format: ExportFormat
    include_reasoning: bool
    include_system_prompt: bool
    include_metadata: bool
    as_zip: bool | None = None  # None: a single chat, no folder-or-zip choice

    def remembered(self, settings: Settings) -> Settings:
        """``settings`` with these choices stored as the next defaults."""
        return dataclasses.replace(
            settings,
            export_format=self.format.value,
            export_include_reasoning=self.include_reasoning,
            export_include_system_prompt=self.include_system_prompt,
            export_include_metadata=self.include_metadata,
            export_all_as_zip=settings.export_all_as_zip if self.as_zip is None else self.as_zip,
        )


class ExportDialog(QDialog):
    """Asks how to export one conversation (``title``) or all of them (``count``).

    Opened with ``open()`` (never ``exec()``); read ``choice()`` once accepted.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        title: str = "",
        count: int = 1,
        export_all: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export-dialog")
        self.setWindowTitle(
            translate("ExportDialog", "Export all chats")
            if export_all
            else translate("ExportDialog", "Export chat")
        )
        self.setMinimumWidth(460)
        self._export_all = export_all
        layout = QVBoxLayout(self)

        if not export_all:
            what = translate("ExportDialog", "Export “{title}”.").format(
                title=title or translate("ExportDialog", "New chat")
            )
        elif count == 1:
            what = translate("ExportDialog", "Export the chat.")
        else:
            what = translate("ExportDialog", "Export all {count} chats, one file per chat.").format(
                count=count
            )
        heading = QLabel(shown_block(what))
        heading.setObjectName("export-heading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)

        formats = QGroupBox(translate("ExportDialog", "Format"))
        column = QVBoxLayout(formats)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[ExportFormat, QRadioButton] = {}
        for index, fmt in enumerate(ExportFormat):
            button = QRadioButton(translate("ExportDialog", _FORMAT_HINTS[fmt]))
            button.setObjectName(f"format-{fmt.value}")
            self.format_group.addButton(button, index)
            self.format_buttons[fmt] = button
            column.addWidget(button)
        layout.addWidget(formats)

        include = QGroupBox(translate("ExportDialog", "Include"))
        column = QVBoxLayout(include)
        self.reasoning_box = QCheckBox(
            translate("ExportDialog", "The model's reasoning (collapsible in Markdown and HTML)")
        )
        self.reasoning_box.setObjectName("include-reasoning")
        self.prompt_box = QCheckBox(translate("ExportDialog", "The system prompt"))
        self.prompt_box.setObjectName("include-system-prompt")
        self.metadata_box = QCheckBox(
            translate("ExportDialog", "Metadata: model, times and token usage")
        )
        self.metadata_box.setObjectName("include-metadata")
        for box in (self.reasoning_box, self.prompt_box, self.metadata_box):
            column.addWidget(box)
        self.json_note = QLabel(translate("ExportDialog", JSON_NOTE))
        self.json_note.setObjectName("json-note")
        self.json_note.setWordWrap(True)
        column.addWidget(self.json_note)
        layout.addWidget(include)

        self.zip_button = QRadioButton(translate("ExportDialog", "A single .zip archive"))
        self.zip_button.setObjectName("save-as-zip")
        self.folder_button = QRadioButton(
            translate("ExportDialog", "A new folder with one file per chat")
        )
        self.folder_button.setObjectName("save-as-folder")
        if export_all:
            where = QGroupBox(translate("ExportDialog", "Save as"))
            column = QVBoxLayout(where)
            column.addWidget(self.folder_button)
            column.addWidget(self.zip_button)
            layout.addWidget(where)
            (self.zip_button if settings.export_all_as_zip else self.folder_button).setChecked(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            translate("ExportDialog", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export-button")
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        try:
            current = ExportFormat(settings.export_format)
        except ValueError:
            current = ExportFormat.MARKDOWN
        self.format_buttons[current].setChecked(True)
        self.reasoning_box.setChecked(settings.export_include_reasoning)
        self.prompt_box.setChecked(settings.export_include_system_prompt)
        self.metadata_box.setChecked(settings.export_include_metadata)
        self.format_group.idToggled.connect(lambda _id, _on: self._update())
        self._update()

    def selected_format(self) -> ExportFormat:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def set_format(self, fmt: ExportFormat) -> None:
        self.format_buttons[fmt].setChecked(True)

    def _update(self) -> None:
        is_json = self.selected_format() is ExportFormat.JSON
        for box in (self.reasoning_box, self.prompt_box, self.metadata_box):
            box.setEnabled(not is_json)
        self.json_note.setVisible(is_json)

    def choice(self) -> ExportChoice:
        return ExportChoice(
            format=self.selected_format(),
            include_reasoning=self.reasoning_box.isChecked(),
            include_system_prompt=self.prompt_box.isChecked(),
            include_metadata=self.metadata_box.isChecked(),
            as_zip=self.zip_button.isChecked() if self._export_all else None,
        )
