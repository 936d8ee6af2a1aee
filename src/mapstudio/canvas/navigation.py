"""Zoom, pan and keyboard navigation for the journey view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QGraphicsView

from .items import CardItem

MIN_ZOOM, MAX_ZOOM = 0.05, 8.0


class NavigationMixin:
    """Mixed into JourneyView (a QGraphicsView)."""

    def init_navigation(self) -> None:
        self._pan_anchor: QPointF | None = None
        self._space_down = False

    # ---- zoom ----------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.scale(factor / self.zoom, factor / self.zoom)
        self.zoom_changed.emit(self.zoom)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom * factor)

    wheel_zooms = False  # preference for mouse users: the plain wheel zooms

    def wheelEvent(self, event) -> None:  # noqa: N802
        """Design-tool conventions: the wheel and two-finger scroll pan (Shift turns a
        wheel sideways); Ctrl/Cmd + wheel zooms around the pointer."""
        mods = event.modifiers()
        zoom_keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        trackpad = not event.pixelDelta().isNull()
        if mods & zoom_keys or (self.wheel_zooms and not trackpad):
            delta = event.angleDelta().y() or event.angleDelta().x()
            if delta:
                self.zoom_around(event.position(), 1.0015 ** delta)
            event.accept()
            return
        step = event.pixelDelta() if trackpad else event.angleDelta()
        dx, dy = step.x(), step.y()
        if mods & Qt.KeyboardModifier.ShiftModifier and not trackpad:
            dx, dy = dy or dx, 0
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - dy)
        event.accept()

    def zoom_around(self, viewport_pos: QPointF, factor: float) -> None:
        """Zoom keeping the scene point under `viewport_pos` where it is."""
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        before = self.mapToScene(viewport_pos.toPoint())
        self.zoom_by(factor)
        after = self.mapToScene(viewport_pos.toPoint())
        shift = after - before
        self.translate(shift.x(), shift.y())
        self.setTransformationAnchor(anchor)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        """A trackpad pinch zooms around the fingers."""
        if event.type() == QEvent.Type.NativeGesture and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_around(event.position(), 1.0 + event.value())
            return True
        return super().viewportEvent(event)

    def fit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    # ---- panning: middle button or space + drag ------------------------------------------

    def navigation_press(self, event) -> bool:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space_down and event.button() == Qt.MouseButton.LeftButton):
            self._pan_anchor = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return True
        return False

    def navigation_move(self, event) -> bool:
        if self._pan_anchor is None:
            return False
        delta = event.position() - self._pan_anchor
        self._pan_anchor = event.position()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
        event.accept()
        return True

    def navigation_release(self, event) -> bool:
        if self._pan_anchor is None:
            return False
        self._pan_anchor = None
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space_down
                                  else Qt.CursorShape.ArrowCursor)
        event.accept()
        return True

    # ---- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802
        scene = self.scene()
        if scene.focusItem() is not None and not isinstance(scene.focusItem(), CardItem):
            super().keyPressEvent(event)  # an inline editor has the keys
            return
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in arrows and mods == Qt.KeyboardModifier.NoModifier:
            if not self.select_neighbour(*arrows[key]):
                self.move_cell(*arrows[key])  # no card that way: the next cell
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.editor.delete_cards(scene.selected_card_ids())
            return
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and mods & Qt.KeyboardModifier.AltModifier:
            self.inspect_requested.emit()
            return
        if key in (Qt.Key.Key_N, Qt.Key.Key_Insert) and mods == Qt.KeyboardModifier.NoModifier:
            cell = self.cell_for_typing()
            if cell is not None:
                self.author_card(*cell)
            return
        if key == Qt.Key.Key_F2 and mods in (Qt.KeyboardModifier.ShiftModifier,
                                            Qt.KeyboardModifier.ControlModifier):
            cell = self.cell_for_typing()  # Shift+F2: its stage, Ctrl+F2: its lane
            if cell is not None:
                stage = mods == Qt.KeyboardModifier.ShiftModifier
                items = scene.stage_items if stage else scene.lane_items
                self.edit_header_text(items[cell[1] if stage else cell[0]])
            return
        if key == Qt.Key.Key_F2 or enter:
            ids = scene.selected_card_ids()
            if len(ids) == 1:
                self.edit_card_text(ids[0])
            elif not ids and self.cell_for_typing() is not None:
                self.author_card(*self.cell_for_typing())
            return
        if key == Qt.Key.Key_Escape:
            scene.clearSelection()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self._pan_anchor = None
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def select_neighbour(self, dx: int, dy: int) -> bool:
        """Move the selection to the nearest card in the arrow's direction; False when
        there is none."""
        scene = self.scene()
        ids = scene.selected_card_ids()
        boxes = scene.geometry.cards if scene.geometry else {}
        if not boxes or not ids:
            return False
        cx, cy = boxes[ids[0]].rect.centre
        best, best_cost = None, float("inf")
        for box in boxes.values():
            if box.card_id == ids[0]:
                continue
            bx, by = box.rect.centre
            along = (bx - cx) * dx + (by - cy) * dy
            if along <= 1:
                continue
            across = abs((bx - cx) * dy) + abs((by - cy) * dx)
            cost = along + 2.5 * across
            if cost < best_cost:
                best, best_cost = box.card_id, cost
        if best is None:
            return False
        target = best
        scene.clearSelection()
        item = scene.cards[target]
        item.setSelected(True)
        item.setFocus()
        self.ensureVisible(item, 40, 40)
        return True
