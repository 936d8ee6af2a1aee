"""The map's static backdrop: title block, lane bands, grid, emotion axes, blueprint lines.

One item paints it all, clipped to the exposed rect, so thousands of cells cost nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ..layout import FontSpec, MapGeometry, band_tint
from .fonts import qfont
from .painting import brush, colour, draw_lines, pen, qrect

TICK_FONT = FontSpec(False, 7)
LEGEND_FONT = FontSpec(False, 8)
BLUEPRINT_FONT = FontSpec(True, 7)


class BackgroundItem(QGraphicsItem):
    def __init__(self, geometry: MapGeometry) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(0)
        self.geometry = geometry
        self._rect = QRectF(0, 0, geometry.width, geometry.height)

    def set_geometry(self, geometry: MapGeometry) -> None:
        self.prepareGeometryChange()
        self.geometry = geometry
        self._rect = QRectF(0, 0, geometry.width, geometry.height)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        g = self.geometry
        exposed = option.exposedRect
        painter.fillRect(exposed.intersected(self._rect), brush("#ffffff"))
        draw_lines(painter, g.title_lines)
        self._legend(painter)
        for phase in g.phases:
            painter.fillRect(qrect(phase.rect).adjusted(1, 0, -1, 0), brush(phase.fill))
            draw_lines(painter, phase.lines)
        for header in g.lanes.values():
            band = qrect(header.band)
            if band.intersects(exposed):
                painter.fillRect(band, brush(band_tint(header.fill)))
        grid = qrect(g.grid_rect)
        painter.setPen(pen("#dbe3ec", 0.8))
        for header in g.stages.values():
            x = header.rect.right
            painter.drawLine(QPointF(x, header.rect.bottom), QPointF(x, grid.bottom()))
        for header in g.lanes.values():
            y = header.rect.bottom
            painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
        painter.setPen(pen("#cbd5e1", 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(grid)
        self._emotion_axes(painter)
        self._blueprint(painter)

    def _legend(self, painter: QPainter) -> None:
        g = self.geometry
        if not g.legend:
            return
        painter.setFont(qfont(LEGEND_FONT))
        x = g.title_rect.right
        y = g.title_rect.y + 12
        metrics = painter.fontMetrics()
        for name, value, dashed in reversed(g.legend):
            width = metrics.horizontalAdvance(name)
            x -= width
            painter.setPen(colour("#334155"))
            painter.drawText(QPointF(x, y + 3), name)
            x -= 26
            style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
            painter.setPen(pen(value, 2.0, style))
            painter.drawLine(QPointF(x, y), QPointF(x + 20, y))
            x -= 14

    def _emotion_axes(self, painter: QPainter) -> None:
        g = self.geometry
        painter.setFont(qfont(TICK_FONT))
        for tick in g.ticks:
            plot = g.plot_rects[tick.lane_id]
            painter.setPen(pen("#e2e8f0", 0.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.x, tick.y), QPointF(plot.right, tick.y))
            painter.setPen(colour("#94a3b8"))
            painter.drawText(QPointF(plot.x + 4, tick.y - 2), tick.label)

    def _blueprint(self, painter: QPainter) -> None:
        painter.setFont(qfont(BLUEPRINT_FONT))
        for line in self.geometry.blueprint_lines:
            painter.setPen(pen("#0f766e", 1.4, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(line.x0, line.y), QPointF(line.x1, line.y))
            painter.setPen(colour("#0f766e"))
            width = painter.fontMetrics().horizontalAdvance(line.label)
            painter.drawText(QPointF(line.x1 - width - 6, line.y - 3), line.label)
