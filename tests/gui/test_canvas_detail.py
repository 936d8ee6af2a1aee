"""Level of detail: zoomed out, cards are drawn as blocks by one item, yet stay usable."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from .conftest import card_centre, cell_point, drag, lane, settle, stage

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def test_zooming_out_switches_to_the_overview_and_back(window) -> None:
    scene, view = window.scene, window.view
    view.set_zoom(0.2)
    settle()
    assert scene.overview and scene.overview_item.isVisible()
    assert all(item.flags() & NO_CONTENTS for item in scene.cards.values())
    image = view.viewport().grab().toImage()
    assert not image.isNull()
    view.actual_size()
    settle()
    assert not scene.overview and not scene.overview_item.isVisible()
    assert not any(item.flags() & NO_CONTENTS for item in scene.cards.values())


def test_cards_can_still_be_dragged_in_the_overview(window) -> None:
    view, doc = window.view, window.doc
    view.set_zoom(0.3)
    settle()
    touch = lane(window, "touchpoints")
    card = window.scene.content.cards_in(touch.id, stage(window, 0).id)[0]
    drag(view, card_centre(window, card.id), cell_point(window, touch.id, stage(window, 1).id))
    assert doc.card(card.id).stage_id == stage(window, 1).id
    assert window.scene.overview  # new geometry, same mode
    window.undo_stack.undo()
    settle()
    assert doc.card(card.id).stage_id == stage(window, 0).id


def test_overview_marks_the_selection(window) -> None:
    scene = window.scene
    window.view.set_zoom(0.25)
    settle()
    card_id = next(iter(scene.cards))
    scene.cards[card_id].setSelected(True)
    settle()
    assert len(scene.overview_item._selected) == 1
    box = scene.geometry.cards[card_id].rect
    assert scene.overview_item._selected[0].topLeft() == QPointF(box.x, box.y)


def test_grid_dots_show_on_the_map_paper_too(window) -> None:
    """The snapping grid is drawn over empty cells, not only on the desk around the map."""
    from .conftest import settle

    scene, view = window.scene, window.view
    view.actual_size()
    settle()
    empty = next(cell for cell, rect in scene.geometry.cells.items()
                 if cell not in scene.cell_cards and rect.w > 80 and rect.h > 80)
    rect = scene.geometry.cells[empty]
    step = 16.0
    x = (int(rect.x // step) + 2) * step
    y = (int(rect.y // step) + 2) * step
    view.centerOn(x, y)
    settle()

    def pixel():
        view.viewport().repaint()
        image = view.viewport().grab().toImage()
        point = view.mapFromScene(x, y)
        return image.pixelColor(point).name()

    plain = pixel()
    view.grid_step = step
    settle()
    dotted = pixel()
    assert dotted != plain
    view.grid_step = 0
    settle()
    assert pixel() == plain
