"""The subcommands of `mapstudio`; each returns an exit code or raises MapStudioError."""

from __future__ import annotations

import argparse
import sys

from ..model import MapStudioError
from .arguments import EXPORT_FORMATS, IMPORT_FORMATS, format_from_suffix, print_json
from .workspace import check_workspace_target, cmd_publish, cmd_pull, cmd_workspace
from .workspace_arguments import is_workspace_target


def _open(path):
    """Readers never write the project: opened read-only, a crash's journal left alone
    (a file, or a workspace project `URL#PROJECT`)."""
    from .workspace import open_target

    return open_target(path)


def project_summary(doc) -> dict:
    """The `info --json` object of DESIGN §5, with each map's owner, review date and open
    review notes."""
    from ..model.living import is_overdue, open_note_counts

    maps = []
    for m in doc.maps():
        content = doc.load_map(m.id)
        maps.append(
            {
                "title": m.title,
                "map_type": str(m.map_type),
                "stages": len(content.stages),
                "lanes": len(content.lanes),
                "cards": len(content.cards),
                "personas": len(m.persona_ids),
                "emotion_points": len(content.emotion_points),
                "owner": m.owner,
                "review_by": m.review_by,
                "overdue": is_overdue(m),
                "open_notes": sum(open_note_counts(content.notes).values()),
            }
        )
    return {
        "title": doc.project().title,
        "maps": maps,
        "personas": len(doc.personas()),
        "assets": len(doc.assets()),
        "schema_version": doc.schema_version,
    }


def cmd_new(args: argparse.Namespace) -> int:
    from ..store import Document

    if args.file.exists() and not args.force:
        raise MapStudioError(f"{args.file}: already exists (use --force to replace it)")
    data = None
    if args.template:
        from ..templates import catalogue

        data = catalogue.instantiate(args.template)
        if args.title:
            data.project.title = args.title
    title = args.title or args.file.stem.replace("_", " ").replace("-", " ").title()
    if data is None:
        from ..model import Project, ProjectData, starter_map

        data = ProjectData(project=Project(title=title), maps=[starter_map()])
    Document.create(args.file, title, data=data, force=args.force).close()
    print(f"created {args.file}")
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    from ..templates import catalogue

    entries = catalogue.list_templates(industry=args.industry, language=args.lang)
    if args.json:
        print_json([entry.summary() for entry in entries])
        return 0
    for e in entries:
        print(f"{e.id:45} {e.language}  {e.industry:28} {e.map_type:18} {e.name}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    doc = _open(args.file)
    try:
        summary = project_summary(doc)
    finally:
        doc.close()
    if args.json:
        print_json(summary)
        return 0
    print(f"{summary['title']}  (schema {summary['schema_version']})")
    print(f"  personas: {summary['personas']}   assets: {summary['assets']}")
    for m in summary["maps"]:
        print(
            f"  - {m['title']} [{m['map_type']}]: {m['stages']} stages, {m['lanes']} lanes, "
            f"{m['cards']} cards, {m['emotion_points']} emotion points"
        )
        care = [f"owner {m['owner']}"] if m["owner"] else []
        if m["review_by"]:
            care.append(f"review {'overdue since' if m['overdue'] else 'by'} {m['review_by']}")
        if m["open_notes"]:
            care.append(f"{m['open_notes']} open review notes")
        if care:
            print(f"    {'; '.join(care)}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..files import refuse_same_file

    fmt = format_from_suffix(args.output, EXPORT_FORMATS, args.format)
    from .printing import refuse_pdf_only

    refuse_pdf_only(fmt, args)
    if not is_workspace_target(args.file):
        refuse_same_file(args.output, args.file)
    doc = _open(args.file)
    try:
        if fmt == "json":
            from ..interchange import write_json

            write_json(doc.export_data(), args.output, force=args.force)
        else:
            from ..export import ExportOptions, export_map

            options = ExportOptions(
                format=fmt, paper=args.paper, orientation=args.orientation, tile=args.tile,
                overlap_mm=args.overlap, bleed_mm=args.bleed, crop_marks=args.crop_marks,
                dpi=args.dpi, personas=args.personas, notes=args.notes,
                title_block=args.title_block, cmyk=args.cmyk, language=args.language or "",
                pdfx=args.pdfx,
            )
            options.validate()
            from .printing import preflight_export

            preflight_export(doc, options, args.map, args)
            export_map(doc, args.output, options, map_ref=args.map, force=args.force,
                       linked=args.linked)
    finally:
        doc.close()
    print(f"wrote {args.output}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..files import refuse_same_file
    from ..interchange.reading import read_project
    from ..store import Document

    fmt = format_from_suffix(args.source, IMPORT_FORMATS, args.format)
    refuse_same_file(args.output, args.source)
    if args.output.exists() and not args.force:
        raise MapStudioError(f"{args.output}: already exists (use --force to replace it)")
    data = read_project(args.source, fmt)
    Document.create(args.output, data.project.title, data=data, force=args.force).close()
    print(f"created {args.output}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """SQLite's full integrity and reference checks, then every row read into the model
    and validated; each problem is one line, and any problem is exit 3."""
    if getattr(args, "print_check", False):
        from .printing import cmd_check_print

        return cmd_check_print(args)
    if getattr(args, "health", False):
        from .health import cmd_check_health

        return cmd_check_health(args)
    if is_workspace_target(args.file):
        return check_workspace_target(args.file)
    from ..store.verify import verify_project

    problems = verify_project(args.file)
    if problems:
        for problem in problems:
            print(f"mapstudio: error: {args.file}: {problem}", file=sys.stderr)
        return 3
    print(f"{args.file}: ok")
    return 0


def _versions(args: argparse.Namespace) -> int:
    from .versions import cmd_versions

    return cmd_versions(args)


def _diff(args: argparse.Namespace) -> int:
    from .versions import cmd_diff

    return cmd_diff(args)


def _metrics(args: argparse.Namespace) -> int:
    from .metrics import cmd_metrics

    return cmd_metrics(args)


COMMANDS = {"new": cmd_new, "templates": cmd_templates, "info": cmd_info,
            "export": cmd_export, "import": cmd_import, "check": cmd_check,
            "versions": _versions, "diff": _diff, "workspace": cmd_workspace,
            "publish": cmd_publish, "pull": cmd_pull, "metrics": _metrics}
