"""Personas, emotion scale, future-state counterparts and the walkthrough."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from mapstudio.commands import EditMapCommand
from mapstudio.ui.personas.persona_dialog import PersonaDialog

from .conftest import normalised, settle


@pytest.fixture
def accept_dialogs(monkeypatch):
    """Persona dialogs accept at once, with the edits a test provides."""
    edits: dict = {}

    def fake_exec(dialog: PersonaDialog) -> int:
        for key, value in edits.items():
            if key == "photo_path":
                assert dialog.load_photo_file(value)
                continue
            widget = dialog.edits[key]
            if hasattr(widget, "setPlainText"):
                widget.setPlainText("\n".join(value) if isinstance(value, list) else value)
            else:
                widget.setText(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonaDialog, "exec", fake_exec)
    return edits


def test_create_edit_assign_delete_persona(window, accept_dialogs, tmp_path) -> None:
    doc, dock = window.doc, window.journey.persona_dock
    before = len(doc.personas())
    photo = tmp_path / "face.jpg"
    Image.new("RGB", (900, 600), "#aa7744").save(photo)
    accept_dialogs.update(name="Marta Kowalska", role="Procurement lead",
                          goals=["Cut supplier onboarding to 5 days", "One contract"],
                          frustrations=["PDF forms"], photo_path=photo)
    dock.add()
    settle()
    personas = doc.personas()
    assert len(personas) == before + 1
    marta = personas[-1]
    assert marta.name == "Marta Kowalska" and marta.goals[1] == "One contract"
    photo_asset = doc.asset(marta.photo_asset_id)
    assert (photo_asset.width, photo_asset.height) == (512, 512)
    assert marta.id in doc.journey_map(window.current_map_id).persona_ids
    # untick: no longer on this map
    dock.refresh()
    item = dock.list.item(dock.list.count() - 1)
    item.setCheckState(Qt.CheckState.Unchecked)
    settle()
    assert marta.id not in doc.journey_map(window.current_map_id).persona_ids
    window.undo_stack.undo()
    settle()
    assert marta.id in doc.journey_map(window.current_map_id).persona_ids
    # edit
    accept_dialogs.clear()
    accept_dialogs.update(role="Head of procurement")
    dock.list.setCurrentRow(dock.list.count() - 1)
    dock.edit()
    assert doc.persona(marta.id).role == "Head of procurement"
    window.undo_stack.undo()
    assert doc.persona(marta.id).role == "Procurement lead"
    # delete (confirmed), undo restores the persona and the map's reference
    window.undo_stack.redo()
    snapshot = normalised(doc)
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    dock.list.setCurrentRow(dock.list.count() - 1)
    dock.delete()
    settle()
    assert marta.id not in {p.id for p in doc.personas()}
    window.undo_stack.undo()
    settle()
    assert normalised(doc) == snapshot


def test_bad_persona_photos_are_refused(window, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    persona = window.doc.personas()[0]
    dialog = PersonaDialog(persona)
    text = tmp_path / "photo.png"
    text.write_text("not a picture")
    assert not dialog.load_photo_file(text)
    huge = tmp_path / "huge.png"
    buf = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(buf, "PNG")
    huge.write_bytes(buf.getvalue())
    assert not dialog.load_photo_file(huge)
    assert dialog.photo is None and len(shown) == 2
    assert "not a supported image" in shown[0] and "megapixels" in shown[1]


def test_change_scale_rescales_scores(window) -> None:
    from mapstudio.ui.dialogs.scale_dialog import ScaleDialog

    doc, map_id = window.doc, window.current_map_id
    before = {p.id: p.score for p in doc.load_map(map_id).emotion_points}

    def fake_exec(dialog: ScaleDialog) -> int:
        dialog.preset.setCurrentIndex(2)  # 1 … 10
        return QDialog.DialogCode.Accepted

    ScaleDialog.exec = fake_exec
    try:
        window.journey.actions["scale"].trigger()
    finally:
        del ScaleDialog.exec
    settle()
    after = {p.id: p.score for p in doc.load_map(map_id).emotion_points}
    assert doc.journey_map(map_id).scale.max == 10
    assert all(after[i] == {-2: 1, -1: 3, 0: 6, 1: 8, 2: 10}[s] for i, s in before.items())
    window.undo_stack.undo()
    settle()
    assert {p.id: p.score for p in doc.load_map(map_id).emotion_points} == before


def test_create_future_state_links_both_maps(window) -> None:
    doc = window.doc
    window.maps_dock.list.setCurrentRow(0)
    settle()
    current = window.current_map_id
    window.session.push(EditMapCommand(doc, current, counterpart_id=None))
    new_id = window.journey.create_future_state()
    settle()
    assert str(doc.journey_map(new_id).map_type) == "future_state"
    assert doc.journey_map(new_id).counterpart_id == current
    assert doc.journey_map(current).counterpart_id == new_id
    assert len(doc.load_map(new_id).cards) == len(doc.load_map(current).cards)
    window.maps_dock.select(current)
    settle()
    window.journey.actions["counterpart"].trigger()
    settle()
    assert window.current_map_id == new_id
    window.undo_stack.undo()
    settle()
    assert new_id not in {m.id for m in doc.maps()}
    assert doc.journey_map(current).counterpart_id is None


def test_walkthrough_steps_through_every_stage(window, qtbot) -> None:
    walk = window.journey.start_walkthrough()
    qtbot.addWidget(walk)
    stages = window.scene.content.stages
    seen = [walk.header.text()]
    for _ in range(len(stages) + 2):
        QTest.keyClick(walk, Qt.Key.Key_Right)
        seen.append(walk.header.text())
    assert seen[: len(stages)] == [s.name for s in stages]
    assert seen[-1] == stages[-1].name  # stops at the last stage
    QTest.keyClick(walk, Qt.Key.Key_Left)
    assert walk.header.text() == stages[-2].name
    assert len(walk.feelings) == 2  # both personas' feelings for the stage
    QTest.keyClick(walk, Qt.Key.Key_Escape)
    settle()
    assert not walk.isVisible()


def test_import_personas_from_another_file(window, tmp_path) -> None:
    from mapstudio.model import Persona, Project, ProjectData, starter_map
    from mapstudio.store import Document

    other = tmp_path / "other.mapstudio"
    data = ProjectData(project=Project(title="Other"), maps=[starter_map()],
                       personas=[Persona(name="Giulia Rossi", goals=["Risparmiare tempo"])])
    Document.create(other, "Other", data=data).close()
    before = len(window.doc.personas())
    assert window.journey.persona_dock.import_from_file(other) == 1
    names = [p.name for p in window.doc.personas()]
    assert len(names) == before + 1 and "Giulia Rossi" in names
    window.undo_stack.undo()
    assert len(window.doc.personas()) == before


def test_emotion_point_label_by_double_click(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from .conftest import view_point

    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Waiting for the surveyor", True)))
    everything = [(s, p) for s in window.scene.geometry.series for p in s.points]
    _, point = next((s, p) for s, p in everything
                    if sum(abs(p.x - q.x) < 12 and abs(p.y - q.y) < 12
                           for _, q in everything) == 1)
    from PySide6.QtCore import QPointF

    pos = view_point(window.view, QPointF(point.x, point.y))
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, pos)
    settle()
    assert window.doc.emotion_point(point.point_id).label == "Waiting for the surveyor"


def test_import_button_brings_personas_with_photos_once(window, tmp_path, monkeypatch,
                                                        qtbot) -> None:
    """The dock's import button (a real click) copies personas and their photos; importing
    the same file again adds nothing."""
    from PySide6.QtWidgets import QFileDialog

    from mapstudio.model import Persona, Project, ProjectData, starter_map
    from mapstudio.store import Document

    other = tmp_path / "agency.mapstudio"
    buf = io.BytesIO()
    Image.new("RGB", (300, 300), "#336699").save(buf, "PNG")
    with Document.create(other, "Agency", data=ProjectData(
            project=Project(title="Agency"), maps=[starter_map()])) as source:
        asset = source.add_image(buf.getvalue())
        source.add_persona(Persona(name="Tomasz Nowak", photo_asset_id=asset.id,
                                   goals=["Jeden numer do doradcy"]))
        source.add_persona(Persona(name="Ana García"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(other), "")))
    dock, doc = window.journey.persona_dock, window.doc
    before = len(doc.personas())
    qtbot.mouseClick(dock.buttons["import"], Qt.MouseButton.LeftButton)
    settle()
    added = {p.name: p for p in doc.personas()[before:]}
    assert set(added) == {"Tomasz Nowak", "Ana García"}
    tomasz = added["Tomasz Nowak"]
    assert tomasz.goals == ["Jeden numer do doradcy"]
    assert doc.asset(tomasz.photo_asset_id).width == 300
    assert dock.list.count() == before + 2
    assert not dock.list.item(before).icon().isNull()
    qtbot.mouseClick(dock.buttons["import"], Qt.MouseButton.LeftButton)  # again: no copies
    settle()
    assert len(doc.personas()) == before + 2
    window.undo_stack.undo()
    settle()
    assert len(doc.personas()) == before
