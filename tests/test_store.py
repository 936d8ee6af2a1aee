"""The document store API: round trips, dense positions, cascades, batches, events.

File format, migrations and refusals: test_store_files.py; images: test_store_images.py.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import replace

import pytest
from PIL import Image
from tests.workspace_helpers import workspace_project

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
from mapstudio.store.workspace import open_project
from mapstudio.store.workspace_document import WorkspaceDocument

FILE_ONLY = pytest.mark.parametrize("doc", ["sqlite"], indirect=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def doc(request, tmp_path):
    """The same tests on a project file and on a workspace project (PostgreSQL)."""
    if request.param == "sqlite":
        d = Document.create(tmp_path / "p.mapstudio", "Project")
    else:
        url = request.getfixturevalue("pg_shared")
        d = workspace_project(url, "Project", name=f"Project {uuid.uuid4().hex}")
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
    if isinstance(doc, WorkspaceDocument):
        doc.close()
        return open_project(f"{doc.url}#{doc.project_name}")
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
    commits = []
    doc.subscribe(commits.append)
    with pytest.raises(RuntimeError), doc.batch():
        doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="a"))
        raise RuntimeError("boom")
    assert doc.load_map(m.id).cards == [] and commits == []
    with doc.batch():
        doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="a"))
        doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="b"))
        assert commits == []  # delivered after the commit
    assert len(commits) == 1  # one commit, one ChangeSet
    assert [e.op for e in commits[0]] == ["added", "added"]


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


# ---- positions in every direction -------------------------------------------------------

def names(items) -> list[str]:
    return [getattr(x, "name", None) or x.title for x in items]


def assert_dense(doc: Document, map_id: str) -> None:
    content = doc.load_map(map_id)
    assert [s.position for s in content.stages] == list(range(len(content.stages)))
    assert [x.position for x in content.lanes] == list(range(len(content.lanes)))
    cells: dict = {}
    for c in content.cards:
        cells.setdefault((c.lane_id, c.stage_id), []).append(c.position)
    for positions in cells.values():
        assert positions == list(range(len(positions)))
    assert [m.position for m in doc.maps()] == list(range(len(doc.maps())))


def test_add_clamps_and_shifts_stages_and_lanes(grid) -> None:
    doc, m, stages, touch, emo = grid
    doc.add_stage(Stage(map_id=m.id, position=99, name="End"))
    doc.add_stage(Stage(map_id=m.id, position=-3, name="Start"))
    doc.add_stage(Stage(map_id=m.id, position=2, name="Mid"))
    assert names(doc.load_map(m.id).stages) == ["Start", "S0", "Mid", "S1", "S2", "End"]
    doc.add_lane(Lane(map_id=m.id, position=1, title="Between"))
    assert names(doc.load_map(m.id).lanes) == ["T", "Between", "E"]
    assert_dense(doc, m.id)


@pytest.mark.parametrize(("start", "target", "expected"), [
    (0, 3, ["b", "c", "d", "a"]), (3, 0, ["d", "a", "b", "c"]), (1, 2, ["a", "c", "b", "d"]),
    (2, 1, ["a", "c", "b", "d"]), (1, 1, ["a", "b", "c", "d"]), (0, 99, ["b", "c", "d", "a"]),
    (3, -5, ["d", "a", "b", "c"]),
])
def test_moves_keep_every_sibling_list_dense(doc, start, target, expected) -> None:
    maps = [doc.add_map(JourneyMap(title=t, position=i)) for i, t in enumerate("abcd")]
    doc.move_map(maps[start].id, target)
    assert [x.title for x in doc.maps()] == expected
    m = maps[0]
    stages = [doc.add_stage(Stage(map_id=m.id, position=i, name=n)) for i, n in
              enumerate("abcd")]
    lanes = [doc.add_lane(Lane(map_id=m.id, position=i, title=n)) for i, n in
             enumerate("abcd")]
    doc.move_stage(stages[start].id, target)
    doc.move_lane(lanes[start].id, target)
    assert names(doc.load_map(m.id).stages) == expected
    assert names(doc.load_map(m.id).lanes) == expected
    cards = [doc.add_card(Card(lane_id=lanes[0].id, stage_id=stages[0].id, position=i,
                               title=n)) for i, n in enumerate("abcd")]
    doc.move_card(cards[start].id, lanes[0].id, stages[0].id, target)
    assert [c.title for c in doc.load_map(m.id).cards_in(lanes[0].id, stages[0].id)] == \
        expected
    assert_dense(doc, m.id)


def test_card_moves_between_cells_close_and_open_gaps(grid) -> None:
    doc, m, stages, touch, emo = grid
    other = doc.add_lane(Lane(map_id=m.id, title="Other"))
    a = [doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, position=i, title=f"a{i}"))
         for i in range(3)]
    b = [doc.add_card(Card(lane_id=other.id, stage_id=stages[2].id, position=i, title=f"b{i}"))
         for i in range(2)]
    doc.move_card(a[1].id, other.id, stages[2].id, 1)
    content = doc.load_map(m.id)
    assert [c.title for c in content.cards_in(touch.id, stages[0].id)] == ["a0", "a2"]
    assert [c.title for c in content.cards_in(other.id, stages[2].id)] == ["b0", "a1", "b1"]
    doc.move_card(b[0].id, touch.id, stages[0].id, 99)
    assert [c.title for c in doc.load_map(m.id).cards_in(touch.id, stages[0].id)] == \
        ["a0", "a2", "b0"]
    doc.delete_card(a[0].id)
    assert_dense(doc, m.id)
    with pytest.raises(ValidationError, match="spans past"):
        wide = doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, span=3))
        doc.move_card(wide.id, touch.id, stages[1].id, 0)
    other_map = doc.add_map(JourneyMap(title="Other map"))
    s = doc.add_stage(Stage(map_id=other_map.id))
    lane = doc.add_lane(Lane(map_id=other_map.id))
    with pytest.raises(ValidationError):
        doc.move_card(b[1].id, lane.id, s.id, 0)
    assert_dense(doc, m.id)


# ---- cascades ---------------------------------------------------------------------------

def table_counts(doc: Document) -> dict[str, int]:
    import sqlite3

    with sqlite3.connect(doc.path) as db:
        return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("journey_map", "map_persona", "stage", "lane", "card",
                          "emotion_point")}


@FILE_ONLY  # reads the SQLite file itself
def test_delete_lane_removes_its_cards_and_points(grid) -> None:
    doc, m, stages, touch, emo = grid
    doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id))
    doc.add_emotion_point(EmotionPoint(lane_id=emo.id, stage_id=stages[0].id, score=0))
    doc.delete_lane(emo.id)
    assert table_counts(doc)["emotion_point"] == 0 and table_counts(doc)["card"] == 1
    doc.delete_lane(touch.id)
    content = doc.load_map(m.id)
    assert content.lanes == [] and content.cards == []


def test_delete_stage_shortens_only_spans_across_it(grid) -> None:
    doc, m, stages, touch, _ = grid
    s3 = doc.add_stage(Stage(map_id=m.id, position=3, name="S3"))
    across = doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, span=3))
    before = doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, span=1))
    after = doc.add_card(Card(lane_id=touch.id, stage_id=s3.id))
    doc.delete_stage(stages[2].id)
    assert doc.card(across.id).span == 2 and doc.card(before.id).span == 1
    assert doc.card(after.id).stage_id == s3.id
    assert [s.name for s in doc.load_map(m.id).stages] == ["S0", "S1", "S3"]
    assert_dense(doc, m.id)


@FILE_ONLY  # reads the SQLite file itself
def test_delete_map_cascades_everything_and_closes_the_gap(grid) -> None:
    doc, m, stages, touch, emo = grid
    p = doc.add_persona(Persona(name="P"))
    doc.update_map(m.id, persona_ids=[p.id])
    doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id))
    doc.add_emotion_point(EmotionPoint(lane_id=emo.id, stage_id=stages[0].id, score=1))
    later = doc.add_map(JourneyMap(title="Later", position=1, counterpart_id=m.id))
    doc.delete_map(m.id)
    assert table_counts(doc) == {"journey_map": 1, "map_persona": 0, "stage": 0, "lane": 0,
                                 "card": 0, "emotion_point": 0}
    assert doc.journey_map(later.id).position == 0
    assert doc.journey_map(later.id).counterpart_id is None
    assert doc.personas() == [p]


def test_persona_links_keep_order_and_refuse_strangers(grid) -> None:
    doc, m, *_ = grid
    a, b = doc.add_persona(Persona(name="A")), doc.add_persona(Persona(name="B"))
    doc.update_map(m.id, persona_ids=[b.id, a.id])
    assert doc.journey_map(m.id).persona_ids == [b.id, a.id]
    with pytest.raises(ValidationError, match="missing persona"):
        doc.update_map(m.id, persona_ids=[a.id, "ghost"])
    assert doc.journey_map(m.id).persona_ids == [b.id, a.id]
    copy = doc.duplicate_map(m.id)
    assert copy.persona_ids == [b.id, a.id] and copy.position == m.position + 1


def test_set_scale_without_rescale_clamps(grid) -> None:
    doc, m, stages, _, emo = grid
    p = doc.add_emotion_point(EmotionPoint(lane_id=emo.id, stage_id=stages[0].id, score=-2))
    doc.set_scale(m.id, EmotionScale(0, 4), rescale=False)
    assert doc.emotion_point(p.id).score == 0
    assert doc.journey_map(m.id).scale == EmotionScale(0, 4)
    with pytest.raises(ValidationError):
        doc.set_scale(m.id, EmotionScale(3, 3))
    with pytest.raises(ValidationError, match="outside the scale"):
        doc.update_map(m.id, scale=EmotionScale(1, 5))  # score 0 would fall outside
    with pytest.raises(ValidationError, match="outside the scale"):
        doc.update_emotion_point(p.id, score=7)


# ---- updates, events, transactions --------------------------------------------------------

@pytest.mark.parametrize(("method", "kwargs"), [
    ("update_card", {"nonsense": 1}), ("update_stage", {"title": "x"}),
    ("update_lane", {"name": "x"}), ("update_map", {"stages": []}),
    ("update_persona", {"photo": None}), ("update_emotion_point", {"value": 1}),
    ("update_project", {"name": "x"}), ("update_card", {"position": 2}),
    ("update_stage", {"position": 2}), ("update_map", {"position": 2}),
])
def test_updates_accept_only_real_field_names(grid, method, kwargs) -> None:
    doc, m, stages, touch, emo = grid
    card = doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id))
    point = doc.add_emotion_point(EmotionPoint(lane_id=emo.id, stage_id=stages[0].id, score=0))
    persona = doc.add_persona(Persona())
    target = {"update_card": card.id, "update_stage": stages[0].id, "update_lane": touch.id,
              "update_map": m.id, "update_persona": persona.id,
              "update_emotion_point": point.id}.get(method)
    before = doc.export_data()
    with pytest.raises(ValueError):
        getattr(doc, method)(*([target] if target else []), **kwargs)
    assert doc.export_data() == before


def test_invalid_values_are_refused(grid) -> None:
    doc, m, stages, touch, emo = grid
    card = doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id))
    for call in (lambda: doc.update_card(card.id, severity=9),
                 lambda: doc.update_card(card.id, span=4),
                 lambda: doc.update_card(card.id, persona_id="ghost"),
                 lambda: doc.update_card(card.id, image_asset_id="ghost"),
                 lambda: doc.update_stage(stages[0].id, colour="red"),
                 lambda: doc.update_stage(stages[0].id, width=0),
                 lambda: doc.update_lane(touch.id, kind="nonsense"),
                 lambda: doc.update_lane(touch.id, height=-1),
                 lambda: doc.update_map(m.id, map_type="nonsense"),
                 lambda: doc.update_map(m.id, counterpart_id=m.id),
                 lambda: doc.add_persona(Persona(colour="blue")),
                 lambda: doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id,
                                           id=card.id))):
        with pytest.raises(ValidationError):
            call()
    assert doc.card(card.id) == card


@FILE_ONLY  # reads the SQLite file itself
def test_every_write_updates_modified(grid) -> None:
    import sqlite3

    doc, m, *_ = grid
    doc.close()
    with sqlite3.connect(doc.path) as db:
        db.execute("UPDATE project SET modified = '2000-01-01T00:00:00+00:00'")
    with Document.open(doc.path) as doc:
        assert doc.project().modified == "2000-01-01T00:00:00+00:00"
        doc.update_map(m.id, goal="new")
        assert doc.project().modified > "2000-01-01T00:00:00+00:00"


def test_events_carry_entity_op_id_and_map(grid) -> None:
    doc, m, stages, touch, emo = grid
    events = []
    unsubscribe = doc.subscribe(events.extend)
    card = doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id))
    doc.update_card(card.id, title="t")
    doc.move_card(card.id, touch.id, stages[1].id, 0)
    doc.delete_card(card.id)
    doc.update_project(title="New")
    assert [(e.entity, e.op, e.id, e.map_id) for e in events] == [
        ("card", "added", card.id, m.id), ("card", "updated", card.id, m.id),
        ("card", "moved", card.id, m.id), ("card", "removed", card.id, m.id),
        ("project", "updated", doc.project().id, None)]
    assert events[1].fields == {"title"}  # an update names the fields it wrote
    unsubscribe()
    doc.update_project(title="Quiet")
    assert len(events) == 5


@FILE_ONLY  # reads the SQLite file itself
def test_failed_batch_leaves_the_file_byte_for_byte_unchanged(grid) -> None:
    doc, m, stages, touch, _ = grid
    before = doc.path.read_bytes()
    events = []
    doc.subscribe(events.append)
    with pytest.raises(ValidationError), doc.batch():
        doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="a"))
        doc.delete_stage(stages[1].id)
        doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, severity=42))
    assert doc.path.read_bytes() == before and events == []


def test_a_caught_failure_inside_a_batch_undoes_only_that_call(grid) -> None:
    doc, m, stages, touch, _ = grid
    with doc.batch():
        doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="kept"))
        with pytest.raises(ValidationError):
            doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="x", id="dup"))
            doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="y", id="dup"))
    assert [c.title for c in doc.load_map(m.id).cards] == ["x", "kept"]
    assert_dense(doc, m.id)


def test_insert_map_content_is_validated_first(doc) -> None:
    content = big_content(10)
    content.cards[0].position = 7  # not dense
    with pytest.raises(ValidationError):
        doc.insert_map_content(content)
    assert doc.maps() == []


def test_restore_project_puts_back_personas_maps_and_links(tmp_path):
    from dataclasses import replace

    from mapstudio.demo import make_demo_copy

    with Document.open(make_demo_copy(tmp_path)) as d:
        before = d.project_content()
        first = d.maps()[0]
        d.delete_map(d.maps()[-1].id)
        d.delete_persona(d.personas()[0].id)
        d.update_project(title="Renamed")
        d.add_snapshot(Snapshot(name="kept", data=b"x"))
        events = []
        d.subscribe(events.extend)
        d.restore_project(before)
        after = d.project_content()
        assert replace(after.project, modified="") == replace(before.project, modified="")
        assert after.personas == before.personas
        assert after.maps == before.maps
        assert d.journey_map(first.id).counterpart_id == first.counterpart_id
        assert [s.name for s in d.snapshots()] == ["kept"]  # history is not rewritten
        assert [(e.entity, e.op) for e in events] == [("project", "reloaded")]
        broken = replace(before, personas=[])  # maps still name the personas
        with pytest.raises(ValidationError):
            d.restore_project(broken)
        assert d.project_content().personas == before.personas  # nothing half-done


def test_kpi_direction_and_project_language_round_trip(grid) -> None:
    doc, m, stages, touch, emo = grid
    settings = doc.project().settings
    assert settings.language == ""
    settings.language = "ru"
    doc.update_project(settings=settings)
    told = doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="Watch",
                             metric=Metric("Viewing hours", 9, 12, "hours", "higher")))
    guessed = doc.add_card(Card(lane_id=touch.id, stage_id=stages[1].id, title="NPS",
                                metric=Metric("NPS", 20, 40, "pts")))
    doc.update_card(guessed.id, metric=Metric("NPS", 20, 40, "pts", "lower"))
    doc = reopen(doc)
    try:
        assert doc.project().settings.language == "ru"
        cards = {c.id: c for c in doc.load_map(m.id).cards}  # the bulk read path
        assert cards[told.id].metric.direction == "higher"
        assert doc.card(told.id).metric == Metric("Viewing hours", 9, 12, "hours", "higher")
        assert cards[guessed.id].metric.direction == "lower"
        with pytest.raises(ValidationError, match="language"):
            doc.update_project(settings=replace(settings, language="Russian"))
        with pytest.raises(ValidationError, match="KPI direction"):
            doc.update_card(told.id, metric=Metric("x", 1, 2, direction="sideways"))
    finally:
        doc.close()


@FILE_ONLY  # reads the SQLite file itself
def test_files_without_direction_or_language_read_as_before(grid) -> None:
    """Metrics stored before the direction existed have no key; so does a metric whose
    direction is left to the guess, so older versions still read the file. Keys from a
    newer version are ignored, not fatal."""
    import json
    import sqlite3

    doc, m, stages, touch, emo = grid
    card = doc.add_card(Card(lane_id=touch.id, stage_id=stages[0].id, title="NPS",
                             metric=Metric("NPS", 20, 40, "pts")))
    path = doc.path
    doc.close()
    with sqlite3.connect(path) as conn:
        stored = json.loads(conn.execute("SELECT metric FROM card WHERE id = ?",
                                         (card.id,)).fetchone()[0])
        assert stored == {"name": "NPS", "value": 20, "target": 40, "unit": "pts"}
        stored["colour_scale"] = "future"
        conn.execute("UPDATE card SET metric = ? WHERE id = ?", (json.dumps(stored), card.id))
        settings = json.loads(conn.execute("SELECT settings FROM project").fetchone()[0])
        settings.pop("language")
        conn.execute("UPDATE project SET settings = ?", (json.dumps(settings),))
    doc = Document.open(path)
    try:
        assert doc.card(card.id).metric == Metric("NPS", 20, 40, "pts")
        assert doc.load_map(m.id).cards[0].metric.direction is None
        assert doc.project().settings.language == ""
    finally:
        doc.close()
