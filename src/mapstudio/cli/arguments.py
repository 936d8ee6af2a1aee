"""The command line's vocabulary: subcommands, formats, papers, the parsers, and the
usage error (exit 2). Shared by the entry point and the commands; imports neither."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import __version__
from ..model.catalogues import LANGUAGES, SHEETS

SUBCOMMANDS = ("new", "templates", "info", "export", "import", "check", "versions", "diff",
               "workspace", "publish", "pull", "metrics")
EXPORT_FORMATS = ("pdf", "png", "svg", "csv", "json", "mermaid")
IMPORT_FORMATS = ("json", "csv", "mermaid", "ems-yaml")
PAPERS = (*SHEETS, "fit")  # the choices add "auto"; tiles are PAPERS[:-1]
PRINT_LANGUAGES = LANGUAGES


class UsageError(Exception):
    """Arguments that parse but make no sense together: exit code 2."""


def format_from_suffix(path: Path, allowed: tuple[str, ...], explicit: str | None) -> str:
    if explicit:
        return explicit
    from ..interchange.reading import format_from_suffix as suffix_format

    fmt = suffix_format(path)
    if fmt not in allowed:
        raise UsageError(
            f"cannot tell the format from {path.name!r}; use --format ({', '.join(allowed)})"
        )
    return fmt


def build_parser() -> argparse.ArgumentParser:
    from .printing import add_check_arguments, add_export_arguments
    from .workspace_arguments import add_arguments as add_workspace_arguments
    from .workspace_arguments import project_target

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
    p.add_argument("file", type=project_target)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="export a project or one of its maps")
    p.add_argument("file", type=project_target)
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
    p.add_argument("--notes", action="store_true",
                   help="print review notes: counts on cards, an appendix page (PDF)")
    p.add_argument("--title-block", metavar="TEXT")
    p.add_argument("--cmyk", action="store_true",
                   help="PDF in CMYK for offset on coated paper (Coated FOGRA39, named in "
                        "the output intent); black and grey type on the black plate only")
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
    p.add_argument("file", type=project_target)
    add_check_arguments(p, (*PAPERS, "auto"), PAPERS[:-1])

    from .versions import add_arguments as add_version_arguments

    add_version_arguments(sub)
    from .metrics import add_arguments as add_metrics_arguments

    add_metrics_arguments(sub)
    add_workspace_arguments(sub)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mapstudio",
        description="Map Studio: offline customer-journey maps. "
        f"Subcommands: {', '.join(SUBCOMMANDS)} (mapstudio SUBCOMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"mapstudio {__version__}")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    from .workspace_arguments import project_target

    parser.add_argument("file", nargs="?", type=project_target,
                        help="project file, or workspace project URL#PROJECT, to open")
    return parser


def print_json(obj: object) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
