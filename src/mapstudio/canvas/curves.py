"""Emotion curves: a smooth path per persona and series, with draggable points."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from ..layout import EmotionSeries, FontSpec, Rect, bezier_segments
from .fonts import qfont
from .painting import brush, colour, pen

POINT_RADIUS = 5.0
LABEL_FONT = FontSpec(False, 7)


def smooth_path(points: list[tuple[float, float]]) -> QPainterPath:
    """Monotone cubic through the points (layout.bezier_segments: the PDF draws the same)."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(*points[0])
    for c1, c2, end in bezier_segments(points):
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    return path


class EmotionCurveItem(QGraphicsPathItem):
    def __init__(self, series: EmotionSeries) -> None:
        super().__init__()
        self.setZValue(25)
        self.set_series(series)

    def set_series(self, series: EmotionSeries) -> None:
        self.series = series
        style = Qt.PenStyle.DashLine if series.dashed else Qt.PenStyle.SolidLine
        p = pen(series.colour, 2.4, style)
        p.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(p)
        self.setPath(smooth_path([(pt.x, pt.y) for pt in series.points]))

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        super().paint(painter, option, widget)


class EmotionPointItem(QGraphicsItem):
    """A handle on the curve: drag up/down to change the score; snaps on release."""

    def __init__(self, point_id: str, x: float, y: float, plot: Rect, series_colour: str,
                 dashed: bool, label: str, on_release: Callable[[str, float], None]) -> None:
        super().__init__()
        self.point_id = point_id
        self.plot = plot
        self.colour = series_colour
        self.dashed = dashed
        self.label = label
        self._on_release = on_release
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setZValue(35)
        self.setPos(x, y)
        self.setToolTip(label)

    def boundingRect(self) -> QRectF:  # noqa: N802
        r = POINT_RADIUS + 2
        extra = 90 if self.label else 0
        return QRectF(-r, -r - 12, 2 * r + extra, 2 * r + 12)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen(self.colour, 2.0))
        painter.setBrush(brush("#ffffff" if self.dashed else self.colour))
        painter.drawEllipse(QPointF(0, 0), POINT_RADIUS, POINT_RADIUS)
        if self.label:
            painter.setFont(qfont(LABEL_FONT))
            painter.setPen(colour("#334155"))
            painter.drawText(QPointF(POINT_RADIUS + 3, -POINT_RADIUS - 2), self.label)

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene():
            y = min(max(value.y(), self.plot.y), self.plot.bottom)
            return QPointF(self.pos().x(), y)
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self._on_release(self.point_id, self.pos().y())
