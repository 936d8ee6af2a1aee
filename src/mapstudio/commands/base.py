"""Shared bases: commands hold the document and ids, and replay through its API."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class DocumentCommand(QUndoCommand):
    """A command over one document. Subclasses implement redo/undo with API calls."""

    def __init__(self, document, text: str) -> None:
        super().__init__(text)
        self.doc = document


class MapSnapshotCommand(DocumentCommand):
    """Undo by restoring the map exactly as it was: for edits with wide side effects
    (removing a stage shortens spanning cards, a new scale rescales every score)."""

    def __init__(self, document, map_id: str, text: str) -> None:
        super().__init__(document, text)
        self.map_id = map_id
        self._before = None
        self._after = None

    def apply(self) -> None:  # the edit itself, run once
        raise NotImplementedError

    def redo(self) -> None:
        if self._after is not None:
            self.doc.replace_map_content(self._after)
            return
        self._before = self.doc.load_map(self.map_id)
        self.apply()
        self._after = self.doc.load_map(self.map_id)

    def undo(self) -> None:
        self.doc.replace_map_content(self._before)
