"""The main window: canvas in the centre, Maps / Palette / Inspector / History docks."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...commands.undo_stack import ProjectUndoStack
from ...demo import is_demo_copy
from ...model import MapStudioError
from ...model.changes import Entity
from ...settings import Settings
from ..start.project_thumbnails import project_thumbnail
from ..start.start_screen import StartScreen
from .actions import build_actions, run_modal
from .demo_copy import DemoCopy
from .find_bar import FindBar
from .project_files import open_document
from .window_files import WindowFilesMixin, same_file
from .window_layout import WindowLayout


def desk_colour(palette: QPalette) -> QColor:
    """The surface around the paper-white map: grey in light themes, near-black in dark."""
    window = palette.color(QPalette.ColorRole.Window)
    return window.darker(160) if window.lightness() < 128 else QColor(192, 197, 204)


FIRST_SIZE = QSize(1440, 900)


def fitting_size(screen, wanted: QSize = FIRST_SIZE) -> QSize:
    """The first size of the window: 1440×900, or what the screen has room for (a
    1280×720 laptop screen must show the whole window, title bar and panels)."""
    if screen is None:
        return wanted
    room = screen.availableGeometry().size()
    return wanted.boundedTo(QSize(room.width(), room.height() - 40))  # a frame's title


class MainWindow(WindowFilesMixin, QMainWindow):
    """`panels_later`: build only what the start screen shows (its page, menus, toolbar,
    status bar) and leave the docks and the features that live in them to
    `build_panels`, which the app calls on the turn after the first paint: the start
    screen hides the docks anyway, and their modules need not load before it shows."""

    def __init__(self, settings: Settings | None = None, *, panels_later: bool = False) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.session = None  # DocumentSession of the open project
        self.scene = None
        self.view = None
        self.editor = None
        self.panels_built = False
        self.undo_stack = ProjectUndoStack(self)
        self.undo_stack.write_failed.connect(self.show_write_failure)
        self.setAcceptDrops(True)
        self.resize(fitting_size(self.screen()))
        self.stack = QStackedWidget()
        self.start_screen = StartScreen(self.settings, project_thumbnail, self)
        self.stack.addWidget(self.start_screen)
        self.demo = DemoCopy(self)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo.bar)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.find_bar = FindBar(self)
        self.panels = WindowLayout(self)
        self.actions = build_actions(self)
        start = self.start_screen
        start.new_from_template_requested.connect(self.actions["new_template"].trigger)
        start.new_blank_requested.connect(self.ask_new)
        start.open_requested.connect(self.ask_open)
        start.open_demo_requested.connect(self.open_demo)
        start.open_recent_requested.connect(lambda path: self.open_path(Path(path)))
        self.zoom_label = QLabel("100 %")
        self.read_only_label = QLabel(self.tr("Read-only: changes are not saved"))
        self.read_only_label.setObjectName("ReadOnlyLabel")
        self.read_only_label.setStyleSheet("QLabel { font-weight: bold; padding: 0 8px; }")
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.zoom_label.hide()
        self.panels.restore_geometry()
        self._update_title()
        self._set_enabled(False)
        if not panels_later:
            self.build_panels()

    def build_panels(self) -> None:
        """The docks (Maps, Personas, Palette, Inspector, History, Health) and the features
        that live in them and in the menus; once, before any project opens."""
        if self.panels_built:
            return
        self.panels_built = True
        from .window_panels import build_window_panels

        build_window_panels(self)
        self.panels.restore_state()
        self._set_enabled(self.doc is not None)
        self.journey.document_changed()
        self.panels.park(True, new_panels=True)
        from .accessibility import name_window_controls

        name_window_controls(self)

    @cached_property
    def backups(self):
        """The automatic backups of the open project (loaded when a project opens)."""
        from ...backups import BackupScheduler

        return BackupScheduler(self.settings)

    # ---- documents ---------------------------------------------------------------------

    def open_path(self, path: Path, remember: bool = True) -> bool:
        """Open a project file; `remember` adds it to the recent projects."""
        if self.doc is not None and same_file(self.doc.path, path):
            self.raise_()
            return True  # already open here
        if not self.demo.confirm_leave():
            return False
        doc = open_document(self, Path(path))
        if doc is None:
            return False
        self.set_document(doc)
        if remember and not doc.read_only:
            self.add_recent(doc.path)
        return True

    def _map_damaged(self, message: str) -> None:
        """The map cannot be shown; the project's other maps are still there to open."""
        QMessageBox.warning(self, self.tr("Damaged map"), self.tr(
            "{0}\n\nThe other maps of this project can still be opened and edited; "
            "`mapstudio check` lists what is wrong.").format(message))

    def show_write_failure(self, message: str) -> None:
        """A change that could not be written: said as it is, the view left as it was."""
        self.statusBar().showMessage(self.tr("The last change was not saved."), 10000)
        QMessageBox.warning(self, self.tr("Change not saved"), message)

    def open_demo(self) -> bool:
        """A fresh temporary copy of the demo, like `mapstudio --demo`; not a recent file."""
        from ...demo import make_demo_copy

        if not self.demo.confirm_leave():
            return False
        try:
            path = make_demo_copy()
        except (OSError, MapStudioError) as exc:
            QMessageBox.critical(self, self.tr("Open demo"), str(exc))
            return False
        return self.open_path(path, remember=False)

    def show_opening(self, path: Path | None) -> None:
        """What the window shows while a project (`None`: the demo) opens at start-up."""
        text = self.tr("Opening {0}…").format(path.name) if path else self.tr(
            "Opening the demo…")
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(text)
        self.stack.addWidget(label)
        self.stack.setCurrentWidget(label)
        self.start_screen.hide()

    @property
    def doc(self):
        """The open document (read-only use inside the window; others get the session)."""
        return self.session.document if self.session is not None else None

    def set_document(self, doc) -> None:
        from ...canvas.editing import CanvasEditor
        from ...canvas.scene import JourneyScene
        from ...canvas.view import JourneyView
        from ...commands.session import DocumentSession

        self.build_panels()
        self.close_document()
        session = self.session = DocumentSession(doc, self.undo_stack, self)
        # a bound slot, not a lambda: Qt drops it when the window is destroyed
        session.changed.connect(self._after_change)
        self.scene = JourneyScene(session, self)
        self.editor = CanvasEditor(session, self.scene)
        self.view = JourneyView(self.scene, self.editor, self)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        self.view.error.connect(self.view.show_error)
        self.view.header_clicked.connect(self.select_header)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.relaid.connect(self._refresh_inspector)
        self.scene.damaged.connect(self._map_damaged)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.inspector.attach(session, self.editor)
        self.maps_dock.set_session(session)
        self._set_enabled(True)
        self._update_title()
        self.journey.document_changed()
        self.demo.document_changed()
        self.panels.park(False)
        self.zoom_label.show()
        self.apply_view_preferences()
        self.view.setAccessibleName(self.tr("Journey map"))
        self.view.setAccessibleDescription(self.tr(
            "The map: stages in columns, lanes in rows, cards in their cells"))
        QTimer.singleShot(0, self.panels, self.panels.zoom_to_show_stages)  # once laid out
        if not is_demo_copy(doc.path):  # a throw-away copy needs no backups
            self.backups.attach(doc)

    def close_document(self) -> None:
        if self.doc is None:
            return
        self.commit_editors()
        self.backups.detach()  # a last backup of what changed since the previous one
        self.stack.removeWidget(self.view)
        self.view.deleteLater()
        self.scene.deleteLater()
        self.session.close()
        self.session.deleteLater()
        self.session = self.scene = self.view = self.editor = None
        self.maps_dock.set_session(None)
        self.inspector.clear()
        self.start_screen.refresh()
        self.stack.setCurrentWidget(self.start_screen)
        self._set_enabled(False)
        self._update_title()
        self.journey.document_changed()
        self.demo.document_changed()
        self.panels.park(True)
        self.zoom_label.hide()

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

    def _after_change(self, changes) -> None:
        """Maps list, personas and title follow only the commits that concern them."""
        if self.doc is None:
            return
        if changes.touches(Entity.MAP, Entity.PROJECT):
            self._refresh_maps()
        if changes.touches(Entity.PERSONA, Entity.MAP, Entity.PROJECT, Entity.ASSET):
            self.journey.persona_dock.refresh()  # after the shown map is valid again
        if changes.touches(Entity.MAP, Entity.PROJECT):
            self._update_title()

    def _refresh_maps(self) -> None:
        maps = [m.id for m in self.doc.maps()]
        if self.current_map_id not in maps or self.maps_dock.map_ids() != maps:
            self.maps_dock.refresh(select=self.current_map_id if self.current_map_id in maps
                                   else None)
        else:
            self.maps_dock.restyle(self.doc.maps())

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
        if self.doc.read_only:
            title += " " + self.tr("[read-only]")
        title += self.demo.title_suffix()
        self.setWindowTitle(f"{title} — {APP_NAME}")
        self.setWindowFilePath(str(self.doc.path))

    def _set_enabled(self, has_document: bool) -> None:
        for name in self.actions.document_actions:
            self.actions[name].setEnabled(has_document)
        read_only = has_document and self.doc is not None and self.doc.read_only
        self.read_only_label.setVisible(read_only)
        if not self.panels_built:
            return
        for dock in (self.maps_dock, self.palette_dock, self.inspector):
            dock.setEnabled(has_document)
        if read_only:  # nothing to drag onto a map that cannot change
            self.palette_dock.setEnabled(False)

    # ---- selection -> inspector --------------------------------------------------------

    def _selection_changed(self) -> None:
        if self.scene is None:
            return
        from ...canvas.items import CardItem

        items = self.scene.selectedItems()
        cards = [i for i in items if isinstance(i, CardItem)]
        if len(cards) == 1:
            self.inspector.show_card(cards[0].card_id)
        elif not items and self.current_map_id:
            self.inspector.show_map(self.current_map_id)
        self.statusBar().showMessage(
            self.tr("{0} cards selected").format(len(cards)) if len(cards) > 1 else "", 3000)

    def select_header(self, item) -> None:
        if item.orientation == "stage":
            self.inspector.show_stage(item.object_id)
        else:
            self.inspector.show_lane(item.object_id)

    def _refresh_inspector(self) -> None:
        """Show the inspector's target again, unless the user is working in one of its
        fields (a focused push button there holds nothing: after Resolve, Ctrl+Z shows)."""
        target = self.inspector.target
        focus = self.focusWidget()
        working = self.inspector.isAncestorOf(focus or self) and not isinstance(
            focus, QPushButton | QToolButton)
        if target is None or working:
            return
        kind, object_id = target
        try:
            getattr(self.inspector, f"show_{kind}")(object_id)
        except MapStudioError:
            self.inspector.clear()

    # ---- preferences -------------------------------------------------------------------

    def show_preferences(self) -> None:
        from ..dialogs.preferences_dialog import PreferencesDialog

        self.commit_editors()
        language = self.settings.language
        dialog = PreferencesDialog(self.settings, self)
        dialog.preferences_changed.connect(self.apply_preferences)
        accepted = run_modal(dialog)
        if accepted and self.settings.language != language:
            QMessageBox.information(
                self, self.tr("Language"),
                self.tr("Dialogs opened from now on use the new language; menus and panels "
                        "change after Map Studio is restarted."))

    def apply_preferences(self) -> None:
        """Re-read what the preferences change in an open window: canvas and backups."""
        self.apply_view_preferences()
        self.backups.reconfigure()

    def apply_view_preferences(self) -> None:
        if self.view is None:
            return
        s = self.settings
        self.view.grid_step = float(s.grid_size) if s.show_grid else 0.0
        self.view.snap_step = float(s.grid_size) if s.snap_to_grid else 0.0
        self.view.wheel_zooms = s.wheel_zooms
        self.view.setBackgroundBrush(desk_colour(self.palette()))
        self.view.resetCachedContent()
        self.view.viewport().update()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_view_preferences()  # the desk follows light and dark
        super().changeEvent(event)

    def show_shortcuts(self) -> None:
        from ...canvas.gestures import gesture_rows
        from ..dialogs.shortcuts_dialog import ShortcutsDialog

        run_modal(ShortcutsDialog(QMainWindow.actions(self) + self.findChildren(QAction), self,
                                  extra=gesture_rows(self.settings.wheel_zooms)))

    def show_about(self) -> None:
        from ..dialogs.about_dialog import AboutDialog

        run_modal(AboutDialog(self))

    # ---- closing ----------------------------------------------------------------------

    def closeEvent(self, event) -> None:  # noqa: N802
        self.commit_editors()
        if not self.demo.confirm_leave():
            event.ignore()
            return
        if self.panels_built:  # a window closed before its panels came keeps the last layout
            self.panels.save()  # the layout with a project open, focus mode off
        self.close_document()
        super().closeEvent(event)

    def close_project(self) -> None:
        """File ▸ Close: back to the start screen (a demo copy's edits are asked about)."""
        if self.demo.confirm_leave():
            self.close_document()
