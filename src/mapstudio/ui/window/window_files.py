"""The main window's file handling: recent projects, Open, New, Save a copy, and files
dropped on the window. A mixin of `MainWindow`, kept apart to keep each module short."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...model import MapStudioError
from .project_files import FILE_FILTER, ask_new_project_path


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the window's own context


class WindowFilesMixin:
    def recent_files(self) -> list[str]:
        return self.settings.recent_files(existing_only=True)

    def add_recent(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.actions.refresh_recent()
        self.start_screen.refresh()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if any(_dropped_kind(u.toLocalFile()) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        """A project file opens; a JSON/CSV/Mermaid/YAML file is imported."""
        for url in event.mimeData().urls():
            kind = _dropped_kind(url.toLocalFile())
            if kind is None:
                continue
            event.acceptProposedAction()
            if kind == "project":
                self.open_path(Path(url.toLocalFile()))
            else:
                from .project_import import import_file

                # after the drop returns: the import may ask where the maps go
                QTimer.singleShot(0, partial(import_file, self, Path(url.toLocalFile())))
            return

    def project_folder(self) -> str:
        """Where file dialogs start: the folder of the latest recent project, else Documents."""
        for recent in self.recent_files():
            return str(Path(recent).parent)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return documents or str(Path.home())

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _tr("Open project"),
                                              self.project_folder(), _tr(FILE_FILTER))
        if path:
            self.open_path(Path(path))

    def create_project(self, data, caption: str) -> bool:
        """Ask where, then make `data` (a template, an import) a new project and open it."""
        from ...store import Document

        if not self.demo.confirm_leave():
            return False
        stem = "".join(ch if ch.isalnum() or ch in " -_.,()&" else "_"
                       for ch in data.project.title).strip(" .") or _tr("Untitled")
        path = ask_new_project_path(self, caption,
                                    Path(self.project_folder()) / f"{stem}.mapstudio")
        if path is None:
            return False
        self._release_if_open(path)
        try:
            doc = Document.create(path, data.project.title, data=data, force=True)
        except MapStudioError as exc:
            QMessageBox.critical(self, caption, str(exc))
            return False
        self.set_document(doc)
        self.add_recent(doc.path)
        return True

    def ask_new(self) -> None:
        from ...model import Project, ProjectData, ProjectSettings, starter_map
        from ...store import Document

        if not self.demo.confirm_leave():
            return
        name = _tr("Untitled.mapstudio")
        path = ask_new_project_path(self, _tr("New project"),
                                    Path(self.project_folder()) / name)
        if path is None:
            return
        title = path.stem
        scale = self.settings.new_map_scale()
        first = starter_map()
        first.map.scale = scale
        project = Project(title=title, settings=ProjectSettings(
            default_scale=self.settings.new_map_scale()))
        data = ProjectData(project=project, maps=[first])
        self._release_if_open(path)
        try:
            doc = Document.create(path, title, data=data, force=True)
        except MapStudioError as exc:
            QMessageBox.critical(self, _tr("New project"), str(exc))
            return
        self.set_document(doc)
        self.add_recent(path)

    def _release_if_open(self, path: Path) -> None:
        """The user chose to replace the project open in this window: close it first."""
        if self.doc is not None and same_file(self.doc.path, path):
            self.close_document()

    def save_copy(self) -> None:
        if self.doc is None:
            return
        if self.demo.active():  # the demo's "copy" is the user's own project
            self.demo.save_as(open_saved=True)
            return
        path = ask_new_project_path(self, _tr("Save a copy"), self.doc.path.with_name(
            self.doc.path.stem + " copy.mapstudio"))
        if path:
            try:
                self.doc.save_copy(Path(path))
                self.statusBar().showMessage(_tr("Saved a copy to {0}").format(path), 5000)
            except (OSError, MapStudioError) as exc:
                QMessageBox.critical(self, _tr("Save a copy"), str(exc))



def same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).exists() and Path(b).exists() and Path(a).samefile(b)
    except OSError:
        return False


def _dropped_kind(path: str) -> str | None:
    from ...interchange.reading import IMPORT_FORMATS, format_from_suffix

    if path.endswith(".mapstudio"):
        return "project"
    return "import" if path and format_from_suffix(Path(path)) in IMPORT_FORMATS else None
