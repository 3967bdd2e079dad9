"""The toolbar's "model · where" label: the model in use and the region or host it talks to."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel

from gui.core.i18n import translate
from gui.core.regions import REGIONS, region_label
from gui.ui.plain_text import plain, plain_tooltip, shown_line


class ModelLabel(QLabel):
    """Shows "MiniMax-M2 · China" (or the host of a custom address), the full URL as tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("model-label")
        plain(self)  # the model may be a name the server sent

    def show_model(self, model: str, region: str, url: str) -> None:
        known = REGIONS.get(region)
        if known is not None and url == known.base_url:
            where = region_label(known)
        else:
            where = QUrl(url).host() or url
        self.setText(shown_line(f"{model} · {where}  "))
        self.setToolTip(
            plain_tooltip(
                translate("MainWindow", "Model {model} at {url}").format(model=model, url=url)
            )
        )
