"""File ▸ Import: maps from JSON, CSV (analytics/CRM exports), Mermaid or EMS YAML.

With a project open, the imported maps join it as one undoable step, with fresh ids (the
same file can be imported twice) and their personas and images; without one, they become
a new project. A file that cannot be read gives a message and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...commands import ImportMapsCommand
from ...interchange.reading import read_project
from ...model import MapStudioError, ProjectData, remap_project

IMPORT_FILTER = ("Journey files (*.json *.csv *.mmd *.mermaid *.yaml *.yml);;"
                 "Map Studio JSON (*.json);;CSV (*.csv);;Mermaid journey (*.mmd *.mermaid);;"
                 "EMS YAML (*.yaml *.yml)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProjectImport", text)


def ask_import(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, _tr("Import"), "", _tr(IMPORT_FILTER))
    if path:
        import_file(window, Path(path))


def import_file(window, path: Path, into_open_project: bool | None = None) -> bool:
    """Import `path`; `into_open_project=None` asks when a project is open."""
    try:
        data = read_project(path)
    except (OSError, MapStudioError) as exc:
        QMessageBox.critical(window, _tr("Import"), str(exc))
        return False
    if not data.maps:
        QMessageBox.information(window, _tr("Import"), _tr("{0} holds no maps.")
                                .format(path.name))
        return False
    if window.doc is not None and into_open_project is None:
        into_open_project = _ask_where(window, path, len(data.maps))
        if into_open_project is None:
            return False
    try:
        if window.doc is not None and into_open_project:
            _add_to_project(window, data, path)
        else:
            _create_project(window, data)
    except MapStudioError as exc:
        QMessageBox.critical(window, _tr("Import"), str(exc))
        return False
    return True


def _ask_where(window, path: Path, count: int) -> bool | None:
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Import"),
                      _tr("Add the {0} map(s) of {1} to this project, or make a new "
                          "project of them?").format(count, path.name), parent=window)
    add = box.addButton(_tr("Add to this project"), QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(_tr("New project…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is add else False if clicked is new else None


def _add_to_project(window, data: ProjectData, path: Path) -> None:
    # fresh ids: the same file can be imported twice, even into the project it came from
    add_maps_to_project(window, remap_project(data), _tr("Import {0}").format(path.name))


def add_maps_to_project(window, data: ProjectData, text: str) -> None:
    """All maps of `data` (with ids new to this project) join it as one undo step and one
    transaction: images checked and stored, personas added once, the project's language
    taken if it has none."""
    session = window.session
    first_position = len(session.document.maps())
    if session.push(ImportMapsCommand(session.document, data, text)):
        window.maps_dock.refresh(select=session.document.maps()[first_position].id)


def _create_project(window, data: ProjectData) -> None:
    window.create_project(data, _tr("New project from import"))
