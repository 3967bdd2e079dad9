"""Settings: region or custom URL, API key (keyring only), model and sampling, network."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.core.connection import SOURCE_ENV, SOURCE_SESSION, SOURCE_STORE, KeyState
from gui.core.environment import EnvOverrides
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.regions import (
    CHINA,
    CUSTOM_ID,
    INTERNATIONAL,
    REGIONS,
    normalise_base_url,
    region_label,
)
from gui.core.settings import Settings
from gui.ui.widgets.settings_costs import ThinkingCostPage
from gui.ui.widgets.settings_tabs import AdvancedTab, AppearanceTab, ModelTab, note

if TYPE_CHECKING:
    from gui.ui.widgets.tools_page import ToolsPage


@dataclass(frozen=True, slots=True)
class SettingsResult:
    """What the user chose. ``new_key`` is None when the key field was left alone."""

    settings: Settings
    new_key: str | None
    remove_key: bool = False


REGION_HINT = QT_TRANSLATE_NOOP(
    "SettingsDialog", "Keys are issued per region and only work in the region that issued them."
)
KEY_HINT = QT_TRANSLATE_NOOP(
    "SettingsDialog", "Kept only in the system keyring, never in a file or a log."
)
SHOW_KEY_HINT = QT_TRANSLATE_NOOP("SettingsDialog", "Shows the key as plain text while you type.")
TEST_HINT = QT_TRANSLATE_NOOP(
    "SettingsDialog", "Checks the key and the address shown here, without saving them."
)


def checked_region(buttons: Mapping[str, QRadioButton]) -> str:
    """The region whose button is checked (International when none is)."""
    return next((rid for rid, button in buttons.items() if button.isChecked()), INTERNATIONAL.id)


def show_test_outcome(result: QLabel, button: QPushButton, ok: bool, text: str) -> None:
    """Show how Test connection went (styled by its "ok" property) and allow another try."""
    result.setProperty("ok", ok)
    result.setText(("✓ " if ok else "✗ ") + text)
    result.style().unpolish(result)
    result.style().polish(result)
    button.setEnabled(True)


def describe_controls(root: QWidget) -> None:
    """Give every control its tooltip, or else its placeholder, as accessible description
    (screen readers read descriptions; tooltips need a mouse, placeholders vanish)."""
    for widget in root.findChildren(QWidget):
        placeholder = getattr(widget, "placeholderText", None)
        hint = widget.toolTip() or (placeholder() if callable(placeholder) else "")
        if hint and not widget.accessibleDescription():
            widget.setAccessibleDescription(hint)


def _key_in_use(state: KeyState, store_description: str) -> str:
    """One line saying which key requests use and where it is kept (never the key)."""
    if state.source == SOURCE_ENV:
        text = translate(
            "SettingsDialog", "Key in use: OPENAI_API_KEY from the environment ({hint})."
        )
    elif state.source == SOURCE_STORE:
        text = translate("SettingsDialog", "Key in use: saved in {store} ({hint}).")
    elif state.source == SOURCE_SESSION:
        text = translate(
            "SettingsDialog", "Key in use: kept for this session only, in memory ({hint})."
        )
    else:
        text = translate("SettingsDialog", "Key in use: none yet.")
    return text.format(hint=state.hint, store=store_description)


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
        tools_page: ToolsPage | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(560)
        self._original = settings
        self._key_state = key_state
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._connection_tab(settings, key_state, store_description,
                                              store_persistent, env),
                         translate("SettingsDialog", "Connection"))  # fmt: skip
        self.model_tab = ModelTab(settings, live_models)
        self.model, self.temperature = self.model_tab.model, self.model_tab.temperature
        self.max_tokens, self.system_prompt = (
            self.model_tab.max_tokens,
            self.model_tab.system_prompt,
        )
        self.tabs.addTab(self.model_tab, translate("SettingsDialog", "Model"))
        self.costs = ThinkingCostPage(settings)
        self.tabs.addTab(self.costs, translate("SettingsDialog", "Thinking and cost"))
        look = AppearanceTab(settings)
        self.language, self.theme, self.zoom = look.language, look.theme, look.zoom
        self.tabs.addTab(look, translate("SettingsDialog", "Appearance"))
        advanced = AdvancedTab(settings)
        self.reasoning_split, self.proxy_mode = advanced.reasoning_split, advanced.proxy_mode
        self.proxy_url, self.read_timeout = advanced.proxy_url, advanced.read_timeout
        self.log_level = advanced.log_level
        self.tabs.addTab(advanced, translate("SettingsDialog", "Advanced"))
        self.tools_page = tools_page
        if tools_page is not None:
            self.tabs.insertTab(2, tools_page, translate("SettingsDialog", "Tools"))

        test_row = QHBoxLayout()
        self.test_button = QPushButton(translate("SettingsDialog", "Test connection"))
        self.test_button.setObjectName("test-connection")
        self.test_button.setToolTip(translate("SettingsDialog", TEST_HINT))
        self.test_button.clicked.connect(lambda: self.test_requested.emit(self.result_value()))
        test_row.addWidget(self.test_button)
        self.test_result = note("", "test-result")
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.test_result, 1)
        layout.addLayout(test_row)
        if tools_page is not None:  # the Tools page has its own Test, for servers
            self.tabs.currentChanged.connect(
                lambda index: self.test_button.setVisible(self.tabs.widget(index) is not tools_page)
            )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        describe_controls(self)
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
        form.addWidget(QLabel("<b>" + translate("SettingsDialog", "Region") + "</b>"))
        self.region_group = QButtonGroup(self)
        self.region_buttons: dict[str, QRadioButton] = {}
        for region_id, label in (
            (INTERNATIONAL.id, f"{region_label(INTERNATIONAL)}  ({INTERNATIONAL.base_url})"),
            (CHINA.id, f"{region_label(CHINA)}  ({CHINA.base_url})"),
            (CUSTOM_ID, translate("SettingsDialog", "Custom base URL")),
        ):
            button = QRadioButton(label)
            button.setObjectName(f"region-{region_id}")
            button.setToolTip(translate("SettingsDialog", REGION_HINT))
            self.region_group.addButton(button)
            self.region_buttons[region_id] = button
            form.addWidget(button)
        self.region_buttons.get(settings.region, self.region_buttons[INTERNATIONAL.id]).setChecked(
            True
        )
        self.custom_url = QLineEdit(settings.custom_base_url)
        self.custom_url.setObjectName("custom-url")
        self.custom_url.setPlaceholderText("https://my-proxy.example.com/v1")
        self.custom_url.setAccessibleName(translate("SettingsDialog", "Custom base URL"))
        self.custom_url.setToolTip(
            translate("SettingsDialog", "An OpenAI-compatible address, usually ending in /v1")
        )
        form.addWidget(self.custom_url)
        for button in self.region_buttons.values():
            button.toggled.connect(self._update_region_widgets)
        if env.base_url:
            form.addWidget(
                note(
                    translate(
                        "SettingsDialog",
                        "OPENAI_BASE_URL is set in the environment, so this session uses {url} "
                        "whatever is chosen here.",
                    ).format(url=env.base_url),
                    "env-note",
                )
            )
        self.console_link = QLabel()
        self.console_link.setObjectName("console-link")
        self.console_link.setOpenExternalLinks(False)
        self.console_link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        form.addWidget(self.console_link)
        form.addWidget(
            note(
                translate(
                    "SettingsDialog",
                    "Keys only work in the region that issued them: a China-platform key is "
                    "rejected by the International endpoint as an invalid key, and the other "
                    "way round.",
                )
            )
        )

        form.addSpacing(8)
        form.addWidget(QLabel("<b>" + translate("SettingsDialog", "API key") + "</b>"))
        key_row = QHBoxLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("api-key")
        self.key_edit.setAccessibleName(translate("SettingsDialog", "MiniMax API key"))
        self.key_edit.setToolTip(translate("SettingsDialog", KEY_HINT))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(
            translate("SettingsDialog", "Saved ({hint}). Type a new key to replace it.").format(
                hint=key_state.hint
            )
            if key_state.source in (SOURCE_STORE, SOURCE_SESSION)
            else translate("SettingsDialog", "Paste your MiniMax API key")
        )
        key_row.addWidget(self.key_edit, 1)
        self.show_key = QCheckBox(translate("SettingsDialog", "Show"))
        self.show_key.setToolTip(translate("SettingsDialog", SHOW_KEY_HINT))
        self.show_key.toggled.connect(
            lambda on: self.key_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        key_row.addWidget(self.show_key)
        self.remove_key = QPushButton(translate("SettingsDialog", "Remove"))
        self.remove_key.setObjectName("remove-key")
        self.remove_key.setCheckable(True)
        self.remove_key.setToolTip(
            translate("SettingsDialog", "Delete the saved key for this region from the keyring")
        )
        self.remove_key.setVisible(key_state.source in (SOURCE_STORE, SOURCE_SESSION))
        key_row.addWidget(self.remove_key)
        form.addLayout(key_row)
        if key_state.source == SOURCE_ENV:
            self.key_edit.setEnabled(False)
            self.key_edit.setPlaceholderText(
                translate("SettingsDialog", "From OPENAI_API_KEY ({hint})").format(
                    hint=key_state.hint
                )
            )
            form.addWidget(
                note(
                    translate(
                        "SettingsDialog",
                        "OPENAI_API_KEY is set in the environment: this session uses it and "
                        "nothing is saved.",
                    ),
                    "env-note",
                )
            )
        self.key_in_use = note(_key_in_use(key_state, store_description), "key-in-use")
        form.addWidget(self.key_in_use)
        if env.ignored_api_key:
            form.addWidget(
                note(
                    translate(
                        "SettingsDialog",
                        "OPENAI_API_KEY is set without OPENAI_BASE_URL, so it is most likely an "
                        "OpenAI key: it is ignored and never sent to MiniMax. Set both, as "
                        "MiniMax's quick start does, to use a key from the environment.",
                    ),
                    "env-ignored-note",
                )
            )
        if key_state.source == SOURCE_ENV:
            where = ""  # nothing is stored while the environment provides the key
        elif store_persistent:
            where = translate(
                "SettingsDialog", "The key is stored only in {store}, never in a file."
            ).format(store=store_description)
        else:
            where = translate(
                "SettingsDialog",
                "No secure system keyring is available, so the key is kept in memory for this "
                "session only and must be entered again next time. It is never written to a file.",
            )
        self.store_note = note(where, "store-note" if store_persistent else "store-warning")
        self.store_note.setVisible(bool(where))
        form.addWidget(self.store_note)
        if key_state.problem:
            form.addWidget(note(key_state.problem, "store-warning"))
        form.addStretch(1)
        return page

    # -- state -------------------------------------------------------------------------

    def selected_region(self) -> str:
        return checked_region(self.region_buttons)

    def _update_region_widgets(self) -> None:
        region = self.selected_region()
        self.custom_url.setEnabled(region == CUSTOM_ID)
        info = REGIONS.get(region)
        if info is not None:
            self.console_link.setText(
                translate("SettingsDialog", "Get a key for this region: {link}").format(
                    link=f'<a href="{info.console_url}">{info.console_url}</a>'
                )
            )
            self.console_link.show()
        else:
            self.console_link.hide()

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
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            text_zoom=self.zoom.value(),
            extra=dict(self._original.extra),
        )
        settings = self.costs.apply(settings)
        if self.tools_page is not None:
            settings = self.tools_page.loop_settings(settings)
        typed = self.key_edit.text().strip()
        return SettingsResult(settings, typed or None, self.remove_key.isChecked() and not typed)

    def validation_problem(self) -> str | None:
        if self.costs.problem():
            return self.costs.problem()
        value = self.result_value().settings
        if value.region == CUSTOM_ID and not value.custom_base_url.lower().startswith(
            ("http://", "https://")
        ):
            return translate(
                "SettingsDialog", "The custom base URL must start with http:// or https://."
            )
        if value.proxy_mode == "custom" and "://" not in value.proxy_url:
            return translate(
                "SettingsDialog", "The proxy URL needs a scheme, for example http://127.0.0.1:7890."
            )
        return None

    def show_test_result(self, ok: bool, text: str) -> None:
        show_test_outcome(self.test_result, self.test_button, ok, text)

    def accept(self) -> None:
        problem = self.validation_problem()
        if problem:
            self.show_test_result(False, problem)
            return
        super().accept()
