"""Map-level journey edits: future-state counterparts and emotion points per persona."""

from __future__ import annotations

from ..model import MapType
from .base import DocumentCommand


class CreateFutureStateCommand(DocumentCommand):
    """Duplicate a map as its future state and link the two both ways."""

    def __init__(self, document, map_id: str, title: str) -> None:
        super().__init__(document, "Create future state")
        self.map_id = map_id
        self.title = title
        self.previous_link = document.journey_map(map_id).counterpart_id
        self.copy = None

    def redo(self) -> None:
        with self.doc.batch():
            if self.copy is None:
                new = self.doc.duplicate_map(self.map_id, self.title)
                self.doc.update_map(new.id, map_type=MapType.FUTURE_STATE,
                                    counterpart_id=self.map_id)
                self.copy = self.doc.load_map(new.id)
            else:
                self.doc.insert_map_content(self.copy)
            self.doc.update_map(self.map_id, counterpart_id=self.copy.map.id)

    def undo(self) -> None:
        with self.doc.batch():
            self.doc.delete_map(self.copy.map.id)
            self.doc.update_map(self.map_id, counterpart_id=self.previous_link)


class RestoreVersionCommand(DocumentCommand):
    """Bring the whole project back to a saved version; undo returns to the present."""

    def __init__(self, document, version, text: str) -> None:
        super().__init__(document, text)
        self.before = document.project_content()
        self.version = version  # ProjectData

    def redo(self) -> None:
        self.doc.restore_project(self.version)

    def undo(self) -> None:
        self.doc.restore_project(self.before)
