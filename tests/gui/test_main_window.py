"""The window around the canvas: maps dock, inspector, files, settings, errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from .conftest import (
    card_centre,
    click,
    drop_files,
    lane,
    normalised,
    run_gui_and_read,
    settle,
    stage,
)


def map_titles(window) -> list[str]:
    return [m.title for m in window.doc.maps()]


def dock_titles(window) -> list[str]:
    """Titles in the dock, checked against the ids the rows carry."""
    lst = window.maps_dock.list
    ids = [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]
    assert ids == [m.id for m in window.doc.maps()]
    return [lst.item(i).text() for i in range(lst.count())]


def test_title_names_project_and_map_and_never_unsaved(window) -> None:
    title = window.windowTitle()
    assert window.doc.project().title in title
    assert window.doc.journey_map(window.current_map_id).title in title
    assert "unsaved" not in title.lower() and "*" not in title


def test_maps_dock_add_duplicate_rename_reorder_delete_with_undo(window, monkeypatch) -> None:
    dock = window.maps_dock
    before = map_titles(window)
    QTest.mouseClick(dock.buttons["add"], Qt.MouseButton.LeftButton)
    settle()
    assert len(window.doc.maps()) == len(before) + 1
    assert window.current_map_id == window.doc.maps()[-1].id  # the new map is shown
    assert dock_titles(window) == map_titles(window)
    window.undo_stack.undo()
    settle()
    assert map_titles(window) == before and dock_titles(window) == before
    window.undo_stack.redo()
    settle()
    assert len(window.doc.maps()) == len(before) + 1

    dock.list.setCurrentRow(0)
    settle()
    QTest.mouseClick(dock.buttons["duplicate"], Qt.MouseButton.LeftButton)
    settle()
    maps = window.doc.maps()
    assert maps[1].title.startswith(before[0]) and maps[1].id != maps[0].id
    assert len(window.doc.load_map(maps[1].id).cards) == len(
        window.doc.load_map(maps[0].id).cards)

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Renamed map", True))
    dock.list.setCurrentRow(0)
    QTest.mouseClick(dock.buttons["rename"], Qt.MouseButton.LeftButton)
    settle()
    assert window.doc.maps()[0].title == "Renamed map"
    assert "Renamed map" in window.windowTitle() and dock_titles(window)[0] == "Renamed map"
    window.undo_stack.undo()
    settle()
    assert window.doc.maps()[0].title == before[0] and dock_titles(window)[0] == before[0]
    window.undo_stack.redo()
    settle()

    first = window.doc.maps()[0].id
    dock.list.setCurrentRow(0)
    QTest.mouseClick(dock.buttons["down"], Qt.MouseButton.LeftButton)
    settle()
    assert window.doc.maps()[1].id == first
    window.undo_stack.undo()
    settle()
    assert window.doc.maps()[0].id == first and dock_titles(window) == map_titles(window)

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    count = len(window.doc.maps())
    dock.list.setCurrentRow(0)
    QTest.mouseClick(dock.buttons["delete"], Qt.MouseButton.LeftButton)
    settle()
    assert len(window.doc.maps()) == count - 1 and first not in {
        m.id for m in window.doc.maps()}
    assert window.current_map_id in {m.id for m in window.doc.maps()}
    window.undo_stack.undo()
    settle()
    assert window.doc.maps()[0].id == first and dock_titles(window) == map_titles(window)


def test_selecting_a_map_in_the_dock_shows_it(window) -> None:
    second = window.doc.maps()[1]
    window.maps_dock.list.setCurrentRow(1)
    settle()
    assert window.current_map_id == second.id
    assert window.scene.content.map.id == second.id
    assert second.title in window.windowTitle()


def test_inspector_edits_every_kind_of_card_field_undoably(window) -> None:
    touch = lane(window, "touchpoints")
    card = window.scene.content.cards_in(touch.id, stage(window, 0).id)[0]
    click(window.view, card_centre(window, card.id))
    assert window.inspector.target == ("card", card.id)
    fields = window.inspector.fields
    original = normalised(window.doc)
    fields["title"].setText("Calculator v2")
    fields["title"].editingFinished.emit()
    settle()
    fields = window.inspector.fields  # the form is rebuilt after each change
    fields["severity"].setValue(4)
    settle()
    fields = window.inspector.fields
    fields["channel"].setCurrentIndex(fields["channel"].findData("email"))
    settle()
    fields = window.inspector.fields
    fields["moment_of_truth"].setChecked(True)
    settle()
    fields = window.inspector.fields
    fields["metric_name"].setText("Conversion")
    fields["metric_name"].editingFinished.emit()
    settle()
    stored = window.doc.card(card.id)
    assert (stored.title, stored.severity, stored.channel, stored.moment_of_truth) == (
        "Calculator v2", 4, "email", True)
    assert stored.metric.name == "Conversion"
    assert window.scene.geometry.cards[card.id].lines[0].text.startswith("Calculator v2")
    for _ in range(5):
        window.undo_stack.undo()
    settle()
    assert normalised(window.doc) == original
    for _ in range(5):
        window.undo_stack.redo()
    settle()
    assert window.doc.card(card.id).metric.name == "Conversion"


def test_inspector_edits_lane_kind_line_and_height(window) -> None:
    target = lane(window, "thoughts")
    header = window.scene.geometry.lanes[target.id].rect
    click(window.view, QPointF(header.x + 30, header.y + 12))
    assert window.inspector.target == ("lane", target.id)
    combo = window.inspector.fields["line_after"]
    combo.setCurrentIndex(combo.findData("visibility"))
    settle()
    height = window.inspector.fields["height"]
    height.setValue(300)
    height.editingFinished.emit()
    settle()
    stored = window.doc.lane(target.id)
    assert str(stored.line_after) == "visibility" and stored.height == 300
    assert window.scene.geometry.lanes[target.id].rect.h >= 300
    assert any(abs(b.y - window.scene.geometry.lanes[target.id].rect.bottom) < 0.01
               for b in window.scene.geometry.blueprint_lines)
    window.undo_stack.undo()
    window.undo_stack.undo()
    settle()
    stored = window.doc.lane(target.id)
    assert str(stored.line_after) == "none" and stored.height is None


def test_history_view_lists_commands(window) -> None:
    window.editor.insert_stage(0)
    settle()
    window.actions["history"].trigger()
    settle()
    assert window.history_dock.isVisible()
    assert window.undo_stack.count() == 1 and window.undo_stack.text(0) == "Add stage ‘New stage’"


def test_corrupt_file_shows_a_message_and_keeps_the_open_document(window, tmp_path,
                                                                  monkeypatch) -> None:
    bad = tmp_path / "broken.mapstudio"
    bad.write_bytes(b"this is not a database" * 100)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    before, doc = normalised(window.doc), window.doc
    assert not window.open_path(bad)
    assert shown and "broken.mapstudio" not in window.windowTitle()
    assert window.doc is doc and normalised(window.doc) == before
    assert bad.read_bytes() == b"this is not a database" * 100


def test_recent_files_and_window_state_persist(window, app, qtbot, tmp_path) -> None:
    from mapstudio.ui.window.main_window import MainWindow

    path = str(Path(window.doc.path).resolve())
    assert window.recent_files()[0] == path
    window.history_dock.show()
    window.close()
    settle()
    assert QSettings().value("window/state") is not None
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.recent_files()[0] == path
    assert again.start_screen.recent.count() >= 1
    assert again.actions.recent_menu.actions()[0].text().endswith(Path(path).name) or any(
        Path(path).name in a.text() for a in again.actions.recent_menu.actions())


def test_dropping_a_project_file_on_the_window_opens_it(app, qtbot, tmp_path) -> None:
    from mapstudio.demo import make_demo_copy
    from mapstudio.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    path = make_demo_copy(tmp_path)
    assert drop_files(win, path)
    assert win.doc is not None and Path(win.doc.path) == path
    assert win.scene.cards
    win.close_document()


def test_save_a_copy_writes_a_complete_project(window, tmp_path, monkeypatch) -> None:
    from mapstudio.store import Document

    target = tmp_path / "copy.mapstudio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    window.actions["save_copy"].trigger()
    settle()
    with Document.open(target, read_only=True) as copy:
        assert normalised(copy) == normalised(window.doc)
    assert Path(window.doc.path) != target  # still editing the original


def test_missing_export_or_gallery_module_gives_a_message(window, monkeypatch) -> None:
    """Those dialogs come from other modules; if one cannot load the user is told so."""
    import sys

    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(a[1]))
    monkeypatch.setitem(sys.modules, "mapstudio.ui.dialogs.export_dialog", None)
    monkeypatch.setitem(sys.modules, "mapstudio.ui.start.template_gallery", None)
    window.actions["export"].trigger()
    window.actions["new_template"].trigger()
    settle()
    assert len(shown) == 2 and window.doc is not None


def test_template_added_to_project_is_one_undo_step(window, monkeypatch) -> None:
    from mapstudio.model import Persona, Project, ProjectData, ProjectSettings, starter_map
    from mapstudio.ui.window import actions

    persona = Persona(name="Template persona")
    content = starter_map("From template")
    content.map.persona_ids = [persona.id]

    class Gallery:
        chosen, add_to_project = "some-template", True

        def __init__(self, *args, **kwargs) -> None:
            pass

        def exec(self) -> int:
            return 1

        def deleteLater(self) -> None:  # noqa: N802 - as the dialog's
            pass

    import mapstudio.templates.catalogue as catalogue
    import mapstudio.ui.start.template_gallery as gallery

    monkeypatch.setattr(gallery, "TemplateGalleryDialog", Gallery)
    monkeypatch.setattr(catalogue, "instantiate",
                        lambda _id: ProjectData(
                            project=Project(settings=ProjectSettings(language="pl")),
                            maps=[content], personas=[persona]))
    assert window.doc.project().settings.language == ""
    before = normalised(window.doc)
    actions.open_gallery(window)
    settle()
    assert window.current_map_id == content.map.id
    assert "Template persona" in [p.name for p in window.doc.personas()]
    assert window.doc.project().settings.language == "pl"  # the map's words follow it
    window.undo_stack.undo()
    settle()
    assert normalised(window.doc) == before
    window.undo_stack.redo()
    settle()
    assert "From template" in map_titles(window)


def test_status_bar_shows_zoom(window) -> None:
    window.view.actual_size()
    settle()
    assert window.zoom_label.text() == "100 %"
    window.view.zoom_by(0.5)
    settle()
    assert window.zoom_label.text() == "50 %"


def test_run_gui_opens_the_given_file(app, monkeypatch, tmp_path) -> None:
    from mapstudio.demo import make_demo_copy

    seen = {}

    def read(win):
        seen["title"] = win.windowTitle()
        seen["cards"] = len(win.scene.cards) if win.scene else 0

    assert run_gui_and_read(app, monkeypatch, make_demo_copy(tmp_path), read) == 0
    assert "Northbank" in seen["title"] or seen["cards"] > 0


def test_no_two_actions_share_a_shortcut(window) -> None:
    """An ambiguous shortcut fires neither action in Qt."""
    from PySide6.QtGui import QAction

    owners: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in {k.toString() for k in action.shortcuts() if not k.isEmpty()}:
            assert key not in owners, (key, owners.get(key), action.text())
            owners[key] = action.text()
    for name in ("undo", "redo", "fit", "find", "save_copy"):
        assert window.actions[name].shortcut().toString()
