"""Each direct manipulation of issue "canvas": real events, store checked, undo, redo."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from mapstudio.canvas.card_kinds import palette_mime

from .conftest import (
    card_centre,
    cell_point,
    click,
    drag,
    lane,
    normalised,
    settle,
    stage,
    view_point,
)


def undo_redo(window, check_before, check_after) -> None:
    window.undo_stack.undo()
    settle()
    check_before()
    window.undo_stack.redo()
    settle()
    check_after()


def send_drop(view, mime: QMimeData, scene_point: QPointF) -> None:
    pos = QPointF(view_point(view, scene_point))
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods),
                  QDragMoveEvent(pos.toPoint(), actions, mime, buttons, mods),
                  QDropEvent(pos, actions, mime, buttons, mods)):
        QApplication.sendEvent(view.viewport(), event)
    settle()


def test_palette_drop_creates_a_card(window) -> None:
    doc, pains, s2 = window.doc, lane(window, "pain_points"), stage(window, 2)
    before = len(doc.load_map(window.current_map_id).cards_in(pains.id, s2.id))
    send_drop(window.view, palette_mime("pain_point"), cell_point(window, pains.id, s2.id))

    def created():
        cards = doc.load_map(window.current_map_id).cards_in(pains.id, s2.id)
        assert len(cards) == before + 1
        assert cards[-1].severity == 3 and cards[-1].title == "New pain point"
        assert cards[-1].id in window.scene.cards

    def absent():
        assert len(doc.load_map(window.current_map_id).cards_in(pains.id, s2.id)) == before

    created()
    undo_redo(window, absent, created)


def test_drag_card_to_another_cell(window) -> None:
    doc, touch = window.doc, lane(window, "touchpoints")
    card = doc.load_map(window.current_map_id).cards_in(touch.id, stage(window, 0).id)[0]
    target_stage = stage(window, 3)
    drag(window.view, card_centre(window, card.id), cell_point(window, touch.id, target_stage.id))

    def moved():
        assert doc.card(card.id).stage_id == target_stage.id
        assert window.scene.geometry.cards[card.id].rect.x >= \
            window.scene.geometry.stages[target_stage.id].rect.x

    def back():
        assert doc.card(card.id).stage_id == card.stage_id
        assert doc.card(card.id).position == card.position

    moved()
    assert window.undo_stack.count() == 1  # one drag, one undo step
    undo_redo(window, back, moved)


def test_reorder_within_a_cell(window) -> None:
    doc, touch, s0 = window.doc, lane(window, "touchpoints"), stage(window, 0)
    first, second = doc.load_map(window.current_map_id).cards_in(touch.id, s0.id)[:2]
    box = window.scene.geometry.cards[second.id].rect
    drag(window.view, card_centre(window, first.id), QPointF(box.x + 30, box.bottom + 2))
    assert [c.id for c in doc.load_map(window.current_map_id).cards_in(touch.id, s0.id)][:2] \
        == [second.id, first.id]
    window.undo_stack.undo()
    settle()
    assert doc.card(first.id).position == 0


def test_ctrl_click_multi_select_and_move_together(window) -> None:
    doc, acts = window.doc, lane(window, "actions")
    content = doc.load_map(window.current_map_id)
    a = content.cards_in(acts.id, stage(window, 0).id)[0]
    b = content.cards_in(acts.id, stage(window, 1).id)[0]
    click(window.view, card_centre(window, a.id))
    click(window.view, card_centre(window, b.id), Qt.KeyboardModifier.ControlModifier)
    assert set(window.scene.selected_card_ids()) == {a.id, b.id}
    target = stage(window, 4)
    drag(window.view, card_centre(window, b.id), cell_point(window, acts.id, target.id))
    assert doc.card(a.id).stage_id == target.id and doc.card(b.id).stage_id == target.id
    undo_redo(window,
              lambda: (doc.card(a.id).stage_id, doc.card(b.id).stage_id) == (a.stage_id,
                                                                              b.stage_id)
              or (_ for _ in ()).throw(AssertionError("not restored")),
              lambda: None)
    assert doc.card(a.id).stage_id == target.id


def test_rubber_band_selects_cards(window) -> None:
    g = window.scene.geometry
    s0 = stage(window, 0)
    pains = lane(window, "pain_points")
    cell = g.cells[(pains.id, s0.id)]
    start = QPointF(cell.x + 2, cell.y + 2)
    end = QPointF(cell.right - 2, cell.bottom - 2)
    drag(window.view, start, end)
    ids = set(window.scene.selected_card_ids())
    expected = {c.id for c in window.scene.content.cards_in(pains.id, s0.id)}
    assert ids == expected and ids


def test_drag_stage_header_reorders(window) -> None:
    doc = window.doc
    first = stage(window, 0)
    header = window.scene.geometry.stages[first.id].rect
    third = window.scene.geometry.stages[stage(window, 2).id].rect
    drag(window.view, QPointF(header.x + 30, header.y + 10),
         QPointF(third.right - 10, third.y + 10))
    assert doc.stage(first.id).position == 2
    undo_redo(window, lambda: _eq(doc.stage(first.id).position, 0),
              lambda: _eq(doc.stage(first.id).position, 2))


def test_drag_lane_header_reorders(window) -> None:
    doc = window.doc
    pains = lane(window, "pain_points")
    start = pains.position
    header = window.scene.geometry.lanes[pains.id].rect
    top = window.scene.geometry.lanes[window.scene.content.lanes[1].id].rect
    drag(window.view, QPointF(header.x + 20, header.y + 20), QPointF(header.x + 20, top.y + 5))
    assert doc.lane(pains.id).position == 1
    undo_redo(window, lambda: _eq(doc.lane(pains.id).position, start),
              lambda: _eq(doc.lane(pains.id).position, 1))


def test_drag_stage_edge_resizes(window) -> None:
    doc, s1 = window.doc, stage(window, 1)
    header = window.scene.geometry.stages[s1.id].rect
    drag(window.view, QPointF(header.right - 2, header.y + 20),
         QPointF(header.right + 80, header.y + 20))
    pixel = 1 / window.view.zoom  # the pointer lands on whole pixels
    assert abs(doc.stage(s1.id).width - (s1.width + 82)) <= 2 * pixel + 1
    undo_redo(window, lambda: _eq(doc.stage(s1.id).width, s1.width),
              lambda: None)


def test_double_click_edits_text_in_place(window) -> None:
    doc, touch = window.doc, lane(window, "touchpoints")
    card = doc.load_map(window.current_map_id).cards_in(touch.id, stage(window, 1).id)[0]
    pos = view_point(window.view, card_centre(window, card.id))
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, pos)
    settle()
    editor = window.view._editor_item
    assert editor is not None
    QTest.keyClicks(window.view.viewport(), "Offer <b>bold</b> & co ")
    editor.textCursor().insertText("zażółć")  # what an input method delivers
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    settle()
    expected = "Offer <b>bold</b> & co zażółć"
    assert doc.card(card.id).title == expected
    undo_redo(window, lambda: _eq(doc.card(card.id).title, card.title),
              lambda: _eq(doc.card(card.id).title, expected))


def test_escape_cancels_in_place_edit(window) -> None:
    doc, touch = window.doc, lane(window, "touchpoints")
    card = doc.load_map(window.current_map_id).cards_in(touch.id, stage(window, 1).id)[0]
    window.view.edit_card_text(card.id)
    QTest.keyClicks(window.view.viewport(), "discard me")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Escape)
    settle()
    assert doc.card(card.id).title == card.title
    assert window.undo_stack.count() == 0


def test_copy_paste_duplicate_delete_with_shortcuts(window) -> None:
    doc, pains, s0 = window.doc, lane(window, "pain_points"), stage(window, 0)
    card = doc.load_map(window.current_map_id).cards_in(pains.id, s0.id)[0]
    click(window.view, card_centre(window, card.id))
    count = lambda: len(doc.load_map(window.current_map_id).cards)  # noqa: E731
    n = count()
    window.actions["copy"].trigger()
    window.actions["paste"].trigger()
    settle()
    assert count() == n + 1
    window.actions["duplicate"].trigger()
    settle()
    assert count() == n + 2
    click(window.view, card_centre(window, card.id))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    settle()
    assert count() == n + 1
    undo_redo(window, lambda: _eq(count(), n + 2), lambda: _eq(count(), n + 1))


def test_paste_into_another_map(window) -> None:
    doc = window.doc
    source = window.current_map_id
    card = doc.load_map(source).cards[0]
    window.editor.copy([card.id])
    other = [m.id for m in doc.maps() if m.id != source][0]
    window.maps_dock.select(other)
    settle()
    assert window.current_map_id == other
    before = len(doc.load_map(other).cards)
    window.actions["paste"].trigger()
    settle()
    pasted = doc.load_map(other).cards
    assert len(pasted) == before + 1
    assert card.title in [c.title for c in pasted]
    window.undo_stack.undo()
    settle()
    assert len(doc.load_map(other).cards) == before


def test_span_card_over_stages_from_context_action(window) -> None:
    doc, acts = window.doc, lane(window, "actions")
    card = doc.load_map(window.current_map_id).cards_in(acts.id, stage(window, 1).id)[0]
    window.editor.edit_card(card.id, span=3)
    settle()
    box = window.scene.geometry.cards[card.id].rect
    s3 = window.scene.geometry.stages[stage(window, 3).id].rect
    assert box.right > s3.x
    undo_redo(window, lambda: _eq(doc.card(card.id).span, 1),
              lambda: _eq(doc.card(card.id).span, 3))


def test_drag_card_right_edge_spans_stages(window) -> None:
    doc, acts = window.doc, lane(window, "actions")
    card = doc.load_map(window.current_map_id).cards_in(acts.id, stage(window, 1).id)[0]
    assert card.span == 1
    window.view.actual_size()
    settle()
    box = window.scene.geometry.cards[card.id].rect
    grip = QPointF(box.right - 1, box.y + box.h / 2)
    s3 = window.scene.geometry.stages[stage(window, 3).id].rect
    window.view.centerOn(QPointF((box.right + s3.x) / 2, grip.y()))
    settle()
    drag(window.view, grip, QPointF(s3.x + s3.w / 2, grip.y()))
    assert doc.card(card.id).span == 3
    assert window.scene.geometry.cards[card.id].rect.right > s3.x
    undo_redo(window, lambda: _eq(doc.card(card.id).span, 1),
              lambda: _eq(doc.card(card.id).span, 3))
    window.view.centerOn(QPointF(s3.x, grip.y()))
    settle()
    box = window.scene.geometry.cards[card.id].rect
    drag(window.view, QPointF(box.right - 1, box.y + box.h / 2),
         QPointF(box.x + 30, box.y + box.h / 2))  # back to its own stage
    assert doc.card(card.id).span == 1


def test_context_menu_inserts_and_removes_stage(window) -> None:
    from mapstudio.canvas.context_menu import build_context_menu

    doc = window.doc
    n = len(doc.load_map(window.current_map_id).stages)
    header = window.scene.geometry.stages[stage(window, 1).id].rect
    pos = view_point(window.view, QPointF(header.x + 20, header.y + 10))
    menu = build_context_menu(window.view, pos)
    action = next(a for a in menu.actions() if a.text() == "Insert stage after")
    action.trigger()
    settle()
    stages = doc.load_map(window.current_map_id).stages
    assert len(stages) == n + 1 and stages[2].name == "New stage"
    pos = view_point(window.view, QPointF(header.x + 20, header.y + 10))
    menu = build_context_menu(window.view, pos)
    next(a for a in menu.actions() if a.text() == "Remove stage").trigger()
    settle()
    assert len(doc.load_map(window.current_map_id).stages) == n
    window.undo_stack.undo()
    settle()
    assert len(doc.load_map(window.current_map_id).stages) == n + 1


def test_context_menu_inserts_lane_of_a_kind(window) -> None:
    from mapstudio.canvas.context_menu import build_context_menu

    doc = window.doc
    n = len(window.scene.content.lanes)
    header = window.scene.geometry.lanes[window.scene.content.lanes[0].id].rect
    menu = build_context_menu(window.view, view_point(window.view, QPointF(header.x + 10,
                                                                           header.y + 10)))
    below = next(a for a in menu.actions() if a.text() == "Insert lane below").menu()
    next(a for a in below.actions() if a.text() == "KPIs").trigger()
    settle()
    lanes = doc.load_map(window.current_map_id).lanes
    assert len(lanes) == n + 1 and str(lanes[1].kind) == "kpis"
    undo_redo(window, lambda: _eq(len(doc.load_map(window.current_map_id).lanes), n),
              lambda: _eq(len(doc.load_map(window.current_map_id).lanes), n + 1))


def test_drop_image_file_creates_image_card(window, tmp_path) -> None:
    doc, board, s1 = window.doc, lane(window, "storyboard"), stage(window, 1)
    path = tmp_path / "whiteboard sketch.png"
    Image.new("RGB", (640, 480), "#ff8800").save(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    before = len(doc.load_map(window.current_map_id).cards_in(board.id, s1.id))
    send_drop(window.view, mime, cell_point(window, board.id, s1.id))
    cards = doc.load_map(window.current_map_id).cards_in(board.id, s1.id)
    assert len(cards) == before + 1
    new = cards[-1]
    assert new.title == "whiteboard sketch" and doc.asset(new.image_asset_id).width == 640
    window.undo_stack.undo()
    settle()
    assert len(doc.load_map(window.current_map_id).cards_in(board.id, s1.id)) == before


def test_drop_bad_image_shows_error_and_changes_nothing(window, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    path = tmp_path / "notes.png"
    path.write_text("not an image")
    before = normalised(window.doc)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    board, s1 = lane(window, "storyboard"), stage(window, 1)
    send_drop(window.view, mime, cell_point(window, board.id, s1.id))
    assert shown and "not a supported image" in shown[0]
    assert normalised(window.doc) == before
    huge = tmp_path / "huge.png"
    buf = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(buf, "PNG")
    huge.write_bytes(buf.getvalue())
    mime.setUrls([QUrl.fromLocalFile(str(huge))])
    send_drop(window.view, mime, cell_point(window, board.id, s1.id))
    assert "megapixels" in shown[-1]
    assert normalised(window.doc) == before


def test_emotion_point_drag_changes_score(window) -> None:
    doc = window.doc
    everything = [(s, p) for s in window.scene.geometry.series for p in s.points]
    series, point = next((s, p) for s, p in everything
                         if sum(abs(p.x - q.x) < 12 and abs(p.y - q.y) < 12
                                for _, q in everything) == 1)
    stored = next(p for p in window.scene.content.emotion_points if p.id == point.point_id)
    plot = window.scene.geometry.plot_rects[series.lane_id]
    drag(window.view, QPointF(point.x, point.y), QPointF(point.x, plot.bottom - 1))
    assert doc.emotion_point(point.point_id).score == -2
    undo_redo(window, lambda: _eq(doc.emotion_point(point.point_id).score, stored.score),
              lambda: _eq(doc.emotion_point(point.point_id).score, -2))


def test_zoom_fit_and_actual_size(window) -> None:
    view = window.view
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert view.zoom < 1.0
    assert window.zoom_label.text() == f"{view.zoom * 100:.0f} %"
    QTest.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert abs(view.zoom - 1.0) < 1e-6
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    centre = QPointF(view.viewport().rect().center())
    under = view.mapToScene(centre.toPoint())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    settle()
    assert view.zoom > 1.2
    after = view.mapToScene(centre.toPoint())
    assert abs(after.x() - under.x()) < 3 and abs(after.y() - under.y()) < 3


def test_arrow_keys_move_between_cards(window) -> None:
    acts = lane(window, "actions")
    card = window.scene.content.cards_in(acts.id, stage(window, 0).id)[0]
    click(window.view, card_centre(window, card.id))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Right)
    settle()
    selected = window.scene.selected_card_ids()
    assert len(selected) == 1
    assert window.doc.card(selected[0]).stage_id == stage(window, 1).id


def test_find_highlights_matches(window) -> None:
    window.actions["find"].trigger()
    QTest.keyClicks(window.find_bar.edit, "valuation")
    settle()
    hits = [i for i in window.scene.cards.values() if i.highlighted]
    assert len(hits) >= 2
    assert all("valuation" in (window.doc.card(i.card_id).title
                               + window.doc.card(i.card_id).body).lower() for i in hits)
    assert window.scene.selected_card_ids()[0] in window.find_bar.matches


def test_reopen_after_each_command_matches_scene(window, tmp_path) -> None:
    from mapstudio.store import Document

    doc, touch = window.doc, lane(window, "touchpoints")
    card = doc.load_map(window.current_map_id).cards_in(touch.id, stage(window, 0).id)[0]
    steps = [
        lambda: drag(window.view, card_centre(window, card.id),
                     cell_point(window, touch.id, stage(window, 2).id)),
        lambda: send_drop(window.view, palette_mime("kpi"),
                          cell_point(window, lane(window, "kpis").id, stage(window, 0).id)),
        lambda: window.editor.insert_stage(1),
        lambda: window.editor.edit_card(card.id, title="Renamed", severity=2),
        lambda: window.undo_stack.undo(),
    ]
    for step in steps:
        step()
        settle()
        with Document.open(doc.path, read_only=True) as fresh:
            stored = fresh.load_map(window.current_map_id)
        assert {c.id for c in stored.cards} == set(window.scene.cards)
        assert [s.id for s in stored.stages] == list(window.scene.geometry.stages)
        for c in stored.cards:
            box = window.scene.geometry.cards[c.id]
            item = window.scene.cards[c.id]
            assert (item.pos().x(), item.pos().y()) == (box.rect.x, box.rect.y)


def test_undo_everything_restores_the_file(window) -> None:
    original = normalised(window.doc)
    touch = lane(window, "touchpoints")
    card = window.scene.content.cards_in(touch.id, stage(window, 0).id)[0]
    drag(window.view, card_centre(window, card.id),
         cell_point(window, touch.id, stage(window, 3).id))
    window.editor.remove_stage(stage(window, 2).id)
    settle()
    window.editor.remove_lane(lane(window, "thoughts").id)
    settle()
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    settle()
    assert normalised(window.doc) == original


def _eq(a, b) -> None:
    assert a == b, (a, b)


def test_header_click_shows_it_in_the_inspector(window) -> None:
    header = window.scene.geometry.stages[stage(window, 0).id].rect
    click(window.view, QPointF(header.x + 30, header.y + 10))
    assert window.inspector.target == ("stage", stage(window, 0).id)
    edit = window.inspector.fields["name"]
    edit.setText("Discovery")
    edit.editingFinished.emit()
    settle()
    assert window.doc.stage(stage(window, 0).id).name == "Discovery"
    window.undo_stack.undo()
    settle()
    assert window.doc.stage(stage(window, 0).id).name == "Research"

