"""Named versions of the project: saving and deleting one are undoable like any edit."""

from __future__ import annotations

from ..model import Snapshot
from .base import DocumentCommand


class SaveVersionCommand(DocumentCommand):
    def __init__(self, document, snapshot: Snapshot, text: str = "Save version") -> None:
        super().__init__(document, text)
        self.snapshot = snapshot

    def redo(self) -> None:
        self.doc.add_snapshot(self.snapshot)

    def undo(self) -> None:
        self.doc.delete_snapshot(self.snapshot.id)


class DeleteVersionCommand(DocumentCommand):
    def __init__(self, document, snapshot_id: str, text: str = "Delete version") -> None:
        super().__init__(document, text)
        self.snapshot = next(s for s in document.snapshots() if s.id == snapshot_id)

    def redo(self) -> None:
        self.doc.delete_snapshot(self.snapshot.id)

    def undo(self) -> None:
        self.doc.add_snapshot(self.snapshot)
