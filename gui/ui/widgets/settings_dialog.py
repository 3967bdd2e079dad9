"""Settings: region or custom URL, API key (keyring only), model and sampling, network."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.core.catalog import model_ids
from gui.core.connection import SOURCE_ENV, SOURCE_STORE, KeyState
from gui.core.environment import EnvOverrides
from gui.core.regions import CHINA, CUSTOM_ID, INTERNATIONAL, REGIONS, normalise_base_url
from gui.core.settings import Settings


@dataclass(frozen=True, slots=True)
class SettingsResult:
    """What the user chose. ``new_key`` is None when the key field was left alone."""

    settings: Settings
    new_key: str | None
    remove_key: bool = False


def _note(text: str, name: str = "settings-note") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SettingsDialog(QDialog):
    """Edits a copy of the settings; the window applies the result when accepted.

    Signals:
        test_requested(object): a ``SettingsResult`` to try against the server.
    """

    test_requested = Signal(object)

    def __init__(
        self,
        settings: Settings,
        key_state: KeyState,
        store_description: str,
        store_persistent: bool,
        env: EnvOverrides,
        live_models: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle("Settings")
        self.setMinimumWidth(560)
        self._original = settings
        self._key_state = key_state
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._connection_tab(settings, key_state, store_description,
                                              store_persistent, env), "Connection")  # fmt: skip
        self.tabs.addTab(self._model_tab(settings, live_models), "Model")
        self.tabs.addTab(self._advanced_tab(settings), "Advanced")

        test_row = QHBoxLayout()
        self.test_button = QPushButton("Test connection")
        self.test_button.setObjectName("test-connection")
        self.test_button.clicked.connect(lambda: self.test_requested.emit(self.result_value()))
        test_row.addWidget(self.test_button)
        self.test_result = _note("", "test-result")
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.test_result, 1)
        layout.addLayout(test_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_region_widgets()

    # -- tabs --------------------------------------------------------------------------

    def _connection_tab(
        self,
        settings: Settings,
        key_state: KeyState,
        store_description: str,
        store_persistent: bool,
        env: EnvOverrides,
    ) -> QWidget:
        page = QWidget()
        form = QVBoxLayout(page)
        form.addWidget(QLabel("<b>Region</b>"))
        self.region_group = QButtonGroup(self)
        self.region_buttons: dict[str, QRadioButton] = {}
        for region_id, label in (
            (INTERNATIONAL.id, f"International  ({INTERNATIONAL.base_url})"),
            (CHINA.id, f"China mainland  ({CHINA.base_url})"),
            (CUSTOM_ID, "Custom base URL"),
        ):
            button = QRadioButton(label)
            button.setObjectName(f"region-{region_id}")
            self.region_group.addButton(button)
            self.region_buttons[region_id] = button
            form.addWidget(button)
        self.region_buttons.get(settings.region, self.region_buttons[INTERNATIONAL.id]).setChecked(
            True
        )
        self.custom_url = QLineEdit(settings.custom_base_url)
        self.custom_url.setObjectName("custom-url")
        self.custom_url.setPlaceholderText("https://my-proxy.example.com/v1")
        self.custom_url.setAccessibleName("Custom base URL")
        form.addWidget(self.custom_url)
        for button in self.region_buttons.values():
            button.toggled.connect(self._update_region_widgets)
        if env.base_url:
            form.addWidget(
                _note(
                    f"OPENAI_BASE_URL is set in the environment, so this session uses "
                    f"{env.base_url} whatever is chosen here.",
                    "env-note",
                )
            )
        self.console_link = QLabel()
        self.console_link.setObjectName("console-link")
        self.console_link.setOpenExternalLinks(False)
        self.console_link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        form.addWidget(self.console_link)
        form.addWidget(
            _note(
                "Keys only work in the region that issued them: a China-platform key is "
                "rejected by the International endpoint as an invalid key, and the other way round."
            )
        )

        form.addSpacing(8)
        form.addWidget(QLabel("<b>API key</b>"))
        key_row = QHBoxLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("api-key")
        self.key_edit.setAccessibleName("MiniMax API key")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(
            f"Saved ({key_state.hint}). Type a new key to replace it."
            if key_state.source == SOURCE_STORE
            else "Paste your MiniMax API key"
        )
        key_row.addWidget(self.key_edit, 1)
        self.show_key = QCheckBox("Show")
        self.show_key.toggled.connect(
            lambda on: self.key_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        key_row.addWidget(self.show_key)
        self.remove_key = QPushButton("Remove")
        self.remove_key.setObjectName("remove-key")
        self.remove_key.setCheckable(True)
        self.remove_key.setToolTip("Delete the saved key for this region from the keyring")
        self.remove_key.setVisible(key_state.source == SOURCE_STORE)
        key_row.addWidget(self.remove_key)
        form.addLayout(key_row)
        if key_state.source == SOURCE_ENV:
            self.key_edit.setEnabled(False)
            self.key_edit.setPlaceholderText(f"From OPENAI_API_KEY ({key_state.hint})")
            form.addWidget(
                _note(
                    "OPENAI_API_KEY is set in the environment: this session uses it and "
                    "nothing is saved.",
                    "env-note",
                )
            )
        if key_state.source == SOURCE_ENV:
            where = ""  # nothing is stored while the environment provides the key
        elif store_persistent:
            where = f"The key is stored only in {store_description}, never in a file."
        else:
            where = (
                "No secure system keyring is available, so the key is kept in memory for this "
                "session only and must be entered again next time. It is never written to a file."
            )
        self.store_note = _note(where, "store-note" if store_persistent else "store-warning")
        self.store_note.setVisible(bool(where))
        form.addWidget(self.store_note)
        if key_state.problem:
            form.addWidget(_note(key_state.problem, "store-warning"))
        form.addStretch(1)
        return page

    def _model_tab(self, settings: Settings, live_models: list[str] | None) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.model = QComboBox()
        self.model.setObjectName("model")
        self.model.setEditable(True)
        self.model.addItems(model_ids(live_models))
        self.model.setCurrentText(settings.model)
        self.model.setToolTip("Pick a model or type any model id your key can use")
        form.addRow("Model:", self.model)
        self.temperature = QDoubleSpinBox()
        self.temperature.setObjectName("temperature")
        self.temperature.setRange(0.01, 1.0)
        self.temperature.setSingleStep(0.05)
        self.temperature.setDecimals(2)
        self.temperature.setValue(settings.temperature)
        self.temperature.setToolTip("MiniMax accepts values above 0 and up to 1 (default 1.0)")
        form.addRow("Temperature:", self.temperature)
        self.max_tokens = QSpinBox()
        self.max_tokens.setObjectName("max-tokens")
        self.max_tokens.setRange(256, 1_000_000)
        self.max_tokens.setSingleStep(1024)
        self.max_tokens.setValue(settings.max_completion_tokens or 32768)
        self.max_tokens.setToolTip("Includes the reasoning tokens: too low cuts answers short")
        form.addRow("Max output tokens:", self.max_tokens)
        self.system_prompt = QPlainTextEdit(settings.system_prompt)
        self.system_prompt.setObjectName("system-prompt")
        self.system_prompt.setPlaceholderText("Optional instructions sent first in every chat")
        self.system_prompt.setTabChangesFocus(True)
        form.addRow("Default system prompt:", self.system_prompt)
        return page

    def _advanced_tab(self, settings: Settings) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.reasoning_split = QCheckBox("Receive reasoning separately (reasoning_split)")
        self.reasoning_split.setObjectName("reasoning-split")
        self.reasoning_split.setChecked(settings.reasoning_split)
        form.addRow(self.reasoning_split)
        form.addRow(
            _note(
                "Turn this off only for a proxy that rejects unknown request fields; the "
                "reasoning is then separated from the answer's <think> tags instead."
            )
        )
        self.proxy_mode = QComboBox()
        self.proxy_mode.setObjectName("proxy-mode")
        for value, label in (
            ("system", "System proxy"),
            ("none", "No proxy"),
            ("custom", "Custom"),
        ):
            self.proxy_mode.addItem(label, value)
        self.proxy_mode.setCurrentIndex(max(0, self.proxy_mode.findData(settings.proxy_mode)))
        form.addRow("Proxy:", self.proxy_mode)
        self.proxy_url = QLineEdit(settings.proxy_url)
        self.proxy_url.setObjectName("proxy-url")
        self.proxy_url.setPlaceholderText("http://127.0.0.1:7890 or socks5://…")
        form.addRow("Proxy URL:", self.proxy_url)
        self.proxy_mode.currentIndexChanged.connect(self._update_proxy_widgets)
        self._update_proxy_widgets()
        self.read_timeout = QSpinBox()
        self.read_timeout.setObjectName("read-timeout")
        self.read_timeout.setRange(30, 3600)
        self.read_timeout.setSuffix(" s")
        self.read_timeout.setValue(int(settings.read_timeout))
        self.read_timeout.setToolTip("How long to wait for the next piece of a reply")
        form.addRow("Give up after silence of:", self.read_timeout)
        self.log_level = QComboBox()
        self.log_level.setObjectName("log-level")
        for value, text in (
            ("WARNING", "Problems only"),
            ("INFO", "Normal"),
            ("DEBUG", "Detailed (for bug reports)"),
        ):
            self.log_level.addItem(text, value)
        self.log_level.setCurrentIndex(max(0, self.log_level.findData(settings.log_level.upper())))
        self.log_level.setToolTip(
            "How much the log records. Message text and API keys are never logged."
        )
        form.addRow("Log detail:", self.log_level)
        return page

    # -- state -------------------------------------------------------------------------

    def selected_region(self) -> str:
        return next(
            (rid for rid, button in self.region_buttons.items() if button.isChecked()),
            INTERNATIONAL.id,
        )

    def _update_region_widgets(self) -> None:
        region = self.selected_region()
        self.custom_url.setEnabled(region == CUSTOM_ID)
        info = REGIONS.get(region)
        if info is not None:
            self.console_link.setText(
                f'Get a key for this region: <a href="{info.console_url}">{info.console_url}</a>'
            )
            self.console_link.show()
        else:
            self.console_link.hide()

    def _update_proxy_widgets(self) -> None:
        self.proxy_url.setEnabled(self.proxy_mode.currentData() == "custom")

    def result_value(self) -> SettingsResult:
        """The settings as edited (not yet saved)."""
        settings = dataclasses.replace(
            self._original,
            region=self.selected_region(),
            custom_base_url=normalise_base_url(self.custom_url.text()),
            model=self.model.currentText().strip() or self._original.model,
            temperature=round(self.temperature.value(), 2),
            max_completion_tokens=self.max_tokens.value(),
            system_prompt=self.system_prompt.toPlainText(),
            reasoning_split=self.reasoning_split.isChecked(),
            proxy_mode=str(self.proxy_mode.currentData()),
            proxy_url=self.proxy_url.text().strip(),
            read_timeout=float(self.read_timeout.value()),
            log_level=str(self.log_level.currentData()),
            extra=dict(self._original.extra),
        )
        typed = self.key_edit.text().strip()
        return SettingsResult(settings, typed or None, self.remove_key.isChecked() and not typed)

    def validation_problem(self) -> str | None:
        value = self.result_value().settings
        if value.region == CUSTOM_ID and not value.custom_base_url.lower().startswith(
            ("http://", "https://")
        ):
            return "The custom base URL must start with http:// or https://."
        if value.proxy_mode == "custom" and "://" not in value.proxy_url:
            return "The proxy URL needs a scheme, for example http://127.0.0.1:7890."
        return None

    def show_test_result(self, ok: bool, text: str) -> None:
        self.test_result.setProperty("ok", ok)
        self.test_result.setText(("✓ " if ok else "✗ ") + text)
        self.test_result.style().unpolish(self.test_result)
        self.test_result.style().polish(self.test_result)
        self.test_button.setEnabled(True)

    def accept(self) -> None:
        problem = self.validation_problem()
        if problem:
            self.show_test_result(False, problem)
            return
        super().accept()
