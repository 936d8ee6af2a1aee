"""The workspace subcommands' arguments, and the `URL#PROJECT` argument type that
`info`, `export` and `check` take in place of a file (imports nothing of the CLI)."""

from __future__ import annotations

from pathlib import Path

URL_SCHEMES = ("postgresql://", "postgres://")


def project_target(text: str) -> Path | str:
    """An argparse type: a file path, or a workspace project `URL#PROJECT` kept as text
    (a Path would fold the URL's `//`)."""
    return text if text.startswith(URL_SCHEMES) else Path(text)


def is_workspace_target(target) -> bool:
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


def add_arguments(sub) -> None:
    p = sub.add_parser("workspace", help="set up or list a team workspace (PostgreSQL)")
    actions = p.add_subparsers(dest="action", required=True)
    init = actions.add_parser("init", help="create or upgrade the workspace's schema")
    init.add_argument("url", help="postgresql://user@host/database")
    listing = actions.add_parser("list", help="projects and who has each open")
    listing.add_argument("url")
    listing.add_argument("--json", action="store_true")
    p = sub.add_parser("publish", help="copy a project file into a workspace")
    p.add_argument("file", type=Path)
    p.add_argument("url")
    p.add_argument("--project", help="name in the workspace (default: the file's name)")
    p = sub.add_parser("pull", help="copy a workspace project into a file")
    p.add_argument("target", help="postgresql://user@host/database#Project")
    p.add_argument("-o", "--output", type=Path, required=True)
