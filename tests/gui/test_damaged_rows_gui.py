"""Damaged rows in the window: a dialog that says what is wrong, never the crash dialog
(issue 18). Opening a file with a damaged project row, showing a map with a damaged row,
printing it and saving a version of it."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QDialog
from tests.gui.conftest import settle

from mapstudio.model import Card, Project, ProjectData, starter_map
from mapstudio.store import Document


@pytest.fixture
def crashes(app):
    """Errors that reached the crash dialog's hook while the test ran."""
    import sys

    from mapstudio.ui.dialogs.crash_dialog import install_exception_hook

    hook = install_exception_hook(lambda: None)
    seen: list[BaseException] = []
    original = hook._show
    hook._show = lambda t, v, tb: seen.append(v) or original(t, v, tb)
    yield seen
    hook.uninstall()
    assert sys.excepthook is not hook


def two_maps(tmp_path, sql: str):
    path = tmp_path / "Two.mapstudio"
    bad, good = starter_map("Broken map"), starter_map("Good map")
    good.map.position = 1  # the damaged map comes first: shown on opening, printed by default
    bad.cards = [Card(lane_id=bad.lanes[0].id, stage_id=bad.stages[0].id, title="Hi")]
    Document.create(path, "Two", data=ProjectData(project=Project(title="Two"),
                                                  maps=[bad, good])).close()
    conn = sqlite3.connect(path)
    conn.execute(sql, {"map": bad.map.id})
    conn.commit()
    conn.close()
    return path, good, bad


def new_window(qtbot):
    from mapstudio.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_file_with_a_damaged_project_row_is_a_dialog(app, qtbot, tmp_path, messages,
                                                       crashes):
    path, _good, _bad = two_maps(tmp_path, "UPDATE project SET settings = '{\"lang' "
                                           "WHERE :map IS NOT NULL")
    win = new_window(qtbot)
    assert not win.open_path(path)
    assert [kind for kind, _ in messages] == ["critical"]
    assert "damaged (project row" in messages[0][1] and "settings is not JSON" in messages[0][1]
    assert crashes == [] and win.doc is None


@pytest.mark.parametrize("sql", [
    "UPDATE card SET position = 'abc' WHERE map_id = :map",
    "UPDATE card SET metric = '{\"value\": 1e400}' WHERE map_id = :map",
    "UPDATE card SET title = CAST(x'eda080' AS TEXT) WHERE map_id = :map",
])
def test_a_damaged_map_is_shown_printed_and_versioned_with_a_message(
        app, qtbot, tmp_path, messages, crashes, monkeypatch, sql):
    from mapstudio.ui.dialogs.versions_dialog import VersionsDialog
    from mapstudio.ui.window import actions

    path, good, bad = two_maps(tmp_path, sql)
    win = new_window(qtbot)
    assert win.open_path(path)
    settle()
    assert any("'Broken map' is damaged" in text and "card row" in text
               for _kind, text in messages)
    assert win.current_map_id is None  # nothing of it is shown
    messages.clear()
    actions.open_export(win)  # File > Export prints the first map: the damaged one
    assert len(messages) == 1 and "card row" in messages[0][1]
    messages.clear()
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog = VersionsDialog(win.session, win)
    dialog.ask_save()  # File > Versions > Save version…, answered with OK
    assert len(messages) == 1 and "card row" in messages[0][1]
    assert win.doc.snapshots() == []
    dialog.deleteLater()
    win.show_map(good.map.id)
    settle()
    assert win.scene.content is not None and win.scene.content.map.id == good.map.id
    assert crashes == []
    win.close_document()
