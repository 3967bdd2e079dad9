"""Settings → Thinking and cost: the default thinking choice and the editable price table."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core import thinking
from gui.core.i18n import translate
from gui.core.minimax_models import BUILTIN_MODELS
from gui.core.pricing import (
    ModelPrice,
    PriceTable,
    effective_table,
    parse_price,
    shipped_table,
    table_to_dict,
)
from gui.core.settings import Settings

_INPUT, _CACHED, _OUTPUT = 1, 2, 3


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("settings-note")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _cell(value: Decimal | None) -> QTableWidgetItem:
    return QTableWidgetItem("" if value is None else f"{value:f}")


class ThinkingCostPage(QWidget):
    """Edits ``Settings.thinking`` and ``Settings.price_table`` (empty: the shipped table)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thinking-cost-page")
        self._region = settings.region
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.thinking = QComboBox()
        self.thinking.setObjectName("default-thinking")
        self.thinking.addItem(translate("ThinkingCostPage", "Adaptive"), thinking.ADAPTIVE)
        self.thinking.addItem(translate("ThinkingCostPage", "Off"), thinking.OFF)
        self.thinking.setCurrentIndex(max(0, self.thinking.findData(settings.thinking)))
        self.thinking.setToolTip(
            translate(
                "ThinkingCostPage",
                "Adaptive: MiniMax-M3 thinks as much as a question needs. Off: it answers "
                "straight away.",
            )
        )
        form.addRow(translate("ThinkingCostPage", "Thinking (MiniMax-M3):"), self.thinking)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                translate(
                    "ThinkingCostPage",
                    "New chats use this; each chat can choose otherwise below the message box. "
                    "The M2 models always think, so nothing is sent for them.",
                )
            )
        )
        layout.addSpacing(8)
        currency_row = QHBoxLayout()
        currency_row.addWidget(
            QLabel(translate("ThinkingCostPage", "Prices per million tokens, in"))
        )
        self.currency = QLineEdit()
        self.currency.setObjectName("price-currency")
        self.currency.setMaxLength(8)
        self.currency.setFixedWidth(70)
        self.currency.setAccessibleName(translate("ThinkingCostPage", "Currency"))
        self.currency.setToolTip(
            translate("ThinkingCostPage", "The currency of every price below, e.g. USD or CNY")
        )
        currency_row.addWidget(self.currency)
        currency_row.addStretch(1)
        self.reset = QPushButton(translate("ThinkingCostPage", "Shipped prices"))
        self.reset.setObjectName("reset-prices")
        self.reset.setToolTip(
            translate("ThinkingCostPage", "Put back the prices that came with the app")
        )
        self.reset.clicked.connect(lambda: self._fill(shipped_table(self._region)))
        currency_row.addWidget(self.reset)
        layout.addLayout(currency_row)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("price-table")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ThinkingCostPage", "Model"),
                translate("ThinkingCostPage", "Input"),
                translate("ThinkingCostPage", "Cached input"),
                translate("ThinkingCostPage", "Output"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.table, 1)
        shipped = shipped_table(self._region)
        self.source = _note(
            translate(
                "ThinkingCostPage",
                "Shipped prices were taken in {date} from {source}. They are estimates: your "
                "bill is what MiniMax charges. An empty cell means no price (cached input: as "
                "input); reasoning counts as output.",
            ).format(date=shipped.taken, source=shipped.source)
        )
        layout.addWidget(self.source)
        self._fill(effective_table(settings.price_table, self._region))

    def _fill(self, table: PriceTable) -> None:
        self._long_input = {m: p for m, p in shipped_table(self._region).prices.items()}
        self._long_input.update(table.prices)
        models = [m.id for m in BUILTIN_MODELS]
        models += [m for m in table.prices if m not in models]
        self.currency.setText(table.currency)
        self.table.setRowCount(len(models))
        for row, model in enumerate(models):
            name = QTableWidgetItem(model)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            price = table.price(model)
            self.table.setItem(row, _INPUT, _cell(price.input if price else None))
            self.table.setItem(row, _CACHED, _cell(price.cached if price else None))
            self.table.setItem(row, _OUTPUT, _cell(price.output if price else None))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def problem(self) -> str | None:
        """Why the table cannot be saved as typed (None when it can)."""
        if not self.currency.text().strip():
            return translate("ThinkingCostPage", "Name the currency of the prices (e.g. USD).")
        for row in range(self.table.rowCount()):
            for column in (_INPUT, _CACHED, _OUTPUT):
                text = self._text(row, column)
                if text and parse_price(text) is None:
                    return translate(
                        "ThinkingCostPage",
                        "“{text}” is not a price (row {model}): type a number such as 0.3.",
                    ).format(text=text, model=self._text(row, 0))
            if bool(self._text(row, _INPUT)) != bool(self._text(row, _OUTPUT)):
                return translate(
                    "ThinkingCostPage", "{model} needs both an input and an output price."
                ).format(model=self._text(row, 0))
        return None

    def edited_table(self) -> PriceTable:
        """The table as typed (rows without both prices are left out)."""
        prices: dict[str, ModelPrice] = {}
        for row in range(self.table.rowCount()):
            model = self._text(row, 0)
            rates = [parse_price(self._text(row, c)) for c in (_INPUT, _CACHED, _OUTPUT)]
            if rates[0] is None or rates[2] is None:
                continue
            known = self._long_input.get(model)
            prices[model] = ModelPrice(
                rates[0],
                rates[2],
                rates[1],
                known.long_input_from if known else None,
                known.long_input_factor if known else Decimal(1),
            )
        shipped = shipped_table(self._region)
        return PriceTable(self.currency.text().strip(), prices, shipped.taken, "", edited=True)

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with this page's choices (the shipped table is stored as "none")."""
        edited = self.edited_table()
        shipped = shipped_table(self._region)
        same = edited.currency == shipped.currency and dict(edited.prices) == dict(shipped.prices)
        return dataclasses.replace(
            settings,
            thinking=str(self.thinking.currentData()),
            price_table={} if same or self.problem() else table_to_dict(edited),
        )
