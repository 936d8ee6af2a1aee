"""Menus, toolbar and shortcuts of the main window, built in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from ...model import MapStudioError
from . import icons

Std = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowActions(dict):
    """name -> QAction, plus which need an open document."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.document_actions: list[str] = []
        self.recent_menu = None

    def add(self, name: str, text: str, slot, shortcut=None, icon: str | None = None,
            tip: str = "", needs_document: bool = True) -> QAction:
        action = QAction(text, self.window)
        if icon:
            action.setIcon(icons.icon(icon))  # follows the palette: readable light or dark
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        tip = tip or text.replace("&", "").rstrip("…")
        _set_tips(action, tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        self[name] = action
        if needs_document:
            self.document_actions.append(name)
        return action

    def refresh_recent(self) -> None:
        menu = self.recent_menu
        if menu is None:
            return
        menu.clear()
        files = self.window.recent_files()
        for path in files:
            action = menu.addAction(Path(path).name,
                                    lambda p=path: self.window.open_path(Path(p)))
            action.setStatusTip(path)
            action.setToolTip(path)
        menu.setEnabled(bool(files))

    def finish_menus(self) -> None:
        """Give every menu action a status tip (docks' toggles, other modules' actions)."""
        for menu in self.window.menuBar().findChildren(QMenu):
            for action in menu.actions():
                if action.isSeparator() or action.menu() is not None or action.statusTip():
                    continue
                text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                action.setStatusTip(_tr("Show or hide the {0} panel").format(text)
                                    if action.isCheckable() else text.rstrip("…"))


def _standard_plus(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for `standard` (none on some desktops), then `extra` ones."""
    keys = [k for k in QKeySequence.keyBindings(standard) if not k.isEmpty()]
    return keys + [k for k in map(QKeySequence, extra) if k not in keys]


def _set_tips(action: QAction, tip: str) -> None:
    """Status tip for menus; the toolbar tooltip also teaches the shortcut."""
    action.setStatusTip(tip)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)


def _selected(window) -> list[str]:
    return window.scene.selected_card_ids() if window.scene else []


def build_actions(window) -> WindowActions:
    a = WindowActions(window)
    w = window
    a.add("new", _tr("&New project…"), w.ask_new, Std.New, "fa5s.file",
          _tr("Create a project with one blank map"), needs_document=False)
    a.add("new_template", _tr("New from &template…"), lambda: open_gallery(w),
          "Ctrl+Shift+N", "fa5s.th-large", _tr("Start a project or a map from a template"),
          needs_document=False)
    a.add("open", _tr("&Open…"), w.ask_open, Std.Open, "fa5s.folder-open",
          _tr("Open a project file"), needs_document=False)
    a.add("open_demo", _tr("Open &demo"), w.open_demo, None, "fa5s.play-circle",
          _tr("Open a fresh copy of the demo project"), needs_document=False)
    a.add("save_copy", _tr("Save a &copy…"), w.save_copy, Std.SaveAs, "fa5s.copy",
          _tr("Save a copy of the project under another name"))
    a.add("export", _tr("&Export…"), lambda: open_export(w), "Ctrl+E", "fa5s.file-export",
          _tr("Export the map as PDF, image, CSV or Mermaid"))
    a.add("import", _tr("&Import…"), lambda: open_import(w), "Ctrl+I", "fa5s.file-import",
          _tr("Import maps from JSON, CSV, Mermaid or EMS YAML"), needs_document=False)
    a.add("versions", _tr("&Versions…"), lambda: open_versions(w), "Ctrl+Alt+V",
          "fa5s.code-branch", _tr("Save, compare and restore named versions of the project"))
    a.add("project_settings", _tr("Project &settings…"), lambda: open_project_settings(w),
          None, "fa5s.id-card", _tr("Project title, description and branding for print"))
    a.add("close", _tr("&Close project"), w.close_project, Std.Close,
          tip=_tr("Close the project and return to the start screen"))
    a.add("quit", _tr("&Quit"), w.close, Std.Quit, tip=_tr("Quit Map Studio"),
          needs_document=False)
    undo = w.undo_stack.createUndoAction(w, _tr("&Undo"))
    undo.setShortcut(QKeySequence(Std.Undo))
    undo.setIcon(icons.icon("fa5s.undo"))
    redo = w.undo_stack.createRedoAction(w, _tr("&Redo"))
    redo.setShortcuts(_standard_plus(Std.Redo, "Ctrl+Y", "Ctrl+Shift+Z"))
    redo.setIcon(icons.icon("fa5s.redo"))
    _set_tips(undo, _tr("Undo the last change"))
    _set_tips(redo, _tr("Redo the change you undid"))
    a["undo"], a["redo"] = undo, redo
    a.add("history", _tr("&History"), lambda: w.history_dock.setVisible(True), "Ctrl+H",
          "fa5s.history")
    a.add("cut", _tr("Cu&t"), lambda: w.editor.cut(_selected(w)), Std.Cut, "fa5s.cut")
    a.add("copy", _tr("&Copy"), lambda: w.editor.copy(_selected(w)), Std.Copy, "fa5s.clone")
    a.add("paste", _tr("&Paste"), lambda: w.editor.paste(), Std.Paste, "fa5s.paste")
    a.add("duplicate", _tr("&Duplicate"), lambda: w.editor.duplicate(_selected(w)), "Ctrl+D")
    a.add("delete", _tr("De&lete"), lambda: w.editor.delete_cards(_selected(w)),
          Std.Delete, "fa5s.trash")
    a.add("select_all", _tr("Select &all"), lambda: [i.setSelected(True) for i in
                                                      w.scene.cards.values()], Std.SelectAll)
    a.add("find", _tr("&Find cards…"), w.find_bar.open_bar, Std.Find, "fa5s.search")
    a.add("zoom_in", _tr("Zoom &in"), lambda: w.view.zoom_by(1.25), Std.ZoomIn,
          "fa5s.search-plus")
    a.add("zoom_out", _tr("Zoom &out"), lambda: w.view.zoom_by(0.8), Std.ZoomOut,
          "fa5s.search-minus")
    a.add("fit", _tr("&Fit map"), lambda: w.view.fit(), "Ctrl+0", "fa5s.expand")
    a.add("actual", _tr("&Actual size (100 %)"), lambda: w.view.actual_size(), "Ctrl+1")
    a.add("add_stage", _tr("Add &stage"), lambda: w.editor.insert_stage(
        len(w.scene.content.stages)), "Ctrl+Alt+S", "fa5s.columns")
    a.add("add_lane", _tr("Add &lane"), lambda: add_lane(w), "Ctrl+Shift+L", "fa5s.bars")
    a.add("new_map", _tr("New &map"), lambda: w.maps_dock.add(), "Ctrl+Shift+M", "fa5s.map")
    a.add("duplicate_map", _tr("Duplicate m&ap"), lambda: w.maps_dock.duplicate())
    a.add("save_template", _tr("Save map as &template…"), lambda: save_as_template(w), None,
          "fa5s.bookmark", _tr("Keep this map in My templates to start new maps from it"))
    a.add("preferences", _tr("&Preferences…"), w.show_preferences,
          _standard_plus(Std.Preferences, "Ctrl+,"), "fa5s.sliders-h",
          _tr("Language, theme, defaults for new maps and printing, backups"),
          needs_document=False)
    a.add("shortcuts", _tr("&Keyboard shortcuts"), w.show_shortcuts,
          [QKeySequence("F1"), QKeySequence("Ctrl+/")], "fa5s.keyboard",
          _tr("All keyboard shortcuts at a glance"), needs_document=False)
    a.add("about", _tr("&About Map Studio"), w.show_about, None, "fa5s.info-circle",
          _tr("Version and licences"), needs_document=False)
    a["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
    a["about"].setMenuRole(QAction.MenuRole.AboutRole)
    a["quit"].setMenuRole(QAction.MenuRole.QuitRole)

    menu = w.menuBar().addMenu(_tr("&File"))
    menu.setObjectName("FileMenu")  # found by name, whatever the language
    for name in ("new", "new_template", "open", "open_demo"):
        menu.addAction(a[name])
    a.recent_menu = menu.addMenu(_tr("Open &recent"))
    a.refresh_recent()
    menu.addSeparator()
    for name in ("save_copy", "versions", None, "import", "export", None,
                 "project_settings"):
        menu.addSeparator() if name is None else menu.addAction(a[name])
    menu.addSeparator()
    menu.addAction(a["close"])
    menu.addAction(a["quit"])
    menu = w.menuBar().addMenu(_tr("&Edit"))
    menu.setObjectName("EditMenu")  # found by name, whatever the language
    for name in ("undo", "redo", "history", None, "cut", "copy", "paste", "duplicate",
                 "delete", None, "select_all", "find", None, "preferences"):
        menu.addSeparator() if name is None else menu.addAction(a[name])
    menu = w.menuBar().addMenu(_tr("&View"))
    menu.setObjectName("ViewMenu")  # found by name, whatever the language
    for name in ("zoom_in", "zoom_out", "fit", "actual"):
        menu.addAction(a[name])
    menu.addSeparator()
    a["focus_mode"] = w.panels.focus_action
    menu.addAction(w.panels.focus_action)
    menu.addSeparator()  # the panels' toggles follow (window_panels)
    menu = w.menuBar().addMenu(_tr("&Map"))
    menu.setObjectName("MapMenu")  # found by name, whatever the language
    for name in ("new_map", "duplicate_map", "save_template", None, "add_stage", "add_lane"):
        menu.addSeparator() if name is None else menu.addAction(a[name])
    menu = w.menuBar().addMenu(_tr("&Help"))
    menu.setObjectName("HelpMenu")  # found by name, whatever the language
    menu.addAction(a["shortcuts"])
    menu.addSeparator()
    menu.addAction(a["about"])

    bar = QToolBar(_tr("Main toolbar"), w)
    bar.setObjectName("MainToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for name in ("new_template", "open", "export", None, "undo", "redo", None, "add_stage",
                 "add_lane", None, "zoom_out", "zoom_in", "fit", None, "find"):
        bar.addSeparator() if name is None else bar.addAction(a[name])
    w.find_bar.toolbar_action = bar.addWidget(w.find_bar)
    w.find_bar.toolbar_action.setVisible(False)  # a toolbar shows its widgets: hide the action
    w.addToolBar(bar)
    return a


def open_import(window) -> None:
    from .project_import import ask_import

    window.commit_editors()
    ask_import(window)


def run_modal(dialog) -> int:
    """Show `dialog` until it closes, then free it: one dialog per use, not a child of the
    window for the window's whole life."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def save_as_template(window) -> None:
    from ..dialogs.save_template_dialog import SaveTemplateDialog

    window.commit_editors()
    if window.current_map_id is None:
        return
    dialog = SaveTemplateDialog(window.doc, window.current_map_id, window)
    if run_modal(dialog) and dialog.saved is not None:
        window.statusBar().showMessage(
            _tr("Saved “{0}” in My templates").format(dialog.saved.name), 5000)


def open_versions(window) -> None:
    from ..dialogs.versions_dialog import VersionsDialog

    window.commit_editors()
    dialog = VersionsDialog(window.session, window)
    dialog.compare_requested.connect(window.living.comparison.compare_with)
    run_modal(dialog)


def open_project_settings(window) -> None:
    from ..dialogs.project_settings_dialog import ProjectSettingsDialog

    window.commit_editors()
    run_modal(ProjectSettingsDialog(window.session, window))


def add_lane(window) -> None:
    from ...model import LaneKind

    window.editor.insert_lane(len(window.scene.content.lanes), LaneKind.TEXT, _tr("New lane"))


def open_export(window) -> None:
    try:
        from ..dialogs.export_dialog import ExportDialog
    except ImportError:
        QMessageBox.information(window, _tr("Export"), _tr("Export is not available."))
        return
    try:  # a damaged map cannot be printed: say why
        dialog = ExportDialog(window.doc, window.current_map_id, window)
    except MapStudioError as exc:
        QMessageBox.critical(window, _tr("Export"), str(exc))
        return
    run_modal(dialog)


def open_gallery(window) -> None:
    from ...templates import catalogue

    try:
        from ..start.template_gallery import TemplateGalleryDialog
    except ImportError:
        QMessageBox.information(window, _tr("New from template"),
                                _tr("The template gallery is not available."))
        return
    dialog = TemplateGalleryDialog(window, can_add_to_project=window.doc is not None)
    accepted = run_modal(dialog)
    if not accepted or not dialog.chosen:
        return
    try:
        data = catalogue.instantiate(dialog.chosen)
        if dialog.add_to_project and window.doc is not None:
            from .project_import import add_maps_to_project

            # the template's personas and images join the project in the same undo step
            add_maps_to_project(window, data, _tr("Add map from template"))
            return
        window.create_project(data, _tr("New project from template"))
    except MapStudioError as exc:
        QMessageBox.critical(window, _tr("New from template"), str(exc))

