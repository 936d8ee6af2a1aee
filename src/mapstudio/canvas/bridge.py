"""Deliver the document's plain-Python change events as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DocumentBridge(QObject):
    changed = Signal(object)  # store.Change

    def __init__(self, document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._unsubscribe = document.subscribe(self.changed.emit)

    def detach(self) -> None:
        self._unsubscribe()
