"""Entry point: ``minimax-chat`` / ``python -m gui``."""

from __future__ import annotations

import argparse
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
    from gui.cli import add_commands

    add_commands(parser)
    args = parser.parse_args(argv)
    if args.command and args.message is not None:
        parser.error("--message opens the window; it cannot be combined with a command")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        from gui.cli import run

        return run(args)
    from gui.ui.app import run_gui

    return run_gui(args.data_dir, first_message=args.message)


if __name__ == "__main__":
    sys.exit(main())
