"""Never lose a project, in the window: overwrite questions, a second instance, failed
writes on a real full or read-only disk, damaged maps, a refused crash journal."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tests.gui.conftest import settle
from tests.safety_helpers import (
    card_titles,
    crash_mid_write,
    fill_disk,
    make_project,
    remount_read_only,
    sha,
    small_disk,
)

from mapstudio.model import Project, ProjectData, starter_map
from mapstudio.store import Document


def choose(monkeypatch, label: str, seen: list | None = None) -> None:
    """Answer the next custom message box by clicking the button labelled `label`."""
    def exec_(box):
        if seen is not None:
            seen.append(box.text())
        for button in box.buttons():
            if button.text() == label:
                button.click()
                return 0
        raise AssertionError(f"no button {label!r} in {[b.text() for b in box.buttons()]}")
    monkeypatch.setattr(QMessageBox, "exec", exec_)


def new_window(qtbot):
    from mapstudio.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


# ---- nothing overwritten by surprise -----------------------------------------------------

@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_new_project_named_without_suffix_asks_before_replacing(
        app, qtbot, tmp_path, monkeypatch, answer):
    bank = make_project(tmp_path / "Bank.mapstudio", "Bank", cards=61)
    before = sha(bank)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "Bank"), ""))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or (
        QMessageBox.StandardButton.Yes if answer == "Yes" else QMessageBox.StandardButton.No))
    win = new_window(qtbot)
    win.actions["new"].trigger()
    settle()
    assert len(asked) == 1 and "Bank.mapstudio already exists" in asked[0]
    if answer == "No":
        assert sha(bank) == before and win.doc is None
        assert len(card_titles(bank)) == 61
    else:
        assert win.doc is not None and win.doc.path == bank
        assert win.doc.project().title == "Bank" and sha(bank) != before
        win.close_document()
        assert card_titles(bank) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".mapstudio") == [
        "Bank.mapstudio"]


def test_new_project_from_import_asks_too(window, tmp_path, monkeypatch):
    bank = make_project(tmp_path / "Bank.mapstudio", "Bank", cards=5)
    before = sha(bank)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "Bank"), ""))
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    data = ProjectData(project=Document.open(bank, read_only=True).project(),
                       maps=[starter_map()])
    assert window.create_project(data, "New project from import") is False
    assert asked and sha(bank) == before


# ---- one project, one writer ---------------------------------------------------------------

def test_second_window_gets_read_only_and_loses_nothing(window, qtbot, monkeypatch, messages):
    path = window.doc.path
    first_map = window.current_map_id
    content = window.doc.load_map(first_map)
    window.editor.add_card_of_kind("note", content.lanes[0].id, content.stages[0].id)
    second = new_window(qtbot)
    seen: list[str] = []
    choose(monkeypatch, "Open read-only", seen)
    assert second.open_path(path)
    settle()
    assert "already open in another Map Studio window" in seen[0]
    assert second.doc.read_only and "[read-only]" in second.windowTitle()
    assert second.read_only_label.isVisible() and not second.palette_dock.isEnabled()
    assert not window.read_only_label.isVisible()
    cards_before = len(second.scene.content.cards)
    second.editor.add_card_of_kind("note", content.lanes[0].id, content.stages[0].id)
    settle()
    assert messages and "open read-only" in messages[-1][1]
    assert second.undo_stack.count() == 0
    assert len(second.scene.content.cards) == cards_before
    window.editor.edit_card(window.scene.content.cards[0].id, title="renamed in the first")
    second.close_document()
    window.close_document()
    with Document.open(path, read_only=True) as doc:
        titles = [c.title for c in doc.load_map(first_map).cards]
    assert "renamed in the first" in titles
    assert len(titles) == cards_before  # the first window's note, not the second's


def test_second_window_may_open_a_copy_to_edit(window, qtbot, tmp_path, monkeypatch):
    path = window.doc.path
    copy = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    choose(monkeypatch, "Open a copy…")
    second = new_window(qtbot)
    assert second.open_path(path)
    assert second.doc.path == tmp_path / "mine.mapstudio" and not second.doc.read_only
    from mapstudio.commands import EditProjectCommand

    second.session.push(EditProjectCommand(second.doc, title="my copy"))
    second.close_document()
    assert window.doc.project().title != "my copy"


# ---- failures are told as they are ---------------------------------------------------------

def _open_on(folder, qtbot, cards=20):
    path = make_project(folder / "Disk.mapstudio", "Disk", cards=cards)
    win = new_window(qtbot)
    assert win.open_path(path)
    settle()
    return win, path


def test_disk_full_during_edits_keeps_stack_view_and_file(app, qtbot, tmp_path, messages):
    with small_disk(tmp_path / "disk") as disk:
        win, path = _open_on(disk, qtbot)
        content = win.scene.content
        lane, stage = content.lanes[0].id, content.stages[0].id
        win.editor.add_card_of_kind("note", lane, stage)  # one change that is written
        settle()
        assert win.undo_stack.count() == 1
        filler = fill_disk(disk)
        cards = [c.title for c in win.scene.content.cards]
        big = "a long story " * 1_400
        card_id = win.scene.content.cards[0].id
        win.editor.edit_card(card_id, body=big)
        settle()
        assert messages and "the disk is full" in messages[-1][1]
        assert "could not be saved" in messages[-1][1]
        assert win.undo_stack.count() == 1 and win.undo_stack.index() == 1
        assert [c.title for c in win.scene.content.cards] == cards
        assert win.doc.card(card_id).body != big
        win.maps_dock.list.setCurrentRow(0)
        win.actions["duplicate_map"].trigger()  # a whole map copy cannot fit either
        settle()
        assert win.undo_stack.count() == 1 and len(win.doc.maps()) == 1
        filler.unlink()
        win.undo_stack.undo()  # undoes the card that was written, nothing else
        settle()
        assert len(win.scene.content.cards) == len(cards) - 1
        win.undo_stack.redo()
        settle()
        assert len(win.scene.content.cards) == len(cards) and len(win.doc.maps()) == 1
        win.editor.edit_card(card_id, body="room again")
        assert win.doc.card(card_id).body == "room again"
        win.close_document()
        assert len(card_titles(path)) == 21  # the 20 it had and the one note written
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_undo_through_the_menu_on_a_full_disk_is_refused_cleanly(app, qtbot, tmp_path,
                                                                 messages):
    with small_disk(tmp_path / "disk") as disk:
        win, path = _open_on(disk, qtbot)
        content = win.scene.content
        win.editor.add_card_of_kind("note", content.lanes[0].id, content.stages[0].id)
        settle()
        cards = len(win.scene.content.cards)
        filler = fill_disk(disk)
        win.actions["undo"].trigger()  # through Qt, as Ctrl+Z does
        qtbot.waitUntil(lambda: bool(messages))
        settle()
        assert "the disk is full" in messages[-1][1]
        assert win.undo_stack.index() == 1 and win.undo_stack.canUndo()
        assert len(win.scene.content.cards) == cards
        assert len(win.doc.load_map(win.current_map_id).cards) == cards
        filler.unlink()
        win.actions["undo"].trigger()
        settle()
        assert len(win.doc.load_map(win.current_map_id).cards) == cards - 1
        assert win.undo_stack.index() == 0
        win.close_document()


def test_a_project_on_a_read_only_medium_opens_read_only(app, qtbot, tmp_path, monkeypatch,
                                                         messages):
    with small_disk(tmp_path / "disk") as disk:
        path = make_project(disk / "Stick.mapstudio", "Stick")
        before = sha(path)
        remount_read_only(disk)
        seen: list[str] = []
        choose(monkeypatch, "Open read-only", seen)
        win = new_window(qtbot)
        assert win.open_path(path)
        assert "read-only" in seen[0] and win.doc.read_only
        content = win.scene.content
        win.editor.add_card_of_kind("note", content.lanes[0].id, content.stages[0].id)
        settle()
        assert messages and "open read-only" in messages[-1][1]
        assert win.undo_stack.count() == 0
        win.close_document()
        assert sha(path) == before


def test_history_list_click_that_cannot_be_written_is_undone(window, messages, qtbot):
    """Clicking an older entry in History runs several undos inside Qt."""
    content = window.scene.content
    ids = [c.id for c in content.cards[:3]]
    for i, card_id in enumerate(ids):
        window.editor.edit_card(card_id, title=f"step {i}")
    top = window.undo_stack.index()
    raw = window.doc._connection.connection.driver_connection
    raw.execute("PRAGMA query_only=ON")  # every write now fails inside SQLite
    try:
        window.undo_stack.setIndex(top - 3)  # what QUndoView does on a click
        qtbot.waitUntil(lambda: bool(messages))
        settle()
        assert window.undo_stack.index() == top
        assert [window.doc.card(i).title for i in ids] == ["step 0", "step 1", "step 2"]
    finally:
        raw.execute("PRAGMA query_only=OFF")
    window.undo_stack.setIndex(top - 3)
    settle()
    assert all(window.doc.card(i).title != f"step {n}" for n, i in enumerate(ids))


# ---- damaged maps and refused journals -----------------------------------------------------

def test_a_damaged_map_opens_with_a_message_and_the_rest_stays_usable(app, qtbot, tmp_path,
                                                                      messages):
    path = tmp_path / "Two.mapstudio"
    good, bad = starter_map("Good map"), starter_map("Broken map")
    bad.map.position = 1
    Document.create(path, "Two", data=ProjectData(project=Project(title="Two"),
                                                  maps=[good, bad])).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE lane SET kind = 'wormhole' WHERE map_id = ?", (bad.map.id,))
    conn.commit()
    conn.close()
    win = new_window(qtbot)
    assert win.open_path(path)
    win.show_map(bad.map.id)
    settle()
    assert any("'Broken map' is damaged" in text for _kind, text in messages)
    win.show_map(good.map.id)
    settle()
    assert win.current_map_id == good.map.id and win.scene.content.stages
    lane, stage = win.scene.content.lanes[0].id, win.scene.content.stages[0].id
    win.editor.add_card_of_kind("note", lane, stage)
    assert len(win.doc.load_map(good.map.id).cards) == len(good.cards) + 1
    win.close_document()


def test_a_refused_journal_offers_the_latest_backup(app, qtbot, tmp_path, monkeypatch):
    from mapstudio.backups import make_backup

    path = make_project(tmp_path / "P.mapstudio", "P", cards=7)
    make_backup(path)
    journal = crash_mid_write(path)
    data = bytearray(journal.read_bytes())
    data[16:20] = (0x00100000).to_bytes(4, "big")  # forged: would grow the file
    journal.write_bytes(bytes(data))
    before = (sha(path), sha(journal))
    seen: list[str] = []
    choose(monkeypatch, "Open the latest backup", seen)
    win = new_window(qtbot)
    assert win.open_path(path)
    assert "left exactly as they are" in seen[0]
    assert win.doc.path.name == "P (from backup).mapstudio"
    assert len(win.doc.load_map(win.doc.maps()[0].id).cards) == 7
    assert (sha(path), sha(journal)) == before
    win.close_document()


def test_undo_all_after_failures_returns_to_the_original(window, messages):
    """Failed writes in between leave the undo history consistent to the end."""
    original = sorted((c.id, c.title) for c in window.scene.content.cards)
    raw = window.doc._connection.connection.driver_connection
    for i, card in enumerate(window.scene.content.cards[:4]):
        window.editor.edit_card(card.id, title=f"kept {i}")
        raw.execute("PRAGMA query_only=ON")
        window.editor.edit_card(card.id, title=f"lost {i}")
        raw.execute("PRAGMA query_only=OFF")
    assert len(messages) == 4 and window.undo_stack.count() == 4
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    settle()
    assert sorted((c.id, c.title) for c in window.doc.load_map(
        window.current_map_id).cards) == original
