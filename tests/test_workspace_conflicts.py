"""Deletes, review notes and KPI values in a team workspace are version-checked like
card updates: two real clients on a real PostgreSQL, and a write over a change made
since it was read is refused whole with the one-line `ConflictError`."""

from __future__ import annotations

import pytest
from tests.workspace_helpers import workspace_project

from mapstudio.commands.card_commands import AddCardCommand, DeleteCardsCommand
from mapstudio.commands.living_commands import (
    AddNoteCommand,
    DeleteNoteCommand,
    EditNoteCommand,
    SetMetricValuesCommand,
)
from mapstudio.model import Card, Metric, NoteTarget, Project, ProjectData, ReviewNote
from mapstudio.model import starter_map as new_map
from mapstudio.store.workspace import open_project
from mapstudio.store.workspace_document import ConflictError


@pytest.fixture
def two_clients(pg_url):
    """Alice and Bob on one project (three cards, the first a KPI), both having read
    the map."""
    content = new_map("Journey")
    lane, stage = content.lanes[0], content.stages[0]
    content.cards = [Card(lane_id=lane.id, stage_id=stage.id, position=i, title=f"Card {i}")
                     for i in range(3)]
    content.cards[0].metric = Metric(name="NPS", value=30)
    alice = workspace_project(pg_url, "Team", ProjectData(project=Project(title="Team"),
                                                          maps=[content]))
    bob = open_project(f"{pg_url}#Team")
    alice.load_map(content.map.id)
    bob.load_map(content.map.id)
    yield alice, bob, content
    alice.close()
    bob.close()


def _one_line(error: pytest.ExceptionInfo, what: str) -> None:
    message = str(error.value)
    assert "\n" not in message and what in message and "changed" in message
    assert "not made" in message or "not undone" in message


def _titles(doc, map_id: str) -> list[str]:
    return [c.title for c in doc.load_map(map_id).cards]


def test_a_delete_of_a_card_edited_since_it_was_read_is_refused_whole(two_clients) -> None:
    alice, bob, content = two_clients
    first, second, third = (c.id for c in content.cards)
    alice.update_card(second, title="Alice's")
    with pytest.raises(ConflictError) as error:
        DeleteCardsCommand(bob, [third, second]).redo()  # the third alone is no race
    _one_line(error, "this card")
    assert _titles(alice, content.map.id) == ["Card 0", "Alice's", "Card 2"]
    bob.load_map(content.map.id)  # now he has seen her edit: deleting is his choice
    DeleteCardsCommand(bob, [third, second]).redo()
    assert _titles(alice, content.map.id) == ["Card 0"]


def test_the_undo_of_an_add_is_refused_once_someone_edited_the_card(two_clients) -> None:
    alice, bob, content = two_clients
    lane, stage = content.lanes[0].id, content.stages[1].id
    add = AddCardCommand(alice, Card(lane_id=lane, stage_id=stage, title="Alice's idea"))
    add.redo()
    bob.load_map(content.map.id)
    bob.update_card(add.card.id, body="Bob's evidence for it")
    with pytest.raises(ConflictError) as error:
        add.undo()
    _one_line(error, "this card")
    assert alice.card(add.card.id).body == "Bob's evidence for it"


def test_a_stage_is_not_deleted_over_a_card_edited_or_added_in_it(two_clients) -> None:
    alice, bob, content = two_clients
    stage, lane = content.stages[0].id, content.lanes[0].id
    alice.update_card(content.cards[0].id, title="Alice's")
    with pytest.raises(ConflictError, match="this card"):
        bob.delete_stage(stage)
    bob.load_map(content.map.id)
    alice.add_card(Card(lane_id=lane, stage_id=stage, title="Added by Alice"))
    with pytest.raises(ConflictError, match="this card"):  # a card he has never seen
        bob.delete_stage(stage)
    assert stage in {s.id for s in alice.load_map(content.map.id).stages}
    assert "Added by Alice" in _titles(alice, content.map.id)
    bob.load_map(content.map.id)
    bob.delete_stage(stage)
    assert stage not in {s.id for s in alice.load_map(content.map.id).stages}


def test_review_notes_are_checked_on_edit_delete_and_undo(two_clients) -> None:
    alice, bob, content = two_clients
    card = content.cards[1].id
    note = ReviewNote(NoteTarget.CARD, card, "Is this validated?", author="Alice")
    add = AddNoteCommand(alice, note)
    add.redo()
    bob.load_map(content.map.id)
    EditNoteCommand(alice, note.id, text="Is this validated? Source?").redo()
    with pytest.raises(ConflictError) as error:
        EditNoteCommand(bob, note.id, resolved=True).redo()
    _one_line(error, "this review note")
    with pytest.raises(ConflictError, match="this review note"):
        DeleteNoteCommand(bob, note.id).redo()
    assert not alice.note(note.id).resolved
    bob.load_map(content.map.id)
    reply = ReviewNote(NoteTarget.CARD, card, "Yes: 12 interviews", author="Bob",
                       parent_id=note.id)
    bob.add_note(reply)
    with pytest.raises(ConflictError, match="review note"):
        DeleteCardsCommand(alice, [card]).redo()  # would take Bob's reply with it
    alice.load_map(content.map.id)
    EditNoteCommand(bob, reply.id, text="Yes: 14 interviews").redo()
    with pytest.raises(ConflictError, match="not undone"):
        add.undo()  # her note's thread now holds Bob's edited reply
    assert [n.text for n in alice.notes(content.map.id)] == \
        ["Is this validated? Source?", "Yes: 14 interviews"]
    EditNoteCommand(bob, note.id, resolved=True).redo()  # he has seen her wording
    assert alice.note(note.id).resolved


def test_kpi_values_are_checked_and_their_undo_too(two_clients) -> None:
    alice, bob, content = two_clients
    kpi = content.cards[0].id
    mine = SetMetricValuesCommand(alice, [(kpi, "2026-05-01", 31.0)])
    mine.redo()
    with pytest.raises(ConflictError) as error:
        SetMetricValuesCommand(bob, [(kpi, "2026-05-01", 45.0)]).redo()
    _one_line(error, "this card")

    def history(doc) -> list[tuple[str, float]]:
        return [(v.date, v.value) for v in doc.card(kpi).metric.history]

    assert history(alice) == [("2026-05-01", 31.0)]
    bob.load_map(content.map.id)
    SetMetricValuesCommand(bob, [(kpi, "2026-06-01", 36.0)]).redo()
    with pytest.raises(ConflictError, match="not undone"):
        mine.undo()  # would remove May over Bob's June, which she has not seen
    assert history(bob) == [("2026-05-01", 31.0), ("2026-06-01", 36.0)]
    alice.load_map(content.map.id)
    SetMetricValuesCommand(alice, [(kpi, "2026-05-01", None)]).redo()
    assert history(bob) == [("2026-06-01", 36.0)]


def test_cards_read_again_after_a_remote_edit_count_as_seen(two_clients) -> None:
    """A view that re-reads only the cards someone else edited has seen them; the map's
    own version advances only in step with the commits it has applied."""
    import threading

    from mapstudio.model.changes import Origin

    alice, bob, content = two_clients
    map_id, first, second = content.map.id, content.cards[0].id, content.cards[1].id
    heard, arrived = [], threading.Semaphore(0)
    bob.subscribe(lambda changes: (heard.append(changes), arrived.release())
                  if changes.origin == Origin.REMOTE else None)
    bob.start_listening()
    assert bob._listener.ready.wait(5)
    alice.update_card(first, title="Alice's")
    assert arrived.acquire(timeout=5)
    assert [c.title for c in bob.reread_cards(map_id, heard)] == ["Alice's"]
    bob.update_card(first, body="Bob, having read Alice's title")  # no refusal
    assert arrived.acquire(timeout=0.2) is False  # his own commit is not heard back
    bob.update_map(map_id, title="Renamed by Bob")  # the map as he has seen it: in step
    heard.clear()
    alice.load_map(map_id)
    alice.update_card(second, title="Alice's second")  # Bob applies only the later one
    alice.update_card(first, title="Alice's again")
    assert arrived.acquire(timeout=5) and arrived.acquire(timeout=5)
    bob.reread_cards(map_id, heard[1:])
    with pytest.raises(ConflictError, match="the map"):  # the other commit: not seen
        bob.update_map(map_id, title="Bob's second name")
    bob.update_card(first, body="Bob again")  # the card he has read again is his to edit
