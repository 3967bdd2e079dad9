"""First run: pick the region (with where to get a key), paste the key, pick a model, test."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import translate
from gui.core.minimax_models import model_ids
from gui.core.regions import CHINA, INTERNATIONAL, Region, region_label
from gui.core.settings import Settings
from gui.ui.widgets.settings_dialog import (
    KEY_HINT,
    REGION_HINT,
    SHOW_KEY_HINT,
    TEST_HINT,
    SettingsResult,
    checked_region,
    describe_controls,
    show_test_outcome,
)


def _wrapping(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class WelcomeDialog(QDialog):
    """A short, friendly set-up shown when there is no key yet.

    Signals:
        test_requested(object): a ``SettingsResult`` to try against the server.
        more_settings_requested(): the user wants the full Settings dialog instead.
    """

    test_requested = Signal(object)
    more_settings_requested = Signal()

    def __init__(
        self, settings: Settings, store_persistent: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome-dialog")
        self.setWindowTitle(translate("WelcomeDialog", "Welcome to MiniMax Chat"))
        self.setMinimumWidth(560)
        self._settings = settings
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(translate("WelcomeDialog", "Welcome to MiniMax Chat"))
        heading.setObjectName("welcome-heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(
            _wrapping(
                translate(
                    "WelcomeDialog",
                    "Three steps and you can chat. Your key is kept in the system keyring, "
                    "never in a file.",
                )
            )
        )

        layout.addWidget(
            QLabel("<b>" + translate("WelcomeDialog", "1. Where is your MiniMax account?") + "</b>")
        )
        self.region_group = QButtonGroup(self)
        self.region_buttons: dict[str, QRadioButton] = {}
        for region in (INTERNATIONAL, CHINA):
            row = QHBoxLayout()
            button = QRadioButton(f"{region_label(region)}  ({region.base_url})")
            button.setObjectName(f"welcome-region-{region.id}")
            button.setAccessibleDescription(translate("SettingsDialog", REGION_HINT))
            self.region_group.addButton(button)
            self.region_buttons[region.id] = button
            row.addWidget(button, 1)
            row.addWidget(self._console_link(region))
            layout.addLayout(row)
        chosen = settings.region if settings.region in self.region_buttons else INTERNATIONAL.id
        self.region_buttons[chosen].setChecked(True)
        layout.addWidget(
            _wrapping(
                translate(
                    "WelcomeDialog",
                    "Keys only work in the region that issued them: a key from "
                    "platform.minimaxi.com (China) is rejected by the International endpoint, "
                    "and the other way round.",
                ),
                "settings-note",
            )
        )

        layout.addWidget(QLabel("<b>" + translate("WelcomeDialog", "2. Your API key") + "</b>"))
        key_row = QHBoxLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("welcome-key")
        self.key_edit.setAccessibleName(translate("WelcomeDialog", "MiniMax API key"))
        self.key_edit.setAccessibleDescription(translate("SettingsDialog", KEY_HINT))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(translate("WelcomeDialog", "Paste your MiniMax API key"))
        key_row.addWidget(self.key_edit, 1)
        show = QCheckBox(translate("WelcomeDialog", "Show"))
        show.setAccessibleDescription(translate("SettingsDialog", SHOW_KEY_HINT))
        show.toggled.connect(
            lambda on: self.key_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        key_row.addWidget(show)
        layout.addLayout(key_row)
        if not store_persistent:
            layout.addWidget(
                _wrapping(
                    translate(
                        "WelcomeDialog",
                        "No secure system keyring is available, so the key is kept for this "
                        "session only. It is never written to a file.",
                    ),
                    "store-warning",
                )
            )

        layout.addWidget(QLabel("<b>" + translate("WelcomeDialog", "3. Model") + "</b>"))
        self.model = QComboBox()
        self.model.setObjectName("welcome-model")
        self.model.setAccessibleName(translate("WelcomeDialog", "Model"))
        self.model.setAccessibleDescription(
            translate("SettingsDialog", "Pick a model or type any model id your key can use")
        )
        self.model.setEditable(True)
        self.model.addItems(model_ids())
        self.model.setCurrentText(settings.model)
        layout.addWidget(self.model)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(translate("WelcomeDialog", "Test connection"))
        self.test_button.setObjectName("welcome-test")
        self.test_button.setAccessibleDescription(translate("SettingsDialog", TEST_HINT))
        self.test_button.clicked.connect(lambda: self.test_requested.emit(self.result_value()))
        test_row.addWidget(self.test_button)
        self.test_result = _wrapping("", "test-result")
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)  # may quote the server
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.test_result, 1)
        layout.addLayout(test_row)

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            translate("WelcomeDialog", "Start chatting"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("welcome-start")
        later = buttons.addButton(
            translate("WelcomeDialog", "Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        later.setObjectName("welcome-later")
        self.start_button.setAccessibleDescription(
            translate("WelcomeDialog", "Saves these choices and the key, then opens the chat.")
        )
        later.setAccessibleDescription(
            translate("WelcomeDialog", "Closes this; the key can be added in Settings at any time.")
        )
        more = buttons.addButton(
            translate("WelcomeDialog", "More settings…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        more.clicked.connect(self._on_more)
        more.setAccessibleDescription(
            translate("WelcomeDialog", "Opens Settings: custom address, proxy, appearance, more.")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        describe_controls(self)
        self.key_edit.setFocus()

    def _console_link(self, region: Region) -> QLabel:
        text = translate("WelcomeDialog", "Get a key")
        link = QLabel(f'<a href="{region.console_url}">{text}</a>')
        link.setObjectName(f"welcome-console-{region.id}")
        link.setToolTip(region.console_url)
        link.setAccessibleName(
            translate("WelcomeDialog", "Get a key for {region}").format(region=region_label(region))
        )
        link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                     | Qt.TextInteractionFlag.LinksAccessibleByMouse)  # fmt: skip
        link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        return link

    def selected_region(self) -> str:
        return checked_region(self.region_buttons)

    def result_value(self) -> SettingsResult:
        settings = dataclasses.replace(
            self._settings,
            region=self.selected_region(),
            model=self.model.currentText().strip() or self._settings.model,
            extra=dict(self._settings.extra),
        )
        return SettingsResult(settings, self.key_edit.text().strip() or None)

    def show_test_result(self, ok: bool, text: str) -> None:
        show_test_outcome(self.test_result, self.test_button, ok, text)

    def accept(self) -> None:
        if not self.key_edit.text().strip():
            self.show_test_result(False, translate("WelcomeDialog", "Paste your API key first."))
            self.key_edit.setFocus()
            return
        super().accept()

    def _on_more(self) -> None:
        self.more_settings_requested.emit()
        self.reject()
