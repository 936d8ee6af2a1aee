"""Right-click menus on cards, cells, stage headers and lane headers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ..layout import LANE_KIND_LABELS
from ..model import LaneKind
from .card_kinds import card_kinds
from .items import CardItem, HeaderItem


def _tr(text: str) -> str:
    return QCoreApplication.translate("CanvasMenu", text)


def build_context_menu(view, view_pos) -> QMenu | None:
    scene = view.journey_scene
    if scene.content is None:
        return None
    editor = view.editor
    pos = view.mapToScene(view_pos)
    item = view._item_at(view_pos)
    menu = QMenu(view)
    if isinstance(item, CardItem):
        if not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        ids = scene.selected_card_ids()
        menu.addAction(_tr("Edit text"), lambda: view.edit_card_text(item.card_id))
        menu.addAction(_tr("Duplicate"), lambda: editor.duplicate(ids))
        menu.addSeparator()
        menu.addAction(_tr("Cut"), lambda: editor.cut(ids))
        menu.addAction(_tr("Copy"), lambda: editor.copy(ids))
        card = editor.doc.card(item.card_id)
        stage_pos = next(s.position for s in scene.content.stages if s.id == card.stage_id)
        if stage_pos + card.span < len(scene.content.stages):
            menu.addAction(_tr("Span one more stage"),
                           lambda: editor.edit_card(card.id, span=card.span + 1))
        if card.span > 1:
            menu.addAction(_tr("Span one stage less"),
                           lambda: editor.edit_card(card.id, span=card.span - 1))
        label = _tr("Unmark moment of truth") if card.moment_of_truth else _tr(
            "Mark as moment of truth")
        menu.addAction(label, lambda: editor.edit_card(card.id,
                                                       moment_of_truth=not card.moment_of_truth))
        _link_actions(view, menu, "card", card.id, card.linked_map_id)
        menu.addSeparator()
        menu.addAction(_tr("Delete"), lambda: editor.delete_cards(ids))
        return menu
    if isinstance(item, HeaderItem) and item.orientation == "stage":
        stage = editor.doc.stage(item.object_id)
        menu.addAction(_tr("Rename stage"), lambda: view.edit_header_text(item))
        menu.addAction(_tr("Insert stage before"), lambda: editor.insert_stage(stage.position))
        menu.addAction(_tr("Insert stage after"),
                       lambda: editor.insert_stage(stage.position + 1))
        remove = menu.addAction(_tr("Remove stage"), lambda: editor.remove_stage(stage.id))
        remove.setEnabled(len(scene.content.stages) > 1)
        _link_actions(view, menu, "stage", stage.id, stage.linked_map_id)
        return menu
    if isinstance(item, HeaderItem):
        lane = editor.doc.lane(item.object_id)
        menu.addAction(_tr("Rename lane"), lambda: view.edit_header_text(item))
        for label, offset in ((_tr("Insert lane above"), 0), (_tr("Insert lane below"), 1)):
            sub = menu.addMenu(label)
            for kind in LaneKind:
                name = _tr(LANE_KIND_LABELS[kind])
                sub.addAction(name, lambda k=kind, n=name, o=offset:
                              editor.insert_lane(lane.position + o, k, n))
        remove = menu.addAction(_tr("Remove lane"), lambda: editor.remove_lane(lane.id))
        remove.setEnabled(len(scene.content.lanes) > 1)
        return menu
    cell = scene.cell_at(pos.x(), pos.y())
    if cell is None:
        return None
    lane_kind = next(str(x.kind) for x in scene.content.lanes if x.id == cell[0])
    features = getattr(view.window(), "journey", None)
    if lane_kind == "emotions" and features is not None:
        personas = {p.id: p for p in editor.doc.personas()}
        sub = menu.addMenu(_tr("Add emotion point"))
        for persona_id in scene.content.map.persona_ids or [None]:
            name = personas[persona_id].name if persona_id in personas else _tr("Customer")
            for series, label in (("as_is", name), ("to_be", _tr("{0} (to-be)").format(name))):
                sub.addAction(label, lambda p=persona_id, s=series:
                              features.add_point(cell[0], cell[1], p, s))
    sub = menu.addMenu(_tr("Add card here"))
    for kind in card_kinds():
        if kind.key != "image":
            sub.addAction(kind.label, lambda k=kind.key: editor.add_card_of_kind(k, *cell))
    paste = menu.addAction(_tr("Paste here"), lambda: editor.paste(cell))
    paste.setEnabled(editor.can_paste())
    return menu


def _link_actions(view, menu: QMenu, kind: str, object_id: str, linked: str | None) -> None:
    """Link a card or stage to another map of the project, and follow the link."""
    menu.addSeparator()
    menu.addAction(_tr("Link to map…"), lambda: view.link_requested.emit(kind, object_id))
    if linked:
        menu.addAction(_tr("Open linked map"), lambda: view.follow_link.emit(linked))
