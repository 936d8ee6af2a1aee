"""Emotion curves: a smooth path per persona and series, with draggable points."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from ..layout import DEFAULT_STYLE, EmotionSeries, Rect, TextLine, bezier_segments
from .fonts import qfont
from .painting import brush, colour, pen

POINT_RADIUS = DEFAULT_STYLE.point_radius  # the layout keeps labels clear of it


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


def point_marker(n: int) -> QPainterPath:
    """Point shape `n` around (0, 0): 0 circle, 1 square, 2 diamond, 3 triangle,
    4 down triangle — the shapes the print gives the curves of one lane."""
    r = POINT_RADIUS
    path = QPainterPath()
    shape = n % 5
    if shape == 0:
        path.addEllipse(QPointF(0, 0), r, r)
        return path
    if shape == 1:
        k = r * 0.9
        pts = [(-k, -k), (k, -k), (k, k), (-k, k)]
    elif shape == 2:
        k = r * 1.25
        pts = [(0, -k), (k, 0), (0, k), (-k, 0)]
    else:
        k = r * 1.2 * (1 if shape == 3 else -1)
        pts = [(0, -k), (abs(k), k * 0.7), (-abs(k), k * 0.7)]
    path.moveTo(*pts[0])
    for q in pts[1:]:
        path.lineTo(*q)
    path.closeSubpath()
    return path


class EmotionPointItem(QGraphicsItem):
    """A handle on the curve: drag up/down to change the score; snaps on release."""

    def __init__(self, point_id: str, x: float, y: float, plot: Rect, series_colour: str,
                 dashed: bool, label: str, on_release: Callable[[str, float], None],
                 label_line: TextLine | None = None, shape_index: int = 0) -> None:
        super().__init__()
        self.shape_index = shape_index  # the series' point shape, as printed
        self.point_id = point_id
        self.plot = plot
        self.colour = series_colour
        self.dashed = dashed
        self.label = label
        self._on_release = on_release
        r = POINT_RADIUS + 2
        self._bounds = QRectF(-r, -r, 2 * r, 2 * r)
        self._shape = QPainterPath()
        self._shape.addEllipse(QPointF(0, 0), r, r)
        self._label = None  # (font, colour, baseline point, text) relative to the handle
        if label_line is not None and label_line.text:
            font = qfont(label_line.font)
            metrics = QFontMetricsF(font)
            at = QPointF(label_line.x - x, label_line.baseline - y)
            # in its curve's colour, as printed, so each label says which curve it is on
            self._label = (font, series_colour, at, label_line.text)
            box = QRectF(at.x() - 1, at.y() - metrics.ascent() - 1,
                         metrics.horizontalAdvance(label_line.text) + 2, metrics.height() + 2)
            self._bounds = self._bounds.united(box)
            self._shape.addRect(box)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setZValue(35)
        self.setPos(x, y)
        self.setToolTip(label)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        """The dot and its label (not the empty corner between them)."""
        return self._shape

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen(self.colour, 2.0))
        painter.setBrush(brush("#ffffff" if self.dashed else self.colour))
        painter.drawPath(point_marker(self.shape_index))
        if self._label is not None:  # where the layout placed it, clear of the others
            font, value, at, text = self._label
            painter.setFont(font)
            painter.setPen(colour(value))
            painter.drawText(at, text)

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene():
            y = min(max(value.y(), self.plot.y), self.plot.bottom)
            return QPointF(self.pos().x(), y)
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self._on_release(self.point_id, self.pos().y())
