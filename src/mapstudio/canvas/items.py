"""Graphics items that paint layout geometry. They never edit the model themselves.

Cards, headers and blueprint pills are drawn by `export.render` through `ItemSurface`,
the exporters' QPainter surface: screen and paper share one drawing, and the canvas adds
only what paper has not (selection and search-hit outlines, the zoomed-out overview)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from ..export.legibility import inked
from ..export.render import (
    CARD_RADIUS,
    draw_badges,
    draw_blueprint_pill,
    draw_card_frame,
    draw_lane_header,
    draw_stage_header,
)
from ..layout import BlueprintLine, CardBox, HeaderBox
from .painting import ItemSurface, brush, draw_static, pen, qrect, static_lines

DETAIL_THRESHOLD = 0.35  # below this zoom cards are drawn as plain blocks
CARD_Z, HEADER_Z, CURVE_Z, EDITOR_Z = 10, 20, 30, 100
SEARCH_HIT = "#c026d3"  # a colour no card style, lane, series or badge uses
# enum arithmetic is slow in Python: computed once, not per card
CARD_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
              | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
              | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


class CardItem(QGraphicsItem):
    """One card, positioned at its layout rect; the scene swaps its box on relayout."""

    def __init__(self, box: CardBox, pixmaps) -> None:
        super().__init__()
        self.card_id = box.card_id
        self._pixmaps = pixmaps
        self.highlighted = False
        self.setFlags(CARD_FLAGS)
        self.setCacheMode(DEVICE_CACHE)
        self.setZValue(CARD_Z)
        self.box = box  # not in a scene yet: no geometry change to announce
        self._rect = QRectF(0, 0, box.rect.w, box.rect.h)
        self._bounds = self._rect.adjusted(-2, -2, 2, 2)
        self._text = None
        self.setPos(box.rect.x, box.rect.y)

    def set_box(self, box: CardBox) -> None:
        if box.rect.w != self._rect.width() or box.rect.h != self._rect.height():
            self.prepareGeometryChange()
        self.box = box
        self._rect = QRectF(0, 0, box.rect.w, box.rect.h)
        self._bounds = self._rect.adjusted(-2, -2, 2, 2)  # asked for on every frame
        self._text = None  # prepared on first paint: opening a huge map stays cheap
        self.setPos(box.rect.x, box.rect.y)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        box = self.box
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < DETAIL_THRESHOLD:
            painter.fillRect(self._rect, brush(box.accent if selected else box.fill))
            return
        surface = ItemSurface(painter, self._pixmaps)
        painter.translate(-box.rect.x, -box.rect.y)  # the layout's scene coordinates
        draw_card_frame(surface, box)
        if self._text is None:  # the colours paper prints (deepened to 4.5:1 if need be)
            self._text = static_lines(inked(box.lines, box.fill))
        draw_static(painter, self._text)
        draw_badges(surface, box)
        if self.highlighted or selected:
            surface.rect(box.rect, None, SEARCH_HIT if self.highlighted else box.accent,
                         3.0 if self.highlighted else 2.0, radius=CARD_RADIUS)


class OverviewItem(QGraphicsItem):
    """Every card as a plain block, painted in a few batched calls when zoomed out.

    Below DETAIL_THRESHOLD the card items stop painting (ItemHasNoContents; they stay
    selectable and draggable) and this one item draws all of them: thousands of Python
    paint calls become a handful of drawRects.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(CARD_Z - 1)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self._by_fill: dict[str, list[QRectF]] = {}
        self._by_accent: dict[str, list[QRectF]] = {}
        self._selected: list[QRectF] = []
        self._boxes: dict[str, CardBox] = {}

    def set_boxes(self, boxes: dict[str, CardBox], bounds: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = bounds
        self._boxes = boxes
        self._by_fill, self._by_accent = {}, {}
        for box in boxes.values():
            r = box.rect
            self._by_fill.setdefault(box.fill, []).append(QRectF(r.x, r.y, r.w, r.h))
            self._by_accent.setdefault(box.accent, []).append(QRectF(r.x, r.y, 3, r.h))
        self.update()

    def set_selected(self, card_ids) -> None:
        rects = [self._boxes[i].rect for i in card_ids if i in self._boxes]
        self._selected = [QRectF(r.x, r.y, r.w, r.h) for r in rects]
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(pen("#cbd5e1", 0.0))
        for fill, rects in self._by_fill.items():
            painter.setBrush(brush(fill))
            painter.drawRects(rects)
        painter.setPen(Qt.PenStyle.NoPen)
        for accent, rects in self._by_accent.items():
            painter.setBrush(brush(accent))
            painter.drawRects(rects)
        if self._selected:
            painter.setBrush(brush("#2563eb"))
            painter.drawRects(self._selected)


class HeaderItem(QGraphicsItem):
    """A stage column header or lane row header (kind icon for lanes)."""

    def __init__(self, box: HeaderBox, orientation: str) -> None:
        super().__init__()
        self.orientation = orientation  # "stage" or "lane"
        self.setZValue(HEADER_Z)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.box = box
        self._rect = QRectF()
        self.frozen = False  # slid into a frozen band: painted opaque edge to edge
        self.set_box(box)

    @property
    def object_id(self) -> str:
        return self.box.id

    def set_frozen(self, frozen: bool) -> None:
        if frozen != self.frozen:
            self.frozen = frozen
            self.update()

    def set_box(self, box: HeaderBox) -> None:
        self.prepareGeometryChange()
        self.box = box
        self._rect = QRectF(0, 0, box.rect.w, box.rect.h)
        self.setPos(box.rect.x, box.rect.y)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        box = self.box
        if self.orientation == "stage" and self.frozen:  # cards pass beneath: no gap
            painter.fillRect(self._rect, brush("#ffffff"))
        surface = ItemSurface(painter)
        painter.translate(-box.rect.x, -box.rect.y)
        if self.orientation == "stage":
            draw_stage_header(surface, box)
        else:
            draw_lane_header(surface, box)


class BlueprintLabelsItem(QGraphicsItem):
    """The names of service-blueprint lines on pills, above the cards (as on paper).

    The pills sit in the cell padding around the line, so they cover no card; they take
    no clicks, so what lies under them stays clickable."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(HEADER_Z + 1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._lines: list[BlueprintLine] = []
        self._rect = QRectF()

    def set_lines(self, lines: list[BlueprintLine]) -> None:
        self.prepareGeometryChange()
        self._lines = [line for line in lines if line.pill is not None]
        rect = QRectF()
        for line in self._lines:
            rect = rect.united(qrect(line.pill).adjusted(-1, -1, 1, 1))
        self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        surface = ItemSurface(painter)
        for line in self._lines:
            draw_blueprint_pill(surface, line)


class PixmapCache:
    """Decoded card images by asset id, loaded once from the document."""

    def __init__(self, document) -> None:
        self.doc = document
        self._cache: dict[str, QPixmap | None] = {}

    def __call__(self, asset_id: str | None) -> QPixmap | None:
        if not asset_id:
            return None
        if asset_id not in self._cache:
            try:
                asset = self.doc.asset(asset_id)
                pixmap = QPixmap()
                pixmap.loadFromData(asset.data)
                self._cache[asset_id] = pixmap
            except Exception:  # noqa: BLE001 - a missing picture paints as a placeholder
                self._cache[asset_id] = None
        return self._cache[asset_id]

    def sizes(self) -> dict[str, tuple[int, int]]:
        return self.doc.asset_sizes()
