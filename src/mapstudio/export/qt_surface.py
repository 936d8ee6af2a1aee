"""The Painter primitives on any QPainter (QtGui only): one drawing for screen and paper.

`QtPainter` (PNG, previews, thumbnails) and the canvas items both draw shapes through
this class, so a card's outline, its icons, badges and bars are the same pixels on screen
and in a PNG by construction; only text and pictures are left to each subclass. Pens and
brushes are cached by value: the canvas repaints thousands of cards.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from ..layout import Rect
from .colours import hex_colour

NO_PEN = Qt.PenStyle.NoPen
NO_BRUSH = Qt.BrushStyle.NoBrush
ANTIALIASING = QPainter.RenderHint.Antialiasing


@lru_cache(maxsize=1024)
def surface_pen(colour: str | None, width: float = 1.0, dash: tuple[float, float] | None = None,
                round_cap: bool = False):
    if colour is None:
        return NO_PEN
    pen = QPen(QColor(hex_colour(colour)), width)
    if dash is not None:
        pen.setDashPattern([dash[0] / width, dash[1] / width])
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if round_cap else Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@lru_cache(maxsize=1024)
def surface_brush(colour: str | None):
    return NO_BRUSH if colour is None else QBrush(QColor(hex_colour(colour)))


def path_of(ops: Sequence[tuple]) -> QPainterPath:
    path = QPainterPath()
    for op in ops:
        if op[0] == "M":
            path.moveTo(op[1], op[2])
        elif op[0] == "L":
            path.lineTo(op[1], op[2])
        elif op[0] == "C":
            path.cubicTo(op[1], op[2], op[3], op[4], op[5], op[6])
        else:
            path.closeSubpath()
    return path


class QtSurface:
    """Shapes of the Painter protocol on `self.q`, in the painter's current coordinates.

    Subclasses supply `text_lines` and `image`. Antialiasing is on: rounded corners and
    drawn pictograms need it, and both sides must rasterise alike."""

    def __init__(self, painter: QPainter) -> None:
        self.q = painter
        if not painter.testRenderHint(ANTIALIASING):  # testing is cheaper than setting
            painter.setRenderHint(ANTIALIASING, True)

    def rect(self, r: Rect, fill, stroke=None, width=1.0, radius=0.0) -> None:
        q = self.q
        q.setPen(surface_pen(stroke, width))
        q.setBrush(surface_brush(fill))
        box = QRectF(r.x, r.y, r.w, r.h)
        if radius > 0:
            q.drawRoundedRect(box, radius, radius)
        else:
            q.drawRect(box)

    def line(self, x0, y0, x1, y1, stroke, width=1.0, dash=None, round_cap=False) -> None:
        self.q.setPen(surface_pen(stroke, width, dash, round_cap))
        self.q.drawLine(QPointF(x0, y0), QPointF(x1, y1))

    def path(self, ops: Sequence[tuple], fill, stroke=None, width=1.0, dash=None) -> None:
        self.q.setPen(surface_pen(stroke, width, dash))
        self.q.setBrush(surface_brush(fill))
        self.q.drawPath(path_of(ops))

    def circle(self, cx, cy, radius, fill, stroke=None, width=1.0) -> None:
        self.q.setPen(surface_pen(stroke, width))
        self.q.setBrush(surface_brush(fill))
        self.q.drawEllipse(QPointF(cx, cy), radius, radius)

    def push_clip(self, r: Rect, round: bool = False) -> None:
        self.q.save()
        if round:
            path = QPainterPath()
            path.addEllipse(QRectF(r.x, r.y, r.w, r.h))
            self.q.setClipPath(path, Qt.ClipOperation.IntersectClip)
        else:
            self.q.setClipRect(QRectF(r.x, r.y, r.w, r.h), Qt.ClipOperation.IntersectClip)

    def pop_clip(self) -> None:
        self.q.restore()
