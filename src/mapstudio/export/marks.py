"""Drawing the marks of a living map (laid out by `layout.living`) through a Painter."""

from __future__ import annotations

from ..layout import Rect
from .painter import Painter

_K = 0.5523  # control-point factor of a quarter circle as a cubic Bézier


def circle_ops(cx: float, cy: float, r: float) -> list[tuple]:
    k = r * _K
    return [("M", cx + r, cy),
            ("C", cx + r, cy + k, cx + k, cy + r, cx, cy + r),
            ("C", cx - k, cy + r, cx - r, cy + k, cx - r, cy),
            ("C", cx - r, cy - k, cx - k, cy - r, cx, cy - r),
            ("C", cx + k, cy - r, cx + r, cy - k, cx + r, cy), ("Z",)]


def draw_evidence_mark(p: Painter, b: Rect, level: float, colour: str) -> None:
    """Validated: a filled circle with a white tick. Some evidence: the left half
    filled. An assumption: a hollow dashed ring, so it reads as "not backed" in grey
    print too."""
    cx, cy, r = b.x + b.w / 2, b.y + b.h / 2, b.w / 2
    if level >= 2:
        p.circle(cx, cy, r, colour)
        p.path([("M", cx - r * 0.5, cy), ("L", cx - r * 0.12, cy + r * 0.42),
                ("L", cx + r * 0.55, cy - r * 0.4)], None, "#ffffff", 1.4)
    elif level >= 1:
        p.circle(cx, cy, r - 0.5, "#ffffff", colour, 1.0)
        p.path([("M", cx, cy - r + 0.5), ("C", cx - (r - 0.5) * 4 / 3, cy - r + 0.5,
                                             cx - (r - 0.5) * 4 / 3, cy + r - 0.5,
                                             cx, cy + r - 0.5), ("Z",)], colour)
    else:
        p.path(circle_ops(cx, cy, r - 0.6), "#ffffff", colour, 1.2, dash=(1.6, 1.2))
