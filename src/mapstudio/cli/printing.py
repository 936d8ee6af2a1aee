"""Print preflight on the command line: `export` warnings and `--strict`, `check --print`.

Each finding is one `mapstudio: warning:` line on stderr. `export` still writes unless
`--strict`, which turns any finding into exit 3 with nothing written. `check FILE --print`
runs the same preflight for a paper without exporting; any finding is exit 3, like every
problem `check` finds.
"""

from __future__ import annotations

import argparse
import sys

from ..model import MapStudioError

PRINTED = ("pdf", "png", "svg")


def add_export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--min-text", type=float, default=7.0, metavar="PT",
                   help="smallest readable printed type size for preflight (default 7)")
    p.add_argument("--strict", action="store_true",
                   help="any preflight finding is an error and nothing is written")
    p.add_argument("--pdfx", action="store_true",
                   help="PDF/X-4: output intent, boxes and identification for print shops")
    p.add_argument("--linked", action="store_true",
                   help="print the maps this one links to after it (PDF)")


def add_check_arguments(p: argparse.ArgumentParser, papers, tiles) -> None:
    p.add_argument("--print", action="store_true", dest="print_check",
                   help="run the print preflight instead of the file checks")
    p.add_argument("--health", action="store_true",
                   help="list the health check's advice (owners, review dates, evidence, "
                        "KPIs, touchpoints, text cut in print); findings exit 0")
    p.add_argument("--json", action="store_true", help="with --health: findings as JSON")
    p.add_argument("--paper", choices=papers, default="A3")
    p.add_argument("--orientation", choices=("auto", "portrait", "landscape"), default="auto")
    p.add_argument("--tile", choices=tiles, metavar="PAPER")
    p.add_argument("--map", metavar="TITLE|N")
    p.add_argument("--min-text", type=float, default=7.0, metavar="PT")


PDF_ONLY = (("bleed", "--bleed"), ("crop_marks", "--crop-marks"), ("cmyk", "--cmyk"),
            ("pdfx", "--pdfx"), ("linked", "--linked"))


def refuse_pdf_only(fmt: str, args: argparse.Namespace) -> None:
    """PNG and SVG pages have no bleed, crop marks or CMYK: asking for them is a usage
    error (exit 2), never silently ignored."""
    if fmt not in ("png", "svg"):
        return
    asked = [flag for name, flag in PDF_ONLY if getattr(args, name, None)]
    if asked:
        from .arguments import UsageError

        raise UsageError(f"{', '.join(asked)} {'is' if len(asked) == 1 else 'are'} for PDF "
                         f"only; a {fmt.upper()} file cannot carry "
                         f"{'it' if len(asked) == 1 else 'them'} (export to PDF instead)")


def _warn(report) -> None:
    for finding in report.findings:
        print(f"mapstudio: warning: {finding.message}", file=sys.stderr)


def _min_text(value: float) -> float:
    if not (0 < value <= 72):
        raise MapStudioError(f"--min-text must be between 0 and 72 pt, not {value:g}")
    return value


def preflight_export(doc, options, map_ref, args: argparse.Namespace) -> None:
    """Before an export of a printed format: warn, or refuse with --strict."""
    if options.format not in PRINTED:
        return
    from ..export import load_source
    from ..export.preflight import preflight

    report = preflight(load_source(doc, map_ref), options, _min_text(args.min_text))
    _warn(report)
    if report.findings and args.strict:
        raise MapStudioError(f"preflight: {len(report.findings)} finding(s) and --strict; "
                             "nothing written")


def cmd_check_print(args: argparse.Namespace) -> int:
    from ..export import ExportOptions, load_source
    from ..export.preflight import preflight
    from .commands import _open

    options = ExportOptions("pdf", paper=args.paper, orientation=args.orientation,
                            tile=args.tile).validate()
    doc = _open(args.file)
    try:
        source = load_source(doc, args.map)
    finally:
        doc.close()
    report = preflight(source, options, _min_text(args.min_text))
    _warn(report)
    print(f"{args.file}: {report.summary()}")
    return 3 if report.findings else 0
