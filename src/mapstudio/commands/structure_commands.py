"""Stages and lanes: add, remove, reorder, resize, edit."""

from __future__ import annotations

from ..model import Lane, Stage
from . import naming
from .base import DocumentCommand, MapSnapshotCommand, SetFieldsCommand


class AddStageCommand(MapSnapshotCommand):
    """A stage inserted inside a spanning card widens it; undo restores the map exactly."""

    def __init__(self, document, stage: Stage) -> None:
        super().__init__(document, stage.map_id, naming.stage_change("add", stage.name))
        self.stage = stage

    def apply(self) -> None:
        self.stage = self.doc.add_stage(self.stage)


class AddLaneCommand(DocumentCommand):
    def __init__(self, document, lane: Lane) -> None:
        super().__init__(document, naming.lane_change("add", lane.title))
        self.lane = lane

    def redo(self) -> None:
        self.lane = self.doc.add_lane(self.lane)

    def undo(self) -> None:
        self.doc.delete_lane(self.lane.id)


class RemoveStageCommand(MapSnapshotCommand):
    def __init__(self, document, stage_id: str) -> None:
        super().__init__(document, document.stage(stage_id).map_id,
                         naming.stage_change("remove", document.stage(stage_id).name))
        self.stage_id = stage_id

    def apply(self) -> None:
        self.doc.delete_stage(self.stage_id)


class RemoveLaneCommand(MapSnapshotCommand):
    def __init__(self, document, lane_id: str) -> None:
        super().__init__(document, document.lane(lane_id).map_id,
                         naming.lane_change("remove", document.lane(lane_id).title))
        self.lane_id = lane_id

    def apply(self) -> None:
        self.doc.delete_lane(self.lane_id)


class MoveStageCommand(MapSnapshotCommand):
    """Reorder a stage; spans may shrink at the right edge, so undo restores the map."""

    def __init__(self, document, stage_id: str, position: int) -> None:
        super().__init__(document, document.stage(stage_id).map_id,
                         naming.stage_change("move", document.stage(stage_id).name))
        self.stage_id, self.position = stage_id, position

    def apply(self) -> None:
        self.doc.move_stage(self.stage_id, self.position)


class MoveLaneCommand(DocumentCommand):
    def __init__(self, document, lane_id: str, position: int) -> None:
        super().__init__(document, naming.lane_change("move", document.lane(lane_id).title))
        self.lane_id, self.position = lane_id, position
        self.origin = document.lane(lane_id).position

    def redo(self) -> None:
        self.doc.move_lane(self.lane_id, self.position)

    def undo(self) -> None:
        self.doc.move_lane(self.lane_id, self.origin)


class EditStageCommand(SetFieldsCommand):
    """Rename, recolour or resize (width) a stage."""

    reader, writer = "stage", "update_stage"

    def describe(self, current, fields: dict) -> str:
        return naming.header_edit("stage", fields.get("name", current.name), fields)


class EditLaneCommand(SetFieldsCommand):
    reader, writer = "lane", "update_lane"

    def describe(self, current, fields: dict) -> str:
        return naming.header_edit("lane", fields.get("title", current.title), fields)
