"""Command-line entry point (DESIGN §5).

Bad input exits 3 with one `mapstudio: error:` line; usage errors exit 2 (argparse);
anything unexpected exits 1. Heavy layers are imported inside the commands that need
them so `mapstudio --version` stays instant.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .model import MapStudioError

SUBCOMMANDS = ("new", "templates", "info", "export", "import", "check")
EXPORT_FORMATS = ("pdf", "png", "svg", "csv", "json", "mermaid")
IMPORT_FORMATS = ("json", "csv", "mermaid", "ems-yaml")
PAPERS = ("A4", "A3", "A2", "A1", "A0", "Letter", "Legal", "Tabloid", "fit")
PRINT_LANGUAGES = ("en", "it", "pl", "es", "ru")


class UsageError(Exception):
    """Arguments that parse but make no sense together: exit code 2."""


def _format_from_suffix(path: Path, allowed: tuple[str, ...], explicit: str | None) -> str:
    if explicit:
        return explicit
    from .interchange.reading import format_from_suffix

    fmt = format_from_suffix(path)
    if fmt not in allowed:
        raise UsageError(
            f"cannot tell the format from {path.name!r}; use --format ({', '.join(allowed)})"
        )
    return fmt


def _build_parser() -> argparse.ArgumentParser:
    from .cli_print import add_check_arguments, add_export_arguments

    parser = argparse.ArgumentParser(prog="mapstudio", description="Map Studio journey maps")
    parser.add_argument("--version", action="version", version=f"mapstudio {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("new", help="create a project file")
    p.add_argument("file", type=Path)
    p.add_argument("--template", metavar="ID")
    p.add_argument("--title", metavar="TEXT")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")

    p = sub.add_parser("templates", help="list the template gallery")
    p.add_argument("--json", action="store_true")
    p.add_argument("--industry", metavar="NAME")
    p.add_argument("--lang", metavar="CODE")

    p = sub.add_parser("info", help="summarise a project file")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="export a project or one of its maps")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--format", choices=EXPORT_FORMATS)
    p.add_argument("--map", metavar="TITLE|N")
    p.add_argument("--paper", choices=(*PAPERS, "auto"), default="A3")
    p.add_argument("--orientation", choices=("auto", "portrait", "landscape"), default="auto")
    p.add_argument("--tile", choices=PAPERS[:-1], metavar="PAPER")
    p.add_argument("--overlap", type=float, default=10.0, metavar="MM")
    p.add_argument("--bleed", type=float, default=0.0, metavar="MM")
    p.add_argument("--crop-marks", action="store_true")
    p.add_argument("--dpi", type=int, default=150)
    p.add_argument("--personas", action="store_true", help="add persona pages")
    p.add_argument("--title-block", metavar="TEXT")
    p.add_argument("--cmyk", action="store_true")
    p.add_argument("--language", choices=PRINT_LANGUAGES, metavar="CODE",
                   help="language of the words the print adds (lane captions, badges, "
                        "footer): en, it, pl, es or ru; default: the project's language, "
                        "else the interface's")
    p.add_argument("--force", action="store_true")
    add_export_arguments(p)

    p = sub.add_parser("import", help="create a project from another format")
    p.add_argument("source", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--format", choices=IMPORT_FORMATS)
    p.add_argument("--force", action="store_true")

    p = sub.add_parser("check", help="verify a project file, or its print (--print)")
    p.add_argument("file", type=Path)
    add_check_arguments(p, (*PAPERS, "auto"), PAPERS[:-1])
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mapstudio",
        description="Map Studio: offline customer-journey maps. "
        f"Subcommands: {', '.join(SUBCOMMANDS)} (mapstudio SUBCOMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"mapstudio {__version__}")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    parser.add_argument("file", nargs="?", type=Path, help="project file to open")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = _build_parser().parse_args(argv)
            from . import cli_commands

            return getattr(cli_commands, f"cmd_{args.command}")(args)
        args = _gui_parser().parse_args(argv)
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
    if not args.demo and path is not None and not path.exists():
        raise MapStudioError(f"{path}: no such file")
    from .app import run_gui

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

    from .logging_setup import log_dir

    folder = log_dir()  # next to the GUI's log, MAPSTUDIO_LOG_DIR honoured
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "cli-errors.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return str(log)
    except OSError:
        return "no log: the log folder is not writable"


def print_json(obj: object) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    sys.exit(main())
