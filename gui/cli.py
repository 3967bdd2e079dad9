"""Command line: list, export and import conversations without a window or a display."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from gui.core.conversation import Conversation
    from gui.core.export.options import ExportFormat, ExportOptions, Renderer
    from gui.core.storage import LoadResult

PROG = "minimax-chat"
FORMATS = ("md", "html", "pdf", "json", "txt")


def _say(text: object, stream: TextIO) -> None:
    """The CLI's one way to print: outside text (titles, file and zip member names) could
    otherwise carry terminal escapes that write the clipboard or fake lines."""
    from gui.core.printable import printable

    print(printable(str(text)), file=stream)


class CliError(Exception):
    """A problem to report on stderr, ending the command with exit code 1."""


def add_commands(parser: argparse.ArgumentParser) -> None:
    """Add the ``list``, ``export`` and ``import`` subcommands to the main parser."""
    commands = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        title="commands (without one, the window opens)",
    )
    data_dir: dict[str, object] = {
        "metavar": "DIR",
        "default": argparse.SUPPRESS,  # keep a --data-dir given before the command
        "help": "the data folder to use (default: the standard per-user folder)",
    }

    listing = commands.add_parser(
        "list",
        help="list conversations: id, last activity, message count, title",
        description="List every conversation, most recent first.",
    )
    listing.add_argument("--data-dir", **data_dir)  # type: ignore[arg-type]

    export = commands.add_parser(
        "export",
        help="export one conversation (or all) as md, html, pdf, json or txt",
        description=(
            "Export a conversation, or all of them, to a file. JSON exports hold the "
            "complete conversation and can be imported again."
        ),
    )
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("id", nargs="?", metavar="ID", help="conversation id (or a unique prefix)")
    target.add_argument("--all", action="store_true", help="export every conversation")
    export.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="file format (default: from the --output extension, else md)",
    )
    export.add_argument(
        "--include-reasoning", action="store_true", help="include the model's reasoning"
    )
    export.add_argument(
        "--include-system-prompt", action="store_true", help="include the system prompt"
    )
    export.add_argument(
        "--include-metadata",
        action="store_true",
        help="include model, times and token usage",
    )
    export.add_argument(
        "--output",
        "-o",
        metavar="PATH",
        help=(
            "file to write, or a folder to write into; '-' writes to stdout. With --all: "
            "a folder, or a path ending in .zip (default: a new folder here)"
        ),
    )
    export.add_argument(
        "--skip-damaged",
        action="store_true",
        help="with --all: export the readable conversations even if some files are damaged",
    )
    export.add_argument("--data-dir", **data_dir)  # type: ignore[arg-type]

    importing = commands.add_parser(
        "import",
        help="import JSON exports (files, folders or .zip archives)",
        description=(
            "Import conversations from JSON exports. Everything is checked first: if any "
            "file is not a valid export, nothing is imported. A conversation whose id is "
            "already in use gets a new id."
        ),
    )
    importing.add_argument("paths", nargs="+", metavar="PATH", help="a .json file, folder or .zip")
    importing.add_argument("--data-dir", **data_dir)  # type: ignore[arg-type]


def run(
    args: argparse.Namespace, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the chosen subcommand; returns the exit code (0 ok, 1 failed)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    for stream in (out, err):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError):
                reconfigure(errors="replace")  # a console that cannot show CJK gets "?"
    from gui.core.environment import AppPaths

    root = AppPaths.resolve(args.data_dir).root
    try:
        if args.command == "list":
            return _list(root, out, err)
        if args.command == "export":
            return _export(args, root, out, err)
        return _import(args, root, out, err)
    except CliError as exc:
        _say(f"{PROG} {args.command}: {exc}", err)
        return 1
    except BrokenPipeError:  # e.g. `minimax-chat list | head -1`
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        return 1
    except OSError as exc:
        _say(f"{PROG} {args.command}: {exc.strerror or exc}", err)
        return 1
    except KeyboardInterrupt:
        _say(f"{PROG} {args.command}: interrupted; nothing partial was left behind.", err)
        return 130


# -- list ----------------------------------------------------------------------------


def _load(root: Path) -> LoadResult:
    from gui.core.storage import ConversationStore

    return ConversationStore(root, read_only=True).load_all()


def _report_problems(problems: list[str], err: TextIO) -> None:
    _say("Some conversation files could not be read (they were left as they are):", err)
    for problem in problems:
        _say(f"  • {problem}", err)


def _list(root: Path, out: TextIO, err: TextIO) -> int:
    result = _load(root)
    if not result.conversations and not result.problems:
        _say(f"No conversations in {root}.", err)
        return 0
    rows = [
        (c.id, _local(c.updated_at), str(len(c.messages)), " ".join(c.title.split()) or "New chat")
        for c in result.conversations
    ]
    if rows:
        header = ("ID", "UPDATED", "MESSAGES", "TITLE")
        width = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
        for row in [header, *rows]:
            _say(f"{row[0]:<{width[0]}}  {row[1]:<{width[1]}}  {row[2]:>{width[2]}}  {row[3]}", out)
    if result.problems:
        _report_problems(result.problems, err)
        return 1
    return 0


def _local(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# -- export --------------------------------------------------------------------------


def _export(args: argparse.Namespace, root: Path, out: TextIO, err: TextIO) -> int:
    from gui.core.attachments.store import AttachmentStore
    from gui.core.export.dispatch import render_export, render_side_files
    from gui.core.export.filenames import safe_filename, taken_names
    from gui.core.export.files import write_file
    from gui.core.export.options import ExportFormat, ExportOptions, export_time
    from gui.core.export.redaction import export_title

    if not args.format and not args.all:
        suffix = Path(args.output or "").suffix.lower()
        if suffix and not args.output.endswith(("/", os.sep)) and _format_from(args.output) is None:
            raise CliError(
                f"cannot tell the format from “{suffix}”: add --format "
                f"({'|'.join(FORMATS)}) or use one of their extensions."
            )
    fmt = ExportFormat(args.format or _format_from(args.output) or "md")
    options = ExportOptions(
        include_reasoning=args.include_reasoning,
        include_system_prompt=args.include_system_prompt,
        include_metadata=args.include_metadata,
        exported_at=export_time() if args.include_metadata else None,
        redact=_known_keys(root),
        attachments=AttachmentStore(root).read,
    )
    result = _load(root)
    if args.all:
        return _export_all(result, fmt, options, args, out, err)
    conv = _find(result, args.id)
    pdf = _pdf_renderer() if fmt is ExportFormat.PDF else None
    data = render_export(conv, fmt, options, pdf=pdf)
    if args.output == "-":
        out.flush()
        buffer = getattr(out, "buffer", None)
        if fmt is not ExportFormat.PDF and out.isatty():  # shown, not piped: no escapes
            from gui.core.printable import printable

            data = printable(data.decode("utf-8", errors="replace")).encode("utf-8")
        if buffer is None:
            out.write(data.decode("utf-8", errors="replace"))
        else:
            buffer.write(data)
            buffer.flush()
        return 0
    wants_folder = args.output is not None and args.output.endswith(("/", os.sep))
    if args.output is None or wants_folder or Path(args.output).is_dir():
        folder = Path(args.output or ".")
        if not folder.is_dir():  # "newdir/": a folder is meant, not a file named newdir
            raise CliError(f"cannot write to {folder}: the folder does not exist.")
        taken = taken_names(_names(folder))
        path = folder / safe_filename(export_title(conv, options), fmt.extension, taken)
    else:
        path = Path(args.output)
        if not path.parent.is_dir():
            raise CliError(f"cannot write {path}: the folder {path.parent} does not exist.")
    try:
        write_file(path, data, render_side_files(conv, fmt, options))
    except OSError as exc:
        raise CliError(
            f"cannot write {path}: {exc.strerror or exc}. Nothing was written."
        ) from None
    _say(path, out)
    return 0


def _format_from(output: str | None) -> str | None:
    if not output or output == "-":
        return None
    return _SUFFIXES.get(Path(output).suffix.lower().lstrip("."))


_SUFFIXES = {
    "md": "md", "markdown": "md", "html": "html", "htm": "html", "pdf": "pdf",
    "json": "json", "txt": "txt", "text": "txt",
}  # fmt: skip


def _names(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


def _find(result: LoadResult, wanted: str) -> Conversation:
    exact = [c for c in result.conversations if c.id == wanted]
    matches = exact or [
        c for c in result.conversations if len(wanted) >= 4 and c.id.startswith(wanted)
    ]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        ids = ", ".join(c.id for c in matches[:5])
        raise CliError(f"{wanted!r} matches several conversations ({ids}); give more of the id.")
    damaged = [p for p in result.problems if p.startswith(wanted)]
    if damaged:
        raise CliError(
            "the conversation file is damaged and cannot be exported:\n  • "
            + "\n  • ".join(damaged)
        )
    hint = f" Run “{PROG} list” to see the ids."
    if result.problems:
        hint += f" ({len(result.problems)} damaged file(s) could not be read.)"
    raise CliError(f"no conversation with the id {wanted!r}.{hint}")


def _known_keys(root: Path) -> tuple[str, ...]:
    """Every API key this user has (environment and keyring), to keep out of exports."""
    from gui.core.connection import saved_keys
    from gui.core.settings import load_settings

    settings, _problem = load_settings(root)
    keys = set(saved_keys(settings))
    env_key = (os.environ.get("OPENAI_API_KEY") or "").strip()
    if env_key:
        keys.add(env_key)
    return tuple(sorted(keys))


def _export_all(
    result: LoadResult,
    fmt: ExportFormat,
    options: ExportOptions,
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
) -> int:
    from gui.core.export.dispatch import render_export, render_side_files
    from gui.core.export.files import ExportItem, write_folder, write_zip
    from gui.core.export.options import ExportFormat
    from gui.core.export.redaction import export_title

    if result.problems and not args.skip_damaged:
        _report_problems(result.problems, err)
        raise CliError(
            "nothing was exported because some files are damaged. Use --skip-damaged to "
            "export the others."
        )
    if not result.conversations:
        raise CliError("there are no conversations to export.")
    if args.output == "-":
        raise CliError("--all writes several files: give a folder or a .zip path as --output.")
    pdf = _pdf_renderer() if fmt is ExportFormat.PDF else None
    items = [
        ExportItem(
            export_title(c, options),
            render_export(c, fmt, options, pdf=pdf),
            c.updated_at,
            render_side_files(c, fmt, options),
        )
        for c in result.conversations
    ]
    if args.output and args.output.lower().endswith(".zip"):
        target = Path(args.output)
        if not target.parent.is_dir():
            raise CliError(f"cannot write {target}: the folder {target.parent} does not exist.")
        try:
            write_zip(target, items, fmt.extension)
        except OSError as exc:
            raise CliError(
                f"cannot write {target}: {exc.strerror or exc}. Nothing was written."
            ) from None
    else:
        target = Path(args.output) if args.output else _default_folder()
        try:
            write_folder(target, items, fmt.extension)
        except OSError as exc:
            raise CliError(
                f"cannot write to {target}: {exc.strerror or exc}. Nothing was left behind."
            ) from None
    if result.problems:
        _report_problems(result.problems, err)
    _say(target, out)
    return 1 if result.problems else 0


def _default_folder() -> Path:
    base = f"MiniMax Chat export {datetime.now().strftime('%Y-%m-%d')}"
    path = Path(base)
    counter = 1
    while path.exists():
        counter += 1
        path = Path(f"{base} ({counter})")
    return path


def _pdf_renderer() -> Renderer:
    """Qt's PDF writer, on an offscreen platform: no window and no display needed."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from gui.ui.pdf_export import render_pdf

    app = QGuiApplication.instance() or QGuiApplication([PROG])
    _keep.append(app)
    return render_pdf


_keep: list[object] = []


# -- import --------------------------------------------------------------------------


def _import(args: argparse.Namespace, root: Path, out: TextIO, err: TextIO) -> int:
    from gui.core.attachments.store import AttachmentStore
    from gui.core.importer import ImportRefused, import_into
    from gui.core.storage import ConversationStore

    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise CliError(f"nothing was imported: {', '.join(missing)} does not exist.")
    try:
        result = import_into(ConversationStore(root), paths, attachments=AttachmentStore(root))
    except ImportRefused as exc:
        lines = "\n  • ".join(exc.problems)
        raise CliError(f"nothing was imported:\n  • {lines}") from None
    except OSError as exc:
        raise CliError(f"nothing was imported: {exc.strerror or exc}.") from None
    _say(result.summary(), out)
    if _app_running(root):
        _say(
            "MiniMax Chat is open with this data folder: restart it to see the imported chats.", err
        )
    return 0


def _app_running(root: Path) -> bool:
    """Whether a MiniMax Chat window holds this data folder's lock (best effort)."""
    try:
        first = (root / "app.lock").read_text("utf-8", errors="replace").split("\n", 1)[0]
    except OSError:
        return False
    if os.name != "posix":
        return True
    try:
        pid = int(first.strip())
        os.kill(pid, 0)
    except PermissionError:
        return True
    except (ValueError, OSError):
        return False
    return True
