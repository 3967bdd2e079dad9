"""Asking the user before a key crosses the network unencrypted (plain http to another machine)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.core.i18n import translate


async def agree_to_plain_http(parent: QWidget, url: str) -> bool:
    """Warn that ``url`` is plain http and ask; True only when the user agrees."""
    box = QMessageBox(parent)
    box.setObjectName("plain-http-consent")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the address is whatever was typed
    box.setWindowTitle(translate("KeySafety", "Send the key unencrypted?"))
    box.setText(
        translate(
            "KeySafety",
            "{url} uses plain http, not https. Your API key would cross the network "
            "unencrypted, readable by anyone on the way. Send it to this address anyway?",
        ).format(url=url)
    )
    send = box.addButton(
        translate("KeySafety", "Send over http"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def finished(_result: int) -> None:
        if not done.done():
            done.set_result(box.clickedButton() is send)

    box.finished.connect(finished)
    box.open()
    try:
        return await done
    finally:
        box.deleteLater()
