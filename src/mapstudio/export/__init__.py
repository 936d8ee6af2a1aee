"""Print-ready export: PDF (ReportLab), PNG and SVG, CSV and Mermaid.

Importing this package is cheap: ReportLab and Qt are imported only when a format that
needs them is written. The CLI calls `export_map`; the export dialog calls `load_source`
in the GUI thread and `render_source` in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .atomic import ExportCancelled, check_target, write_atomically
from .collector import collector_paused
from .options import FORMATS, PAPER_MM, PAPERS, ExportOptions
from .paging import PagePlan, TilePlan, plan_page, plan_tiles
from .source import ExportSource, load_source, resolve_map

Progress = Callable[[int, int], bool]

__all__ = ["FORMATS", "PAPERS", "PAPER_MM", "ExportCancelled", "ExportOptions", "ExportSource",
           "PagePlan", "TilePlan", "export_map", "load_source", "plan_page", "plan_tiles",
           "render_source", "resolve_map", "without_notes"]


def export_map(doc, out_path: Path, options: ExportOptions, map_ref: str | None = None,
               force: bool = False, progress: Progress | None = None,
               linked: bool = False) -> Path:
    """Export one map (title or 1-based number; None = first) of an open Document; with
    `linked` (PDF), the maps its cards and stages link to follow it.

    `progress(done, total)` is called as pages are written; returning False cancels (the
    partial file is removed and ExportCancelled raised). Raises MapStudioError on bad input.
    """
    options.validate()
    check_target(Path(out_path), force)
    with collector_paused():
        source = load_source(doc, map_ref, linked=linked)
        return render_source(source, Path(out_path), options, force=force, progress=progress)


def without_notes(source: ExportSource) -> ExportSource:
    """The source (and the linked maps printed after it) with no review notes."""
    return replace(source, content=replace(source.content, notes=[]),
                   linked=[without_notes(part) for part in source.linked])


def render_source(source: ExportSource, out_path: Path, options: ExportOptions,
                  force: bool = False, progress: Progress | None = None) -> Path:
    """Render an already loaded map to a file; safe to call from a worker thread.

    Review notes are for the team, not the wall: they print only when `options.notes`."""
    options.validate()
    if not options.notes:
        source = without_notes(source)

    last = [0, 1]

    def step(done: int, total: int) -> None:
        """Report progress; (-1, -1) is a mere cancel point inside a long page."""
        if done >= 0:
            last[:] = [done, total]
        if progress is not None and progress(*last) is False:
            raise ExportCancelled()

    def write(temp: Path) -> None:
        if options.format == "pdf":
            from .pdf import write_pdf

            write_pdf(source, temp, options, step)
        elif options.format == "png":
            from .raster import write_png

            write_png(source, temp, options, step)
        elif options.format == "svg":
            from .svg import write_svg

            write_svg(source, temp, options, step)
        else:
            from .textual import write_textual

            write_textual(source, temp, options.format)
            step(1, 1)

    with collector_paused():
        write_atomically(Path(out_path), force, write)
    return Path(out_path)
