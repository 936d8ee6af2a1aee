"""Frozen headers: the stage row and the lane column stay on screen as the map scrolls
and zooms, as frozen panes do in a spreadsheet.

The header items themselves slide (they stay real, clickable items): a stage header
never goes above the top edge of the view, a lane header never left of its left edge.
An opaque corner covers where the two bands cross. Geometry queries keep using the
layout's boxes, so hit-testing, drops and resizing are unaffected.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem

from .items import CURVE_Z, HEADER_Z
from .painting import brush, pen

LANE_BAND_Z = CURVE_Z + 10  # frozen bands pass over cards and emotion curves
STAGE_BAND_Z = LANE_BAND_Z + 1
CORNER_Z = LANE_BAND_Z + 2


class FrozenCornerItem(QGraphicsItem):
    """Covers the crossing of the frozen stage row and lane column."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(CORNER_Z)
        self._rect = QRectF()

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.fillRect(self._rect, brush("#ffffff"))
        painter.setPen(pen("#cbd5e1", 0.8))
        painter.drawLine(self._rect.bottomLeft(), self._rect.bottomRight())
        painter.drawLine(self._rect.topRight(), self._rect.bottomRight())


class FrozenHeaders:
    """Keeps one view's headers in sight; call `update()` after any scroll, zoom or
    relayout (the view does)."""

    def __init__(self, view) -> None:
        self.view = view
        self.corner: FrozenCornerItem | None = None
        self.frozen_rows = False
        self.frozen_columns = False

    def update(self) -> None:
        scene = self.view.scene()
        geometry = getattr(scene, "geometry", None)
        if geometry is None or not geometry.stages or not geometry.lanes:
            self._drop_corner()
            return
        top_left = self.view.mapToScene(0, 0)
        stage_top = min(b.rect.y for b in geometry.stages.values())
        stage_h = max(b.rect.h for b in geometry.stages.values())
        lane_left = min(b.rect.x for b in geometry.lanes.values())
        lane_w = max(b.rect.w for b in geometry.lanes.values())
        grid_bottom = max(b.rect.bottom for b in geometry.lanes.values())
        grid_right = max(b.rect.right for b in geometry.stages.values())
        # Never slide a band beyond the grid it labels.
        y = min(max(stage_top, top_left.y()), grid_bottom - stage_h)
        x = min(max(lane_left, top_left.x()), grid_right - lane_w)
        self.frozen_rows = y > stage_top
        self.frozen_columns = x > lane_left
        for stage_id, item in scene.stage_items.items():
            box = geometry.stages[stage_id].rect
            item.setZValue(STAGE_BAND_Z if self.frozen_rows else HEADER_Z)
            item.set_frozen(self.frozen_rows)
            if item.pos().y() != max(box.y, y) or item.pos().x() != box.x:
                item.setPos(box.x, max(box.y, y))
        for lane_id, item in scene.lane_items.items():
            box = geometry.lanes[lane_id].rect
            item.setZValue(LANE_BAND_Z if self.frozen_columns else HEADER_Z)
            if item.pos().x() != max(box.x, x) or item.pos().y() != box.y:
                item.setPos(max(box.x, x), box.y)
        if self.frozen_rows or self.frozen_columns:
            if self.corner is None or self.corner.scene() is not scene:
                self.corner = FrozenCornerItem()
                scene.addItem(self.corner)
            corner_y = y if self.frozen_rows else stage_top
            self.corner.set_rect(QRectF(x, corner_y, lane_w, stage_h))
            self.corner.setVisible(True)
        else:
            self._drop_corner()

    def _drop_corner(self) -> None:
        if self.corner is not None and self.corner.scene() is not None:
            self.corner.setVisible(False)
