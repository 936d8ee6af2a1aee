"""Team workspaces from the command line: `workspace init|list`, `publish`, `pull`, and
the `URL#PROJECT` form that `info`, `export` and `check` accept in place of a file.

URLs are libpq URLs; passwords come from libpq's own places (PGPASSFILE, the service
file, PG* variables) or the OS keychain, and a URL is only ever printed without one.
"""

from __future__ import annotations

import argparse
import sys

from ..model import MapStudioError
from .arguments import print_json
from .workspace_arguments import URL_SCHEMES, is_workspace_target


def _url(text: str) -> str:
    if not text.startswith(URL_SCHEMES):
        raise MapStudioError(f"{text}: not a workspace URL (postgresql://user@host/database)")
    if "#" in text:
        raise MapStudioError("a workspace URL names no project here (remove '#…')")
    return text


def cmd_workspace(args: argparse.Namespace) -> int:
    from ..store.pg_driver import redact
    from ..store.workspace import init_workspace, list_projects

    url = _url(args.url)
    if args.action == "init":
        upgraded = init_workspace(url)
        print(f"{redact(url)}: workspace ready"
              + (f" (upgraded: {', '.join(upgraded)})" if upgraded else ""))
        return 0
    projects = list_projects(url)
    if args.json:
        print_json(projects)
        return 0
    for p in projects:
        who = ", ".join(p["open_by"]) or "-"
        print(f"{p['name']:30} open by: {who:20} published {p['created']} by {p['created_by']}")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from ..store.pg_driver import redact
    from ..store.workspace import publish, read_file_project

    url = _url(args.url)
    name = args.project or args.file.stem
    if not name.strip() or "#" in name:
        raise MapStudioError(f"{name!r}: not a usable project name")
    data = read_file_project(args.file)
    publish(data, url, name)
    print(f"published {args.file} as {redact(url)}#{name}")
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    from ..store.workspace import pull

    if not is_workspace_target(args.target):
        raise MapStudioError(f"{args.target}: not a workspace project (URL#PROJECT)")
    pull(args.target, args.output)
    print(f"wrote {args.output}")
    return 0


def open_target(target):
    """A read-only document on a file or a workspace project."""
    if is_workspace_target(target):
        from ..store.workspace import open_project

        return open_project(target, read_only=True)
    from ..store import Document

    return Document.open(target, read_only=True)


def check_workspace_target(target: str) -> int:
    from ..store.pg_driver import redact, split_target
    from ..store.workspace import verify_workspace_project

    url, project = split_target(target)
    shown = f"{redact(url)}#{project}"
    problems = verify_workspace_project(target)
    for problem in problems:
        print(f"mapstudio: error: {shown}: {problem}", file=sys.stderr)
    if problems:
        return 3
    print(f"{shown}: ok")
    return 0
