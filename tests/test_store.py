"""The document store API: round trips, dense positions, cascades, batches, events.

File format, migrations and refusals: test_store_files.py; images: test_store_images.py.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from mapstudio.model import (
    Card,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    MapContent,
    MapStudioError,
    Metric,
    Persona,
    Series,
    Snapshot,
    Stage,
    ValidationError,
)
from mapstudio.store import Document


@pytest.fixture
def doc(tmp_path):
    d = Document.create(tmp_path / "p.mapstudio", "Project")
    yield d
    d.close()


@pytest.fixture
def grid(doc):
    """A map with 3 stages, a touchpoint lane and an emotion lane."""
    m = doc.add_map(JourneyMap(title="M"))
    stages = [doc.add_stage(Stage(map_id=m.id, position=i, name=f"S{i}")) for i in range(3)]
    touch = doc.add_lane(Lane(map_id=m.id, kind=LaneKind.TOUCHPOINTS, title="T"))
    emo = doc.add_lane(Lane(map_id=m.id, position=1, kind=LaneKind.EMOTIONS, title="E"))
    return doc, m, stages, touch, emo


def reopen(doc) -> Document:
    path = doc.path
    doc.close()
    return Document.open(path)


def test_every_entity_round_trips_through_reopen(grid) -> None:
    doc, m, stages, touch, emo = grid
    persona = doc.add_persona(Persona(name="Ana", goals=["a", "b"], colour="#112233",
                                      age="34", quote="Zażółć"))
    doc.update_map(m.id, persona_ids=[persona.id], goal="Scope",
                   scale=EmotionScale(-2, 2, ["a", "b", "c", "d", "e"]))
    card = doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="<b>x</b>",
                             body="Съешь", tags=["t1", "t2"], severity=4, impact=2, effort=3,
                             metric=Metric("NPS", 31.5, 45, "pts"), channel="web",
                             owner="Ops", link="https://x", persona_id=persona.id, span=2,
                             moment_of_truth=True, colour="#abcdef"))
    point = doc.add_emotion_point(EmotionPoint(lane_id=emo.id, stage_id=stages[1].id,
                                               score=-1, persona_id=persona.id,
                                               series=Series.TO_BE, label="dip"))
    buf = io.BytesIO()
    Image.new("RGB", (30, 20), "red").save(buf, "PNG")
    asset = doc.add_image(buf.getvalue())
    doc.add_snapshot(Snapshot(name="v1", data=b"zz", note="first"))
    doc.update_project(description="Desc")
    before = doc.export_data()
    doc = reopen(doc)
    after = doc.export_data()
    assert after == before
    assert doc.card(card.id) == card
    assert doc.emotion_point(point.id) == point
    assert doc.asset(asset.id).width == 30
    assert doc.persona(persona.id).quote == "Zażółć"
    doc.close()


def test_positions_stay_dense(grid) -> None:
    doc, m, stages, touch, _ = grid
    cell = (touch.id, stages[0].id)
    cards = [doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, position=0,
                               title=str(i))) for i in range(4)]
    titles = lambda lane, stage: [c.title for c in doc.load_map(m.id).cards_in(lane, stage)]  # noqa: E731
    assert titles(*cell) == ["3", "2", "1", "0"]
    doc.move_card(cards[3].id, touch.id, stages[0].id, 3)
    assert titles(*cell) == ["2", "1", "0", "3"]
    doc.move_card(cards[0].id, touch.id, stages[2].id, 0)
    assert titles(*cell) == ["2", "1", "3"]
    assert [c.position for c in doc.load_map(m.id).cards_in(*cell)] == [0, 1, 2]
    doc.delete_card(cards[1].id)
    assert [c.position for c in doc.load_map(m.id).cards_in(*cell)] == [0, 1]
    doc.move_stage(stages[0].id, 2)
    assert [s.name for s in doc.load_map(m.id).stages] == ["S1", "S2", "S0"]
    doc.move_stage(stages[0].id, 0)
    assert [s.position for s in doc.load_map(m.id).stages] == [0, 1, 2]


def test_delete_stage_cascades_and_shortens_spans(grid) -> None:
    doc, m, stages, touch, emo = grid
    wide = doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, span=3, title="wide"))
    doc.add_card(Card(lane_id=touch.id, stage_id=stages[1].id, title="gone"))
    doc.add_emotion_point(EmotionPoint(lane_id=emo.id, stage_id=stages[1].id, score=1))
    doc.delete_stage(stages[1].id)
    content = doc.load_map(m.id)
    assert [c.title for c in content.cards] == ["wide"]
    assert doc.card(wide.id).span == 2
    assert not content.emotion_points


def test_delete_persona_drops_references(grid) -> None:
    doc, m, stages, touch, emo = grid
    p = doc.add_persona(Persona(name="P"))
    doc.update_map(m.id, persona_ids=[p.id])
    c = doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, persona_id=p.id))
    doc.add_emotion_point(EmotionPoint(lane_id=emo.id, stage_id=stages[0].id, score=0,
                                       persona_id=p.id))
    doc.delete_persona(p.id)
    assert doc.journey_map(m.id).persona_ids == []
    assert doc.card(c.id).persona_id is None
    assert doc.load_map(m.id).emotion_points == []


def test_set_scale_rescales_scores(grid) -> None:
    doc, m, stages, _, emo = grid
    for i, score in enumerate((-2, 0, 2)):
        doc.add_emotion_point(EmotionPoint(lane_id=emo.id, stage_id=stages[i].id,
                                           score=score))
    doc.set_scale(m.id, EmotionScale(1, 10))
    assert [p.score for p in doc.load_map(m.id).emotion_points] == [1, 6, 10]


def test_validation_rejects_and_writes_nothing(grid) -> None:
    doc, m, stages, touch, emo = grid
    before = doc.export_data()
    with pytest.raises(ValidationError):
        doc.add_card(Card(lane_id=touch.id, stage_id=stages[2].id, span=2))
    with pytest.raises(ValidationError):
        doc.add_emotion_point(EmotionPoint(lane_id=emo.id, stage_id=stages[0].id, score=9))
    with pytest.raises(ValueError):
        doc.update_card("x", nonsense=1)
    after = doc.export_data()
    after.project.modified = before.project.modified
    assert after == before


def test_batch_is_one_transaction_rolled_back_on_error(grid) -> None:
    doc, m, stages, touch, _ = grid
    events = []
    doc.subscribe(events.append)
    with pytest.raises(RuntimeError), doc.batch():
        doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="a"))
        raise RuntimeError("boom")
    assert doc.load_map(m.id).cards == [] and events == []
    with doc.batch():
        doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="a"))
        doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="b"))
        assert events == []  # delivered after the commit
    assert [e.op for e in events] == ["added", "added"]


def test_duplicate_and_delete_map(grid) -> None:
    doc, m, stages, touch, _ = grid
    doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="a"))
    copy = doc.duplicate_map(m.id)
    assert [x.title for x in doc.maps()] == ["M", "M (copy)"]
    assert len(doc.load_map(copy.id).cards) == 1
    doc.delete_map(m.id)
    assert [x.position for x in doc.maps()] == [0]


def test_replace_map_content_restores_exactly(grid) -> None:
    doc, m, stages, touch, _ = grid
    doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="a"))
    captured = doc.load_map(m.id)
    doc.delete_stage(stages[0].id)
    doc.replace_map_content(captured)
    assert doc.load_map(m.id) == captured


def test_unknown_ids_are_clear_errors(doc) -> None:
    with pytest.raises(MapStudioError, match="no card"):
        doc.update_card("missing", title="x")
    with pytest.raises(MapStudioError):
        doc.stage("missing")


def big_content(cards: int, stages: int = 20, lanes: int = 10):
    m = JourneyMap(title="Big")
    content = MapContent(map=m)
    content.stages = [Stage(map_id=m.id, position=i, name=f"S{i}") for i in range(stages)]
    content.lanes = [Lane(map_id=m.id, position=i, title=f"L{i}") for i in range(lanes)]
    cells = [(lane, stage) for lane in content.lanes for stage in content.stages]
    for n in range(cards):
        lane, stage = cells[n % len(cells)]
        content.cards.append(Card(lane_id=lane.id, stage_id=stage.id,
                                  position=n // len(cells), title=f"Card {n}",
                                  tags=["x"] * (n % 3), severity=None if n % 2 else 3,
                                  metric=Metric("m", n, None, "") if n % 7 == 0 else None))
    return content


def test_five_thousand_cards_round_trip(doc) -> None:
    content = big_content(5000)
    doc.insert_map_content(content)
    loaded = doc.load_map(content.map.id)
    assert len(loaded.cards) == 5000
    assert {c.id: c for c in loaded.cards} == {c.id: c for c in content.cards}
    order = {lane.id: lane.position for lane in content.lanes}
    stage_order = {s.id: s.position for s in content.stages}
    keys = [(order[c.lane_id], stage_order[c.stage_id], c.position) for c in loaded.cards]
    assert keys == sorted(keys)
