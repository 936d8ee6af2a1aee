"""Maps dock: the project's maps; add, duplicate, rename, reorder, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
)

from ...commands import (
    AddMapCommand,
    DeleteMapCommand,
    DuplicateMapCommand,
    EditMapCommand,
    MoveMapCommand,
)
from ...layout import MAP_TYPE_LABELS
from ...model import starter_map
from ...settings import Settings
from ..window.icons import list_with_buttons
from ..window.review_status import mark_map

ID_ROLE = Qt.ItemDataRole.UserRole


class MapsDock(QDockWidget):
    map_selected = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Maps"), parent)
        self.setObjectName("MapsDock")
        self.doc = None
        self.undo = None
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(self._rows_moved)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemDoubleClicked.connect(lambda _i: self.rename())
        body, self.buttons = list_with_buttons(self.list, (
            ("add", "fa5s.plus", self.tr("Add a new map"), self.add),
            ("duplicate", "fa5s.clone", self.tr("Duplicate the selected map"), self.duplicate),
            ("rename", "fa5s.pen", self.tr("Rename the selected map"), self.rename),
            ("up", "fa5s.arrow-up", self.tr("Move the map up"), lambda: self.shift(-1)),
            ("down", "fa5s.arrow-down", self.tr("Move the map down"), lambda: self.shift(1)),
            ("delete", "fa5s.trash", self.tr("Delete the selected map"), self.delete),
        ))
        self.setWidget(body)
        self._refreshing = False

    def set_session(self, session) -> None:
        """Show the session's maps (None: no project open)."""
        self.doc = session.document if session is not None else None
        self.undo = session.undo_stack if session is not None else None
        self.refresh()

    def map_ids(self) -> list[str]:
        """The ids of the rows, in the order shown."""
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def current_map_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def refresh(self, select: str | None = None) -> None:
        self._refreshing = True
        current = select or self.current_map_id()
        self.list.clear()
        if self.doc is not None:
            for m in self.doc.maps():
                item = QListWidgetItem()
                item.setData(ID_ROLE, m.id)
                self._style(item, m)
                self.list.addItem(item)
                if m.id == current:
                    self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._refreshing = False
        map_id = self.current_map_id()
        self.map_selected.emit(map_id or "")

    def _style(self, item: QListWidgetItem, journey_map) -> None:
        item.setText(journey_map.title)
        item.setToolTip(self.tr(MAP_TYPE_LABELS.get(journey_map.map_type, "")))
        item.setData(Qt.ItemDataRole.ForegroundRole, None)
        mark_map(item, journey_map)

    def restyle(self, maps) -> None:
        """Titles, tooltips and review marks of the listed maps (same maps, same order)."""
        for i, journey_map in enumerate(maps):
            self._style(self.list.item(i), journey_map)

    def select(self, map_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == map_id:
                self.list.setCurrentRow(i)
                return

    def _current_changed(self, item, _previous) -> None:
        if not self._refreshing:
            self.map_selected.emit(item.data(ID_ROLE) if item else "")

    def add(self) -> None:
        if self.doc is None:
            return
        content = starter_map(self.tr("New journey map"), position=len(self.doc.maps()))
        content.map.scale = Settings().new_map_scale()  # Preferences ▸ default emotion scale
        self.undo.push(AddMapCommand(self.doc, content))
        self.refresh(select=content.map.id)

    def duplicate(self) -> None:
        map_id = self.current_map_id()
        if map_id:
            command = DuplicateMapCommand(self.doc, map_id)
            if self.undo.push(command):  # False: not written, already told
                self.refresh(select=command.copy.map.id)

    def rename(self) -> None:
        map_id = self.current_map_id()
        if not map_id:
            return
        current = self.doc.journey_map(map_id).title
        title, ok = QInputDialog.getText(self, self.tr("Rename map"), self.tr("Title:"),
                                         text=current)
        if ok and title.strip() and title.strip() != current:
            self.undo.push(EditMapCommand(self.doc, map_id, "Rename map", title=title.strip()))
            self.refresh(select=map_id)

    def shift(self, step: int) -> None:
        map_id = self.current_map_id()
        if not map_id:
            return
        position = self.list.currentRow() + step
        if 0 <= position < self.list.count():
            self.undo.push(MoveMapCommand(self.doc, map_id, position))
            self.refresh(select=map_id)

    def _rows_moved(self, _parent, start, _end, _dest, row) -> None:
        if self._refreshing or self.doc is None:
            return
        old_ids = [m.id for m in self.doc.maps()]
        new_ids = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
        if 0 <= start < len(old_ids) and old_ids != new_ids:
            map_id = old_ids[start]
            self.undo.push(MoveMapCommand(self.doc, map_id, new_ids.index(map_id)))
            self.refresh(select=map_id)

    def delete(self) -> None:
        map_id = self.current_map_id()
        if not map_id or self.list.count() <= 1:
            return
        title = self.doc.journey_map(map_id).title
        answer = QMessageBox.question(self, self.tr("Delete map"),
                                      self.tr("Delete the map “{0}”? You can undo this.")
                                      .format(title))
        if answer == QMessageBox.StandardButton.Yes:
            self.undo.push(DeleteMapCommand(self.doc, map_id))
            self.refresh()
