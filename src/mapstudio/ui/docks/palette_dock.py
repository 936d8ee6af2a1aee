"""Palette: card kinds the user drags onto the canvas, as a compact grid of tiles.

Every kind shows at once: the tiles (icon beside its name) flow into as many columns as
the dock is wide, and the list never gets shorter than the height that shows every row.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListView,
    QListWidget,
    QListWidgetItem,
)

from ...canvas.card_kinds import card_kinds, palette_mime
from ..window.icons import icon as palette_icon  # light or dark, as the theme

KEY_ROLE = Qt.ItemDataRole.UserRole
TILE = QSize(100, 28)  # the narrowest tile; tiles share the width of the list


class PaletteList(QListWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("PaletteList")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setViewMode(QListView.ViewMode.ListMode)  # first: it resets flow and wrapping
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(18, 18))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # all shown
        self.setAccessibleName(self.tr("Card palette"))
        self.setAccessibleDescription(self.tr(
            "Card kinds: drag one onto a cell of the map to add a card of that kind"))
        for kind in card_kinds():
            item = QListWidgetItem(palette_icon(kind.icon), kind.label)
            item.setData(KEY_ROLE, kind.key)
            item.setSizeHint(TILE)  # tiles, not a grid size: Qt's list mode would not wrap
            tip = self.tr("Drag onto a cell of the map to add a {0} card").format(
                kind.label.lower())
            item.setToolTip(tip)
            item.setStatusTip(tip)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
            self.addItem(item)

    def _inner(self, width: int) -> int:
        return width - 2 * self.frameWidth() - 2

    def columns(self, width: int) -> int:
        return max(1, self._inner(width) // TILE.width())

    def height_for(self, width: int) -> int:
        """The height that shows every tile at `width`, without scrolling."""
        rows = ceil(self.count() / self.columns(width))
        return rows * TILE.height() + 2 * self.frameWidth() + 4

    def resizeEvent(self, event) -> None:  # noqa: N802
        width = event.size().width()
        tile = QSize(self._inner(width) // self.columns(width), TILE.height())
        for row in range(self.count()):
            if self.item(row).sizeHint() != tile:
                self.item(row).setSizeHint(tile)
        self.setMinimumHeight(self.height_for(width))
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = 2 * TILE.width() + 2 * self.frameWidth() + 4
        return QSize(width, self.height_for(width))

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

    def fitting_height(self, width: int) -> int:
        """The dock height (title bar included) that shows every kind at `width`."""
        title = self.titleBarWidget().sizeHint().height() if self.titleBarWidget() else \
            self.fontMetrics().height() + 8
        return self.list.height_for(width) + title
