"""Commands one by one: what redo does, and that undo puts back exactly what was there."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from mapstudio.commands import (
    AddImageCardCommand,
    AddMapCommand,
    DeleteMapCommand,
    EditCardCommand,
    MoveCardsCommand,
    RemoveStageCommand,
    SetScaleCommand,
)
from mapstudio.commands.undo_stack import ProjectUndoStack
from mapstudio.model import (
    Card,
    EmotionScale,
    MapStudioError,
    Persona,
    Project,
    ProjectData,
    starter_map,
)
from mapstudio.store import Document


def normalised(doc):
    data = doc.export_data()
    data.project.modified = ""
    return data


@pytest.fixture
def doc(tmp_path):
    content = starter_map("Map")
    lanes, stages = content.lanes, content.stages
    content.cards = [Card(lane_id=lanes[0].id, stage_id=stages[0].id, position=i, title=f"C{i}")
                     for i in range(3)]
    content.cards.append(Card(lane_id=lanes[1].id, stage_id=stages[0].id, span=3, title="Wide"))
    document = Document.create(tmp_path / "p.mapstudio", "P",
                               data=ProjectData(project=Project(title="P"), maps=[content]))
    yield document
    document.close()


def first_map(doc):
    return doc.load_map(doc.maps()[0].id)


def test_move_several_cards_is_one_step(doc) -> None:
    stack, c = ProjectUndoStack(), first_map(doc)
    before = normalised(doc)
    ids = [c.cards[0].id, c.cards[2].id]
    stack.push(MoveCardsCommand(doc, ids, c.lanes[2].id, c.stages[1].id, 0))
    moved = doc.load_map(c.map.id).cards_in(c.lanes[2].id, c.stages[1].id)
    assert [x.id for x in moved] == ids
    assert [x.title for x in doc.load_map(c.map.id).cards_in(c.lanes[0].id, c.stages[0].id)] \
        == ["C1"]
    stack.undo()
    assert normalised(doc) == before


def test_consecutive_edits_of_one_field_merge_but_titles_do_not(doc) -> None:
    stack, card = ProjectUndoStack(), first_map(doc).cards[0]
    stack.push(EditCardCommand(doc, card.id, severity=2))
    stack.push(EditCardCommand(doc, card.id, severity=3))
    assert stack.count() == 1 and doc.card(card.id).severity == 3
    stack.push(EditCardCommand(doc, card.id, title="A"))
    stack.push(EditCardCommand(doc, card.id, title="B"))
    assert stack.count() == 3
    stack.undo()
    assert doc.card(card.id).title == "A"
    stack.undo()
    stack.undo()
    assert doc.card(card.id).severity is None


def test_removing_a_stage_under_a_spanning_card_undoes_exactly(doc) -> None:
    stack, c = ProjectUndoStack(), first_map(doc)
    before = normalised(doc)
    stack.push(RemoveStageCommand(doc, c.stages[1].id))
    wide = next(x for x in doc.load_map(c.map.id).cards if x.title == "Wide")
    assert wide.span == 2
    stack.undo()
    assert normalised(doc) == before
    stack.redo()
    assert len(doc.load_map(c.map.id).stages) == len(c.stages) - 1


def test_scale_change_rescales_and_undoes(doc) -> None:
    stack, c = ProjectUndoStack(), first_map(doc)
    before = normalised(doc)
    stack.push(SetScaleCommand(doc, c.map.id, EmotionScale(1, 5)))
    assert doc.journey_map(c.map.id).scale.min == 1
    assert all(1 <= p.score <= 5 for p in doc.load_map(c.map.id).emotion_points)
    stack.undo()
    assert normalised(doc) == before


def test_bad_image_never_becomes_a_command(doc) -> None:
    c = first_map(doc)
    before = normalised(doc)
    with pytest.raises(MapStudioError):
        AddImageCardCommand(doc, b"not an image", Card(lane_id=c.lanes[0].id,
                                                       stage_id=c.stages[0].id))
    assert normalised(doc) == before


def test_image_card_add_and_undo(doc) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "teal").save(buffer, "PNG")
    stack, c = ProjectUndoStack(), first_map(doc)
    command = AddImageCardCommand(doc, buffer.getvalue(), Card(
        lane_id=c.lanes[0].id, stage_id=c.stages[1].id, title="Photo"))
    stack.push(command)
    card = doc.card(command.card.id)
    assert (doc.asset(card.image_asset_id).width, doc.asset(card.image_asset_id).height) == (
        40, 20)
    stack.undo()
    assert command.card.id not in {x.id for x in doc.load_map(c.map.id).cards}


def test_deleting_a_map_restores_its_counterpart_link(doc) -> None:
    stack = ProjectUndoStack()
    original = doc.maps()[0]
    future = starter_map("Future")
    future.map.position = 1
    stack.push(AddMapCommand(doc, future))
    doc.update_map(original.id, counterpart_id=future.map.id)
    before = normalised(doc)
    stack.push(DeleteMapCommand(doc, future.map.id))
    assert doc.journey_map(original.id).counterpart_id is None
    stack.undo()
    assert normalised(doc) == before


def test_map_with_new_personas_adds_and_removes_them_together(doc) -> None:
    stack = ProjectUndoStack()
    persona = Persona(name="Newcomer")
    content = starter_map("From template")
    content.map.position = 1
    content.map.persona_ids = [persona.id]
    before = normalised(doc)
    stack.push(AddMapCommand(doc, content, personas=[persona]))
    assert [p.name for p in doc.personas()] == ["Newcomer"]
    assert doc.journey_map(content.map.id).persona_ids == [persona.id]
    stack.undo()
    assert normalised(doc) == before
    stack.redo()
    assert len(doc.maps()) == 2


def test_map_from_a_template_gives_a_languageless_project_its_language(doc) -> None:
    """The project takes the template's language when it has none yet, in the same undo
    step; a project that already has one keeps it."""
    stack = ProjectUndoStack()
    before = normalised(doc)
    content = starter_map("Путь клиента")
    content.map.position = 1
    stack.push(AddMapCommand(doc, content, "Add map from template", language="ru"))
    assert doc.project().settings.language == "ru"
    stack.undo()
    assert normalised(doc) == before and doc.project().settings.language == ""
    stack.redo()
    other = starter_map("Viaggio")
    other.map.position = 2
    stack.push(AddMapCommand(doc, other, language="it"))
    assert doc.project().settings.language == "ru"
    stack.undo()
    assert doc.project().settings.language == "ru" and len(doc.maps()) == 2
