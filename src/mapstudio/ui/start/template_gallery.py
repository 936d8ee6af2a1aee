"""File ▸ New from template: a searchable, filterable gallery of industry templates.

Thumbnails are rendered from the template itself and cached in the user cache folder,
keyed by the template file's modification time, so the gallery opens instantly after
the first time.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...layout import MAP_TYPE_LABELS
from ...model import MapStudioError, Persona
from ...templates import catalogue
from ...templates.catalogue import TemplateEntry
from ..personas.persona_avatar import avatar_pixmap
from .template_thumbnails import SMALL, ThumbnailCache

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
        # thumbnails not yet drawn are drawn one by one after the dialog shows
        self._pending: list[str] = []
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setInterval(0)
        self._thumb_timer.timeout.connect(self._next_thumbnail)
        blank = QPixmap(*SMALL)
        blank.fill(QColor("#f1f5f9"))
        self._placeholder = QIcon(blank)

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
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)

        # the large preview: the whole map, as large as the panel allows
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setObjectName("templatePreview")
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_scroll.setMinimumSize(420, 240)
        self.preview_scroll.setWidget(self.preview)
        self.preview_scroll.viewport().installEventFilter(self)
        self._preview_image = QImage()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel(wordWrap=True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setStyleSheet("color: #475569;")
        self.details = QLabel(wordWrap=True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.personas = QVBoxLayout()
        self.personas.setSpacing(4)
        self.delete_button = QPushButton(self.tr("Delete template"))
        self.delete_button.setToolTip(self.tr("Remove this template from My templates"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.preview_scroll, 1)
        side_layout.addWidget(self.title)
        side_layout.addWidget(self.facts)
        side_layout.addWidget(self.details)
        side_layout.addLayout(self.personas)
        side_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addStretch(0)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 640])
        self.splitter = splitter

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
        for key, name in MAP_TYPE_LABELS.items():
            self.map_type.addItem(self.tr(name), str(key))
        self.language.addItem(self.tr("All languages"), "")
        for code in sorted({e.language for e in entries}):
            self.language.addItem(i18n.NATIVE_NAMES.get(code, code), code)

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
        self._pending = []
        self._entries = {e.id: e for e in entries}
        for entry in entries:
            item = QListWidgetItem(entry.name)
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(f"{entry.industry} · {self._type_name(entry.map_type)}")
            if self._thumbs.has_small(entry):
                item.setIcon(QIcon(QPixmap.fromImage(self._thumbs.small(entry))))
            else:
                item.setIcon(self._placeholder)
                self._pending.append(entry.id)
            self.list.addItem(item)
            if entry.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if self._pending:
            self._thumb_timer.start()
        has_any = self.list.count() > 0
        self.create_button.setEnabled(has_any)
        self.add_button.setEnabled(has_any)
        if not has_any:
            self._preview_image = QImage()
            self.preview.clear()
            self.title.setText(self.tr("No template matches"))
            self.facts.clear()
            self.details.setText(self.tr("Clear the search or pick another filter."))
            self._show_personas_none()
            self.delete_button.hide()

    def _next_thumbnail(self) -> None:
        if not self._pending:
            self._thumb_timer.stop()
            return
        template_id = self._pending.pop(0)
        entry = self._entries.get(template_id)
        if entry is None:
            return
        icon = QIcon(QPixmap.fromImage(self._thumbs.small(entry)))
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == template_id:
                self.list.item(i).setIcon(icon)
                break

    def finish_thumbnails(self) -> None:
        """Draw every thumbnail still waiting (tests, screenshots)."""
        while self._pending:
            self._next_thumbnail()

    def thumbnails_pending(self) -> int:
        return len(self._pending)

    def _show_preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry = self._entries[item.data(ID_ROLE)]
        self._preview_image = self._thumbs.large(entry)
        self._fit_preview()
        self.preview_scroll.verticalScrollBar().setValue(0)
        self.title.setText(entry.name)
        self.facts.setText(" · ".join((
            entry.industry, self._type_name(entry.map_type),
            i18n.NATIVE_NAMES.get(entry.language, entry.language),
            self.tr("{0} stages · {1} lanes · {2} cards").format(entry.stages, entry.lanes,
                                                                 entry.cards))))
        self.details.setText(entry.description)
        self._show_personas(entry)
        self.delete_button.setVisible(entry.user)

    def _type_name(self, map_type: str) -> str:
        return self.tr(MAP_TYPE_LABELS[map_type]) if map_type in MAP_TYPE_LABELS else map_type

    def _show_personas(self, entry: TemplateEntry) -> None:
        self._show_personas_none()
        try:
            raw = json.loads(entry.path.read_text(encoding="utf-8")).get("personas") or []
        except (OSError, ValueError):
            raw = []
        for data in raw[:3]:
            persona = Persona(name=str(data.get("name", "")), role=str(data.get("role", "")),
                              colour=str(data.get("colour") or "#64748b"))
            row = QLabel()
            row.setObjectName("templatePersona")
            row.setTextFormat(Qt.TextFormat.PlainText)
            row.setWordWrap(True)
            row.setText(persona.name + (f" — {persona.role}" if persona.role else ""))
            icon = QLabel()
            icon.setPixmap(avatar_pixmap(persona, 28))
            line = QWidget()
            layout = QHBoxLayout(line)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(row, 1)
            self.personas.addWidget(line)

    def _show_personas_none(self) -> None:
        while self.personas.count():
            widget = self.personas.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _fit_preview(self) -> None:
        """The whole map, never cropped: as wide as the panel unless that is too tall."""
        if self._preview_image.isNull():
            self.preview.clear()
            return
        ratio = self.devicePixelRatioF()
        viewport = self.preview_scroll.viewport()
        image = self._preview_image
        width = max(1, viewport.width() - 2)
        full_height = image.height() * width / max(1, image.width())
        frame = 2 * self.preview_scroll.frameWidth()
        # no empty frame under a wide map: the details follow the picture
        self.preview_scroll.setMaximumHeight(max(self.preview_scroll.minimumHeight(),
                                                 round(full_height) + frame + 2))
        height = max(1, viewport.height() - 2)
        size = QSize(round(width * ratio), round(height * ratio))
        pixmap = QPixmap.fromImage(image).scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.preview_scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_preview()
        return super().eventFilter(watched, event)

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
