"""`--paper auto`: the smallest sheet on which the map's smallest type stays readable.

A4, A3, A2, A1, A0 in turn, each in its better orientation, scaled to fit: the first on
which the smallest text prints at the minimum size (7 pt unless told) wins. When not even
A0 is enough, the map becomes a poster at the scale that holds the minimum, cut into A3
sheets (PDF; the other formats get the poster as one page).
"""

from __future__ import annotations

from dataclasses import replace

from ..layout import MapGeometry
from .options import ExportOptions
from .paging import plan_page

AUTO_SHEETS = ("A4", "A3", "A2", "A1", "A0")
POSTER_SHEET = "A3"
DEFAULT_MIN_PT = 7.0


def smallest_text(geometry: MapGeometry) -> float:
    """The smallest type size (layout points) of the text the map prints."""
    from .preflight import _texts

    return min((t.line.font.size for t in _texts(geometry, {}) if t.line.text.strip()),
               default=0.0)


def resolve_paper(geometry: MapGeometry, options: ExportOptions,
                  min_text_pt: float = DEFAULT_MIN_PT) -> ExportOptions:
    """`options` with "auto" replaced by the paper (and poster tiling) chosen; any other
    paper is returned as it is."""
    if options.paper != "auto":
        return options
    smallest = smallest_text(geometry) or min_text_pt
    for paper in AUTO_SHEETS:
        chosen = replace(options, paper=paper, scale=None)
        plan = plan_page(geometry.width, geometry.height, chosen)
        if smallest * plan.scale >= min_text_pt - 1e-6:
            return chosen
    return replace(options, paper="fit", scale=min_text_pt / smallest,
                   tile=POSTER_SHEET if options.format == "pdf" else None)
