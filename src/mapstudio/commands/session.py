"""The open project as the editor sees it: one document, its undo stack, one change
stream. Windows, docks, the canvas and dialogs get the session, never the window.

Opening a session guards the document: from then on it refuses any write that does not
run inside a command (`Document.command()`), so "every edit is undoable" is enforced by
the store rather than hoped for. Every commit reaches the views once, as one typed
`ChangeSet` on `changed`, whether this window made it or someone else did (a workspace
delivers other people's commits from its listener thread; Qt queues them onto the GUI
thread because the session lives there).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..model.changes import ChangeSet
from .undo_stack import ProjectUndoStack


class DocumentSession(QObject):
    changed = Signal(object)  # ChangeSet, after the commit, on the GUI thread
    closing = Signal()

    def __init__(self, document, undo_stack: ProjectUndoStack | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack if undo_stack is not None else ProjectUndoStack(self)
        document.require_commands = True
        self._unsubscribe = document.subscribe(self._committed)

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.document, "read_only", False))

    def push(self, command) -> bool:
        """Run `command` as one transaction and keep it for undo; False if not written."""
        return self.undo_stack.push(command)

    def _committed(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)

    def close(self) -> None:
        """Forget the undo history and close the document; the session is then spent."""
        if self.document is None:
            return
        self.closing.emit()
        self._unsubscribe()
        self.undo_stack.clear()
        self.document.require_commands = False
        self.document.close()
        self.document = None
