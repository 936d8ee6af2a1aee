"""Writing on the map in place, mouse or keyboard alone.

A new card opens for typing where it will land and is written only when its text is
committed (Escape leaves nothing behind, not even a History entry). Enter commits and
starts the next card in the same cell; Tab / Shift+Tab commit and move to the next /
previous cell. N (or Insert) starts a card in the current cell, shown by a dashed cell
cursor that the arrow keys move where there is no card to go to. A new stage or lane
opens its name for typing. Double-clicking the Emotions lane adds a point there.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from ..layout import FontSpec
from ..model import MapStudioError
from .card_kinds import card_kinds
from .inline_editor import InlineEditor
from .items import CARD_Z, CardItem, HeaderItem

GHOST_HEIGHT = 44.0


class AuthoringMixin:
    """Mixed into JourneyView."""

    def init_authoring(self) -> None:
        self._editor_item: InlineEditor | None = None
        self.current_cell: tuple[str, str] | None = None
        self.cell_cursor = QGraphicsRectItem()
        marker = QPen(QColor("#2563eb"), 2, Qt.PenStyle.DashLine)
        marker.setCosmetic(True)
        self.cell_cursor.setPen(marker)
        self.cell_cursor.setZValue(CARD_Z - 1)
        self.editor.on_added = self._name_new_header
        self.scene().relaid.connect(self.show_cell_cursor)
        self.scene().selectionChanged.connect(self._follow_selection)

    # ---- the current cell ------------------------------------------------------------

    def _cells(self) -> list[tuple[str, str]]:
        content = self.journey_scene.content
        if content is None:
            return []
        return [(lane.id, stage.id) for lane in content.lanes for stage in content.stages]

    def cell_for_typing(self) -> tuple[str, str] | None:
        ids = self.journey_scene.selected_card_ids()
        if ids:
            return self._cell_of(ids[0])
        cells = self._cells()
        if self.current_cell in cells:
            return self.current_cell
        return cells[0] if cells else None

    def _follow_selection(self) -> None:
        scene = self.journey_scene
        try:
            ids = scene.selected_card_ids()
        except RuntimeError:  # the scene is being torn down
            return
        if len(ids) == 1:
            self.current_cell = self._cell_of(ids[0]) or self.current_cell
        self.show_cell_cursor()

    def _cell_of(self, card_id: str) -> tuple[str, str] | None:
        content = self.journey_scene.content
        card = next((c for c in content.cards if c.id == card_id), None) if content else None
        return (card.lane_id, card.stage_id) if card else None

    def show_cell_cursor(self, *_args) -> None:
        scene = self.journey_scene
        geometry = getattr(scene, "geometry", None)
        cell = self.current_cell
        visible = (geometry is not None and cell in geometry.cells
                   and not scene.selected_card_ids() and self.hasFocus())
        if visible:
            r = geometry.cells[cell]
            self.cell_cursor.setRect(QRectF(r.x + 2, r.y + 2, r.w - 4, r.h - 4))
            if self.cell_cursor.scene() is not scene:
                scene.addItem(self.cell_cursor)
        self.cell_cursor.setVisible(visible)

    def move_cell(self, dx: int, dy: int) -> None:
        content = self.journey_scene.content
        cell = self.cell_for_typing()
        if content is None or cell is None:
            return
        lanes = [lane.id for lane in content.lanes]
        stages = [stage.id for stage in content.stages]
        li = min(max(lanes.index(cell[0]) + dy, 0), len(lanes) - 1)
        si = min(max(stages.index(cell[1]) + dx, 0), len(stages) - 1)
        self.current_cell = (lanes[li], stages[si])
        self.journey_scene.clearSelection()
        first = self.journey_scene.content.cards_in(*self.current_cell)
        if first:
            item = self.journey_scene.cards[first[0].id]
            item.setSelected(True)
            self.ensureVisible(item, 40, 40)
        self.show_cell_cursor()

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.show_cell_cursor()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.show_cell_cursor()

    # ---- new cards -------------------------------------------------------------------

    def _lane_kind(self, lane_id: str) -> str:
        return next(str(x.kind) for x in self.journey_scene.content.lanes if x.id == lane_id)

    def _kind_for(self, lane_id: str) -> str:
        lane_kind = self._lane_kind(lane_id)
        kind = next((k.key for k in card_kinds() if k.lane_kind == lane_kind), "note")
        return "note" if kind == "image" else kind

    def author_card(self, lane_id: str, stage_id: str) -> None:
        """Open an editor where a new card will land; nothing is written until Enter/Tab."""
        scene = self.journey_scene
        cell = scene.geometry.cells.get((lane_id, stage_id)) if scene.geometry else None
        if cell is None:
            return
        self.current_cell = (lane_id, stage_id)
        count = len(scene.content.cards_in(lane_id, stage_id))
        y = scene.indicator_y(lane_id, stage_id, count)
        rect = QRectF(cell.x + 6, y, max(cell.w - 12, 60), GHOST_HEIGHT)
        self.ensureVisible(rect, 40, 40)
        kind = self._kind_for(lane_id)

        def done(text: str, how: str) -> None:
            self._editor_item = None
            if how == "escape":
                return
            if text and self.editor.add_card_of_kind(kind, lane_id, stage_id, count,
                                                     title=text) is None:
                return  # not written: the window has said why
            if how == "enter" and text:
                self._after_relayout(lambda: self.author_card(lane_id, stage_id))
            elif how in ("tab", "backtab"):
                self._after_relayout(lambda: self._author_next(how == "tab"))

        self._open_editor("", rect, FontSpec(True, 9), done)

    def _author_next(self, forward: bool) -> None:
        cells = [(lane, stage) for lane, stage in self._cells()]
        if self.current_cell not in cells:
            return
        i = cells.index(self.current_cell) + (1 if forward else -1)
        self.author_card(*cells[i % len(cells)])

    def _after_relayout(self, then) -> None:
        self.journey_scene.relayout()
        QTimer.singleShot(0, then)

    # ---- editing text in place -------------------------------------------------------

    def edit_card_text(self, card_id: str) -> None:
        scene = self.journey_scene
        item = scene.cards.get(card_id)
        if item is None:
            return
        card = self.editor.doc.card(card_id)
        rect = QRectF(item.pos().x(), item.pos().y(), item.box.rect.w, item.box.rect.h)

        def done(text: str, how: str) -> None:
            self._editor_item = None
            if how == "escape":
                return
            if text and text != card.title:
                self.editor.edit_card(card_id, title=text)
            self.current_cell = (card.lane_id, card.stage_id)
            if how in ("tab", "backtab"):
                self._after_relayout(lambda: self._author_next(how == "tab"))

        self._open_editor(card.title, rect, FontSpec(True, 9), done)

    def edit_header_text(self, item: HeaderItem) -> None:
        r = item.box.rect
        rect = QRectF(item.pos().x(), item.pos().y(), r.w, min(r.h, 60))
        stage = item.orientation == "stage"
        object_id = item.object_id
        current = (self.editor.doc.stage(object_id).name if stage
                   else self.editor.doc.lane(object_id).title)

        def done(text: str, how: str) -> None:
            self._editor_item = None
            if how == "escape" or not text:
                return
            if stage:
                self.editor.edit_stage(object_id, name=text)
            else:
                self.editor.edit_lane(object_id, title=text)

        self._open_editor(current, rect, FontSpec(True, 10), done)

    def _name_new_header(self, what: str, object_id: str) -> None:
        """A stage or lane just added opens its name for typing."""
        scene = self.journey_scene
        scene.relayout()
        items = scene.stage_items if what == "stage" else scene.lane_items
        item = items.get(object_id)
        if item is not None:
            self.ensureVisible(item, 40, 40)
            self.setFocus()
            self.edit_header_text(item)

    def _open_editor(self, text: str, rect: QRectF, font: FontSpec, on_end) -> None:
        if self._editor_item is not None:
            self._editor_item.finish(commit=True)
        def guarded(text: str, how: str) -> None:
            if self.editor.session.document is None:  # the project closed meanwhile
                self._editor_item = None
                return
            try:
                on_end(text, how)
            except MapStudioError as exc:  # e.g. the stage went away while being named
                self._editor_item = None
                self.error.emit(str(exc))

        self._editor_item = InlineEditor(text, rect, font, guarded)
        self.scene().addItem(self._editor_item)
        self._editor_item.begin()

    def commit_inline_editor(self) -> None:
        if self._editor_item is not None:
            self._editor_item.finish(commit=True, defer=False)

    # ---- double-click ----------------------------------------------------------------

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        from .curves import EmotionPointItem

        for hit in self.items(event.position().toPoint()):
            if isinstance(hit, EmotionPointItem):
                self.point_double_clicked.emit(hit.point_id)
                event.accept()
                return
        item = self._item_at(event.position().toPoint())
        linked = self.linked_map_of(item)
        if linked:
            self.follow_link.emit(linked)  # a drill-down: open the journey it details
        elif isinstance(item, CardItem):
            self.edit_card_text(item.card_id)
        elif isinstance(item, HeaderItem):
            self.edit_header_text(item)
        else:
            pos = self.mapToScene(event.position().toPoint())
            cell = self.journey_scene.cell_at(pos.x(), pos.y())
            if cell is not None:
                if self._lane_kind(cell[0]) == "emotions":
                    self._request_point(cell, pos.y())
                else:
                    self.author_card(*cell)
        event.accept()

    def linked_map_of(self, item) -> str | None:
        """The map a card or stage header links to (None for anything else)."""
        content = self.journey_scene.content
        if content is None:
            return None
        if isinstance(item, CardItem):
            found = (c for c in content.cards if c.id == item.card_id)
        elif isinstance(item, HeaderItem) and item.orientation == "stage":
            found = (st for st in content.stages if st.id == item.object_id)
        else:
            return None
        return next((x.linked_map_id for x in found), None)

    def _request_point(self, cell: tuple[str, str], y: float) -> None:
        scene = self.journey_scene
        plot = scene.geometry.plot_rects.get(cell[0])
        scale = scene.content.map.scale
        if plot is None or plot.h <= 0:
            score = scale.snap((scale.min + scale.max) / 2)
        else:
            raw = scale.min + (plot.bottom - y) / plot.h * (scale.max - scale.min)
            score = scale.snap(min(max(raw, scale.min), scale.max))
        self.emotion_point_requested.emit(cell[0], cell[1], float(score))
