"""Command-line entry point (DESIGN §5).

Bad input exits 3 with one `mapstudio: error:` line; usage errors exit 2 (argparse);
anything unexpected exits 1. Heavy layers are imported inside the commands that need
them so `mapstudio --version` stays instant.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..model import MapStudioError
from .arguments import SUBCOMMANDS, UsageError, build_parser, gui_parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = build_parser().parse_args(argv)
            from .commands import COMMANDS

            return COMMANDS[args.command](args)
        args = gui_parser().parse_args(argv)
        return _run_gui(args)
    except UsageError as exc:
        print(f"mapstudio: usage error: {exc}", file=sys.stderr)
        return 2
    except MapStudioError as exc:
        print(f"mapstudio: error: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        where = _log_internal_error()
        print(f"mapstudio: internal error: {exc!r} (details in {where})", file=sys.stderr)
        return 1


def _run_gui(args: argparse.Namespace) -> int:
    _require_display()
    path = args.file
    if not args.demo and isinstance(path, Path) and not path.exists():
        raise MapStudioError(f"{path}: no such file")
    from ..app import run_gui

    # the demo is a temporary copy, made by the window: not worth a place in recent projects
    return run_gui(None if args.demo else path, demo=args.demo)


def _require_display() -> None:
    """On Linux without a display Qt aborts (exit 134) blaming a missing libxcb-cursor0:
    say instead what the user can do."""
    import os

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") or \
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    raise MapStudioError(
        "no display to open the editor on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
        "start Map Studio in a desktop session; on the command line use the subcommands "
        "(mapstudio --help), or QT_QPA_PLATFORM=offscreen for a window nobody sees")


def _log_internal_error() -> str:
    """Keep the traceback for a bug report without showing it to the user."""
    import traceback

    from ..logging_setup import log_dir

    folder = log_dir()  # next to the GUI's log, MAPSTUDIO_LOG_DIR honoured
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "cli-errors.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return str(log)
    except OSError:
        return "no log: the log folder is not writable"


