"""Persona library: the project's personas; tick the ones the current map is about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
)

from ...commands.persona_commands import (
    AddPersonaCommand,
    AssignPersonasCommand,
    DeletePersonaCommand,
    EditPersonaCommand,
    ImportPersonasCommand,
)
from ...model import MapStudioError, Persona, new_id
from ..window.icons import list_with_buttons
from .persona_avatar import avatar_pixmap, persona_detail, photo_bytes

ID_ROLE = Qt.ItemDataRole.UserRole
AVATAR = 36


class PersonaDock(QDockWidget):
    def __init__(self, window) -> None:
        super().__init__(self.tr("Personas"), window)
        self.setObjectName("PersonaDock")
        self.window = window
        self.list = QListWidget()
        self.list.setIconSize(QSize(AVATAR, AVATAR))
        self.list.setSpacing(2)
        self.list.itemChanged.connect(self._toggled)
        self.list.itemDoubleClicked.connect(lambda _i: self.edit())
        body, self.buttons = list_with_buttons(self.list, (
            ("add", "fa5s.user-plus", self.tr("New persona"), self.add),
            ("edit", "fa5s.user-edit", self.tr("Edit the selected persona"), self.edit),
            ("delete", "fa5s.user-minus", self.tr("Delete the selected persona"), self.delete),
            ("import", "fa5s.file-import", self.tr("Import personas from another project"),
             self.import_from_file),
        ))
        self.setWidget(body)
        self._filling = False
        self.session = None
        self._current_map = lambda: None

    def set_session(self, session, current_map) -> None:
        """The open project's session and where to read the shown map's id from."""
        self.session = session
        self._current_map = current_map

    @property
    def doc(self):
        return self.session.document if self.session is not None else None

    def refresh(self) -> None:
        self._filling = True
        current = self.current_id()
        self.list.clear()
        if self.doc is not None:
            map_id = self._current_map()
            maps = {m.id: m for m in self.doc.maps()}  # the shown map may just have gone
            assigned = set(maps[map_id].persona_ids) if map_id in maps else set()
            for persona in self.doc.personas():
                item = QListWidgetItem(self._icon(persona), persona.name)
                item.setData(ID_ROLE, persona.id)
                detail = persona_detail(persona)
                item.setToolTip(f"{persona.name}\n{detail}" if detail else persona.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if persona.id in assigned
                                   else Qt.CheckState.Unchecked)
                self.list.addItem(item)
                if persona.id == current:
                    self.list.setCurrentItem(item)
        self._filling = False

    def _icon(self, persona: Persona) -> QIcon:
        """The photo in a circle, or the initials on the persona's colour."""
        return QIcon(avatar_pixmap(persona, AVATAR, photo_bytes(self.doc, persona)))

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _toggled(self, item: QListWidgetItem) -> None:
        map_id = self._current_map()
        if self._filling or not map_id:
            return
        ids = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())
               if self.list.item(i).checkState() == Qt.CheckState.Checked]
        if ids != self.doc.journey_map(map_id).persona_ids:
            self.session.push(AssignPersonasCommand(self.doc, map_id, ids))

    def add(self) -> None:
        if self.doc is None:
            return
        colours = ("#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2")
        persona = Persona(name=self.tr("New persona"),
                          colour=colours[len(self.doc.personas()) % len(colours)])
        from .persona_dialog import PersonaDialog  # with Pillow and the image checks

        dialog = PersonaDialog(persona, parent=self)
        if not dialog.exec():
            return
        for key, value in dialog.fields().items():
            setattr(persona, key, value)
        self.session.push(AddPersonaCommand(self.doc, persona, self._current_map(),
                                            photo=dialog.photo or None))
        self.refresh()

    def select(self, persona_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == persona_id:
                self.list.setCurrentRow(i)
                return

    def edit(self, persona_id: str | None = None) -> None:
        if persona_id:
            self.select(persona_id)
        persona_id = persona_id or self.current_id()
        if not persona_id or self.doc is None:
            return
        persona = self.doc.persona(persona_id)
        photo = self.doc.asset(persona.photo_asset_id).data if persona.photo_asset_id else None
        from .persona_dialog import PersonaDialog

        dialog = PersonaDialog(persona, photo, parent=self)
        if not dialog.exec():
            return
        fields = dialog.fields()
        if fields or dialog.photo:
            self.session.push(EditPersonaCommand(self.doc, persona_id,
                                                 photo=dialog.photo or None, **fields))
        self.refresh()

    def delete(self) -> None:
        persona_id = self.current_id()
        if not persona_id:
            return
        name = self.doc.persona(persona_id).name
        answer = QMessageBox.question(
            self, self.tr("Delete persona"),
            self.tr("Delete “{0}” from the project? Maps lose its emotion curve. "
                    "You can undo this.").format(name))
        if answer == QMessageBox.StandardButton.Yes:
            self.session.push(DeletePersonaCommand(self.doc, persona_id))
            self.refresh()

    def import_from_file(self, path: Path | None = None) -> int:
        if self.doc is None:
            return 0
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import personas"), "",
                                                  self.tr("Map Studio projects (*.mapstudio)"))
            if not name:
                return 0
            path = Path(name)
        from ...store import Document

        if Path(path).resolve() == Path(self.doc.path).resolve():
            self.window.statusBar().showMessage(
                self.tr("These personas are already in this project"), 5000)
            return 0

        try:
            with Document.open(path, read_only=True) as other:
                personas = other.personas()
                photos = {p.id: other.asset(p.photo_asset_id).data
                          for p in personas if p.photo_asset_id}
        except MapStudioError as exc:
            QMessageBox.critical(self, self.tr("Import personas"), str(exc))
            return 0
        existing = {p.id: p for p in self.doc.personas()}
        fresh = []
        for persona in personas:
            old_id = persona.id
            if old_id in existing:
                if existing[old_id].name == persona.name:
                    continue  # the same persona is already in this project
                persona.id = new_id()
                photos[persona.id] = photos.pop(old_id, None)
            persona.photo_asset_id = None
            fresh.append(persona)
        if fresh:
            self.session.push(ImportPersonasCommand(self.doc, fresh, photos))
            message = self.tr("Imported {0} personas from {1}").format(len(fresh), path.name)
        else:
            message = self.tr("No new personas in {0}").format(path.name)
        self.window.statusBar().showMessage(message, 5000)
        self.refresh()
        return len(fresh)
