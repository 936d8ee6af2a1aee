"""Named versions: save, compare, restore as one undo step, delete; the canvas follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mapstudio.commands import DeleteCardsCommand, RemoveStageCommand
from mapstudio.interchange import project_to_dict
from mapstudio.interchange.json_format import canonical_json
from mapstudio.store import Document
from mapstudio.ui.dialogs.versions_dialog import VersionsDialog

from .conftest import settle


def _state(doc) -> str:
    data = doc.project_content()
    data.project.modified = ""
    return canonical_json(project_to_dict(data, snapshots=False))


def test_restore_brings_back_the_version_and_undo_returns_to_the_present(window, qtbot):
    doc = window.doc
    dialog = VersionsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    original = _state(doc)
    dialog.save_version("Before the workshop", "agreed with the client")
    assert dialog.list.count() == 1
    assert dialog.changes.toPlainText() == "No changes."

    content = window.scene.content
    removed = [c.id for c in content.cards[:3]]
    window.undo_stack.push(DeleteCardsCommand(doc, removed))
    window.undo_stack.push(RemoveStageCommand(doc, content.stages[-1].id))
    settle()
    edited = _state(doc)
    dialog.refresh()
    assert "card" in dialog.changes.toPlainText()  # compare names what changed since

    assert dialog.restore_selected(confirm=False)
    settle()
    assert _state(doc) == original
    assert window.scene.content.stages[-1].id == content.stages[-1].id  # canvas follows
    assert {c.id for c in window.scene.content.cards} >= set(removed)
    names = [s.name for s in doc.snapshots()]
    assert "Before restoring “Before the workshop”" in names  # the present was kept

    window.undo_stack.undo()
    settle()
    assert _state(doc) == edited
    window.undo_stack.redo()
    assert _state(doc) == original


def test_versions_survive_reopen_and_delete_asks_first(window, qtbot, monkeypatch):
    doc, path = window.doc, window.doc.path
    dialog = VersionsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.save_version("v1")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in doc.snapshots()] == ["v1"]
    window.close_document()
    with Document.open(path, read_only=True) as reopened:
        assert [s.name for s in reopened.snapshots()] == ["v1"]
    window.open_path(path)
    dialog = VersionsDialog(window.session, window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert window.doc.snapshots() == []
    assert dialog.list.count() == 0


def test_a_damaged_version_is_reported_and_changes_nothing(window, qtbot, monkeypatch):
    from mapstudio.commands import SaveVersionCommand
    from mapstudio.model import Snapshot

    doc = window.doc
    window.session.push(SaveVersionCommand(doc, Snapshot(name="broken", data=b"not zlib")))
    before, steps = _state(doc), window.undo_stack.count()
    dialog = VersionsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert "damaged" in dialog.changes.toPlainText()
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a[2]))
    assert not dialog.restore_selected(confirm=False)
    assert errors and "damaged" in errors[0]
    assert _state(doc) == before
    assert window.undo_stack.count() == steps  # nothing half-done joined the history
