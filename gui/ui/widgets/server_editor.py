"""The dialog that adds or edits one MCP server: a program (stdio) or a remote URL."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import translate
from gui.core.tools.config import McpConfigError, ServerConfig, parse_server
from gui.core.tools.editing import copy_server, split_plain_secrets
from gui.core.tools.secret_refs import PlainSecret, has_reference, looks_secret
from gui.ui.plain_text import plain, shown_line

# The fields of the other kind are dropped when a server changes kind.
_STDIO_FIELDS = ("command", "args", "cwd", "env")
_REMOTE_FIELDS = ("url", "headers", "type")


class SecretDelegate(QStyledItemDelegate):
    """Shows and edits plain values under secret-looking names as dots (unless revealed)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.reveal = False

    def _hidden(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        name = str(index.model().index(index.row(), 0).data() or "")
        value = str(index.data() or "")
        return not self.reveal and looks_secret(name) and not has_reference(value)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self._hidden(index) and option.text:
            option.text = "•" * 10

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit) and self._hidden(index):
            editor.setEchoMode(QLineEdit.EchoMode.Password)
        return editor


class ValueTable(QWidget):
    """A name → value table (environment variables or HTTP headers) with add/remove."""

    def __init__(self, values: dict[str, str], name_header: str, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName(f"{object_name}-table")
        self.table.setHorizontalHeaderLabels([name_header, translate("ServerEditor", "Value")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.verticalHeader().hide()
        self.secrets = SecretDelegate(self.table)
        self.table.setItemDelegateForColumn(1, self.secrets)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(90)
        for name, value in values.items():
            self.add_row(name, value)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QPushButton(translate("ServerEditor", "Add"))
        add.setObjectName(f"{object_name}-add")
        add.clicked.connect(lambda: self._add_and_edit())
        remove = QPushButton(translate("ServerEditor", "Remove"))
        remove.setObjectName(f"{object_name}-remove")
        remove.clicked.connect(self._remove_selected)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        show = QCheckBox(translate("ServerEditor", "Show secret values"))
        show.setObjectName(f"{object_name}-show")
        show.toggled.connect(self._reveal)
        buttons.addWidget(show)
        layout.addLayout(buttons)

    def add_row(self, name: str = "", value: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        return row

    def _add_and_edit(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def _reveal(self, on: bool) -> None:
        self.secrets.reveal = on
        self.table.viewport().update()

    def values(self) -> dict[str, str]:
        """The rows with a name, in order (a later row with the same name wins)."""
        result: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            name = name_item.text().strip() if name_item is not None else ""
            if name:
                result[name] = value_item.text() if value_item is not None else ""
        return result


class ServerEditor(QDialog):
    """Edits a copy of one server; ``result_server`` is the edited entry once accepted.

    Args:
        server: the entry to edit, or None for a new one.
        taken: names of the other servers (a name must be unique).
        keyring: whether secrets can go to a keyring that keeps them (else they stay plain).
    """

    def __init__(
        self,
        server: ServerConfig | None,
        taken: Collection[str],
        keyring: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("server-editor")
        self.setWindowTitle(
            translate("ServerEditor", "Add tool server")
            if server is None
            else translate("ServerEditor", "Edit tool server")
        )
        self.setMinimumWidth(520)
        self._original = server
        self._taken = set(taken)
        self._keyring = keyring
        self.result_server: ServerConfig | None = None
        start = server if server is not None else ServerConfig(name="")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(start.name)
        self.name.setObjectName("server-name")
        self.name.setPlaceholderText(translate("ServerEditor", "For example: filesystem"))
        form.addRow(translate("ServerEditor", "Name:"), self.name)
        kind_row = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.stdio_kind = QRadioButton(translate("ServerEditor", "Program on this computer"))
        self.stdio_kind.setObjectName("kind-stdio")
        self.remote_kind = QRadioButton(translate("ServerEditor", "Remote server (URL)"))
        self.remote_kind.setObjectName("kind-remote")
        for button in (self.stdio_kind, self.remote_kind):
            self.kind_group.addButton(button)
            kind_row.addWidget(button)
        kind_row.addStretch(1)
        form.addRow(translate("ServerEditor", "Kind:"), kind_row)
        layout.addLayout(form)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._stdio_page(start))
        self.pages.addWidget(self._remote_page(start))
        layout.addWidget(self.pages, 1)
        (self.remote_kind if start.url else self.stdio_kind).setChecked(True)
        self.stdio_kind.toggled.connect(self._show_kind)
        self._show_kind()

        self.enabled = QCheckBox(translate("ServerEditor", "Enabled (its tools are offered)"))
        self.enabled.setObjectName("server-enabled")
        self.enabled.setChecked(not start.disabled)
        layout.addWidget(self.enabled)
        allow_form = QFormLayout()
        self.always_allow = QLineEdit(", ".join(start.always_allow))
        self.always_allow.setObjectName("always-allow")
        self.always_allow.setPlaceholderText(
            translate("ServerEditor", "tool names, comma-separated")
        )
        self.always_allow.setToolTip(
            translate("ServerEditor", "These tools run without asking first (alwaysAllow).")
        )
        allow_form.addRow(translate("ServerEditor", "Always allow:"), self.always_allow)
        layout.addLayout(allow_form)

        _typed, kept = split_plain_secrets(server, start) if server is not None else ([], [])
        self.secret_note = plain(QLabel())
        self.secret_note.setObjectName("secret-note")
        self.secret_note.setWordWrap(True)
        self.move_box = QCheckBox(translate("ServerEditor", "Move them into the keyring"))
        self.move_box.setObjectName("move-to-keyring")
        self.move_box.setChecked(True)
        if kept and keyring:
            self.secret_note.setText(
                translate(
                    "ServerEditor",
                    "These values look secret and are written in mcp.json as plain text: "
                    "{names}. In the keyring, mcp.json holds only a reference to them.",
                ).format(names=", ".join(shown_line(s.name) for s in kept))
            )
        elif not keyring:
            self.secret_note.setText(
                translate(
                    "ServerEditor",
                    "No system keyring is available, so secret values (keys, tokens) stay in "
                    "mcp.json, which only you can read.",
                )
            )
        else:
            self.secret_note.setText(
                translate(
                    "ServerEditor",
                    "Values that look secret (keys, tokens, passwords) are kept in the system "
                    "keyring; mcp.json holds only a reference to them.",
                )
            )
        self.move_box.setVisible(bool(kept) and keyring)
        layout.addWidget(self.secret_note)
        layout.addWidget(self.move_box)

        self.problem = plain(QLabel())
        self.problem.setObjectName("editor-problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _stdio_page(self, start: ServerConfig) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.command = QLineEdit(start.command)
        self.command.setObjectName("server-command")
        self.command.setPlaceholderText("npx, uvx, python, /path/to/server")
        form.addRow(translate("ServerEditor", "Command:"), self.command)
        self.args = QPlainTextEdit("\n".join(start.args))
        self.args.setObjectName("server-args")
        self.args.setPlaceholderText(translate("ServerEditor", "One argument per line"))
        self.args.setTabChangesFocus(True)
        self.args.setMaximumHeight(80)
        form.addRow(translate("ServerEditor", "Arguments:"), self.args)
        self.cwd = QLineEdit(start.cwd)
        self.cwd.setObjectName("server-cwd")
        self.cwd.setPlaceholderText(translate("ServerEditor", "Optional"))
        form.addRow(translate("ServerEditor", "Working folder:"), self.cwd)
        self.env = ValueTable(start.env, translate("ServerEditor", "Variable"), "server-env")
        form.addRow(translate("ServerEditor", "Environment:"), self.env)
        return page

    def _remote_page(self, start: ServerConfig) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.url = QLineEdit(start.url)
        self.url.setObjectName("server-url")
        self.url.setPlaceholderText("https://example.com/mcp")
        form.addRow(translate("ServerEditor", "URL:"), self.url)
        self.sse = QCheckBox(translate("ServerEditor", "Older SSE transport (for old servers)"))
        self.sse.setObjectName("server-sse")
        self.sse.setChecked(bool(start.url) and start.transport == "sse")
        form.addRow("", self.sse)
        self.headers = ValueTable(
            start.headers, translate("ServerEditor", "Header"), "server-headers"
        )
        form.addRow(translate("ServerEditor", "Headers:"), self.headers)
        return page

    def _show_kind(self) -> None:
        self.pages.setCurrentIndex(0 if self.stdio_kind.isChecked() else 1)

    def edited(self) -> ServerConfig:
        """The entry as the fields say; raises McpConfigError when it is not usable."""
        name = self.name.text().strip()
        if not name:
            raise McpConfigError(translate("ServerEditor", "Give the server a name."))
        if name in self._taken:
            raise McpConfigError(
                translate("ServerEditor", 'A server named "{name}" already exists.').format(
                    name=shown_line(name)
                )
            )
        base = copy_server(self._original) if self._original is not None else ServerConfig("")
        server = copy_server(base)
        server.name = name
        if self.stdio_kind.isChecked():
            server.command = self.command.text().strip()
            server.args = [a for a in self.args.toPlainText().splitlines() if a.strip()]
            server.cwd = self.cwd.text().strip()
            server.env = self.env.values()
            server.url, server.headers, server.type = "", {}, ""
            server.keys = tuple(k for k in base.keys if k not in _REMOTE_FIELDS)
            if not server.command:
                raise McpConfigError(translate("ServerEditor", "Enter the command to run."))
        else:
            server.url = self.url.text().strip()
            server.headers = self.headers.values()
            server.command, server.args, server.cwd, server.env = "", [], "", {}
            server.keys = tuple(k for k in base.keys if k not in _STDIO_FIELDS)
            if not server.url.lower().startswith(("http://", "https://")):
                raise McpConfigError(
                    translate("ServerEditor", "The URL must start with http:// or https://.")
                )
            if self.sse.isChecked():
                server.type = "sse"
            elif server.url.rstrip("/").endswith("/sse") or base.type.lower() == "sse":
                server.type = "http"  # the /sse ending alone would mean SSE
        server.disabled = not self.enabled.isChecked()
        server.always_allow = [t.strip() for t in self.always_allow.text().split(",") if t.strip()]
        parse_server(name, server.to_json())  # the same check as reading the file
        return server

    def secrets_to_move(self, server: ServerConfig) -> list[PlainSecret]:
        """What goes to the keyring: values typed now, and the old ones if the user agreed."""
        if not self._keyring:
            return []
        typed, kept = split_plain_secrets(self._original, server)
        return typed + (kept if self.move_box.isChecked() else [])

    def accept(self) -> None:
        try:
            self.result_server = self.edited()
        except McpConfigError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        super().accept()
