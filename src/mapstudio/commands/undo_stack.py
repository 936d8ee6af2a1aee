"""The project's undo stack: a change that cannot be written never reaches it.

A command runs once before it is pushed; if its write fails, SQLite has rolled the
transaction back, the command is dropped and `write_failed` tells the window. Undo and
redo reach commands through Qt (the Edit menu, the History list), so a failure there is
caught by the command itself, which hands it to `command_failed`: the stack is put back
where the document really is, replaying nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import WriteError

log = logging.getLogger(__name__)


class ProjectUndoStack(QUndoStack):
    write_failed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.suspended = False  # while True, commands' undo/redo change nothing
        self._resync_to: int | None = None

    def push(self, command: QUndoCommand) -> bool:
        """Run `command`; only a command whose change was written joins the stack.

        Returns False when the write failed (already reported through `write_failed`);
        other errors (bad input) propagate with nothing pushed.
        """
        command.stack = self
        command.direct = True
        try:
            command.redo()
        except WriteError as exc:
            log.warning("change %r not saved: %s", command.text(), exc)
            self.write_failed.emit(str(exc))
            return False
        finally:
            command.direct = False
        command.skip = "redo"  # QUndoStack.push runs redo once more: it is done already
        super().push(command)
        return True

    def command_failed(self, command: QUndoCommand, phase: str, exc: WriteError) -> None:
        """An undo or redo driven by Qt could not be written; the document is unchanged."""
        log.warning("%s of %r not saved: %s", phase, command.text(), exc)
        index = self._position(command)
        self.suspended = True  # the rest of this undo/redo run changes nothing either
        if index is not None and self._resync_to is None:
            self._resync_to = index + 1 if phase == "undo" else index
            QTimer.singleShot(0, lambda: self._resync(str(exc)))

    def _position(self, command: QUndoCommand) -> int | None:
        for i in range(self.count()):
            top = self.command(i)
            if top is command or any(top.child(j) is command for j in range(top.childCount())):
                return i
        return None

    def _resync(self, message: str) -> None:
        try:
            if self._resync_to is not None:
                self.setIndex(self._resync_to)  # commands skip: the document never moved
        finally:
            self._resync_to = None
            self.suspended = False
        self.write_failed.emit(message)
