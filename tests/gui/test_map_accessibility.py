"""Assistive technology sees the map: stages, lanes and cards with names, places on
screen, roles and selection."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from tests.gui.conftest import card_centre, click, settle


def _parts(window):
    iface = QAccessible.queryAccessibleInterface(window.view)
    assert iface is not None
    return iface, [iface.child(i) for i in range(iface.childCount())]


def test_stages_lanes_and_cards_are_exposed(window):
    iface, parts = _parts(window)
    content = window.scene.content
    assert iface.role() == QAccessible.Role.Table
    assert iface.text(QAccessible.Text.Name) == "Journey map"
    names = {(p.role(), p.text(QAccessible.Text.Name)) for p in parts}
    for stage in content.stages:
        assert (QAccessible.Role.ColumnHeader, stage.name) in names
    for lane in content.lanes:
        assert (QAccessible.Role.RowHeader, lane.title) in names
    for card in content.cards:
        assert (QAccessible.Role.Cell, card.title) in names
    assert len(parts) == len(content.stages) + len(content.lanes) + len(content.cards)
    assert all(iface.indexOfChild(p) == i for i, p in enumerate(parts))
    card = content.cards[0]
    part = next(p for p in parts if p.text(QAccessible.Text.Name) == card.title)
    lane = next(x for x in content.lanes if x.id == card.lane_id)
    assert lane.title in part.text(QAccessible.Text.Description)


def test_selection_and_place_on_screen_follow_the_map(window):
    card = window.scene.content.cards[3]
    click(window.view, card_centre(window, card.id))
    settle()
    _iface, parts = _parts(window)
    part = next(p for p in parts if p.role() == QAccessible.Role.Cell
                and p.text(QAccessible.Text.Name) == card.title)
    assert part.state().selected and not part.state().offscreen
    others = [p for p in parts if p.role() == QAccessible.Role.Cell and p is not part]
    assert not any(p.state().selected for p in others)
    viewport = window.view.viewport()
    centre = part.rect().center()
    assert viewport.rect().contains(viewport.mapFromGlobal(centre))
    assert _iface.childAt(centre.x(), centre.y()) is part
