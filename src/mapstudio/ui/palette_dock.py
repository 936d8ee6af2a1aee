"""Palette: card kinds the user drags onto the canvas."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QListWidget, QListWidgetItem

from ..canvas.card_kinds import card_kinds, palette_mime
from .icons import icon as palette_icon  # light or dark, as the theme

KEY_ROLE = Qt.ItemDataRole.UserRole


class PaletteList(QListWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setIconSize(QSize(20, 20))
        self.setSpacing(2)
        for kind in card_kinds():
            item = QListWidgetItem(palette_icon(kind.icon), kind.label)
            item.setData(KEY_ROLE, kind.key)
            item.setToolTip(self.tr("Drag onto a cell of the map to add a {0} card").format(
                kind.label.lower()))
            self.addItem(item)

    def startDrag(self, actions) -> None:  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(palette_mime(item.data(KEY_ROLE)))
        drag.setPixmap(item.icon().pixmap(24, 24))
        drag.exec(Qt.DropAction.CopyAction)


class PaletteDock(QDockWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Palette"), parent)
        self.setObjectName("PaletteDock")
        self.list = PaletteList()
        self.setWidget(self.list)
