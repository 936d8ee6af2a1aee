"""JourneyView: zoom, pan, direct manipulation and drops, all turned into commands."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsView, QMessageBox

from ..model import MapStudioError
from .accessible import install_map_accessibility, map_accessible
from .authoring import AuthoringMixin
from .background import draw_grid_dots
from .card_kinds import CARD_KIND_MIME
from .editing import CanvasEditor
from .frozen_headers import FrozenHeaders
from .inline_editor import InlineEditor
from .items import CARD_Z, DETAIL_THRESHOLD, CardItem, HeaderItem
from .navigation import NavigationMixin

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"}
DRAG_Z = 60  # above cards and headers, below the drop line
RESIZE_GRIP_PX = 5.0  # on screen, whatever the zoom


class JourneyView(AuthoringMixin, NavigationMixin, QGraphicsView):
    zoom_changed = Signal(float)
    error = Signal(str)
    header_clicked = Signal(object)  # HeaderItem
    point_double_clicked = Signal(str)  # emotion point id
    emotion_point_requested = Signal(str, str, float)  # lane, stage, score
    inspect_requested = Signal()  # Alt+Enter: the inspector on the selection
    follow_link = Signal(str)  # double-click on a linked card or stage: that map's id
    link_requested = Signal(str, str)  # "Link to map…" on a card or stage: kind, id
    snap_step = 0.0  # > 0: resized stage widths snap to multiples of snap_step

    def __init__(self, scene, editor: CanvasEditor, parent=None) -> None:
        super().__init__(scene, parent)
        self.editor = editor
        # Antialiasing only where curves need it (their items switch it on): boxes and
        # text stay crisp and cheap on maps with thousands of cards.
        self.setRenderHints(QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        self.setAcceptDrops(True)
        self.setBackgroundBrush(Qt.GlobalColor.lightGray)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._indicator = QGraphicsLineItem()
        marker = QPen(QColor("#2563eb"), 3)
        marker.setCosmetic(True)  # 3 px on screen at any zoom
        marker.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._indicator.setPen(marker)
        self._indicator.setZValue(90)
        self._drag: dict | None = None
        self.zoom_changed.connect(self._level_of_detail)
        self._editor_item: InlineEditor | None = None
        self.init_navigation()
        self.init_authoring()
        install_map_accessibility()
        scene.selectionChanged.connect(self._announce_selection)
        self.frozen_headers = FrozenHeaders(self)
        self.zoom_changed.connect(self.keep_headers_in_sight)
        scene.relaid.connect(self.keep_headers_in_sight)

    def _announce_selection(self) -> None:
        accessible = map_accessible(self)
        if accessible is not None:
            accessible.announce_selection()

    def keep_headers_in_sight(self, *_args) -> None:
        self.frozen_headers.update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        self.frozen_headers.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.frozen_headers.update()

    @property
    def journey_scene(self):
        return self.scene()

    def _level_of_detail(self, zoom: float) -> None:
        scene = self.scene()
        if hasattr(scene, "set_overview"):
            scene.set_overview(zoom < DETAIL_THRESHOLD)

    # ---- drop indicator ----------------------------------------------------------------

    def _show_indicator(self, line: tuple[float, float, float, float] | None) -> None:
        scene = self.scene()
        if line is None:
            if self._indicator.scene() is not None:
                scene.removeItem(self._indicator)
            return
        if self._indicator.scene() is None:
            scene.addItem(self._indicator)
        self._indicator.setLine(*line)

    def _card_target(self, pos: QPointF, ignore: set[str]):
        scene = self.journey_scene
        cell = scene.cell_at(pos.x(), pos.y())
        if cell is None:
            return None, None
        index = scene.insert_index(*cell, pos.y(), ignore)
        rect = scene.geometry.cells[cell]
        y = scene.indicator_y(*cell, index, ignore)
        return (cell, index), (rect.x + 6, y, rect.right - 6, y)

    # ---- mouse: cards, headers, resize ---------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.navigation_press(event):
            return
        self._drag = None
        if event.button() == Qt.MouseButton.LeftButton:
            pos = self.mapToScene(event.position().toPoint())
            item = self._item_at(event.position().toPoint())
            if isinstance(item, HeaderItem):
                edge = self._stage_edge_at(item, pos)
                grip = edge is not None
                item = edge or item
                self._drag = {"mode": "resize" if grip else "header", "item": item,
                              "start": pos}
                event.accept()
                return
            if isinstance(item, CardItem) and self._card_edge_at(item, pos):
                stages = [st.id for st in self.journey_scene.content.stages]
                card = self.editor.doc.card(item.card_id)
                self._drag = {"mode": "span", "item": item, "start": pos, "span": card.span,
                              "first": stages.index(card.stage_id)}
                event.accept()
                return
            if isinstance(item, CardItem):
                super().mousePressEvent(event)
                ids = self.journey_scene.selected_card_ids() or [item.card_id]
                self._drag = {"mode": "cards", "ids": ids, "start": pos, "moved": False}
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self.navigation_move(event):
            return
        pos = self.mapToScene(event.position().toPoint())
        drag = self._drag
        if drag is None:
            self._update_hover_cursor(event, pos)
            super().mouseMoveEvent(event)
            return
        if drag["mode"] == "cards":
            super().mouseMoveEvent(event)
            if (pos - drag["start"]).manhattanLength() > 3:
                if not drag["moved"]:
                    self._lift_cards(drag["ids"], True)
                drag["moved"] = True
                _, line = self._card_target(pos, set(drag["ids"]))
                self._show_indicator(line)
            return
        box = drag["item"].box
        g = self.journey_scene.geometry
        if drag["mode"] == "span":
            x = self._span_edge(drag["first"], self._span_for(drag["first"], pos.x()))
            self._show_indicator((x, box.rect.y, x, box.rect.bottom))
            event.accept()
            return
        if drag["mode"] == "resize":
            x = box.rect.x + self._snapped(max(120.0, pos.x() - box.rect.x))
            self._show_indicator((x, box.rect.y, x, g.grid_rect.bottom))
        elif drag["item"].orientation == "stage":
            x = self._stage_boundary(pos.x())
            self._show_indicator((x, box.rect.y, x, g.grid_rect.bottom))
        else:
            y = self._lane_boundary(pos.y())
            self._show_indicator((g.grid_rect.x, y, g.grid_rect.right, y))
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self.navigation_release(event):
            return
        drag, self._drag = self._drag, None
        self._show_indicator(None)
        pos = self.mapToScene(event.position().toPoint())
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        if drag["mode"] == "cards":
            super().mouseReleaseEvent(event)
            if drag["moved"]:
                self._lift_cards(drag["ids"], False)
                self._drop_cards(drag["ids"], pos)
            return
        item = drag["item"]
        if drag["mode"] == "span":
            span = self._span_for(drag["first"], pos.x())
            if span != drag["span"]:
                self.editor.edit_card(item.card_id, span=span)
            event.accept()
            return
        if (pos - drag["start"]).manhattanLength() < 3:
            self.scene().clearSelection()
            self.header_clicked.emit(item)
            event.accept()
            return
        if drag["mode"] == "resize":
            self.editor.resize_stage(item.object_id,
                                     self._snapped(pos.x() - item.box.rect.x))
        elif item.orientation == "stage":
            self.editor.move_stage(item.object_id, self._stage_index(pos.x(), item.object_id))
        else:
            self.editor.move_lane(item.object_id, self._lane_index(pos.y(), item.object_id))
        event.accept()

    def _snapped(self, width: float) -> float:
        step = self.snap_step
        return max(step, round(width / step) * step) if step > 0 else width

    @property
    def grid_step(self) -> float:
        """> 0: a dotted grid every grid_step points, on the desk and on the map's paper."""
        return getattr(self.scene(), "grid_step", 0.0)

    @grid_step.setter
    def grid_step(self, step: float) -> None:
        self.scene().grid_step = step
        self.scene().update()
        self.resetCachedContent()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        super().drawBackground(painter, rect)
        if self.grid_step > 0:
            desk = self.backgroundBrush().color()
            draw_grid_dots(painter, rect, self.grid_step, self.zoom,
                           desk.darker(130) if desk.lightness() > 110 else desk.lighter(190))

    def _lift_cards(self, ids: list[str], lifted: bool) -> None:
        """Dragged cards float above the others, see-through so the drop line shows."""
        for card_id in ids:
            item = self.journey_scene.cards.get(card_id)
            if item is not None:
                item.setZValue(DRAG_Z if lifted else CARD_Z)
                item.setOpacity(0.92 if lifted else 1.0)

    def _drop_cards(self, ids: list[str], pos: QPointF) -> None:
        scene = self.journey_scene
        target, _ = self._card_target(pos, set(ids))
        if target is None:
            scene.schedule_relayout()  # dropped outside the grid: snap back
            return
        (lane_id, stage_id), index = target
        ordered = [c.id for c in self.editor.ordered(ids)]
        first = self.editor.doc.card(ordered[0])
        if len(ordered) == 1 and (first.lane_id, first.stage_id, first.position) == (
                lane_id, stage_id, index):
            scene.schedule_relayout()
            return
        try:
            self.editor.move_cards(ordered, lane_id, stage_id, index)
        except MapStudioError as exc:
            scene.schedule_relayout()
            self.error.emit(str(exc))

    def _stage_edge_at(self, item: HeaderItem, pos: QPointF) -> HeaderItem | None:
        """The stage header whose right edge is under the pointer (a few pixels either
        side, so the grip is as easy to hit zoomed out as at 100 %)."""
        if item.orientation != "stage":
            return None
        grip = RESIZE_GRIP_PX / max(self.zoom, 0.01)
        if item.box.rect.right - pos.x() <= grip:
            return item
        if pos.x() - item.box.rect.x <= grip:  # the left edge is the previous stage's
            scene = self.journey_scene
            ids = [st.id for st in scene.content.stages]
            index = ids.index(item.object_id)
            if index > 0:
                return scene.stage_items.get(ids[index - 1])
        return None

    def _card_edge_at(self, item: CardItem, pos: QPointF) -> bool:
        """The right edge of a card is its span grip (at detail zoom, where it shows)."""
        if self.zoom < DETAIL_THRESHOLD:
            return False
        grip = RESIZE_GRIP_PX / max(self.zoom, 0.01)
        return 0 <= item.box.rect.right - pos.x() <= grip

    def _span_for(self, first: int, x: float) -> int:
        """Stages covered from the card's own stage to the column under x (at least 1)."""
        scene = self.journey_scene
        stages = scene.content.stages
        last = first
        for index in range(first, len(stages)):
            if scene.geometry.stages[stages[index].id].rect.x < x:
                last = index
        return last - first + 1

    def _span_edge(self, first: int, span: int) -> float:
        scene = self.journey_scene
        return scene.geometry.stages[scene.content.stages[first + span - 1].id].rect.right - 6

    def _update_hover_cursor(self, event, pos: QPointF) -> None:
        item = self._item_at(event.position().toPoint())
        if isinstance(item, CardItem) and self._card_edge_at(item, pos):
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        elif isinstance(item, HeaderItem) and self._stage_edge_at(item, pos) is not None:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        elif isinstance(item, HeaderItem):
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    def _item_at(self, view_pos):
        for item in self.items(view_pos):
            if isinstance(item, CardItem | HeaderItem):
                return item
        return None

    def _stage_index(self, x: float, moving: str) -> int:
        stages = [s for s in self.journey_scene.content.stages if s.id != moving]
        g = self.journey_scene.geometry
        return sum(1 for s in stages if g.stages[s.id].rect.centre[0] < x)

    def _lane_index(self, y: float, moving: str) -> int:
        lanes = [x for x in self.journey_scene.content.lanes if x.id != moving]
        g = self.journey_scene.geometry
        return sum(1 for x in lanes if g.lanes[x.id].rect.centre[1] < y)

    def _stage_boundary(self, x: float) -> float:
        g = self.journey_scene.geometry
        edges = [h.rect.x for h in g.stages.values()] + [g.grid_rect.right]
        return min(edges, key=lambda e: abs(e - x))

    def _lane_boundary(self, y: float) -> float:
        g = self.journey_scene.geometry
        edges = [h.rect.y for h in g.lanes.values()] + [g.grid_rect.bottom]
        return min(edges, key=lambda e: abs(e - y))

    # ---- drops from the palette and the file manager --------------------------------------

    def _accepts(self, mime) -> bool:
        if mime.hasFormat(CARD_KIND_MIME):
            return True
        return any(Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES
                   for u in mime.urls() if u.isLocalFile())

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if not self._accepts(event.mimeData()):
            event.ignore()
            return
        pos = self.mapToScene(event.position().toPoint())
        _, line = self._card_target(pos, set())
        self._show_indicator(line)
        if line is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._show_indicator(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        self._show_indicator(None)
        pos = self.mapToScene(event.position().toPoint())
        target, _ = self._card_target(pos, set())
        if target is None:
            event.ignore()
            return
        (lane_id, stage_id), index = target
        mime = event.mimeData()
        if mime.hasFormat(CARD_KIND_MIME):
            key = bytes(mime.data(CARD_KIND_MIME)).decode("utf-8")
            self.editor.add_card_of_kind(key, lane_id, stage_id, index)
            event.acceptProposedAction()
            return
        for url in mime.urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() not in IMAGE_SUFFIXES:
                continue
            try:
                data = path.read_bytes()
                self.editor.add_image_card(data, lane_id, stage_id, path.stem)
            except (OSError, MapStudioError) as exc:
                self.error.emit(f"{path.name}: {exc}")
        event.acceptProposedAction()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        from .context_menu import build_context_menu

        menu = build_context_menu(self, event.pos())
        if menu is not None:
            menu.exec(event.globalPos())

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Map Studio"), message)
