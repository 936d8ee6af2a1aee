"""File ▸ New from template: a searchable, filterable gallery of industry templates.

Thumbnails are rendered from the template itself and cached in the user cache folder,
keyed by the template file's modification time, so the gallery opens instantly after
the first time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..model import MapStudioError
from ..templates import catalogue
from ..templates.catalogue import TemplateEntry
from .template_thumbnails import ThumbnailCache

MAP_TYPE_NAMES = {
    "current_state": "Current state",
    "future_state": "Future state",
    "day_in_the_life": "Day in the life",
    "service_blueprint": "Service blueprint",
}
LANGUAGE_NAMES = {"en": "English", "it": "Italiano", "pl": "Polski", "es": "Español",
                  "ru": "Русский"}
ID_ROLE = Qt.ItemDataRole.UserRole


class TemplateGalleryDialog(QDialog):
    """Pick a template; `chosen` and `add_to_project` tell the caller what to do."""

    create_requested = Signal(str, bool)  # template id, add to the open project

    def __init__(self, parent: QWidget | None = None, can_add_to_project: bool = False,
                 thumbnails: Callable[[TemplateEntry], QImage] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from template"))
        self.resize(1180, 760)
        self.chosen: str | None = None
        self.add_to_project = False
        self._thumbs = ThumbnailCache(thumbnails)
        self._entries: dict[str, TemplateEntry] = {}

        self.search = QLineEdit(placeholderText=self.tr("Search templates, industries, personas…"))
        self.search.setClearButtonEnabled(True)
        self.industry = QComboBox()
        self.map_type = QComboBox()
        self.language = QComboBox()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for label, combo in ((self.tr("Industry"), self.industry),
                             (self.tr("Map type"), self.map_type),
                             (self.tr("Language"), self.language)):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)

        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(220, 140))
        self.list.setGridSize(QSize(244, 200))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)

        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(420, 260)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.details = QLabel(wordWrap=True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.delete_button = QPushButton(self.tr("Delete template"))
        self.delete_button.setToolTip(self.tr("Remove this template from My templates"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.preview, 3)
        side_layout.addWidget(self.title)
        side_layout.addWidget(self.details, 2)
        side_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(side)
        splitter.setSizes([700, 460])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("Create project"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button = self.buttons.addButton(
            self.tr("Add map to this project"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setVisible(can_add_to_project)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._fill_filters()
        self.search.textChanged.connect(self.refresh)
        for combo in (self.industry, self.map_type, self.language):
            combo.currentIndexChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._show_preview)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept(False))
        self.create_button.clicked.connect(lambda: self._accept(False))
        self.add_button.clicked.connect(lambda: self._accept(True))
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._delete_current)
        self.refresh()

    def _fill_filters(self) -> None:
        entries = catalogue.list_templates()
        self.industry.addItem(self.tr("All industries"), "")
        for name in sorted({e.industry for e in entries}):
            self.industry.addItem(name, name)
        self.map_type.addItem(self.tr("All map types"), "")
        for key, name in MAP_TYPE_NAMES.items():
            self.map_type.addItem(self.tr(name), key)
        self.language.addItem(self.tr("All languages"), "")
        for code in sorted({e.language for e in entries}):
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)

    def visible_ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def refresh(self) -> None:
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        entries = catalogue.list_templates(
            industry=self.industry.currentData() or None,
            language=self.language.currentData() or None,
            query=self.search.text().strip() or None,
        )
        wanted_type = self.map_type.currentData()
        if wanted_type:
            entries = [e for e in entries if e.map_type == wanted_type]
        self.list.clear()
        self._entries = {e.id: e for e in entries}
        for entry in entries:
            item = QListWidgetItem(entry.name)
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(f"{entry.industry} · {MAP_TYPE_NAMES.get(entry.map_type, '')}")
            item.setIcon(QIcon(QPixmap.fromImage(self._thumbs.small(entry))))
            self.list.addItem(item)
            if entry.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        has_any = self.list.count() > 0
        self.create_button.setEnabled(has_any)
        self.add_button.setEnabled(has_any)
        if not has_any:
            self.preview.clear()
            self.title.setText(self.tr("No template matches"))
            self.details.setText(self.tr("Clear the search or pick another filter."))
            self.delete_button.hide()

    def _show_preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry = self._entries[item.data(ID_ROLE)]
        image = self._thumbs.large(entry)
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.title.setText(entry.name)
        personas = ", ".join(entry.persona_names) or "—"
        self.details.setText(
            f"{entry.description}\n\n"
            + self.tr("Industry: {0}").format(entry.industry) + "\n"
            + self.tr("Map type: {0}").format(self.tr(MAP_TYPE_NAMES.get(entry.map_type, "")))
            + "\n"
            + self.tr("Language: {0}").format(LANGUAGE_NAMES.get(entry.language,
                                                                 entry.language)) + "\n"
            + self.tr("Personas: {0}").format(personas) + "\n"
            + self.tr("{0} stages · {1} lanes · {2} cards").format(
                entry.stages, entry.lanes, entry.cards)
        )
        self.delete_button.setVisible(entry.user)

    def _delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        entry = self._entries[item.data(ID_ROLE)]
        answer = QMessageBox.question(
            self, self.tr("Delete template"),
            self.tr("Delete “{0}” from My templates?").format(entry.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            catalogue.delete_user_template(entry.id)
        except (MapStudioError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Delete template"), str(exc))
        self.refresh()

    def _accept(self, add_to_project: bool) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(ID_ROLE)
        self.add_to_project = add_to_project
        self.create_requested.emit(self.chosen, add_to_project)
        self.accept()
