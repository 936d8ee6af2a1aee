"""Editing operations on the shown map, shared by menus, context menus and keys.

Each method builds a command and pushes it; nothing here writes to the document directly.
"""

from __future__ import annotations

import json
from dataclasses import asdict, replace

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ..commands import (
    AddCardCommand,
    AddImageCardCommand,
    AddLaneCommand,
    AddStageCommand,
    DeleteCardsCommand,
    EditCardCommand,
    EditLaneCommand,
    EditStageCommand,
    MoveCardsCommand,
    MoveLaneCommand,
    MoveStageCommand,
    PasteCardsCommand,
    RemoveLaneCommand,
    RemoveStageCommand,
    naming,
)
from ..model import Card, Lane, LaneKind, Stage, new_id
from ..model.document_api import DocumentAPI
from .card_kinds import CARDS_MIME, kind_by_key


class CanvasEditor:
    def __init__(self, session, scene) -> None:
        self.session = session
        self.doc: DocumentAPI = session.document
        self.scene = scene
        self.undo = session.undo_stack

    @property
    def content(self):
        return self.scene.content

    # ---- cards -------------------------------------------------------------------------

    def add_card_of_kind(self, kind_key: str, lane_id: str, stage_id: str,
                         position: int | None = None, title: str | None = None) -> Card | None:
        kind = kind_by_key(kind_key)
        if kind is None:
            return None
        if position is None:
            position = len(self.content.cards_in(lane_id, stage_id))
        card = kind.make_card(lane_id, stage_id, position)
        if title is not None:
            card = replace(card, title=title)
        if not self.undo.push(AddCardCommand(self.doc, card, naming.add_card(card.title))):
            return None
        return card

    def add_image_card(self, data: bytes, lane_id: str, stage_id: str, title: str) -> None:
        """Raises MapStudioError for a bad image before anything changes."""
        position = len(self.content.cards_in(lane_id, stage_id))
        card = Card(lane_id=lane_id, stage_id=stage_id, position=position, title=title)
        self.undo.push(AddImageCardCommand(self.doc, data, card))

    def move_cards(self, card_ids: list[str], lane_id: str, stage_id: str,
                   position: int) -> None:
        self.undo.push(MoveCardsCommand(self.doc, card_ids, lane_id, stage_id, position))

    def edit_card(self, card_id: str, **fields) -> None:
        current = self.doc.card(card_id)
        if all(getattr(current, k) == v for k, v in fields.items()):
            return
        self.undo.push(EditCardCommand(self.doc, card_id, **fields))

    def delete_cards(self, card_ids: list[str]) -> None:
        if card_ids:
            self.undo.push(DeleteCardsCommand(self.doc, card_ids))

    def ordered(self, card_ids: list[str]) -> list[Card]:
        lanes = {x.id: x.position for x in self.content.lanes}
        stages = {s.id: s.position for s in self.content.stages}
        cards = [c for c in self.content.cards if c.id in set(card_ids)]
        return sorted(cards, key=lambda c: (lanes[c.lane_id], stages[c.stage_id], c.position))

    # ---- clipboard ---------------------------------------------------------------------

    def copy(self, card_ids: list[str]) -> bool:
        cards = self.ordered(card_ids)
        if not cards:
            return False
        lane_kinds = {x.id: str(x.kind) for x in self.content.lanes}
        payload = [{"card": asdict(c), "lane_kind": lane_kinds[c.lane_id]} for c in cards]
        mime = QMimeData()
        mime.setData(CARDS_MIME, json.dumps(payload).encode("utf-8"))
        mime.setText("\n".join(c.title for c in cards))
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def cut(self, card_ids: list[str]) -> None:
        if self.copy(card_ids):
            self.undo.push(DeleteCardsCommand(self.doc, card_ids, cut=True))

    def can_paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        return mime is not None and (mime.hasFormat(CARDS_MIME) or mime.hasText())

    def paste(self, target: tuple[str, str] | None = None) -> list[str]:
        """Paste copied cards; same lane/stage when they exist here (duplicate, same map),
        else a lane of the same kind, else the target cell. Plain text becomes a note."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or self.content is None or not self.content.lanes \
                or not self.content.stages:
            return []
        lanes = {x.id: x for x in self.content.lanes}
        stages = {s.id: s for s in self.content.stages}
        default = target or (self.content.lanes[0].id, self.content.stages[0].id)
        if mime.hasFormat(CARDS_MIME):
            payload = json.loads(bytes(mime.data(CARDS_MIME)).decode("utf-8"))
        elif mime.hasText() and mime.text().strip():
            payload = [{"card": {"title": mime.text().strip()[:500]}, "lane_kind": "text"}]
        else:
            return []
        from ..interchange.json_format import card_from_dict  # jsonschema: only on paste

        counts: dict[tuple[str, str], int] = {}
        maps = {m.id for m in self.doc.maps()}
        new_cards = []
        for entry in payload:
            raw = dict(entry["card"])
            lane_id, stage_id = raw.get("lane_id"), raw.get("stage_id")
            if target is not None or lane_id not in lanes or stage_id not in stages:
                lane_id, stage_id = default
                if target is None:
                    same_kind = next((x.id for x in self.content.lanes
                                      if str(x.kind) == entry.get("lane_kind")), None)
                    lane_id = same_kind or lane_id
            card = card_from_dict(raw, lane_id=lane_id, stage_id=stage_id, id=new_id(),
                                  position=0)
            if card.linked_map_id not in maps - {self.content.map.id}:
                card.linked_map_id = None  # a map of another project, or this very map
            if card.image_asset_id:
                try:
                    self.doc.asset(card.image_asset_id)
                except Exception:  # noqa: BLE001 - image of another project: keep the text
                    card.image_asset_id = None
            stage_index = stages[stage_id].position
            card.span = max(1, min(card.span, len(stages) - stage_index))
            cell = (lane_id, stage_id)
            counts[cell] = counts.get(cell, len(self.content.cards_in(*cell)))
            card.position = counts[cell]
            counts[cell] += 1
            new_cards.append(card)
        if new_cards:
            self.undo.push(PasteCardsCommand(self.doc, new_cards))
        return [c.id for c in new_cards]

    def duplicate(self, card_ids: list[str]) -> list[str]:
        cards = self.ordered(card_ids)
        copies = []
        offsets: dict[tuple[str, str], int] = {}
        for c in cards:
            cell = (c.lane_id, c.stage_id)
            offsets[cell] = offsets.get(cell, len(self.content.cards_in(*cell)))
            copies.append(replace(c, id=new_id(), position=offsets[cell]))
            offsets[cell] += 1
        if copies:
            self.undo.push(PasteCardsCommand(self.doc, copies, "Duplicate"))
        return [c.id for c in copies]

    # ---- stages and lanes --------------------------------------------------------------

    on_added = None  # called with ("stage" | "lane", id) after one is added: name it

    def insert_stage(self, position: int, name: str = "New stage") -> None:
        stage = Stage(map_id=self.scene.map_id, position=position, name=name)
        command = AddStageCommand(self.doc, stage)
        if self.undo.push(command) and self.on_added:
            self.on_added("stage", command.stage.id)

    def remove_stage(self, stage_id: str) -> None:
        if len(self.content.stages) > 1:
            self.undo.push(RemoveStageCommand(self.doc, stage_id))

    def move_stage(self, stage_id: str, position: int) -> None:
        if self.doc.stage(stage_id).position != position:
            self.undo.push(MoveStageCommand(self.doc, stage_id, position))

    def resize_stage(self, stage_id: str, width: float) -> None:
        width = round(max(120.0, min(width, 1200.0)))
        if self.doc.stage(stage_id).width != width:
            self.undo.push(EditStageCommand(self.doc, stage_id, width=width))

    def edit_stage(self, stage_id: str, **fields) -> None:
        current = self.doc.stage(stage_id)
        if any(getattr(current, k) != v for k, v in fields.items()):
            self.undo.push(EditStageCommand(self.doc, stage_id, **fields))

    def insert_lane(self, position: int, kind: LaneKind, title: str) -> None:
        lane = Lane(map_id=self.scene.map_id, position=position, kind=kind, title=title)
        command = AddLaneCommand(self.doc, lane)
        if self.undo.push(command) and self.on_added:
            self.on_added("lane", command.lane.id)

    def remove_lane(self, lane_id: str) -> None:
        if len(self.content.lanes) > 1:
            self.undo.push(RemoveLaneCommand(self.doc, lane_id))

    def move_lane(self, lane_id: str, position: int) -> None:
        if self.doc.lane(lane_id).position != position:
            self.undo.push(MoveLaneCommand(self.doc, lane_id, position))

    def edit_lane(self, lane_id: str, **fields) -> None:
        current = self.doc.lane(lane_id)
        if any(getattr(current, k) != v for k, v in fields.items()):
            self.undo.push(EditLaneCommand(self.doc, lane_id, **fields))
