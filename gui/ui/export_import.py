"""Export and import from the window: dialogs, rendering, and writing off the UI thread."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.core import surrogates
from gui.core.connection import saved_keys
from gui.core.conversation import Conversation
from gui.core.export.dispatch import render_export, render_side_files
from gui.core.export.filenames import safe_filename, safe_stem
from gui.core.export.files import ExportItem, write_file, write_folder, write_zip
from gui.core.export.options import ExportFormat, ExportOptions, export_time
from gui.core.export.redaction import export_title, redact_text
from gui.core.i18n import translate
from gui.core.importer import ImportRefused, import_into
from gui.ui.context import AppContext
from gui.ui.controller import ChatController
from gui.ui.pdf_export import render_pdf
from gui.ui.widgets.export_dialog import ExportChoice, ExportDialog

log = logging.getLogger(__name__)

Notify = Callable[..., None]


def snapshot(conversation: Conversation) -> Conversation:
    """An independent copy, safe to render in a thread while a reply keeps streaming;
    lone surrogates (half an emoji from the wire) become U+FFFD so every format encodes."""
    return Conversation.from_dict(surrogates.clean(conversation.to_dict()))


class ExportImportActions(QObject):
    """Export one chat or all chats, and import JSON exports, for the main window.

    Dialogs are opened with ``open()`` (the app runs on a qasync loop, so no nested
    event loops); files are rendered and written in worker threads, except PDF,
    which Qt lays out on the GUI thread.
    """

    def __init__(
        self,
        window: QWidget,
        context: AppContext,
        controller: ChatController,
        notify: Notify,
        open_conversation: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = context
        self._controller = controller
        self._notify = notify
        self._open_conversation = open_conversation
        self.dialog: ExportDialog | None = None
        self.file_dialog: QFileDialog | None = None

    # -- export -----------------------------------------------------------------------

    def export_conversation(self, conversation_id: str | None) -> None:
        """Ask how to export one conversation, then where, then write it."""
        conv = self._controller.summary(conversation_id or "")
        if conv is None or not conv.message_count:
            self._notify(
                translate("Transcripts", "This chat is empty: there is nothing to export yet.")
            )
            return
        dialog = self._make_dialog(
            ExportDialog(self._ctx.settings.value, title=conv.title, parent=self._window)
        )
        dialog.accepted.connect(lambda: self._ask_file(conv.id, conv.title, dialog.choice()))
        dialog.open()

    def export_all(self) -> None:
        """Ask how to export every conversation, then where (a folder or a .zip)."""
        count = sum(1 for c in self._controller.conversations() if c.message_count)
        if not count:
            self._notify(translate("Transcripts", "There are no chats to export yet."))
            return
        dialog = self._make_dialog(
            ExportDialog(
                self._ctx.settings.value, count=count, export_all=True, parent=self._window
            )
        )
        dialog.accepted.connect(lambda: self._ask_target(dialog.choice()))
        dialog.open()

    def _make_dialog(self, dialog: ExportDialog) -> ExportDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog

        def done(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        return dialog

    def _remember(self, choice: ExportChoice, folder: Path | None = None) -> None:
        settings = choice.remembered(self._ctx.settings.value)
        if folder is not None:
            settings = replace(settings, export_last_folder=str(folder))
        if settings != self._ctx.settings.value:
            self._ctx.settings.update(settings)

    def _start_folder(self) -> str:
        last = self._ctx.settings.value.export_last_folder
        if last and Path(last).is_dir():
            return last
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def _file_dialog(self, title: str) -> QFileDialog:
        if self.file_dialog is not None:
            self.file_dialog.close()
        dialog = QFileDialog(self._window, title)
        dialog.setObjectName("transcript-file-dialog")
        self.file_dialog = dialog

        def done(_result: int) -> None:
            if self.file_dialog is dialog:
                self.file_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        return dialog

    def _ask_file(self, conversation_id: str, title: str, choice: ExportChoice) -> None:
        self._remember(choice)
        fmt = choice.format
        dialog = self._file_dialog(translate("Transcripts", "Export chat"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(f"{fmt.display_name} (*.{fmt.extension})")
        dialog.setDefaultSuffix(fmt.extension)
        dialog.setDirectory(self._start_folder())
        secrets = tuple(self._ctx.logs.redactor.secrets)
        dialog.selectFile(safe_filename(redact_text(title, secrets), fmt.extension))
        dialog.fileSelected.connect(
            lambda path: self._ctx.tasks.spawn(
                self.write_one(conversation_id, choice, Path(path)), name="export-chat"
            )
        )
        dialog.open()

    def _ask_target(self, choice: ExportChoice) -> None:
        self._remember(choice)
        stem = translate("Transcripts", "MiniMax Chat export {date}").format(
            date=datetime.now().strftime("%Y-%m-%d")
        )
        if choice.as_zip:
            dialog = self._file_dialog(
                translate("Transcripts", "Export all chats as a .zip archive")
            )
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            dialog.setNameFilter(translate("Transcripts", "Zip archive (*.zip)"))
            dialog.setDefaultSuffix("zip")
            dialog.setDirectory(self._start_folder())
            dialog.selectFile(f"{stem}.zip")
        else:
            dialog = self._file_dialog(
                translate("Transcripts", "Choose where to create the export folder")
            )
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dialog.setDirectory(self._start_folder())
        dialog.fileSelected.connect(
            lambda path: self._ctx.tasks.spawn(
                self.write_all(choice, Path(path)), name="export-all-chats"
            )
        )
        dialog.open()

    async def _options(self, choice: ExportChoice) -> ExportOptions:
        # Every key this user has, as the command line removes: the ones used this session,
        # the current one, and those saved for other regions.
        secrets = set(self._ctx.logs.redactor.secrets)
        with contextlib.suppress(Exception):
            key, _state = await asyncio.wait_for(self._ctx.connection.api_key(), timeout=2)
            if key:
                secrets.add(key)
        if self._ctx.connection.store_is_persistent():
            saved = await asyncio.to_thread(saved_keys, self._ctx.settings.value)
            secrets.update(saved)
        return ExportOptions(
            include_reasoning=choice.include_reasoning,
            include_system_prompt=choice.include_system_prompt,
            include_metadata=choice.include_metadata,
            exported_at=export_time(),
            redact=tuple(sorted(secrets)),
            attachments=self._ctx.attachments.read if self._ctx.attachments else None,
        )

    async def write_one(self, conversation_id: str, choice: ExportChoice, path: Path) -> None:
        """Render one conversation and write it to ``path`` (atomically, in a thread)."""
        conv = await self._controller.open(conversation_id)
        if conv is None:
            self._notify(
                translate("Transcripts", "The chat was deleted before it could be exported.")
            )
            return
        copy = snapshot(conv)
        options = await self._options(choice)
        self._remember(choice, path.parent)
        try:
            if choice.format is ExportFormat.PDF:
                data = render_export(copy, choice.format, options, pdf=render_pdf)
            else:
                data = await asyncio.to_thread(render_export, copy, choice.format, options)
            sides = await asyncio.to_thread(render_side_files, copy, choice.format, options)
            await asyncio.to_thread(write_file, path, data, sides)
        except OSError as exc:
            self._notify(
                translate(
                    "Transcripts", "“{name}” could not be written: {reason}. Nothing was saved."
                ).format(name=path.name, reason=exc.strerror or exc)
            )
            return
        self._notify(
            translate("Transcripts", "Exported “{title}” to {path}.").format(
                title=copy.title or translate("Transcripts", "New chat"), path=path
            ),
            action=(translate("Transcripts", "Show folder"), lambda: _show_folder(path.parent)),
        )

    async def write_all(self, choice: ExportChoice, target: Path) -> None:
        """Render every conversation and write a folder inside ``target``, or a .zip."""
        copies = [snapshot(c) for c in await self._controller.all_conversations() if c.messages]
        options = await self._options(choice)
        fmt = choice.format
        self._notify(
            translate("Transcripts", "Exporting {chats}…").format(chats=_chats(len(copies)))
        )
        if choice.as_zip:
            self._remember(choice, target.parent)
        else:
            self._remember(choice, target)
            target = _new_folder(
                target,
                translate("Transcripts", "MiniMax Chat export {date}").format(
                    date=f"{datetime.now():%Y-%m-%d}"
                ),
            )
        try:
            if fmt is ExportFormat.PDF:
                items = []
                for copy in copies:
                    data = render_export(copy, fmt, options, pdf=render_pdf)
                    items.append(ExportItem(export_title(copy, options), data, copy.updated_at))
                    await asyncio.sleep(0)  # keep the window responsive between chats
            else:
                items = await asyncio.to_thread(_render_items, copies, fmt, options)
            if choice.as_zip:
                await asyncio.to_thread(write_zip, target, items, fmt.extension)
            else:
                await asyncio.to_thread(write_folder, target, items, fmt.extension)
        except OSError as exc:
            self._notify(
                translate(
                    "Transcripts",
                    "The chats could not be exported to {target}: {reason}. "
                    "Nothing was left behind.",
                ).format(target=target, reason=exc.strerror or exc)
            )
            return
        where = target.parent if choice.as_zip else target
        self._notify(
            translate("Transcripts", "Exported {chats} to {target}.").format(
                chats=_chats(len(items)), target=target
            ),
            action=(translate("Transcripts", "Show folder"), lambda: _show_folder(where)),
        )

    # -- import -----------------------------------------------------------------------

    def import_files(self) -> None:
        """Pick JSON exports or .zip archives to import."""
        dialog = self._file_dialog(translate("Transcripts", "Import chats"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [
                translate("Transcripts", "MiniMax Chat exports (*.json *.zip)"),
                translate("Transcripts", "All files (*)"),
            ]
        )
        dialog.setDirectory(self._start_folder())
        dialog.filesSelected.connect(
            lambda paths: self._ctx.tasks.spawn(
                self.import_paths([Path(p) for p in paths]), name="import-chats"
            )
        )
        dialog.open()

    def import_folder(self) -> None:
        """Pick a folder of JSON exports to import."""
        dialog = self._file_dialog(translate("Transcripts", "Import chats from a folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setDirectory(self._start_folder())
        dialog.fileSelected.connect(
            lambda path: self._ctx.tasks.spawn(self.import_paths([Path(path)]), name="import-chats")
        )
        dialog.open()

    async def import_paths(self, paths: list[Path]) -> None:
        """Validate and add the conversations in ``paths``; nothing changes on any problem."""
        taken = {c.id for c in self._controller.conversations()}
        try:
            result = await asyncio.to_thread(
                import_into, self._ctx.store, paths, taken, attachments=self._ctx.attachments
            )
        except ImportRefused as exc:
            lines = "\n".join(f"• {p}" for p in exc.problems[:8])
            more = len(exc.problems) - 8
            if more > 0:
                lines += "\n• " + translate("Transcripts", "… and {count} more").format(count=more)
            self._notify(translate("Transcripts", "Nothing was imported.") + "\n" + lines)
            return
        except OSError as exc:
            self._notify(
                translate("Transcripts", "Nothing was imported: {reason}.").format(
                    reason=exc.strerror or exc
                )
            )
            return
        self._controller.add_imported(result.conversations)
        if result.conversations:
            self._open_conversation(result.conversations[0].id)
        self._notify(result.summary())


def _chats(count: int) -> str:
    if count == 1:
        return translate("Transcripts", "1 chat")
    return translate("Transcripts", "{count} chats").format(count=count)


def _render_items(
    conversations: list[Conversation], fmt: ExportFormat, options: ExportOptions
) -> list[ExportItem]:
    return [
        ExportItem(
            export_title(c, options),
            render_export(c, fmt, options),
            c.updated_at,
            render_side_files(c, fmt, options),
        )
        for c in conversations
    ]


def _new_folder(parent: Path, name: str) -> Path:
    stem = safe_stem(name)
    path = parent / stem
    counter = 1
    while path.exists():
        counter += 1
        path = parent / f"{stem} ({counter})"
    return path


def _show_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
