"""The plainer Settings tabs: Model, Appearance and Advanced (their widgets, filled in)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from gui.core.i18n import translate
from gui.core.minimax_models import model_ids
from gui.core.settings import Settings


def note(text: str, name: str = "settings-note") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ModelTab(QWidget):
    """The model, sampling, output limit and default system prompt."""

    def __init__(
        self, settings: Settings, live_models: list[str] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.model = QComboBox()
        self.model.setObjectName("model")
        self.model.setEditable(True)
        self.model.addItems(model_ids(live_models))
        self.model.setCurrentText(settings.model)
        self.model.setToolTip(
            translate(
                "SettingsDialog",
                "The default model: new chats use it, and so does every chat that has not "
                "picked its own under the message box. Pick a model or type any model id your "
                "key can use",
            )
        )
        form.addRow(translate("SettingsDialog", "Model:"), self.model)
        self.temperature = QDoubleSpinBox()
        self.temperature.setObjectName("temperature")
        self.temperature.setRange(0.01, 1.0)
        self.temperature.setSingleStep(0.05)
        self.temperature.setDecimals(2)
        self.temperature.setValue(settings.temperature)
        self.temperature.setToolTip(
            translate("SettingsDialog", "MiniMax accepts values above 0 and up to 1 (default 1.0)")
        )
        form.addRow(translate("SettingsDialog", "Temperature:"), self.temperature)
        self.max_tokens = QSpinBox()
        self.max_tokens.setObjectName("max-tokens")
        self.max_tokens.setRange(256, 1_000_000)
        self.max_tokens.setSingleStep(1024)
        self.max_tokens.setValue(settings.max_completion_tokens or 32768)
        self.max_tokens.setToolTip(
            translate("SettingsDialog", "Includes the reasoning tokens: too low cuts answers short")
        )
        form.addRow(translate("SettingsDialog", "Max output tokens:"), self.max_tokens)
        self.system_prompt = QPlainTextEdit(settings.system_prompt)
        self.system_prompt.setObjectName("system-prompt")
        self.system_prompt.setPlaceholderText(
            translate("SettingsDialog", "Optional instructions sent first in every chat")
        )
        self.system_prompt.setTabChangesFocus(True)
        form.addRow(translate("SettingsDialog", "Default system prompt:"), self.system_prompt)


class AppearanceTab(QWidget):
    """Language, theme and text size."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("language")
        # Each language is named in itself, so it can be found whatever is shown now.
        for value, text in (
            ("system", translate("SettingsDialog", "Same as the system")),
            ("en", "English"),
            ("zh_CN", "简体中文"),
        ):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(translate("SettingsDialog", "Language:"), self.language)
        language_note = translate("SettingsDialog", "A new language applies after a restart.")
        self.language.setAccessibleDescription(language_note)
        form.addRow(note(language_note))
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for value, text in (
            ("system", translate("SettingsDialog", "Same as the system")),
            ("light", translate("SettingsDialog", "Light")),
            ("dark", translate("SettingsDialog", "Dark")),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.theme.setToolTip(
            translate("SettingsDialog", "Light, dark, or the same colours as the system")
        )
        form.addRow(translate("SettingsDialog", "Theme:"), self.theme)
        self.zoom = QSpinBox()
        self.zoom.setObjectName("text-zoom")
        self.zoom.setRange(70, 200)
        self.zoom.setSingleStep(10)
        self.zoom.setSuffix(" %")
        self.zoom.setValue(settings.text_zoom)
        self.zoom.setToolTip(translate("SettingsDialog", "Also Ctrl+= / Ctrl+- / Ctrl+0"))
        form.addRow(translate("SettingsDialog", "Text size:"), self.zoom)


class AdvancedTab(QWidget):
    """Reasoning split, proxy, read timeout and log detail."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.reasoning_split = QCheckBox(
            translate("SettingsDialog", "Receive reasoning separately (reasoning_split)")
        )
        self.reasoning_split.setObjectName("reasoning-split")
        self.reasoning_split.setChecked(settings.reasoning_split)
        form.addRow(self.reasoning_split)
        split_note = translate(
            "SettingsDialog",
            "Turn this off only for a proxy that rejects unknown request fields; the "
            "reasoning is then separated from the answer's <think> tags instead.",
        )
        self.reasoning_split.setAccessibleDescription(split_note)
        form.addRow(note(split_note))
        self.proxy_mode = QComboBox()
        self.proxy_mode.setObjectName("proxy-mode")
        for value, label in (
            ("system", translate("SettingsDialog", "System proxy")),
            ("none", translate("SettingsDialog", "No proxy")),
            ("custom", translate("SettingsDialog", "Custom")),
        ):
            self.proxy_mode.addItem(label, value)
        self.proxy_mode.setCurrentIndex(max(0, self.proxy_mode.findData(settings.proxy_mode)))
        self.proxy_mode.setToolTip(
            translate("SettingsDialog", "How to reach MiniMax: the system's proxy, none, or yours")
        )
        form.addRow(translate("SettingsDialog", "Proxy:"), self.proxy_mode)
        self.proxy_url = QLineEdit(settings.proxy_url)
        self.proxy_url.setObjectName("proxy-url")
        self.proxy_url.setPlaceholderText(
            translate("SettingsDialog", "http://127.0.0.1:7890 or socks5://…")
        )
        form.addRow(translate("SettingsDialog", "Proxy URL:"), self.proxy_url)
        self.proxy_mode.currentIndexChanged.connect(self._update_proxy_widgets)
        self._update_proxy_widgets()
        self.read_timeout = QSpinBox()
        self.read_timeout.setObjectName("read-timeout")
        self.read_timeout.setRange(30, 3600)
        self.read_timeout.setSuffix(translate("SettingsDialog", " s"))
        self.read_timeout.setValue(int(settings.read_timeout))
        self.read_timeout.setToolTip(
            translate("SettingsDialog", "How long to wait for the next piece of a reply")
        )
        form.addRow(translate("SettingsDialog", "Give up after silence of:"), self.read_timeout)
        self.log_level = QComboBox()
        self.log_level.setObjectName("log-level")
        for value, text in (
            ("WARNING", translate("SettingsDialog", "Problems only")),
            ("INFO", translate("SettingsDialog", "Normal")),
            ("DEBUG", translate("SettingsDialog", "Detailed (for bug reports)")),
        ):
            self.log_level.addItem(text, value)
        self.log_level.setCurrentIndex(max(0, self.log_level.findData(settings.log_level.upper())))
        self.log_level.setToolTip(
            translate(
                "SettingsDialog",
                "How much the log records. Message text and API keys are never logged.",
            )
        )
        form.addRow(translate("SettingsDialog", "Log detail:"), self.log_level)

    def _update_proxy_widgets(self) -> None:
        self.proxy_url.setEnabled(self.proxy_mode.currentData() == "custom")
