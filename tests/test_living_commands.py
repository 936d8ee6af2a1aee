"""Every living-map edit is one undoable step that puts back exactly what was there."""

from __future__ import annotations

import pytest
from test_commands import normalised

from mapstudio.commands import (
    DeleteCardsCommand,
    DeleteMapCommand,
    EditCardCommand,
    EditMapCommand,
    EditStageCommand,
)
from mapstudio.commands.living_commands import (
    AddNoteCommand,
    DeleteNoteCommand,
    EditNoteCommand,
    SetMetricValuesCommand,
)
from mapstudio.commands.undo_stack import ProjectUndoStack
from mapstudio.model import (
    Card,
    Confidence,
    Evidence,
    EvidenceSource,
    Metric,
    NoteTarget,
    Project,
    ProjectData,
    ReviewNote,
    starter_map,
)
from mapstudio.store import Document


@pytest.fixture
def doc(tmp_path):
    first, second = starter_map("Lifecycle"), starter_map("Onboarding", position=1)
    lane, stage = first.lanes[0], first.stages[0]
    first.cards = [Card(lane_id=lane.id, stage_id=stage.id, position=i, title=f"C{i}",
                        metric=Metric("NPS", 30, 40, key="nps") if i == 0 else None)
                   for i in range(2)]
    document = Document.create(tmp_path / "p.mapstudio", "P", data=ProjectData(
        project=Project(title="P"), maps=[first, second]))
    yield document
    document.close()


def maps(doc):
    return [doc.load_map(m.id) for m in doc.maps()]


def test_evidence_confidence_and_links_are_card_fields_undone_exactly(doc) -> None:
    stack = ProjectUndoStack()
    first, second = maps(doc)
    card = first.cards[0]
    before = normalised(doc)
    stack.push(EditCardCommand(doc, card.id, evidence=[
        Evidence(EvidenceSource.SUPPORT_TICKETS, "Zendesk, 120 tickets")],
        confidence=Confidence.SOME_EVIDENCE))
    stack.push(EditCardCommand(doc, card.id, linked_map_id=second.map.id))
    stack.push(EditStageCommand(doc, first.stages[0].id, owner="Ops lead",
                                linked_map_id=second.map.id))
    stack.push(EditMapCommand(doc, first.map.id, owner="CX lead", review_by="2025-01-31"))
    edited = doc.card(card.id)
    assert edited.evidence[0].source == EvidenceSource.SUPPORT_TICKETS
    assert edited.confidence == Confidence.SOME_EVIDENCE
    assert doc.journey_map(first.map.id).review_by == "2025-01-31"
    after = normalised(doc)
    for _ in range(4):
        stack.undo()
    assert normalised(doc) == before
    for _ in range(4):
        stack.redo()
    assert normalised(doc) == after


def test_notes_add_reply_edit_resolve_delete_each_undo(doc) -> None:
    stack = ProjectUndoStack()
    first = maps(doc)[0]
    card = first.cards[1]
    states = [normalised(doc)]
    note = ReviewNote(NoteTarget.CARD, card.id, "Is this still true?", author="ana")
    reply = ReviewNote(NoteTarget.CARD, card.id, "Yes, checked", author="bob",
                       parent_id=note.id)
    commands = [lambda: AddNoteCommand(doc, note), lambda: AddNoteCommand(doc, reply),
                lambda: EditNoteCommand(doc, note.id, resolved=True),
                lambda: AddNoteCommand(doc, ReviewNote(NoteTarget.STAGE, first.stages[1].id,
                                                       "Owner?"))]
    for make in commands:
        stack.push(make())
        states.append(normalised(doc))
    assert [stack.text(i) for i in range(3)] == [
        "Add note ‘Is this still true?’", "Reply ‘Yes, checked’",
        "Resolve note ‘Is this still true?’"]
    stack.push(EditNoteCommand(doc, note.id, text="Is this true?"))
    stack.push(EditNoteCommand(doc, note.id, text="Is this true now?"))  # merges
    assert stack.count() == 5 and doc.note(note.id).text == "Is this true now?"
    stack.undo()
    assert normalised(doc) == states[-1]
    stack.push(DeleteNoteCommand(doc, note.id))
    assert [n.text for n in doc.notes(first.map.id)] == ["Owner?"]
    stack.undo()
    assert normalised(doc) == states[-1]
    for state in reversed(states[:-1]):
        stack.undo()
        assert normalised(doc) == state
    for state in states[1:]:
        stack.redo()
        assert normalised(doc) == state


def test_deleting_cards_or_a_map_is_undone_with_notes_links_and_history(doc) -> None:
    stack = ProjectUndoStack()
    first, second = maps(doc)
    card = first.cards[0]
    stack.push(SetMetricValuesCommand(doc, [(card.id, "2024-05-31", 31.0),
                                            (card.id, "2024-06-30", 33.0)]))
    stack.push(AddNoteCommand(doc, ReviewNote(NoteTarget.CARD, card.id, "Data?")))
    stack.push(EditCardCommand(doc, card.id, linked_map_id=second.map.id))
    before = normalised(doc)
    stack.push(DeleteCardsCommand(doc, [card.id]))
    assert doc.notes(first.map.id) == []
    stack.undo()
    assert normalised(doc) == before
    stack.push(DeleteMapCommand(doc, second.map.id))
    assert doc.card(card.id).linked_map_id is None
    stack.undo()
    assert normalised(doc) == before
    assert [v.value for v in doc.card(card.id).metric.history] == [31.0, 33.0]
    stack.undo(), stack.undo(), stack.undo()
    assert doc.card(card.id).metric.history == []
