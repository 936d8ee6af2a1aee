"""Design-tool navigation: the wheel pans, Ctrl+wheel and pinch zoom around the pointer,
and the stage row and lane column stay in sight wherever the map is scrolled."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tests.gui.conftest import settle

NO_MODS = Qt.KeyboardModifier.NoModifier


def wheel(view, angle=None, pixels=None, mods=NO_MODS, at=None):
    angle, pixels = angle or QPoint(0, 0), pixels or QPoint(0, 0)
    at = QPointF(at or view.viewport().rect().center())
    event = QWheelEvent(at, view.viewport().mapToGlobal(at), pixels, angle,
                        Qt.MouseButton.NoButton, mods, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    settle()


def scroll(view) -> tuple[int, int]:
    return view.horizontalScrollBar().value(), view.verticalScrollBar().value()


def test_wheel_pans_and_ctrl_wheel_zooms_around_the_pointer(window):
    view = window.view
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    wheel(view, angle=QPoint(0, -240))  # a mouse wheel notch down: the map moves up
    x, y = scroll(view)
    assert view.zoom == 1.0 and y == 240 and x == 0
    wheel(view, angle=QPoint(0, -120), mods=Qt.KeyboardModifier.ShiftModifier)
    assert scroll(view) == (120, 240) and view.zoom == 1.0  # Shift: sideways
    wheel(view, pixels=QPoint(-30, -50), angle=QPoint(-30, -50))  # two-finger scroll
    assert scroll(view) == (150, 290) and view.zoom == 1.0
    point = QPoint(200, 150)
    under = view.mapToScene(point)
    wheel(view, angle=QPoint(0, 240), mods=Qt.KeyboardModifier.ControlModifier, at=point)
    assert view.zoom > 1.3
    after = view.mapToScene(point)
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2


def test_the_wheel_zooms_preference_for_mouse_users(window):
    view = window.view
    view.set_zoom(1.0)
    view.wheel_zooms = True
    try:
        wheel(view, angle=QPoint(0, 240))
        assert view.zoom > 1.3
        zoom = view.zoom
        wheel(view, pixels=QPoint(0, -40), angle=QPoint(0, -40))  # trackpads still pan
        assert view.zoom == zoom
    finally:
        view.wheel_zooms = False


def test_pinch_zooms_around_the_fingers(window):
    view = window.view
    view.set_zoom(1.0)
    point = QPointF(300, 200)
    under = view.mapToScene(point.toPoint())
    pinch = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture,
                                QPointingDevice.primaryPointingDevice(), 2, point, point,
                                view.viewport().mapToGlobal(point), 0.5, QPointF(0, 0), 0)
    QApplication.sendEvent(view.viewport(), pinch)
    settle()
    assert abs(view.zoom - 1.5) < 1e-6
    after = view.mapToScene(point.toPoint())
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2


def test_headers_stay_visible_at_the_bottom_right(window):
    view = window.view
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    settle()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    scene = window.scene
    on_screen_stages = [i for i in scene.stage_items.values()
                        if visible.intersects(i.sceneBoundingRect())]
    on_screen_lanes = [i for i in scene.lane_items.values()
                       if visible.intersects(i.sceneBoundingRect())]
    assert on_screen_stages and on_screen_lanes
    for item in on_screen_stages:  # pinned to the top edge, drawn over the cards
        assert abs(item.sceneBoundingRect().top() - visible.top()) < 1.5
    for item in on_screen_lanes:
        assert abs(item.sceneBoundingRect().left() - visible.left()) < 1.5
    # what is under the top-left of the viewport is the frozen corner, then the headers
    top = view.items(QPoint(view.viewport().width() // 2, 5))
    assert top and top[0] in on_screen_stages
    left = view.items(QPoint(5, view.viewport().height() // 2))
    assert left and left[0] in on_screen_lanes
    # a click on a frozen stage header still selects that stage in the inspector
    header = on_screen_stages[-1]
    centre = view.mapFromScene(header.sceneBoundingRect().center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_MODS, centre)
    settle()
    assert window.inspector.target == ("stage", header.object_id)
    view.verticalScrollBar().setValue(0)
    view.horizontalScrollBar().setValue(0)
    settle()
    for stage_id, item in scene.stage_items.items():  # back where the layout put them
        assert item.pos().y() == scene.geometry.stages[stage_id].rect.y
