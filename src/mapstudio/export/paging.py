"""Page geometry: paper, orientation, scale, bleed and poster tiles. Pure arithmetic.

Coordinates are points with y pointing down from the top-left of the page (like the
layout), so the dialog preview, the PDF and the PNG all use the same numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..layout import Rect
from ..model import MapStudioError
from .options import MM, ExportOptions, paper_points

SLUG_MM = 6.0  # room outside the bleed for crop marks, so marks never print into the art
FOOTER_PT = 44.0  # title block + legend strip at 100 % (grows a little on big paper)
FOOTER_GAP_PT = 10.0


@dataclass(frozen=True)
class PagePlan:
    """One printed page: media box, trim and bleed boxes, where the map and footer go."""

    width: float  # media box
    height: float
    trim: Rect
    bleed: Rect
    map_rect: Rect  # where the map (scaled) is drawn
    scale: float
    footer: Rect
    footer_factor: float
    paper: str
    orientation: str
    crop_marks: bool

    @property
    def map_origin(self) -> tuple[float, float]:
        return self.map_rect.x, self.map_rect.y


@dataclass(frozen=True)
class Tile:
    row: int
    col: int
    region: Rect  # part of the poster trim shown on this sheet (poster points)


@dataclass(frozen=True)
class TilePlan:
    sheet_w: float
    sheet_h: float
    margin: float
    region_w: float
    region_h: float
    overlap: float
    rows: int
    cols: int
    paper: str
    orientation: str
    tiles: list[Tile] = field(default_factory=list)


def _oriented(size: tuple[float, float], orientation: str) -> tuple[float, float]:
    w, h = size
    if orientation == "landscape":
        return max(w, h), min(w, h)
    return min(w, h), max(w, h)


def footer_factor(trim_w: float, trim_h: float) -> float:
    """Type in the footer grows gently with the paper so an A0 poster stays readable."""
    return min(2.5, max(1.0, math.sqrt(min(trim_w, trim_h) / (210 * MM))))


def _fit_scale(map_w: float, map_h: float, area_w: float, area_h: float) -> float:
    return min(area_w / max(map_w, 1.0), area_h / max(map_h, 1.0))


def plan_page(map_w: float, map_h: float, options: ExportOptions,
              with_marks: bool | None = None) -> PagePlan:
    """Where the map goes on the (poster) page for these options."""
    margin = options.margins_mm * MM
    bleed = options.bleed_mm * MM
    marks = options.crop_marks if with_marks is None else with_marks
    slug = SLUG_MM * MM if marks else 0.0
    if options.paper == "fit":
        scale = options.scale or 1.0
        factor = footer_factor(map_w * scale + 2 * margin, map_h * scale + 2 * margin)
        footer_h = FOOTER_PT * factor
        trim_w = map_w * scale + 2 * margin
        trim_h = map_h * scale + 2 * margin + FOOTER_GAP_PT + footer_h
        orientation = "landscape" if trim_w >= trim_h else "portrait"
    else:
        base = paper_points(options.paper)
        choices = ("landscape", "portrait") if options.orientation == "auto" \
            else (options.orientation,)
        best = None
        for orientation in choices:
            tw, th = _oriented(base, orientation)
            factor = footer_factor(tw, th)
            footer_h = FOOTER_PT * factor
            area_w = tw - 2 * margin
            area_h = th - 2 * margin - FOOTER_GAP_PT - footer_h
            fit = _fit_scale(map_w, map_h, area_w, area_h)
            if best is None or fit > best[0] + 1e-9:
                best = (fit, orientation, tw, th, factor, footer_h, area_w, area_h)
        fit, orientation, trim_w, trim_h, factor, footer_h, area_w, area_h = best
        if area_w <= 0 or area_h <= 0:
            raise MapStudioError("the margins leave no room for the map on this paper")
        scale = options.scale or fit
        if options.scale and options.scale > fit * 1.0001:
            raise MapStudioError(
                f"at {options.scale:.0%} the map needs {map_w * scale / MM:.0f} × "
                f"{map_h * scale / MM:.0f} mm, more than {options.paper} {orientation} "
                f"allows; choose a larger paper, 'fit', a smaller scale or poster tiling")
    off = bleed + slug
    trim = Rect(off, off, trim_w, trim_h)
    used_w, used_h = map_w * scale, map_h * scale
    inner_w = trim_w - 2 * margin
    inner_h = trim_h - 2 * margin - FOOTER_GAP_PT - footer_h
    # centred in the printable area above the footer, both ways
    map_rect = Rect(trim.x + margin + (inner_w - used_w) / 2,
                    trim.y + margin + max(0.0, inner_h - used_h) / 2, used_w, used_h)
    footer = Rect(trim.x + margin, trim.bottom - margin - footer_h, inner_w, footer_h)
    return PagePlan(width=trim_w + 2 * off, height=trim_h + 2 * off, trim=trim,
                    bleed=Rect(slug, slug, trim_w + 2 * bleed, trim_h + 2 * bleed),
                    map_rect=map_rect, scale=scale, footer=footer, footer_factor=factor,
                    paper=options.paper, orientation=orientation, crop_marks=marks)


def _grid(poster: float, region: float, overlap: float) -> int:
    if poster <= region + 1e-6:
        return 1
    return math.ceil((poster - overlap) / (region - overlap) - 1e-9)


def plan_tiles(poster_w: float, poster_h: float, options: ExportOptions) -> TilePlan:
    """Cut a poster into sheets; neighbours share `overlap` so the sheets reassemble exactly.

    Sheet (r, c) shows the poster region starting at (c·step_x, r·step_y); the step is the
    printable width minus the overlap. Orientation is chosen to need the fewest sheets.
    """
    if options.tile is None:
        raise MapStudioError("no tile paper chosen")
    # room for marks and labels, outside the bleed when there is one
    margin = max(options.margins_mm, 8.0, options.bleed_mm + 6.0) * MM
    overlap = options.overlap_mm * MM
    best = None
    for orientation in ("portrait", "landscape"):
        sw, sh = _oriented(paper_points(options.tile), orientation)
        rw, rh = sw - 2 * margin, sh - 2 * margin
        if overlap >= min(rw, rh) / 2:
            raise MapStudioError(f"an overlap of {options.overlap_mm:g} mm is too large for "
                                 f"{options.tile} sheets")
        cols, rows = _grid(poster_w, rw, overlap), _grid(poster_h, rh, overlap)
        if best is None or rows * cols < best[0]:
            best = (rows * cols, orientation, sw, sh, rw, rh, rows, cols)
    _, orientation, sw, sh, rw, rh, rows, cols = best
    if rows * cols > 400:
        raise MapStudioError(f"the poster would need {rows * cols} {options.tile} sheets; "
                             "choose a smaller poster paper or a larger sheet")
    tiles = [Tile(r, c, Rect(c * (rw - overlap), r * (rh - overlap), rw, rh))
             for r in range(rows) for c in range(cols)]
    return TilePlan(sw, sh, margin, rw, rh, overlap, rows, cols, options.tile, orientation,
                    tiles)
