"""The Tools page's limits of tool use in an answer: rounds per answer, time per call."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QFormLayout, QGroupBox, QSpinBox, QWidget

from gui.core.i18n import translate
from gui.core.settings import Settings


class LoopLimits(QGroupBox):
    """Edits ``tool_round_limit`` and ``tool_timeout``; Settings saves them with the rest."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(translate("ToolsPage", "Tool use in an answer"), parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.round_limit = QSpinBox()
        self.round_limit.setObjectName("tool-round-limit")
        self.round_limit.setRange(1, 500)
        self.round_limit.setValue(settings.tool_round_limit)
        self.round_limit.setToolTip(
            translate("ToolsPage", "How many times the model may call tools before it must answer")
        )
        form.addRow(translate("ToolsPage", "Tool rounds per answer, at most:"), self.round_limit)
        self.tool_timeout = QSpinBox()
        self.tool_timeout.setObjectName("tool-timeout")
        self.tool_timeout.setRange(1, 3600)
        self.tool_timeout.setSuffix(translate("ToolsPage", " s"))
        self.tool_timeout.setValue(int(settings.tool_timeout))
        self.tool_timeout.setToolTip(
            translate("ToolsPage", "A call that takes longer is stopped and reported to the model")
        )
        form.addRow(translate("ToolsPage", "Time limit per tool call:"), self.tool_timeout)

    def applied(self, settings: Settings) -> Settings:
        """``settings`` with the limits shown here."""
        return dataclasses.replace(
            settings,
            tool_round_limit=self.round_limit.value(),
            tool_timeout=float(self.tool_timeout.value()),
        )
