"""The map's static backdrop: title block, lane bands, grid, emotion axes, blueprint lines.

One item paints it all, clipped to the exposed rect, so thousands of cells cost nothing.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ..layout import DEFAULT_STYLE, MapGeometry, band_tint
from .painting import brush, draw_lines, pen, qrect

BLUEPRINT = DEFAULT_STYLE.blueprint_colour


def draw_grid_dots(painter: QPainter, rect: QRectF, step: float, zoom: float,
                   colour: QColor) -> None:
    """Dots every `step` points inside `rect`, never denser than 10 pixels on screen."""
    while step * max(zoom, 1e-3) < 10:
        step *= 2
    dot = QPen(colour, 1.5)
    dot.setCosmetic(True)
    painter.save()
    painter.setPen(dot)
    xs = range(math.ceil(rect.left() / step), math.floor(rect.right() / step) + 1)
    ys = range(math.ceil(rect.top() / step), math.floor(rect.bottom() / step) + 1)
    painter.drawPoints([QPointF(i * step, j * step) for i in xs for j in ys])
    painter.restore()


class BackgroundItem(QGraphicsItem):
    def __init__(self, geometry: MapGeometry, pixmaps=None) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(0)
        self.geometry = geometry
        self._pixmaps = pixmaps or (lambda _asset_id: None)
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
        if qrect(g.title_rect).intersects(exposed):
            self._persona_chips(painter)
            self._legend(painter)
        for phase in g.phases:
            painter.fillRect(qrect(phase.rect).adjusted(1, 0, -1, 0), brush(phase.fill))
            draw_lines(painter, phase.lines)
        for header in g.lanes.values():
            band = qrect(header.band)
            if band.intersects(exposed):
                painter.fillRect(band, brush(band_tint(header.fill)))
        grid = qrect(g.grid_rect)
        step = getattr(self.scene(), "grid_step", 0.0)
        if step > 0 and g.stages and g.lanes:  # the snapping grid, faint on the cells
            left = min(h.rect.x for h in g.stages.values())
            top = min(h.rect.y for h in g.lanes.values())
            cells = QRectF(QPointF(left, top), grid.bottomRight())
            draw_grid_dots(painter, exposed.intersected(cells), step,
                           painter.worldTransform().m11(), QColor("#c5cfdb"))
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

    def _persona_chips(self, painter: QPainter) -> None:
        """Avatars (photo in a circle, else initials on the persona's colour) and names."""
        if not self.geometry.persona_chips:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for chip in self.geometry.persona_chips:
            circle = qrect(chip.avatar)
            pixmap = self._pixmaps(chip.photo_asset_id) if chip.photo_rect else None
            if pixmap is not None and not pixmap.isNull():
                painter.save()
                clip = QPainterPath()
                clip.addEllipse(circle)
                painter.setClipPath(clip)
                painter.drawPixmap(qrect(chip.photo_rect), pixmap, QRectF(pixmap.rect()))
                painter.restore()
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(brush(chip.colour))
                painter.drawEllipse(circle)
                draw_lines(painter, (chip.initials,))
            painter.setPen(pen(chip.colour, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(circle.adjusted(0.6, 0.6, -0.6, -0.6))
            draw_lines(painter, (chip.name,))
        painter.restore()

    def _legend(self, painter: QPainter) -> None:
        for item in self.geometry.legend_items:
            style = Qt.PenStyle.DashLine if item.dashed else Qt.PenStyle.SolidLine
            painter.setPen(pen(item.colour, 2.0, style))
            painter.drawLine(QPointF(item.x0, item.y), QPointF(item.x1, item.y))
            draw_lines(painter, (item.text,))

    def _emotion_axes(self, painter: QPainter) -> None:
        g = self.geometry
        painter.setPen(pen("#e2e8f0", 0.6, Qt.PenStyle.DashLine))
        for tick in g.ticks:
            plot = g.plot_rects[tick.lane_id]
            painter.drawLine(QPointF(plot.x, tick.y), QPointF(plot.right, tick.y))
        draw_lines(painter, [tick.text for tick in g.ticks if tick.text is not None])

    def _blueprint(self, painter: QPainter) -> None:
        """The dashed lines; their name pills are drawn over the cards (BlueprintLabels)."""
        painter.setPen(pen(BLUEPRINT, 1.4, Qt.PenStyle.DashLine))
        for line in self.geometry.blueprint_lines:
            painter.drawLine(QPointF(line.x0, line.y), QPointF(line.x1, line.y))
