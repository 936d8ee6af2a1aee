"""Two editor windows on one workspace project (a real PostgreSQL): a card dragged in
one appears moved in the other; a conflicting edit produces one line, not a traceback,
and the map shows the other person's version."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QDialog
from tests.gui.conftest import card_centre, cell_point, click, drag, run_gui_and_read, settle
from tests.test_cli import DEMO

from mapstudio.commands.card_commands import AddCardCommand, EditCardCommand
from mapstudio.interchange.reading import read_project
from mapstudio.model import Card
from mapstudio.store.workspace import publish


@pytest.fixture
def two_windows(app, qtbot, pg_url):
    from mapstudio.ui.window.main_window import MainWindow

    publish(read_project(DEMO, "json"), pg_url, "Mortgage")
    windows = []
    for _ in range(2):
        win = MainWindow()
        qtbot.addWidget(win)
        win.resize(1600, 1000)
        win.show()
        assert win.workspace.open(f"{pg_url}#Mortgage")
        settle()
        win.view.fit()
        settle()
        windows.append(win)
    yield windows
    for win in windows:
        win.close_document()


def _where(window, card_id: str) -> tuple[str, str]:
    card = next(c for c in window.scene.content.cards if c.id == card_id)
    return card.lane_id, card.stage_id


def test_a_card_moved_in_one_window_appears_moved_in_the_other(two_windows, qtbot) -> None:
    one, two = two_windows
    assert two.doc._listener.ready.wait(5)
    card = one.scene.content.cards[0]
    target_stage = next(s for s in one.scene.content.stages if s.id != card.stage_id)
    zoom_before = two.view.zoom
    drag(one.view, card_centre(one, card.id), cell_point(one, card.lane_id, target_stage.id))
    assert _where(one, card.id) == (card.lane_id, target_stage.id)
    qtbot.waitUntil(lambda: _where(two, card.id) == (card.lane_id, target_stage.id),
                    timeout=3000)
    assert two.scene.cards[card.id].pos() is not None and two.view.zoom == zoom_before
    assert two.undo_stack.count() == 0  # someone else's change is not in my history


def test_the_status_bar_shows_who_else_has_this_map_open_live(two_windows, qtbot) -> None:
    """Both windows run as the same database role here: each still names the other
    window's connection, never its own; a switch to another map or a close shows in
    the other window at once (the periodic check is stopped to prove it)."""
    one, two = two_windows
    label = one.workspace.presence
    one.workspace.timer.stop()
    qtbot.waitUntil(lambda: label.isVisible(), timeout=3000)
    assert label.text() == f"Also on this map: {two.doc.user}"
    assert two.workspace.presence.text() == f"Also on this map: {one.doc.user}"
    other_map = next(m.id for m in two.doc.maps() if m.id != two.scene.map_id)
    two.maps_dock.map_selected.emit(other_map)
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=3000)
    assert not two.workspace.presence.isVisible()  # nobody else on the other map
    two.maps_dock.map_selected.emit(one.scene.map_id)
    qtbot.waitUntil(lambda: label.isVisible(), timeout=3000)
    two.close_document()
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=3000)


def test_the_cards_another_window_selected_are_outlined(two_windows, qtbot) -> None:
    one, two = two_windows
    assert one.doc._listener.ready.wait(5) and two.doc._listener.ready.wait(5)
    first, second = one.scene.content.cards[:2]
    click(one.view, card_centre(one, first.id))
    click(one.view, card_centre(one, second.id), Qt.KeyboardModifier.ControlModifier)
    assert set(one.scene.selected_card_ids()) == {first.id, second.id}

    def outlined() -> dict[str, str]:
        return {m.card_id: m.user for m in two.workspace.marks.items}

    qtbot.waitUntil(lambda: set(outlined()) == {first.id, second.id}, timeout=3000)
    assert set(outlined().values()) == {one.doc.user}
    marks = two.workspace.marks.items
    assert sum(m.named for m in marks) == 1  # one name tag per person
    box = two.scene.geometry.cards[first.id].rect
    mark = next(m for m in marks if m.card_id == first.id)
    assert mark.sceneBoundingRect().contains(QRectF(box.x, box.y, box.w, box.h))
    assert not one.workspace.marks.items  # nobody else selected anything
    two.scene.relayout()  # the marks follow a relayout
    assert set(outlined()) == {first.id, second.id}
    click(one.view, card_centre(one, second.id))  # now only the second
    qtbot.waitUntil(lambda: set(outlined()) == {second.id}, timeout=3000)
    one.close_document()
    qtbot.waitUntil(lambda: not outlined(), timeout=3000)


def _title(window, card_id: str) -> str | None:
    return next((c.title for c in window.scene.content.cards if c.id == card_id), None)


def test_a_card_edited_elsewhere_is_read_again_alone(two_windows, qtbot, messages) -> None:
    """Someone else's edit of a card's fields re-reads that card, not the whole map: the
    shown map stays the same object, the card's item is reused and shows the new words;
    a structural change (a card added) still reads the whole map."""
    one, two = two_windows
    assert two.doc._listener.ready.wait(5)
    card = one.scene.content.cards[0]
    shown, item = two.scene.content, two.scene.cards[card.id]
    title = "Compare the rates of three banks side by side"
    one.session.push(EditCardCommand(one.doc, card.id, title=title))
    qtbot.waitUntil(lambda: _title(two, card.id) == title, timeout=3000)
    assert two.scene.content is shown and two.scene.cards[card.id] is item
    assert "three banks" in " ".join(line.text for line in item.box.lines)
    two.session.push(EditCardCommand(two.doc, card.id, body="Seen in window two"))
    assert not messages and one.doc.card(card.id).body == "Seen in window two"
    added = Card(lane_id=card.lane_id, stage_id=card.stage_id, title="New")
    one.session.push(AddCardCommand(one.doc, added))
    qtbot.waitUntil(lambda: added.id in two.scene.cards, timeout=3000)
    assert two.scene.content is not shown


def test_a_conflicting_edit_shows_one_line_and_the_other_version(two_windows, qtbot,
                                                                messages) -> None:
    one, two = two_windows
    two.doc._listener.stop()  # two does not hear one's change: it edits what it last saw
    two.doc._listener = None
    card = one.scene.content.cards[0]
    one.session.push(EditCardCommand(one.doc, card.id, title="From window one"))
    two.session.push(EditCardCommand(two.doc, card.id, title="From window two"))
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)
    (kind, text), = messages
    assert kind == "warning" and "\n" not in text and "changed" in text
    assert "Traceback" not in text
    qtbot.waitUntil(lambda: next(c.title for c in two.scene.content.cards
                                 if c.id == card.id) == "From window one", timeout=3000)
    assert two.doc.card(card.id).title == "From window one"
    assert two.undo_stack.count() == 0


def test_open_and_publish_dialogs(app, qtbot, pg_url, tmp_path, messages) -> None:
    from mapstudio.demo import make_demo_copy
    from mapstudio.ui.window.main_window import MainWindow
    from mapstudio.ui.window.workspace_features import OpenWorkspaceDialog

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(make_demo_copy(tmp_path))
    assert win.workspace.publish(pg_url, "Published from the editor")
    assert not win.workspace.publish(pg_url, "Published from the editor")  # taken
    assert "already exists" in messages[-1][1]
    from PySide6.QtCore import QSettings

    assert QSettings().value("workspace/last_url") == pg_url  # remembered, no password
    with_password = pg_url.replace("://mapstudio@", "://mapstudio:hunter2@")
    assert with_password != pg_url
    listing = OpenWorkspaceDialog(win)
    listing.url.setText(with_password)
    listing.list_button.click()  # the test server trusts local logins: the list shows
    assert listing.projects.count() == 1
    assert QSettings().value("workspace/last_url") == pg_url  # never the password
    dialog = OpenWorkspaceDialog(win)
    dialog.url.setText(pg_url)
    dialog.list_button.click()
    assert dialog.projects.count() == 1 and dialog.open_button.isEnabled()
    assert dialog.target() == f"{pg_url}#Published from the editor"
    dialog.done(QDialog.DialogCode.Accepted)
    assert win.workspace.open(dialog.target())
    assert win.doc.project_name == "Published from the editor"
    copy = tmp_path / "offline.mapstudio"
    win.doc.save_copy(copy)  # what File ▸ Save a copy does: a file for offline work
    from mapstudio.store import Document

    with Document.open(copy, read_only=True) as offline:
        assert offline.export_data().maps == win.doc.export_data().maps
    win.close_document()


def test_mapstudio_url_hash_project_opens_the_window_on_it(app, monkeypatch, pg_url) -> None:
    """`mapstudio URL#PROJECT`: the argument stays a URL (a Path would fold its `//`),
    and the window (start screen painted first, panels next) opens the workspace project."""
    from mapstudio.cli.arguments import gui_parser

    publish(read_project(DEMO, "json"), pg_url, "Mortgage")
    target = gui_parser().parse_args([f"{pg_url}#Mortgage"]).file
    assert target == f"{pg_url}#Mortgage"
    seen = {}

    def read(win):
        seen["name"] = win.doc.project_name if win.doc else None
        seen["cards"] = len(win.scene.content.cards) if win.scene else 0
        seen["recent"] = win.recent_files()

    assert run_gui_and_read(app, monkeypatch, target, read) == 0
    assert seen["name"] == "Mortgage" and seen["cards"] > 0
    assert seen["recent"] == []  # a workspace is not a recent file
