"""Building a map with the keyboard alone: names in place, Enter for the next card,
Tab for the next cell, arrows, Escape that leaves nothing behind; the Emotions lane
takes a point where it is double-clicked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from tests.gui.conftest import settle

from mapstudio.model import JourneyMap, Lane, LaneKind, MapContent, Project, ProjectData, Stage
from mapstudio.store import Document

NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def blank(app, qtbot, tmp_path):
    from mapstudio.ui.window.main_window import MainWindow

    journey = JourneyMap(title="Keyboard map")
    content = MapContent(map=journey, stages=[Stage(map_id=journey.id, position=0, name="S")],
                         lanes=[Lane(map_id=journey.id, position=0, kind=LaneKind.ACTIONS,
                                     title="L")])
    path = tmp_path / "Keys.mapstudio"
    Document.create(path, "Keys", data=ProjectData(project=Project(title="Keys"),
                                                   maps=[content])).close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    assert win.open_path(path)
    win.activateWindow()
    win.view.setFocus()
    settle()
    yield win
    win.close_document()


def type_and(view, text: str, key, mods=NONE) -> None:
    """Type into whatever has the keyboard (the inline editor), then press `key`."""
    target = view.scene().focusItem()
    assert target is not None, "no editor open for typing"
    QTest.keyClicks(view, text)
    QTest.keyClick(view, key, mods)
    for _ in range(4):
        settle()


def key(view, k, mods=NONE) -> None:
    QTest.keyClick(view, k, mods)
    for _ in range(4):
        settle()


def test_a_3x3_map_with_two_cards_per_cell_from_the_keyboard_alone(blank):
    view = blank.view
    key(view, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)  # the first stage's name
    type_and(view, "Discover", Qt.Key.Key_Return)
    key(view, Qt.Key.Key_F2, Qt.KeyboardModifier.ControlModifier)  # the first lane's
    type_and(view, "Doing", Qt.Key.Key_Return)
    for name in ("Choose", "Use"):
        key(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier)  # Add stage: opens its name
        type_and(view, name, Qt.Key.Key_Return)
    for name in ("Thinking", "Feeling bad"):
        key(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.ShiftModifier)  # Add lane: opens its name
        type_and(view, name, Qt.Key.Key_Return)
    view.setFocus()
    blank.scene.clearSelection()
    view.current_cell = None  # start from the first cell, as a fresh map does
    key(view, Qt.Key.Key_N)
    cells = 9
    for i in range(cells):
        type_and(view, f"card {i}a", Qt.Key.Key_Return)  # Enter: the next card, same cell
        type_and(view, f"card {i}b", Qt.Key.Key_Tab)  # Tab: on to the next cell
    key(view, Qt.Key.Key_Escape)  # the tenth editor closes, writing nothing
    path = blank.doc.path
    undo_count = blank.undo_stack.count()
    blank.close_document()
    with Document.open(path, read_only=True) as doc:
        content = doc.load_map(doc.maps()[0].id)
    assert [s.name for s in content.stages] == ["Discover", "Choose", "Use"]
    assert [lane.title for lane in content.lanes] == ["Doing", "Thinking", "Feeling bad"]
    for i, (lane, stage) in enumerate((lane, stage) for lane in content.lanes
                                      for stage in content.stages):
        titles = [c.title for c in content.cards_in(lane.id, stage.id)]
        assert titles == [f"card {i}a", f"card {i}b"], (lane.title, stage.name)
    assert len(content.cards) == 18
    assert undo_count == 2 + 4 * 2 + 18  # renames, adds + names, one step per card


def test_escape_on_a_new_card_leaves_nothing_and_arrows_walk_the_cells(blank):
    view = blank.view
    before = blank.undo_stack.count()
    key(view, Qt.Key.Key_N)
    assert view.scene().focusItem() is not None
    type_and(view, "never mind", Qt.Key.Key_Escape)
    assert blank.undo_stack.count() == before
    assert blank.doc.load_map(blank.current_map_id).cards == []
    key(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    type_and(view, "Second", Qt.Key.Key_Return)
    view.setFocus()
    first = blank.scene.content.stages[0].id
    view.current_cell = (blank.scene.content.lanes[0].id, first)
    key(view, Qt.Key.Key_Right)  # no card to go to: the cell cursor moves
    assert view.current_cell[1] == blank.scene.content.stages[1].id
    assert view.cell_cursor.isVisible()
    key(view, Qt.Key.Key_Insert)
    type_and(view, "in the second stage", Qt.Key.Key_Return)
    key(view, Qt.Key.Key_Escape)
    cards = blank.doc.load_map(blank.current_map_id).cards
    assert [(c.title, c.stage_id) for c in cards] == [
        ("in the second stage", blank.scene.content.stages[1].id)]
    assert blank.undo_stack.text(blank.undo_stack.count() - 1).endswith("‘in the second stage’")


def test_alt_enter_opens_the_inspector_on_the_selection(window):
    view = window.view
    card = window.scene.content.cards[0]
    window.scene.cards[card.id].setSelected(True)
    view.setFocus()
    key(view, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    assert window.inspector.target == ("card", card.id)
    assert window.inspector.isAncestorOf(window.focusWidget())


def test_double_click_on_the_emotions_lane_adds_a_point_there(window):
    content = window.scene.content
    lane = next(x for x in content.lanes if str(x.kind) == "emotions")
    stage = content.stages[-1]
    before = [p.id for p in content.emotion_points]
    plot = window.scene.geometry.plot_rects[lane.id]
    x = window.scene.geometry.stages[stage.id].rect.centre[0] - 30
    y = plot.y + 2  # near the top of the plot: the best feeling on the scale
    view = window.view
    view.ensureVisible(x - 5, y - 5, 10, 10, 60, 60)
    settle()
    at = view.mapFromScene(x, y)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, NONE, QPoint(at))
    settle()
    points = window.doc.load_map(window.current_map_id).emotion_points
    added = [p for p in points if p.id not in before]
    assert len(added) == 1 and added[0].stage_id == stage.id and added[0].lane_id == lane.id
    assert added[0].score == content.map.scale.max
    assert added[0].persona_id in content.map.persona_ids
    assert not [c for c in window.doc.load_map(window.current_map_id).cards
                if c.lane_id == lane.id and c.title == "New note"]
