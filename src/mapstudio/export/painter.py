"""The drawing surface every exporter implements: a handful of primitives in scene units.

`render.draw_map` draws a laid-out map through this protocol, so the PDF (ReportLab), the
PNG (QPainter on a QImage) and the SVG (XML) print the same picture from one description.
Coordinates are layout points, y down; each back end maps them onto its page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..layout import FontSpec, Rect, TextLine, bezier_segments

# A path is a list of operations: ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("Z",)
PathOps = Sequence[tuple]


class Painter(Protocol):
    def rect(self, r: Rect, fill: str | None, stroke: str | None = None, width: float = 1.0,
             radius: float = 0.0) -> None: ...

    def line(self, x0: float, y0: float, x1: float, y1: float, stroke: str,
             width: float = 1.0, dash: tuple[float, float] | None = None,
             round_cap: bool = False) -> None: ...

    def path(self, ops: PathOps, fill: str | None, stroke: str | None = None,
             width: float = 1.0, dash: tuple[float, float] | None = None) -> None: ...

    def circle(self, cx: float, cy: float, radius: float, fill: str | None,
               stroke: str | None = None, width: float = 1.0) -> None: ...

    def text_lines(self, lines: Sequence[TextLine]) -> None: ...

    def image(self, r: Rect, asset_id: str) -> bool: ...

    def push_clip(self, r: Rect, round: bool = False) -> None:
        """Clip what follows to `r` (or the ellipse inside it) until pop_clip."""

    def pop_clip(self) -> None: ...


def text(painter: Painter, x: float, baseline: float, value: str, font: FontSpec,
         colour: str) -> None:
    """One line of literal text (never interpreted as markup)."""
    painter.text_lines((TextLine(value, x, baseline, font, colour),))


def curve_ops(points: Sequence[tuple[float, float]]) -> list[tuple]:
    """The emotion curve as path operations: layout.bezier_segments, the monotone curve
    the canvas draws (no overshoot past a point), so paper and screen agree."""
    if not points:
        return []
    return [("M", *points[0])] + [("C", *c1, *c2, *end)
                                  for c1, c2, end in bezier_segments(list(points))]
