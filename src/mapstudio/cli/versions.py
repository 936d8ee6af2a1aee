"""`mapstudio versions` (list, save) and `mapstudio diff --since` (what changed).

A version is a snapshot kept inside the project file; `diff` compares one with the project
as it is now, card by card, so a review can start from what moved since the last one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..model import MapStudioError
from .arguments import print_json


def add_arguments(sub) -> None:
    p = sub.add_parser("versions", help="list the named versions of a project, or save one")
    p.add_argument("file", type=Path)
    p.add_argument("--save", metavar="NAME", help="save the project as it is now")
    p.add_argument("--note", metavar="TEXT", default="")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("diff", help="what changed since a named version")
    p.add_argument("file", type=Path)
    p.add_argument("--since", metavar="VERSION", required=True,
                   help="a version's name (the newest of that name) or id")
    p.add_argument("--map", metavar="TITLE|N", help="only this map")
    p.add_argument("--json", action="store_true")
    p.add_argument("-o", "--output", type=Path, metavar="REPORT.pdf",
                   help="also print the changes as a PDF report")
    p.add_argument("--force", action="store_true", help="replace an existing report")


def find_version(snapshots, ref: str):
    """The version named `ref` (the newest of that name), else the one with that id."""
    named = [s for s in snapshots if s.name == ref or s.id == ref]
    if not named:
        named = [s for s in snapshots if s.name.casefold() == ref.strip().casefold()]
    if not named:
        listing = "; ".join(s.name for s in sorted(snapshots, key=lambda s: s.created))
        raise MapStudioError(f"no version named {ref!r}; versions: {listing or 'none'}")
    return max(named, key=lambda s: s.created)


def _summary(snapshot) -> dict:
    return {"id": snapshot.id, "name": snapshot.name, "note": snapshot.note,
            "created": snapshot.created}


def cmd_versions(args: argparse.Namespace) -> int:
    from ..store import Document

    if args.save is not None:
        if not args.save.strip():
            raise MapStudioError("a version needs a name")
        from ..interchange import make_snapshot

        doc = Document.open(args.file)
        try:
            snapshot = doc.add_snapshot(make_snapshot(doc.project_content(), args.save.strip(),
                                                      args.note.strip()))
        finally:
            doc.close()
        if args.json:
            print_json(_summary(snapshot))
        else:
            print(f"saved version {snapshot.name!r} ({snapshot.id})")
        return 0
    doc = Document.open(args.file, read_only=True)
    try:
        snapshots = sorted(doc.snapshots(), key=lambda s: s.created)
    finally:
        doc.close()
    if args.json:
        print_json([_summary(s) for s in snapshots])
        return 0
    for s in snapshots:
        note = f"  — {s.note}" if s.note else ""
        print(f"{s.created}  {s.name}{note}")
    if not snapshots:
        print("no versions yet (save one with --save NAME)")
    return 0


def changes_since(doc, ref: str, map_ref: str | None = None):
    """(version, [MapChanges]) from version `ref` to the document as it is now."""
    from ..interchange import snapshot_to_project
    from ..model.comparison import compare_projects

    version = find_version(doc.snapshots(), ref)
    changes = compare_projects(snapshot_to_project(version), doc.project_content())
    if map_ref is not None:
        from ..export.source import resolve_map

        _, chosen = resolve_map(doc.maps(), map_ref)
        changes = [c for c in changes if c.map_id == chosen.id]
    return version, changes


def cmd_diff(args: argparse.Namespace) -> int:
    from ..store import Document

    doc = Document.open(args.file, read_only=True)
    try:
        version, changes = changes_since(doc, args.since, args.map)
        project = doc.project().title
    finally:
        doc.close()
    if args.output is not None:
        from ..export.change_report import write_change_report
        from ..files import refuse_same_file

        refuse_same_file(args.output, args.file)
        write_change_report(args.output, version.name, version.created, project, changes,
                            force=args.force)
    if args.json:
        print_json({"since": _summary(version),
                    "maps": [c.as_dict() for c in changes]})
        return 0
    print(f"since {version.name!r} ({version.created}):")
    quiet = True
    for entry in changes:
        if entry.status == "same":
            continue
        quiet = False
        counts = ", ".join(f"{n} {kind}" for kind, n in entry.counts().items() if n)
        print(f"map {entry.title!r} ({entry.status}): {counts or 'stages or lanes only'}")
        for item in entry.items:
            print(f"  {item.describe()}  [{item.id}]")
    if quiet:
        print("no changes")
    return 0
