"""Undoable edits of a living map: review notes and their threads, KPI values by day.

Evidence, confidence and links of a card go through `EditCardCommand`, a map's owner and
review date through `EditMapCommand`, a stage's through `EditStageCommand`: they are
fields like any other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..model import ReviewNote
from . import naming
from .base import DocumentCommand, SetFieldsCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


class AddNoteCommand(DocumentCommand):
    """Pin a review note to a card or stage, or reply to one (`note.parent_id`)."""

    def __init__(self, document, note: ReviewNote) -> None:
        text = _tr("Reply {0}") if note.parent_id else _tr("Add note {0}")
        super().__init__(document, text.format(naming.quoted(note.text)))
        self.note = note
        self.position: int | None = None

    def redo(self) -> None:
        self.doc.add_note(self.note, self.position)
        if self.position is None:  # a redo after an undo puts it back in the same place
            self.position = dict((n.id, p) for p, n in self.doc.notes_on(
                [self.note.target_id]))[self.note.id]

    def undo(self) -> None:
        self.doc.delete_note(self.note.id)


class EditNoteCommand(SetFieldsCommand):
    """Change a note's text, or resolve / reopen it (`resolved`)."""

    ID = 1601
    reader, writer = "note", "update_note"

    def describe(self, current, fields: dict) -> str:
        if set(fields) == {"resolved"}:
            text = _tr("Resolve note {0}") if fields["resolved"] else _tr("Reopen note {0}")
        else:
            text = _tr("Edit note {0}")
        return text.format(naming.quoted(current.text))

    @property
    def note_id(self) -> str:
        return self.object_id

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other) -> bool:  # noqa: N802 - Qt API
        """Typing in one note is one step; resolving is always its own."""
        if (not isinstance(other, EditNoteCommand) or other.note_id != self.note_id
                or set(other.after) != {"text"} or set(self.after) != {"text"}):
            return False
        self.after = other.after
        return True


class DeleteNoteCommand(DocumentCommand):
    """Delete a note with its replies; undo puts the thread back where it was."""

    def __init__(self, document, note_id: str) -> None:
        super().__init__(document, _tr("Delete note {0}").format(
            naming.quoted(document.note(note_id).text)))
        self.note_id = note_id
        self.removed: list = []

    def redo(self) -> None:
        self.removed = self.doc.delete_note(self.note_id)

    def undo(self) -> None:
        for position, note in self.removed:
            self.doc.add_note(note, position)


class SetMetricValuesCommand(DocumentCommand):
    """Dated KPI values (card id, YYYY-MM-DD, value or None to remove), in one step."""

    def __init__(self, document, entries: list[tuple[str, str, float | None]],
                 text: str = "") -> None:
        super().__init__(document, text or _tr("Update KPI values"))
        self.entries = list(entries)
        self.previous: list = []

    def redo(self) -> None:
        self.previous = self.doc.set_metric_values(self.entries)

    def undo(self) -> None:
        self.doc.set_metric_values(self.previous)
