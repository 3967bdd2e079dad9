"""Entry point: ``minimax-chat`` / ``python -m gui``."""

from __future__ import annotations

import argparse
import os
import sys

from gui import __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="minimax-chat",
        description="A native desktop chat app for MiniMax's reasoning models.",
    )
    parser.add_argument("--version", action="version", version=f"MiniMax Chat {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep settings, conversations and logs in DIR (default: the standard per-user folder)",
    )
    parser.add_argument(
        "--message",
        metavar="TEXT",
        help="open a new chat and send TEXT straight away",
    )
    parser.add_argument(
        "--attach",
        metavar="PATH",
        action="append",
        default=[],
        help="open a new chat with this file attached (repeatable); with --message it is "
        "sent straight away",
    )
    diagnostics = parser.add_argument_group("diagnostics")
    diagnostics.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation works (window, resources, keyring, data folder, SDK) "
        "without showing anything; print a JSON report and exit 0, or 1 naming what failed",
    )
    diagnostics.add_argument(
        "--smoke-report",
        metavar="FILE",
        help="with --smoke-test: also write the report to FILE (Windows has no console output)",
    )
    diagnostics.add_argument(
        "--smoke-display",
        action="store_true",
        help="with --smoke-test: use the real display instead of an offscreen one",
    )
    diagnostics.add_argument(
        "--smoke-keyring-write",
        action="store_true",
        help="with --smoke-test: also store, read back and delete a test entry in the keyring "
        "(the keyring may ask to be unlocked)",
    )
    from gui.cli import add_commands

    add_commands(parser)
    args = parser.parse_args(argv)
    if args.command and (args.message is not None or args.attach):
        parser.error(
            "--message and --attach open the window; they cannot be combined with a command"
        )
    args.attach = [os.path.abspath(path) for path in args.attach]  # the running app has its own cwd
    if args.smoke_test and (args.command or args.message is not None or args.attach):
        parser.error("--smoke-test runs on its own")
    extras = args.smoke_report or args.smoke_display or args.smoke_keyring_write
    if extras and not args.smoke_test:
        parser.error("the --smoke-… options go with --smoke-test")
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--keyring-helper"]:  # the app's own child process (gui.core.keyring_helper)
        from gui.core.keyring_helper import serve

        return serve()
    if argv[:1] == ["--math-worker"]:  # the formula typesetter (gui.core.math_worker)
        from gui.core.math_worker import serve as typeset

        return typeset()
    args = parse_args(argv)
    if args.smoke_test:
        from gui.ui.smoke import run_smoke_test

        return run_smoke_test(
            args.data_dir,
            args.smoke_report,
            display=args.smoke_display,
            keyring_write=args.smoke_keyring_write,
        )
    if args.command:
        from gui.cli import run

        return run(args)
    from gui.ui.app import run_gui

    return run_gui(args.data_dir, first_message=args.message, first_attach=tuple(args.attach))


if __name__ == "__main__":
    sys.exit(main())
