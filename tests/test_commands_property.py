"""Random command sequences (hypothesis stateful) over every command class, on a document
guarded by a session (a command that wrote outside its redo/undo would raise): after
each step the file, read again by a second connection, says what the document says;
undo all restores the original exactly; redo all gives the final one.
`test_every_command_has_a_rule` fails when a new command class has no rule here."""

from __future__ import annotations

import difflib
import tempfile
from dataclasses import asdict, replace
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from mapstudio.commands import (
    AddCardCommand,
    AddEmotionPointCommand,
    AddImageCardCommand,
    AddLaneCommand,
    AddMapCommand,
    AddStageCommand,
    CreateFutureStateCommand,
    DeleteCardsCommand,
    DeleteMapCommand,
    DeleteVersionCommand,
    DuplicateMapCommand,
    EditCardCommand,
    EditLaneCommand,
    EditMapCommand,
    EditProjectCommand,
    EditStageCommand,
    ImportMapsCommand,
    MoveCardsCommand,
    MoveLaneCommand,
    MoveMapCommand,
    MoveStageCommand,
    PasteCardsCommand,
    RemoveLaneCommand,
    RemoveStageCommand,
    RestoreVersionCommand,
    SaveVersionCommand,
    SetEmotionScoreCommand,
    SetScaleCommand,
)
from mapstudio.commands.living_commands import (
    AddNoteCommand,
    DeleteNoteCommand,
    EditNoteCommand,
    SetMetricValuesCommand,
)
from mapstudio.commands.persona_commands import (
    AddPersonaCommand,
    AssignPersonasCommand,
    DeletePersonaCommand,
    EditPersonaCommand,
    ImportPersonasCommand,
)
from mapstudio.commands.session import DocumentSession
from mapstudio.commands.undo_stack import ProjectUndoStack
from mapstudio.interchange import make_snapshot, snapshot_to_project
from mapstudio.model import (
    Card,
    EmotionPoint,
    EmotionScale,
    Lane,
    LaneKind,
    LineAfter,
    Metric,
    Persona,
    Project,
    ProjectData,
    ReviewNote,
    Stage,
    new_id,
    remap_project,
    starter_map,
)
from mapstudio.store import Document


def small_project() -> ProjectData:
    """Four stages, four lanes, cards in several cells, one spanning card, a curve."""
    content = starter_map()
    content.stages = content.stages[:4]
    content.lanes = content.lanes[:4]
    s, lanes = content.stages, content.lanes
    for i, lane in enumerate(lanes[:3]):
        for j, stage in enumerate(s):
            for k in range((i + j) % 3):
                content.cards.append(Card(lane_id=lane.id, stage_id=stage.id, position=k,
                                          title=f"{lane.title} {j}.{k}"))
    content.cards.append(Card(lane_id=lanes[0].id, stage_id=s[0].id, span=3, title="Wide",
                              position=len(content.cards_in(lanes[0].id, s[0].id))))
    emotions = next(x for x in lanes if x.kind == LaneKind.EMOTIONS)
    content.emotion_points = [EmotionPoint(lane_id=emotions.id, stage_id=st_.id, score=i - 1)
                              for i, st_ in enumerate(s)]
    return ProjectData(project=Project(title="P"), maps=[content])


def snapshot(doc):
    data = doc.export_data()
    data.project.modified = ""
    return data


def assert_same(actual: ProjectData, expected: ProjectData) -> None:
    """Compare as dicts so a failure names the differing fields."""
    left, right = asdict(actual), asdict(expected)
    if left != right:
        import json

        diff = [line for line in difflib.unified_diff(
            json.dumps(right, indent=1, default=str, sort_keys=True).splitlines(),
            json.dumps(left, indent=1, default=str, sort_keys=True).splitlines(), lineterm="")]
        raise AssertionError("\n".join(diff[:80]))


# text the model stores: no control characters or lone surrogates (refused, see values.py)
PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"))
COVERED: set[type] = set()


def covers(*commands: type):
    """Mark a rule as exercising these command classes (checked by the test below)."""
    COVERED.update(commands)
    return lambda rule_function: rule_function


def picture(colour: int) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (24, 16), (colour, 90, 160)).save(out, "PNG")
    return out.getvalue()


class CommandSequences(RuleBasedStateMachine):
    @initialize()
    def open_document(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="mapstudio-prop-"))
        self.doc = Document.create(folder / "p.mapstudio", "P", data=small_project())
        self.map_id = self.doc.maps()[0].id
        self.stack = ProjectUndoStack()
        self.session = DocumentSession(self.doc, self.stack)  # writes only in commands
        self.original = snapshot(self.doc)

    def content(self):
        return self.doc.load_map(self.map_id)

    @covers(MoveCardsCommand)
    @rule(data=st.data())
    def move_card(self, data) -> None:
        c = self.content()
        if not c.cards:
            return
        card = data.draw(st.sampled_from(c.cards))
        lane = data.draw(st.sampled_from(c.lanes))
        stage_index = data.draw(st.integers(0, len(c.stages) - card.span))
        stage = c.stages[stage_index]
        position = data.draw(st.integers(0, len(c.cards_in(lane.id, stage.id))))
        self.stack.push(MoveCardsCommand(self.doc, [card.id], lane.id, stage.id, position))

    @covers(AddCardCommand)
    @rule(data=st.data(), title=st.text(PRINTABLE, max_size=30))
    def add_card(self, data, title) -> None:
        c = self.content()
        lane, stage = data.draw(st.sampled_from(c.lanes)), data.draw(st.sampled_from(c.stages))
        position = data.draw(st.integers(0, len(c.cards_in(lane.id, stage.id))))
        card = Card(lane_id=lane.id, stage_id=stage.id, position=position, title=title)
        self.stack.push(AddCardCommand(self.doc, card))

    @covers(EditCardCommand)
    @rule(data=st.data(), title=st.text(PRINTABLE, max_size=20),
          severity=st.none() | st.integers(1, 5))
    def edit_card(self, data, title, severity) -> None:
        cards = self.content().cards
        if not cards:
            return
        card = data.draw(st.sampled_from(cards))
        self.stack.push(EditCardCommand(self.doc, card.id, title=title, severity=severity))

    @covers(DeleteCardsCommand)
    @rule(data=st.data())
    def delete_cards(self, data) -> None:
        cards = self.content().cards
        if not cards:
            return
        chosen = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3,
                                    unique_by=lambda c: c.id))
        self.stack.push(DeleteCardsCommand(self.doc, [c.id for c in chosen]))

    @covers(AddStageCommand, RemoveStageCommand, MoveStageCommand, EditStageCommand)
    @rule(data=st.data())
    def stage_edits(self, data) -> None:
        c = self.content()
        stage = data.draw(st.sampled_from(c.stages))
        action = data.draw(st.sampled_from(["add", "remove", "move", "resize"]))
        if action == "add":
            self.stack.push(AddStageCommand(self.doc, Stage(
                map_id=self.map_id, position=data.draw(st.integers(0, len(c.stages))))))
        elif action == "remove" and len(c.stages) > 2:
            self.stack.push(RemoveStageCommand(self.doc, stage.id))
        elif action == "move":
            self.stack.push(MoveStageCommand(self.doc, stage.id,
                                             data.draw(st.integers(0, len(c.stages) - 1))))
        else:
            self.stack.push(EditStageCommand(self.doc, stage.id,
                                             width=data.draw(st.integers(120, 600))))

    @covers(AddLaneCommand, RemoveLaneCommand, MoveLaneCommand)
    @rule(data=st.data())
    def lane_edits(self, data) -> None:
        c = self.content()
        lane = data.draw(st.sampled_from(c.lanes))
        action = data.draw(st.sampled_from(["add", "remove", "move"]))
        if action == "add":
            self.stack.push(AddLaneCommand(self.doc, Lane(
                map_id=self.map_id, kind=data.draw(st.sampled_from(list(LaneKind))),
                position=data.draw(st.integers(0, len(c.lanes))))))
        elif action == "remove" and len(c.lanes) > 2 and lane.kind != LaneKind.EMOTIONS:
            self.stack.push(RemoveLaneCommand(self.doc, lane.id))
        elif action == "move":
            self.stack.push(MoveLaneCommand(self.doc, lane.id,
                                            data.draw(st.integers(0, len(c.lanes) - 1))))

    @covers(SetEmotionScoreCommand, SetScaleCommand)
    @rule(data=st.data())
    def emotions(self, data) -> None:
        c = self.content()
        if data.draw(st.booleans()) and c.emotion_points:
            point = data.draw(st.sampled_from(c.emotion_points))
            score = data.draw(st.integers(c.map.scale.min, c.map.scale.max))
            self.stack.push(SetEmotionScoreCommand(self.doc, point.id, score))
        else:
            low = data.draw(st.integers(-3, 1))
            self.stack.push(SetScaleCommand(self.doc, self.map_id,
                                            EmotionScale(low, low + data.draw(st.integers(2, 9)))))

    @covers(PasteCardsCommand)
    @rule(data=st.data())
    def paste_cards(self, data) -> None:
        c = self.content()
        if not c.cards:
            return
        chosen = data.draw(st.lists(st.sampled_from(c.cards), min_size=1, max_size=3,
                                    unique_by=lambda x: x.id))
        lane, stage = data.draw(st.sampled_from(c.lanes)), data.draw(st.sampled_from(c.stages))
        start = len(c.cards_in(lane.id, stage.id))
        copies = [replace(card, id=new_id(), lane_id=lane.id, stage_id=stage.id,
                          position=start + k, span=1) for k, card in enumerate(chosen)]
        self.stack.push(PasteCardsCommand(self.doc, copies))

    @covers(EditLaneCommand)
    @rule(data=st.data(), title=st.text(PRINTABLE, max_size=20))
    def lane_fields(self, data, title) -> None:
        lane = data.draw(st.sampled_from(self.content().lanes))
        line = data.draw(st.sampled_from(list(LineAfter)))
        self.stack.push(EditLaneCommand(self.doc, lane.id, title=title, line_after=line))

    @covers(DeleteMapCommand, MoveMapCommand)
    @rule(data=st.data())
    def map_edits(self, data) -> None:
        maps = self.doc.maps()
        victim = data.draw(st.sampled_from(maps))
        if data.draw(st.booleans()) and len(maps) > 1 and victim.id != self.map_id:
            self.stack.push(DeleteMapCommand(self.doc, victim.id))
        else:
            self.stack.push(MoveMapCommand(self.doc, victim.id,
                                           data.draw(st.integers(0, len(maps) - 1))))

    @covers(DuplicateMapCommand)
    @rule()
    def duplicate_map(self) -> None:
        self.stack.push(DuplicateMapCommand(self.doc, self.map_id))

    @covers(AddEmotionPointCommand)
    @rule(data=st.data())
    def add_emotion_point(self, data) -> None:
        c = self.content()
        lane = next(x for x in c.lanes if x.kind == LaneKind.EMOTIONS)
        stage = data.draw(st.sampled_from(c.stages))
        score = data.draw(st.integers(c.map.scale.min, c.map.scale.max))
        self.stack.push(AddEmotionPointCommand(self.doc, EmotionPoint(
            lane_id=lane.id, stage_id=stage.id, score=score,
            position=len([p for p in c.emotion_points if p.stage_id == stage.id]))))

    @covers(AddImageCardCommand)
    @rule(data=st.data(), colour=st.integers(0, 3))
    def image_card(self, data, colour) -> None:
        c = self.content()
        lane, stage = data.draw(st.sampled_from(c.lanes)), data.draw(st.sampled_from(c.stages))
        self.stack.push(AddImageCardCommand(self.doc, picture(colour), Card(
            lane_id=lane.id, stage_id=stage.id,
            position=len(c.cards_in(lane.id, stage.id)))))

    @covers(AddMapCommand, ImportMapsCommand, CreateFutureStateCommand)
    @rule(how=st.sampled_from(["starter", "import", "future"]))
    def more_maps(self, how) -> None:
        if how == "starter":
            self.stack.push(AddMapCommand(self.doc, starter_map("Added")))
        elif how == "import":
            data = remap_project(small_project())
            data.personas = [Persona(name="Brought along")]
            data.maps[0].map.persona_ids = [data.personas[0].id]
            self.stack.push(ImportMapsCommand(self.doc, data))
        else:
            self.stack.push(CreateFutureStateCommand(self.doc, self.map_id, "Future"))

    @covers(EditMapCommand, EditProjectCommand)
    @rule(title=st.text(PRINTABLE, min_size=1, max_size=20), logo=st.integers(0, 4))
    def titles(self, title, logo) -> None:
        self.stack.push(EditMapCommand(self.doc, self.map_id, title=title, owner="CX lead"))
        self.stack.push(EditProjectCommand(self.doc, title=title,
                                           logo=picture(logo) if logo else None))

    @covers(AddPersonaCommand, EditPersonaCommand, DeletePersonaCommand,
            AssignPersonasCommand, ImportPersonasCommand)
    @rule(data=st.data(), name=st.text(PRINTABLE, min_size=1, max_size=12))
    def personas(self, data, name) -> None:
        people = self.doc.personas()
        action = data.draw(st.sampled_from(["add", "edit", "delete", "assign", "import"]))
        photo = picture(data.draw(st.integers(0, 3))) if data.draw(st.booleans()) else None
        if action == "add" or (not people and action != "import"):
            self.stack.push(AddPersonaCommand(self.doc, Persona(name=name), self.map_id,
                                              photo=photo))
        elif action == "edit":
            person = data.draw(st.sampled_from(people))
            self.stack.push(EditPersonaCommand(self.doc, person.id, photo=photo, role=name))
        elif action == "delete":
            self.stack.push(DeletePersonaCommand(self.doc, data.draw(st.sampled_from(people)).id))
        elif action == "assign":
            chosen = data.draw(st.lists(st.sampled_from(people), unique_by=lambda p: p.id))
            self.stack.push(AssignPersonasCommand(self.doc, self.map_id, [p.id for p in chosen]))
        else:
            far = Persona(name=name)
            self.stack.push(ImportPersonasCommand(self.doc, [far],
                                                  {far.id: photo} if photo else {}))

    @covers(SaveVersionCommand, DeleteVersionCommand, RestoreVersionCommand)
    @rule(data=st.data())
    def versions(self, data) -> None:
        saved = self.doc.snapshots()
        action = data.draw(st.sampled_from(["save", "delete", "restore"]))
        if action == "save" or not saved:
            self.stack.push(SaveVersionCommand(
                self.doc, make_snapshot(self.doc.project_content(), "v", "")))
        elif action == "delete":
            self.stack.push(DeleteVersionCommand(self.doc, data.draw(st.sampled_from(saved)).id))
        else:
            version = snapshot_to_project(data.draw(st.sampled_from(saved)))
            self.stack.push(RestoreVersionCommand(self.doc, version, "Restore"))
            self.map_id = self.doc.maps()[0].id if self.map_id not in {
                m.id for m in self.doc.maps()} else self.map_id

    @covers(AddNoteCommand, EditNoteCommand, DeleteNoteCommand)
    @rule(data=st.data(), text=st.text(PRINTABLE, min_size=1, max_size=20))
    def notes(self, data, text) -> None:
        c = self.content()
        notes = self.doc.notes(self.map_id)
        action = data.draw(st.sampled_from(["add", "reply", "edit", "resolve", "delete"]))
        if action == "add" or not notes:
            if c.cards and data.draw(st.booleans()):
                target = ("card", data.draw(st.sampled_from(c.cards)).id)
            else:
                target = ("stage", data.draw(st.sampled_from(c.stages)).id)
            self.stack.push(AddNoteCommand(self.doc, ReviewNote(
                target_kind=target[0], target_id=target[1], text=text, author="Ana")))
            return
        note = data.draw(st.sampled_from(notes))
        if action == "reply":
            root = note if note.parent_id is None else self.doc.note(note.parent_id)
            self.stack.push(AddNoteCommand(self.doc, ReviewNote(
                target_kind=root.target_kind, target_id=root.target_id, text=text,
                author="Bo", parent_id=root.id)))
        elif action == "edit":
            self.stack.push(EditNoteCommand(self.doc, note.id, text=text))
        elif action == "resolve":
            self.stack.push(EditNoteCommand(self.doc, note.id, resolved=not note.resolved))
        else:
            self.stack.push(DeleteNoteCommand(self.doc, note.id))

    @covers(SetMetricValuesCommand)
    @rule(data=st.data(), value=st.none() | st.floats(-1e6, 1e6, allow_nan=False))
    def metrics(self, data, value) -> None:
        c = self.content()
        kpis = [card for card in c.cards if card.metric is not None]
        if not kpis:
            if not c.cards:
                return
            card = data.draw(st.sampled_from(c.cards))
            self.stack.push(EditCardCommand(self.doc, card.id,
                                            metric=Metric(name="NPS", key="nps")))
            return
        card = data.draw(st.sampled_from(kpis))
        day = f"2026-0{data.draw(st.integers(1, 9))}-1{data.draw(st.integers(0, 9))}"
        self.stack.push(SetMetricValuesCommand(self.doc, [(card.id, day, value)]))

    @rule()
    def redo_some(self) -> None:
        if self.stack.canRedo():
            self.stack.redo()

    @rule()
    def undo_some(self) -> None:
        if self.stack.canUndo():
            self.stack.undo()

    @invariant()
    def the_file_says_what_the_document_says(self) -> None:
        """Close-and-reopen, without closing: a second, read-only connection reads what
        was committed; nothing lives only in the document object."""
        if hasattr(self, "doc"):
            with Document.open(self.doc.path, read_only=True) as again:
                assert_same(snapshot(again), snapshot(self.doc))

    @invariant()
    def positions_stay_dense(self) -> None:
        if hasattr(self, "doc"):
            from mapstudio.model import validate_project

            validate_project(self.doc.export_data())

    def teardown(self) -> None:
        if not hasattr(self, "doc"):
            return
        while self.stack.canRedo():  # commands undone by the sequence count as done
            self.stack.redo()
        while self.stack.canRedo():  # commands undone by undo_some count as done
            self.stack.redo()
        final = snapshot(self.doc)
        while self.stack.canUndo():
            self.stack.undo()
        assert_same(snapshot(self.doc), self.original)
        while self.stack.canRedo():
            self.stack.redo()
        assert_same(snapshot(self.doc), final)
        self.session.close()


CommandSequences.TestCase.settings = settings(
    max_examples=25, stateful_step_count=14, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
TestCommandSequences = CommandSequences.TestCase


def all_command_classes() -> set[type]:
    """Every concrete command class in mapstudio.commands, found by walking the package."""
    import importlib
    import pkgutil

    import mapstudio.commands as package
    from mapstudio.commands.base import DocumentCommand, MapSnapshotCommand, SetFieldsCommand

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    found, todo = set(), [DocumentCommand]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub)
            todo.append(sub)
    # private bases (`_EditFields`) are not commands of their own
    bases = {MapSnapshotCommand, SetFieldsCommand}  # abstract: their subclasses are commands
    return {c for c in found - bases if not c.__name__.startswith("_")}


def test_every_command_has_a_rule() -> None:
    missing = sorted(c.__name__ for c in all_command_classes() - COVERED)
    assert not missing, f"commands without a rule in the stateful test: {missing}"
