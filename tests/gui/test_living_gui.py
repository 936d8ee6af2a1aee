"""Living maps in the window: compare with a saved version (marks, tooltips, the bar,
clearing) and the Health panel (refreshed after a change, a click selects the card)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMenu, QToolButton

from mapstudio.commands import (
    AddCardCommand,
    DeleteCardsCommand,
    EditCardCommand,
    MoveCardsCommand,
)
from mapstudio.model import Card
from mapstudio.ui.dialogs.versions_dialog import VersionsDialog

from .conftest import settle


def _menu_action(window, menu_name: str, text: str):
    menu = window.menuBar().findChild(QMenu, menu_name)
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))


def _save_version(window, qtbot, name: str) -> None:
    dialog = VersionsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.save_version(name)
    dialog.close()


def test_compare_with_a_version_marks_cards_and_clearing_removes_the_marks(
        window, qtbot, monkeypatch):
    _save_version(window, qtbot, "Workshop")
    content = window.scene.content
    cards = [c for c in content.cards if c.title]
    edited, moved, removed = cards[0], cards[1], cards[2]
    target_stage = next(s for s in content.stages if s.id != moved.stage_id)
    push = window.session.push
    push(EditCardCommand(window.doc, edited.id, title="Rewritten after the workshop"))
    push(MoveCardsCommand(window.doc, [moved.id], moved.lane_id, target_stage.id, 0))
    push(DeleteCardsCommand(window.doc, [removed.id]))
    added = Card(content.lanes[0].id, content.stages[0].id, title="New idea", position=0)
    push(AddCardCommand(window.doc, added))
    settle()

    picked = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (
        picked.append(a[3]) or (a[3][0], True)))
    _menu_action(window, "ViewMenu", "Compare with version").trigger()
    settle()
    assert picked and picked[0][0].startswith("Workshop")
    marks = window.living.comparison.marks
    assert marks.marked("added") == {added.id}
    assert marks.marked("changed") == {edited.id}
    assert marks.marked("moved") == {moved.id}
    tip = window.scene.cards[edited.id].toolTip()
    assert f"title: {edited.title!r} → 'Rewritten after the workshop'" in tip
    assert target_stage.name in window.scene.cards[moved.id].toolTip()
    bar = window.living.comparison.bar
    assert bar.isVisible() and "Workshop" in bar.label.text()
    assert bar.removed.isVisible() and "(1)" in bar.removed.text()
    (listed,) = [a.text() for a in bar.removed.menu().actions()]
    assert removed.title.startswith(listed.rstrip("…"))

    # marks follow the map as it keeps changing: undoing the addition drops its mark
    window.undo_stack.undo()
    settle()
    assert marks.marked("added") == set()
    mark_item = marks.items[edited.id]
    assert mark_item.scene() is window.scene

    QTest.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    settle()
    assert not bar.isVisible() and marks.items == {}
    assert mark_item.scene() is None
    assert window.scene.cards[edited.id].toolTip() == ""


def test_health_panel_refreshes_after_a_change_and_a_click_selects_the_card(window, qtbot):
    dock = window.living.health_dock
    dock.show()
    dock.raise_()  # a tab beside the inspector: brought to the front
    settle()
    before = len(dock.findings)
    assert before == dock.list.count() > 0
    kpi_lane = next(lane for lane in window.scene.content.lanes if str(lane.kind) == "kpis")
    card = Card(kpi_lane.id, window.scene.content.stages[0].id, title="Orders a week",
                position=0)
    window.session.push(AddCardCommand(window.doc, card))
    settle()
    mine = [f for f in dock.findings if f.target_id == card.id]
    assert {f.kind for f in mine} == {"kpi-without-target"}
    row = next(i for i in range(dock.list.count())
               if dock.list.item(i).data(Qt.ItemDataRole.UserRole).target_id == card.id)
    window.scene.clearSelection()
    item = dock.list.item(row)
    dock.list.scrollToItem(item)
    QTest.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, dock.list.visualItemRect(item).center())
    settle()
    assert window.scene.selected_card_ids() == [card.id]

    # a hidden panel does no work until it is shown again, then catches up
    dock.hide()
    settle()
    window.session.push(DeleteCardsCommand(window.doc, [card.id]))
    settle()
    assert any(f.target_id == card.id for f in dock.findings)  # not recomputed while hidden
    dock.show()
    dock.raise_()
    settle()
    assert not any(f.target_id == card.id for f in dock.findings)


def _bind_kpi(window, key: str):
    """Bind the first KPI card of the shown map to `key` (one undoable edit)."""
    from dataclasses import replace

    card = next(c for c in window.scene.content.cards if c.metric is not None)
    window.session.push(EditCardCommand(window.doc, card.id,
                                        metric=replace(card.metric, key=key, history=[])))
    settle()
    return card


def test_update_metrics_adds_values_in_one_undo_step_and_a_bad_file_changes_nothing(
        window, tmp_path, monkeypatch, messages):
    from PySide6.QtWidgets import QFileDialog

    card = _bind_kpi(window, "nps")
    good = tmp_path / "nps.csv"
    good.write_text("Date,Metric,Value\n20260105,nps,31\n20260205,nps,36\n", "utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("key,value,date\nnps,40,2026-03-01\nchurn,2,2026-03-01\n", "utf-8")
    chosen = [str(bad), str(good)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen.pop(0), ""))
    action = _menu_action(window, "MapMenu", "Update metrics")

    action.trigger()
    settle()
    assert messages[-1][0] == "warning"
    assert "line 3" in messages[-1][1] and "churn" in messages[-1][1]
    assert window.doc.card(card.id).metric.history == []

    steps = window.undo_stack.count()
    action.trigger()
    settle()
    assert messages[-1][0] == "information" and "2 values" in messages[-1][1]
    assert [(v.date, v.value) for v in window.doc.card(card.id).metric.history] == [
        ("2026-01-05", 31.0), ("2026-02-05", 36.0)]
    assert window.undo_stack.count() == steps + 1
    box = window.scene.geometry.cards[card.id]
    assert [b.kind for b in box.badges if b.kind in ("metric", "trend")] == ["metric", "trend"]
    window.undo_stack.undo()
    settle()
    assert window.doc.card(card.id).metric.history == []


def _action(menu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def test_link_a_card_to_another_map_follow_it_and_come_back(window, monkeypatch):
    from PySide6.QtCore import QPointF

    from mapstudio.canvas.context_menu import build_context_menu

    from .conftest import card_centre, view_point

    first, second = window.doc.maps()[:2]
    assert window.current_map_id == first.id
    card = next(c for c in window.scene.content.cards if c.title)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (second.title, True))
    menu = build_context_menu(window.view, view_point(window.view, card_centre(window,
                                                                              card.id)))
    _action(menu, "Link to map…").trigger()
    settle()
    assert window.doc.card(card.id).linked_map_id == second.id

    # a double-click on the linked card opens the map it links to, with a way back
    at = view_point(window.view, card_centre(window, card.id))
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, at)
    settle()
    assert window.current_map_id == second.id
    bar = window.living.links.bar
    assert bar.isVisible()
    crumb = bar.findChild(QToolButton, "crumb0")
    assert crumb.text() == first.title
    QTest.mouseClick(crumb, Qt.MouseButton.LeftButton)
    settle()
    assert window.current_map_id == first.id and not bar.isVisible()

    # a stage header links too (Map ▸ Link to map… on the stage in the inspector)
    stage = window.scene.content.stages[0]
    header = window.scene.geometry.stages[stage.id].rect
    window.inspector.show_stage(stage.id)
    _menu_action(window, "MapMenu", "Link to map").trigger()
    settle()
    assert window.doc.stage(stage.id).linked_map_id == second.id
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier,
                      view_point(window.view, QPointF(header.x + 20, header.y + 10)))
    settle()
    assert window.current_map_id == second.id
    _menu_action(window, "MapMenu", "Back to the linking map").trigger()
    settle()
    assert window.current_map_id == first.id
    window.undo_stack.undo()
    settle()
    assert window.doc.stage(stage.id).linked_map_id is None


def test_versions_dialog_compares_with_current(window, qtbot, monkeypatch):
    from mapstudio.ui.window import actions

    _save_version(window, qtbot, "Baseline")
    card = next(c for c in window.scene.content.cards if c.title)
    window.session.push(EditCardCommand(window.doc, card.id, title="Changed since"))
    settle()
    shown = []

    def press_compare(dialog):
        shown.append(dialog)
        dialog.show()
        QTest.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(actions, "run_modal", press_compare)
    actions.open_versions(window)
    settle()
    assert shown and not shown[0].isVisible()
    assert window.living.comparison.marks.marked("changed") == {card.id}


def test_the_inspector_links_a_card_and_binds_a_kpi_to_a_metric_key(window):
    from PySide6.QtWidgets import QComboBox, QLineEdit

    first, second = window.doc.maps()[:2]
    card = next(c for c in window.scene.content.cards if c.metric is not None)
    window.inspector.show_card(card.id)
    combo = window.inspector.fields["linked_map"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "", *[m.id for m in window.doc.maps() if m.id != first.id]]
    combo.setCurrentIndex(combo.findData(second.id))
    settle()
    assert window.doc.card(card.id).linked_map_id == second.id
    box = window.scene.geometry.cards[card.id]
    assert any(b.kind == "link" and second.title[:10] in b.text for b in box.badges)
    window.inspector.show_card(card.id)
    key = window.inspector.fields["metric_key"]
    assert isinstance(key, QLineEdit)
    key.setFocus()
    QTest.keyClicks(key, "nps_weekly")
    QTest.keyClick(key, Qt.Key.Key_Return)
    settle()
    assert window.doc.card(card.id).metric.key == "nps_weekly"
    assert window.doc.metric_bindings()["nps_weekly"] == [card.id]


def test_the_comparison_bar_saves_the_change_report(window, qtbot, monkeypatch, tmp_path):
    import pdfplumber
    from PySide6.QtWidgets import QFileDialog

    _save_version(window, qtbot, "Review")
    card = next(c for c in window.scene.content.cards if c.title)
    window.session.push(DeleteCardsCommand(window.doc, [card.id]))
    settle()
    window.living.comparison.compare_with(window.doc.snapshots()[0])
    settle()
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    QTest.mouseClick(window.living.comparison.bar.report_button, Qt.MouseButton.LeftButton)
    settle()
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Changes since “Review”" in text and "1 removed" in text
    assert card.title[:20] in text


def test_a_removed_card_leaves_a_ghost_where_its_cell_has_room(window, qtbot):
    _save_version(window, qtbot, "Before")
    content = window.scene.content
    cells: dict = {}
    for card in content.cards:
        cells.setdefault((card.lane_id, card.stage_id), []).append(card)
    # a card alone in its cell, in a lane where another cell holds two or more
    alone = next(cards[0] for (lane_id, _), cards in cells.items() if len(cards) == 1
                 and any(len(v) > 1 for (lid, _), v in cells.items() if lid == lane_id))
    window.session.push(DeleteCardsCommand(window.doc, [alone.id]))
    settle()
    window.living.comparison.compare_with(window.doc.snapshots()[0])
    settle()
    (ghost,) = window.living.comparison.marks.ghosts
    cell = window.scene.geometry.cells[(alone.lane_id, alone.stage_id)]
    rect = ghost.sceneBoundingRect()
    assert cell.x < rect.center().x() < cell.right and cell.y < rect.center().y() < cell.bottom
    assert ghost.title == alone.title
    QTest.mouseClick(window.living.comparison.bar.clear_button, Qt.MouseButton.LeftButton)
    settle()
    assert ghost.scene() is None


def test_the_linking_cards_badge_follows_changes_in_the_linked_map(window):
    first, second = window.doc.maps()[:2]
    card = next(c for c in window.scene.content.cards if c.title)
    window.session.push(EditCardCommand(window.doc, card.id, linked_map_id=second.id))
    settle()

    def badge() -> str:
        box = window.scene.geometry.cards[card.id]
        return next(b.text for b in box.badges if b.kind == "link")

    before = badge()
    findings = int(before.split("\n")[1].split()[0])
    other = window.doc.load_map(second.id)
    lane = next(x for x in other.lanes if str(x.kind) == "opportunities")
    window.session.push(AddCardCommand(window.doc, Card(lane.id, other.stages[0].id,
                                                        title="Nobody owns this",
                                                        position=0)))
    settle()
    assert window.current_map_id == first.id
    assert badge().split("\n")[1].startswith(f"{findings + 1} findings")
