"""File ▸ Import: maps join the open project in one undo step, or become a new project."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from mapstudio.interchange import write_json
from mapstudio.ui.window.project_import import import_file

from .conftest import drop_files, settle

MERMAID = """journey
    title Renewing a parking permit
    section Find out
      Read the council page: 2: Resident
      Call the helpline: 1: Resident
    section Apply
      Upload proof of address: 3: Resident
"""


def test_json_export_of_this_project_imports_beside_it_with_fresh_ids(window, tmp_path):
    doc = window.doc
    source = tmp_path / "again.json"
    write_json(doc.export_data(), source)
    maps_before = [m.id for m in doc.maps()]
    personas_before = len(doc.personas())
    assert import_file(window, source, into_open_project=True)
    settle()
    maps = doc.maps()
    assert len(maps) == 2 * len(maps_before)
    assert not {m.id for m in maps[len(maps_before):]} & set(maps_before)  # fresh ids
    assert len(doc.personas()) == 2 * personas_before
    imported = doc.load_map(maps[len(maps_before)].id)
    original = doc.load_map(maps_before[0])
    assert [c.title for c in imported.cards] == [c.title for c in original.cards]
    assert sum(1 for c in imported.cards if c.image_asset_id) == \
        sum(1 for c in original.cards if c.image_asset_id)
    assert window.current_map_id == imported.map.id  # the dock shows what arrived
    window.undo_stack.undo()  # one step takes it all away
    settle()
    assert [m.id for m in doc.maps()] == maps_before
    assert len(doc.personas()) == personas_before


def test_mermaid_file_becomes_a_new_project_without_one_open(window, tmp_path, monkeypatch):
    source = tmp_path / "permit.mmd"
    source.write_text(MERMAID)
    target = tmp_path / "permit.mapstudio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.close_document()
    assert import_file(window, source)
    settle()
    assert window.doc.path == target
    content = window.doc.load_map(window.doc.maps()[0].id)
    assert [s.name for s in content.stages] == ["Find out", "Apply"]
    assert "Call the helpline" in {c.title for c in content.cards}


def test_malformed_file_gives_a_message_and_changes_nothing(window, tmp_path, monkeypatch):
    doc = window.doc
    source = tmp_path / "broken.csv"
    source.write_text("map,stage\n\"unterminated,x\n")
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: messages.append(a[2]))
    before = [m.id for m in doc.maps()]
    assert not import_file(window, source, into_open_project=True)
    assert messages and "broken.csv" in messages[0]
    assert [m.id for m in doc.maps()] == before
    assert window.undo_stack.count() == 0


def test_dropping_a_mermaid_file_on_the_window_imports_it(window, tmp_path, monkeypatch):
    source = tmp_path / "permit.mmd"
    source.write_text(MERMAID)
    add = []

    def choose_add(box):  # "Add to this project"
        add.append(box.text())
        box.buttons()[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_add)
    before = len(window.doc.maps())
    assert drop_files(window, source)
    assert add and "permit.mmd" in add[0]
    assert len(window.doc.maps()) == before + 1
    assert window.scene.content.map.title == "Renewing a parking permit"


def test_file_menu_offers_import_versions_and_project_settings(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    for wanted in ("&Import…", "&Versions…", "Project &settings…"):
        assert wanted in texts
    for name in ("import", "versions", "project_settings"):
        assert window.actions[name].statusTip()
        assert window.actions[name].isEnabled()
    window.close_document()
    assert window.actions["import"].isEnabled()  # import can start a project
    assert not window.actions["versions"].isEnabled()


def test_user_template_with_images_joins_a_project_with_its_images(window, monkeypatch):
    """A map saved as a template keeps its storyboard pictures when added to a project."""
    import mapstudio.ui.start.template_gallery as gallery
    from mapstudio.templates import catalogue
    from mapstudio.ui.dialogs.save_template_dialog import SaveTemplateDialog
    from mapstudio.ui.window import actions

    doc = window.doc
    first = window.scene.content
    assert any(c.image_asset_id for c in first.cards)
    assert doc.journey_map(first.map.id).counterpart_id  # the demo map has a future state
    saved = []

    def save_at_once(dialog) -> int:  # the user presses Save with the proposed name
        dialog.accept()
        saved.append(dialog.saved)
        return dialog.result()

    monkeypatch.setattr(SaveTemplateDialog, "exec", save_at_once)
    window.actions["save_template"].trigger()
    settle()
    assert saved and saved[0] is not None
    entry = saved[0]
    assert entry.id in {e.id for e in catalogue.list_templates() if e.user}

    class Gallery:
        chosen, add_to_project = entry.id, True

        def __init__(self, *args, **kwargs) -> None:
            pass

        def exec(self) -> int:
            return 1

        def deleteLater(self) -> None:  # noqa: N802
            pass

    monkeypatch.setattr(gallery, "TemplateGalleryDialog", Gallery)
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a[2]))
    count = len(doc.maps())
    actions.open_gallery(window)
    settle()
    assert errors == []
    assert len(doc.maps()) == count + 1
    added = doc.load_map(doc.maps()[-1].id)
    pictures = [c for c in added.cards if c.image_asset_id]
    assert len(pictures) == sum(1 for c in first.cards if c.image_asset_id)
    for card in pictures:
        assert doc.asset(card.image_asset_id).width > 0
    window.undo_stack.undo()
    settle()
    assert len(doc.maps()) == count
