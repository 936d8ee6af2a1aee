"""Random command sequences (hypothesis stateful): undo all restores the original
document exactly; redo all gives the final one."""

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
    AddLaneCommand,
    AddStageCommand,
    DeleteCardsCommand,
    DeleteMapCommand,
    DuplicateMapCommand,
    EditCardCommand,
    EditLaneCommand,
    EditStageCommand,
    MoveCardsCommand,
    MoveLaneCommand,
    MoveMapCommand,
    MoveStageCommand,
    PasteCardsCommand,
    RemoveLaneCommand,
    RemoveStageCommand,
    SetEmotionScoreCommand,
    SetScaleCommand,
)
from mapstudio.commands.undo_stack import ProjectUndoStack
from mapstudio.model import (
    Card,
    EmotionPoint,
    EmotionScale,
    Lane,
    LaneKind,
    LineAfter,
    Project,
    ProjectData,
    Stage,
    new_id,
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

class CommandSequences(RuleBasedStateMachine):
    @initialize()
    def open_document(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="mapstudio-prop-"))
        self.doc = Document.create(folder / "p.mapstudio", "P", data=small_project())
        self.map_id = self.doc.maps()[0].id
        self.stack = ProjectUndoStack()
        self.original = snapshot(self.doc)

    def content(self):
        return self.doc.load_map(self.map_id)

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

    @rule(data=st.data(), title=st.text(PRINTABLE, max_size=30))
    def add_card(self, data, title) -> None:
        c = self.content()
        lane, stage = data.draw(st.sampled_from(c.lanes)), data.draw(st.sampled_from(c.stages))
        position = data.draw(st.integers(0, len(c.cards_in(lane.id, stage.id))))
        card = Card(lane_id=lane.id, stage_id=stage.id, position=position, title=title)
        self.stack.push(AddCardCommand(self.doc, card))

    @rule(data=st.data(), title=st.text(PRINTABLE, max_size=20),
          severity=st.none() | st.integers(1, 5))
    def edit_card(self, data, title, severity) -> None:
        cards = self.content().cards
        if not cards:
            return
        card = data.draw(st.sampled_from(cards))
        self.stack.push(EditCardCommand(self.doc, card.id, title=title, severity=severity))

    @rule(data=st.data())
    def delete_cards(self, data) -> None:
        cards = self.content().cards
        if not cards:
            return
        chosen = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3,
                                    unique_by=lambda c: c.id))
        self.stack.push(DeleteCardsCommand(self.doc, [c.id for c in chosen]))

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

    @rule(data=st.data(), title=st.text(PRINTABLE, max_size=20))
    def lane_fields(self, data, title) -> None:
        lane = data.draw(st.sampled_from(self.content().lanes))
        line = data.draw(st.sampled_from(list(LineAfter)))
        self.stack.push(EditLaneCommand(self.doc, lane.id, title=title, line_after=line))

    @rule(data=st.data())
    def map_edits(self, data) -> None:
        maps = self.doc.maps()
        victim = data.draw(st.sampled_from(maps))
        if data.draw(st.booleans()) and len(maps) > 1 and victim.id != self.map_id:
            self.stack.push(DeleteMapCommand(self.doc, victim.id))
        else:
            self.stack.push(MoveMapCommand(self.doc, victim.id,
                                           data.draw(st.integers(0, len(maps) - 1))))

    @rule()
    def duplicate_map(self) -> None:
        self.stack.push(DuplicateMapCommand(self.doc, self.map_id))

    @rule()
    def undo_some(self) -> None:
        if self.stack.canUndo():
            self.stack.undo()

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
        self.doc.close()


CommandSequences.TestCase.settings = settings(
    max_examples=40, stateful_step_count=12, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
TestCommandSequences = CommandSequences.TestCase
