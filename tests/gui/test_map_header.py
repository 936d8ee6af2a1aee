"""The map header bar above the canvas: persona chips, assigning personas, counterparts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mapstudio.ui.docks.map_header import PersonaChip
from mapstudio.ui.personas.persona_dialog import PersonaDialog

from .conftest import settle


def _header(window):
    return window.journey.header


def _map_titled(doc, text: str) -> str:
    return next(m.id for m in doc.maps() if text in m.title)


def test_header_shows_title_type_and_persona_chips(window) -> None:
    header, doc = _header(window), window.doc
    jm = doc.journey_map(window.current_map_id)
    assert window.journey.header_bar.isVisible()
    assert header.title.full_text() == jm.title
    assert header.map_type.text() == "Current state"
    chips = header.chip_widgets()
    names = {p.id: p.name for p in doc.personas()}
    assert [c.persona_id for c in chips] == jm.persona_ids
    assert [c.text().replace("&&", "&") for c in chips] == [names[i] for i in jm.persona_ids]
    assert all(not c.icon().isNull() for c in chips)  # the demo personas have photos


def test_clicking_a_chip_opens_that_persona(window, qtbot, monkeypatch) -> None:
    opened = []

    def fake_exec(dialog: PersonaDialog) -> int:
        opened.append(dialog.persona.id)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PersonaDialog, "exec", fake_exec)
    chips = _header(window).chip_widgets()
    qtbot.mouseClick(chips[1], Qt.MouseButton.LeftButton)
    settle()
    assert opened == [chips[1].persona_id]
    assert window.journey.persona_dock.current_id() == chips[1].persona_id


def test_assign_and_unassign_from_the_header_menu(window) -> None:
    header, doc = _header(window), window.doc
    map_id = window.current_map_id
    before = list(doc.journey_map(map_id).persona_ids)
    header._fill_menu()
    actions = [a for a in header.assign_menu.actions() if a.isCheckable()]
    assert [a.data() for a in actions] == [p.id for p in doc.personas()]
    actions[0].setChecked(False)  # untick the first persona
    settle()
    assert doc.journey_map(map_id).persona_ids == before[1:]
    assert [c.persona_id for c in header.chip_widgets()] == before[1:]
    window.undo_stack.undo()
    settle()
    assert doc.journey_map(map_id).persona_ids == before
    assert len(header.chip_widgets()) == len(before)


def test_switch_between_current_and_future_state_by_click(window, qtbot) -> None:
    header, doc = _header(window), window.doc
    current = _map_titled(doc, "current state")
    future = _map_titled(doc, "future state")
    window.maps_dock.select(current)
    settle()
    button = header.counterpart_button
    assert button.isVisible() and button.text() == "Switch to future state"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert window.current_map_id == future
    assert header.title.full_text() == doc.journey_map(future).title
    assert header.map_type.text() == "Future state"
    assert button.text() == "Switch to current state"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert window.current_map_id == current


def test_create_future_state_from_the_header(window, qtbot) -> None:
    header, doc = _header(window), window.doc
    window.maps_dock.add()  # a fresh map has no counterpart
    settle()
    fresh = window.current_map_id
    button = header.counterpart_button
    assert button.isVisible() and button.text() == "Create future state"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    created = window.current_map_id
    assert created != fresh
    assert str(doc.journey_map(created).map_type) == "future_state"
    assert doc.journey_map(fresh).counterpart_id == created
    assert button.text() == "Switch to current state"
    window.undo_stack.undo()
    settle()
    assert created not in {m.id for m in doc.maps()}
    window.maps_dock.select(fresh)
    settle()
    assert button.text() == "Create future state"


def test_header_follows_edits_and_undo(window) -> None:
    from mapstudio.commands import EditMapCommand

    header, doc, map_id = _header(window), window.doc, window.current_map_id
    window.undo_stack.push(EditMapCommand(doc, map_id, title="Mortgage journey, 2027"))
    settle()
    assert header.title.full_text() == "Mortgage journey, 2027"
    window.undo_stack.undo()
    settle()
    assert header.title.full_text() == doc.journey_map(map_id).title


def test_edits_that_change_no_chip_keep_the_chips(window) -> None:
    from mapstudio.commands import EditMapCommand

    header, doc, map_id = _header(window), window.doc, window.current_map_id
    chips = header.chip_widgets()
    window.undo_stack.push(EditMapCommand(doc, map_id, title="Mortgage journey, 2027"))
    settle()
    assert header.chip_widgets() == chips  # not rebuilt, photos not read again


def test_chip_without_photo_shows_initials(window) -> None:
    from mapstudio.model import Persona
    from mapstudio.ui.personas.persona_avatar import initials

    assert initials("Amy & Josh Carter") == "AC"
    assert initials("Priya Shah") == "PS"
    assert initials("Madonna") == "MA"
    chip = PersonaChip(Persona(name="Lucía Martín Ortega", colour="#0f766e"), None)
    assert not chip.icon().isNull()
    chip.deleteLater()


def test_header_hidden_without_a_document(window) -> None:
    window.close_document()
    settle()
    assert not window.journey.header_bar.isVisible()


def test_long_title_is_shortened_not_pushing_the_bar(window) -> None:
    from mapstudio.commands import EditMapCommand

    header, doc, map_id = _header(window), window.doc, window.current_map_id
    long_title = "Mortgage application for first-time buyers and remortgaging customers " * 3
    window.undo_stack.push(EditMapCommand(doc, map_id, title=long_title.strip()))
    window.resize(1280, 800)
    settle()
    assert header.title.full_text() == long_title.strip()
    assert header.title.text().endswith("…")
    assert header.counterpart_button.isVisible()
    bar = window.journey.header_bar
    assert header.counterpart_button.geometry().right() <= bar.width()
