"""The change report: what changed since a saved version, printed for a review meeting.

The same comparison `mapstudio diff` lists and the canvas marks, as A4 pages: per map,
the counts, then one line per card (and stage or lane) added, changed (before → after),
moved (from → to) or removed, marked in the canvas's colours. Written through the one
atomic write, like every export.
"""

from __future__ import annotations

from pathlib import Path

from ..layout import FontSpec, wrap_text
from ..model.comparison import ADDED, CHANGED, KINDS, MOVED, REMOVED, MapChanges
from .atomic import write_atomically

PAGE_W, PAGE_H, MARGIN = 595.28, 841.89, 48.0  # A4 portrait, points
INK, MUTED = "#0f172a", "#475569"
KIND_INK = {ADDED: "#15803d", CHANGED: "#b45309", MOVED: "#1d4ed8", REMOVED: "#b91c1c"}
TITLE, HEADING, BODY, SMALL = (FontSpec(True, 16), FontSpec(True, 11), FontSpec(False, 9),
                               FontSpec(False, 8))


def report_lines(version: str, when: str, project: str, maps: list[MapChanges]
                 ) -> list[tuple[str, FontSpec, str, float]]:
    """(text, font, colour, indent) of the whole report, before wrapping."""
    out = [(f"Changes since “{version}”", TITLE, INK, 0.0),
           (f"{project} · version saved {when[:16].replace('T', ' ')}", SMALL, MUTED, 0.0)]
    changed = [m for m in maps if m.status != "same"]
    if not changed:
        out.append(("No changes.", BODY, INK, 0.0))
    for entry in changed:
        counts = entry.counts()
        summary = " · ".join(f"{counts[k]} {k}" for k in KINDS if counts[k])
        out.append((f"Map “{entry.title}” ({entry.status}): {summary or 'stages or lanes'}",
                    HEADING, INK, 0.0))
        for item in entry.items:
            out.append((item.describe(), BODY, KIND_INK[item.kind], 12.0))
    return out


def write_change_report(target: Path, version: str, when: str, project: str,
                        maps: list[MapChanges], force: bool = False) -> int:
    """Write the report as a PDF; returns its page count."""
    pages = [0]

    def write(temp: Path) -> None:
        pages[0] = _draw(temp, report_lines(version, when, project, maps), version)

    write_atomically(Path(target), force, write)
    return pages[0]


def _draw(path: Path, lines, version: str) -> int:
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    from .fonts import font_name, register_fonts, shared_measure

    register_fonts()
    measure = shared_measure()
    c = Canvas(str(path), pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    c.setTitle(f"Changes since {version}")
    y, page = MARGIN, 1
    for text, font, colour, indent in lines:
        gap = 10.0 if font is HEADING else 0.0
        for part in wrap_text(text, font, PAGE_W - 2 * MARGIN - indent, measure):
            if y + gap + font.line_height > PAGE_H - MARGIN:
                c.showPage()
                y, page, gap = MARGIN, page + 1, 0.0
            y += gap + font.line_height
            gap = 0.0
            c.setFont(font_name(font), font.size)
            c.setFillColor(HexColor(colour))
            c.drawString(MARGIN + indent, PAGE_H - y + font.line_height * 0.25, part)
    c.showPage()
    c.save()
    return page
