"""The main window: canvas in the centre, Maps / Palette / Inspector / History docks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QUndoView,
)

from .. import APP_NAME
from ..canvas.bridge import DocumentBridge
from ..canvas.editing import CanvasEditor
from ..canvas.items import CardItem, HeaderItem
from ..canvas.scene import JourneyScene
from ..canvas.view import JourneyView
from ..model import MapStudioError
from .actions import build_actions
from .find_bar import FindBar
from .inspector_dock import InspectorDock
from .journey_features import JourneyFeatures
from .maps_dock import MapsDock
from .palette_dock import PaletteDock
from .welcome import WelcomePage

FILE_FILTER = "Map Studio projects (*.mapstudio)"
MAX_RECENT = 10


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.doc = None
        self.bridge = None
        self.scene = None
        self.view = None
        self.editor = None
        self.undo_stack = QUndoStack(self)
        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.maps_dock = MapsDock(self)
        self.palette_dock = PaletteDock(self)
        self.inspector = InspectorDock(self)
        self.history_dock = QDockWidget(self.tr("History"), self)
        self.history_dock.setObjectName("HistoryDock")
        self.history_dock.setWidget(QUndoView(self.undo_stack))
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.maps_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.maps_dock.map_selected.connect(self.show_map)
        self.find_bar = FindBar(self)
        self.actions = build_actions(self)
        self.journey = JourneyFeatures(self)
        self.zoom_label = QLabel("100 %")
        self.statusBar().addPermanentWidget(self.zoom_label)
        # a bound slot, not a lambda: Qt drops it when the window is destroyed
        self.undo_stack.indexChanged.connect(self._after_edit)
        self._restore_settings()
        self._update_title()
        self._set_enabled(False)
        self.journey.document_changed()

    # ---- documents ---------------------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        from ..store import Document

        try:
            doc = Document.open(path)
        except MapStudioError as exc:
            QMessageBox.critical(self, self.tr("Cannot open file"), str(exc))
            return False
        self.set_document(doc)
        self.add_recent(path)
        return True

    def set_document(self, doc) -> None:
        self.close_document()
        self.doc = doc
        self.bridge = DocumentBridge(doc, self)
        self.scene = JourneyScene(doc, self.bridge, self.undo_stack, self)
        self.editor = CanvasEditor(doc, self.scene, self.undo_stack)
        self.view = JourneyView(self.scene, self.editor, self)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        self.view.error.connect(self.view.show_error)
        self.view.header_clicked.connect(self.select_header)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.relaid.connect(self._refresh_inspector)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.inspector.attach(doc, self.editor, self.undo_stack)
        self.maps_dock.set_document(doc, self.undo_stack)
        self._set_enabled(True)
        self._update_title()
        self.journey.document_changed()

    def close_document(self) -> None:
        if self.doc is None:
            return
        self.undo_stack.clear()
        self.bridge.detach()
        self.stack.removeWidget(self.view)
        self.view.deleteLater()
        self.scene.deleteLater()
        self.doc.close()
        self.doc = self.scene = self.view = self.editor = self.bridge = None
        self.maps_dock.set_document(None, self.undo_stack)
        self.inspector.clear()
        self.stack.setCurrentWidget(self.welcome)
        self._set_enabled(False)
        self._update_title()
        self.journey.document_changed()

    def show_map(self, map_id: str) -> None:
        if self.scene is None:
            return
        self.commit_editors()
        self.scene.show_map(map_id or None)
        self.inspector.clear()
        if map_id:
            self.inspector.show_map(map_id)
        self.view.fit() if self.view.zoom < 0.2 else None
        self._update_title()
        if hasattr(self, "journey"):
            self.journey.map_changed()

    @property
    def current_map_id(self) -> str | None:
        return self.scene.map_id if self.scene else None

    def commit_editors(self) -> None:
        if self.view is not None:
            self.view.commit_inline_editor()

    def _after_edit(self, _index: int = 0) -> None:
        if self.doc is None:
            return
        maps = [m.id for m in self.doc.maps()]
        if self.current_map_id not in maps or self.maps_dock.map_ids() != maps:
            self.maps_dock.refresh(select=self.current_map_id if self.current_map_id in maps
                                   else None)
        else:
            titles = [m.title for m in self.doc.maps()]
            for i, title in enumerate(titles):
                if self.maps_dock.list.item(i).text() != title:
                    self.maps_dock.list.item(i).setText(title)
        self.journey.persona_dock.refresh()  # after the shown map is valid again
        self._update_title()

    def _update_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle(APP_NAME)
            return
        title = self.doc.project().title
        if self.current_map_id:
            try:
                title += " — " + self.doc.journey_map(self.current_map_id).title
            except MapStudioError:
                pass
        self.setWindowTitle(f"{title} — {APP_NAME}")
        self.setWindowFilePath(str(self.doc.path))

    def _set_enabled(self, has_document: bool) -> None:
        for name in self.actions.document_actions:
            self.actions[name].setEnabled(has_document)
        for dock in (self.maps_dock, self.palette_dock, self.inspector):
            dock.setEnabled(has_document)

    # ---- selection -> inspector --------------------------------------------------------

    def _selection_changed(self) -> None:
        if self.scene is None:
            return
        items = self.scene.selectedItems()
        cards = [i for i in items if isinstance(i, CardItem)]
        if len(cards) == 1:
            self.inspector.show_card(cards[0].card_id)
        elif not items and self.current_map_id:
            self.inspector.show_map(self.current_map_id)
        self.statusBar().showMessage(
            self.tr("{0} cards selected").format(len(cards)) if len(cards) > 1 else "", 3000)

    def select_header(self, item: HeaderItem) -> None:
        if item.orientation == "stage":
            self.inspector.show_stage(item.object_id)
        else:
            self.inspector.show_lane(item.object_id)

    def _refresh_inspector(self) -> None:
        target = self.inspector.target
        if target is None or self.inspector.isAncestorOf(self.focusWidget() or self):
            return
        kind, object_id = target
        try:
            getattr(self.inspector, f"show_{kind}")(object_id)
        except MapStudioError:
            self.inspector.clear()

    # ---- files -------------------------------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings()

    def recent_files(self) -> list[str]:
        value = self._settings().value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [p for p in (value or []) if Path(p).exists()]

    def add_recent(self, path: Path) -> None:
        path = str(Path(path).resolve())
        files = [path] + [p for p in self.recent_files() if p != path]
        self._settings().setValue("recentFiles", files[:MAX_RECENT])
        self.actions.refresh_recent()
        self.welcome.refresh()

    def _restore_settings(self) -> None:
        settings = self._settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.commit_editors()
        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.close_document()
        super().closeEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if any(u.toLocalFile().endswith(".mapstudio") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(".mapstudio"):
                self.open_path(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                              self.tr(FILE_FILTER))
        if path:
            self.open_path(Path(path))

    def ask_new(self) -> None:
        from ..model import Project, ProjectData, starter_map
        from ..store import Document

        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"),
                                              self.tr("Untitled.mapstudio"),
                                              self.tr(FILE_FILTER))
        if not path:
            return
        path = Path(path).with_suffix(".mapstudio")
        title = path.stem
        data = ProjectData(project=Project(title=title), maps=[starter_map()])
        try:
            doc = Document.create(path, title, data=data, force=True)
        except MapStudioError as exc:
            QMessageBox.critical(self, self.tr("New project"), str(exc))
            return
        self.set_document(doc)
        self.add_recent(path)

    def save_copy(self) -> None:
        if self.doc is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"),
                                              str(self.doc.path.with_name(
                                                  self.doc.path.stem + " copy.mapstudio")),
                                              self.tr(FILE_FILTER))
        if path:
            try:
                self.doc.save_copy(Path(path))
                self.statusBar().showMessage(self.tr("Saved a copy to {0}").format(path), 5000)
            except (OSError, MapStudioError) as exc:
                QMessageBox.critical(self, self.tr("Save a copy"), str(exc))
