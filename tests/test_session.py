"""The session: the one edit loop. Writes outside commands are refused, every commit is
one typed ChangeSet, and undo takes away everything redo added (pictures included)."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from mapstudio.commands import (
    AddImageCardCommand,
    DeleteVersionCommand,
    EditCardCommand,
    EditProjectCommand,
    ImportMapsCommand,
    MoveCardsCommand,
    SaveVersionCommand,
)
from mapstudio.commands.persona_commands import (
    AddPersonaCommand,
    EditPersonaCommand,
    ImportPersonasCommand,
)
from mapstudio.commands.session import DocumentSession
from mapstudio.interchange import dumps, make_snapshot
from mapstudio.model import Card, Persona, Project, ProjectData, starter_map
from mapstudio.model.changes import Change, ChangeSet, Entity, Op, Origin
from mapstudio.model.document_api import DocumentAPI
from mapstudio.model.errors import OutsideCommandError
from mapstudio.store import Document


def picture(colour: str = "red", size: int = 40) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def session(tmp_path, qapp):
    content = starter_map("Map")
    content.cards = [Card(lane_id=content.lanes[0].id, stage_id=content.stages[0].id,
                          position=i, title=f"C{i}") for i in range(3)]
    doc = Document.create(tmp_path / "p.mapstudio", "P",
                          data=ProjectData(project=Project(title="P"), maps=[content]))
    session = DocumentSession(doc)
    yield session
    session.close()


def state(doc) -> str:
    data = doc.export_data()
    data.project.modified = ""
    return dumps(data)


def heard(session) -> list[ChangeSet]:
    commits: list[ChangeSet] = []
    session.changed.connect(commits.append)
    return commits


def test_a_document_is_a_document_api(session) -> None:
    assert isinstance(session.document, DocumentAPI)


def test_a_write_outside_a_command_is_refused_and_changes_nothing(session) -> None:
    doc = session.document
    before = state(doc)
    commits = heard(session)
    card = doc.load_map(doc.maps()[0].id).cards[0]
    with pytest.raises(OutsideCommandError):
        doc.update_card(card.id, title="sneaked in")
    with pytest.raises(OutsideCommandError):
        doc.add_image(picture())
    with pytest.raises(OutsideCommandError), doc.batch():
        doc.update_project(title="also refused")
    assert state(doc) == before and commits == []
    # the same edit as a command is written, announced once and undoable
    assert session.push(EditCardCommand(doc, card.id, title="through a command"))
    assert doc.card(card.id).title == "through a command"
    assert len(commits) == 1
    session.undo_stack.undo()
    assert state(doc) == before


def test_each_commit_is_one_typed_changeset_naming_its_fields(session) -> None:
    doc = session.document
    content = doc.load_map(doc.maps()[0].id)
    commits = heard(session)
    ids = [c.id for c in content.cards[:2]]
    session.push(MoveCardsCommand(doc, ids, content.lanes[1].id, content.stages[2].id, 0))
    session.push(EditCardCommand(doc, ids[0], title="Renamed", owner="Ana"))
    assert len(commits) == 2
    moved, edited = commits
    assert moved.origin == Origin.LOCAL
    assert {c.id for c in moved.of(Entity.CARD) if c.op == Op.MOVED} == set(ids)
    assert moved.map_ids() == {content.map.id} and moved.touches_map(content.map.id)
    (change,) = edited.of("card")
    assert change.op == "updated" and change.fields == {"title", "owner"}
    session.undo_stack.undo()
    assert commits[-1].of(Entity.CARD)[0].fields == {"title", "owner"}  # undo says so too


def test_changes_travel_as_json_and_arrive_as_the_same_events(session) -> None:
    change = Change("card", "updated", "c1", "m1", frozenset({"title"}))
    again = Change.from_json(json.loads(json.dumps(change.to_json())))
    assert again == change and again.entity is Entity.CARD
    commits = heard(session)
    session.document.deliver(ChangeSet((again,), Origin.REMOTE))  # as a workspace does
    assert commits and commits[0].origin == Origin.REMOTE and commits[0].touches_map("m1")


@pytest.mark.parametrize("make", [
    "image card", "persona with photo", "persona photo edit", "brand logo",
    "imported maps", "imported personas"])
def test_undo_removes_every_picture_its_redo_stored(session, make) -> None:
    doc = session.document
    content = doc.load_map(doc.maps()[0].id)
    persona = Persona(name="Existing")
    session.push(AddPersonaCommand(doc, persona))
    before, assets = state(doc), len(doc.assets())
    data = picture("blue")
    if make == "image card":
        command = AddImageCardCommand(doc, data, Card(lane_id=content.lanes[0].id,
                                                      stage_id=content.stages[1].id))
    elif make == "persona with photo":
        command = AddPersonaCommand(doc, Persona(name="New"), content.map.id, photo=data)
    elif make == "persona photo edit":
        command = EditPersonaCommand(doc, persona.id, photo=data, role="Buyer")
    elif make == "brand logo":
        command = EditProjectCommand(doc, logo=data)
    elif make == "imported maps":
        other = starter_map("Imported")
        other.cards = [Card(lane_id=other.lanes[0].id, stage_id=other.stages[0].id,
                            image_asset_id="pic")]
        from mapstudio.model import Asset
        command = ImportMapsCommand(doc, ProjectData(
            project=Project(title="X"), maps=[other],
            assets=[Asset(id="pic", sha256="0" * 64, mime="image/png", width=40,
                          height=40, data=data)]))
    else:
        command = ImportPersonasCommand(doc, [Persona(name="Far")], {})
        command.photos = {command.personas[0].id: data}
    assert session.push(command)
    assert len(doc.assets()) == assets + 1
    session.undo_stack.undo()
    assert len(doc.assets()) == assets and state(doc) == before
    session.undo_stack.redo()  # and redo stores it again, in use
    assert len(doc.assets()) == assets + 1


def test_a_picture_already_in_the_project_stays_after_undo(session) -> None:
    doc = session.document
    content = doc.load_map(doc.maps()[0].id)
    data = picture("green")
    cell = {"lane_id": content.lanes[0].id, "stage_id": content.stages[1].id}
    session.push(AddImageCardCommand(doc, data, Card(**cell)))
    session.push(AddImageCardCommand(doc, data, Card(**cell)))  # the same picture again
    session.undo_stack.undo()
    assert len(doc.assets()) == 1  # the first card still shows it


def test_versions_are_saved_and_deleted_by_undoable_commands(session) -> None:
    doc = session.document
    snapshot = make_snapshot(doc.project_content(), "Before the workshop", "")
    session.push(SaveVersionCommand(doc, snapshot))
    session.push(DeleteVersionCommand(doc, snapshot.id))
    assert doc.snapshots() == []
    session.undo_stack.undo()
    assert [s.name for s in doc.snapshots()] == ["Before the workshop"]
    session.undo_stack.undo()
    assert doc.snapshots() == []


def test_a_bad_picture_is_refused_before_anything_is_written(session) -> None:
    from mapstudio.model import MapStudioError

    doc = session.document
    before = state(doc)
    with pytest.raises(MapStudioError):
        AddPersonaCommand(doc, Persona(name="X"), photo=b"not a picture")
    assert state(doc) == before and session.undo_stack.count() == 0


def test_closing_the_session_lifts_the_guard_and_closes_the_file(tmp_path, qapp) -> None:
    doc = Document.create(tmp_path / "q.mapstudio", "Q")
    session = DocumentSession(doc)
    assert doc.require_commands
    session.close()
    assert not doc.require_commands and session.document is None
    with Document.open(tmp_path / "q.mapstudio") as again:  # the lock went with it
        again.update_project(title="a script may write directly")
        assert again.project().title == "a script may write directly"
