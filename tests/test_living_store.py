"""Living maps in the file: evidence, confidence, owners, review dates, map links, KPI
histories and review notes — stored, read back, checked, migrated and exchanged."""

from __future__ import annotations

import json
import sqlite3

import pytest

from mapstudio.interchange.errors import InterchangeError
from mapstudio.interchange.json_format import dumps, loads
from mapstudio.model import (
    Card,
    Confidence,
    DamagedMapError,
    Evidence,
    EvidenceSource,
    LaneKind,
    Metric,
    MetricValue,
    NoteTarget,
    ReviewNote,
    ValidationError,
    remap_project,
    starter_map,
    validate_project,
)
from mapstudio.model.living import is_assumption, is_overdue, open_note_counts, threads
from mapstudio.store.connection import make_engine, migrate
from mapstudio.store.document import Document
from mapstudio.store.schema import SCHEMA_VERSION


@pytest.fixture
def living(tmp_path):
    """A project with two maps: a card with evidence, a KPI with history and notes."""
    doc = Document.create(tmp_path / "living.mapstudio", "Living")
    yield fill_living(doc)
    doc.close()


def fill_living(doc):
    """Two maps: a card with evidence, a KPI with history and notes (the workspace's
    tests use it too)."""
    first = doc.insert_map_content(starter_map("Lifecycle"))
    second = doc.insert_map_content(starter_map("Onboarding", position=1))
    content = doc.load_map(first.id)
    kpis = next(lane for lane in content.lanes if lane.kind == LaneKind.OPPORTUNITIES)
    stage = content.stages[0]
    card = doc.add_card(Card(
        lane_id=kpis.id, stage_id=stage.id, title="Activation rate",
        evidence=[Evidence(EvidenceSource.ANALYTICS, "Amplitude, March", "https://a.example"),
                  Evidence(EvidenceSource.INTERVIEW, "6 interviews")],
        confidence=Confidence.SOME_EVIDENCE, linked_map_id=second.id,
        metric=Metric("Activation", 41, 60, "%", key="activation",
                      history=[MetricValue("2024-01-31", 35.0),
                               MetricValue("2024-02-29", 41.0)])))
    doc.update_stage(stage.id, owner="Growth PM", linked_map_id=second.id)
    doc.update_map(first.id, owner="CX lead", review_by="2024-06-30")
    note = doc.add_note(ReviewNote(NoteTarget.CARD, card.id, "Source is one month old",
                                   author="ana"))
    doc.add_note(ReviewNote(NoteTarget.CARD, card.id, "April export coming", author="bob",
                            parent_id=note.id))
    doc.add_note(ReviewNote(NoteTarget.STAGE, stage.id, "Who owns this stage?", author="bob"))
    return doc, first.id, second.id, card.id, stage.id, note.id


def test_every_living_field_is_stored_and_read_back(living) -> None:
    doc, first, second, card_id, stage_id, note_id = living
    content = doc.load_map(first)
    card = next(c for c in content.cards if c.id == card_id)
    assert card.evidence[0] == Evidence(EvidenceSource.ANALYTICS, "Amplitude, March",
                                        "https://a.example")
    assert card.confidence == Confidence.SOME_EVIDENCE and card.linked_map_id == second
    assert card.metric.key == "activation"
    assert [(v.date, v.value) for v in card.metric.history] == [("2024-01-31", 35.0),
                                                                ("2024-02-29", 41.0)]
    assert doc.card(card_id) == card
    stage = doc.stage(stage_id)
    assert (stage.owner, stage.linked_map_id) == ("Growth PM", second)
    assert (content.map.owner, content.map.review_by) == ("CX lead", "2024-06-30")
    assert [(n.text, n.author, n.parent_id) for n in content.notes] == [
        ("Source is one month old", "ana", None), ("April export coming", "bob", note_id),
        ("Who owns this stage?", "bob", None)]
    assert open_note_counts(content.notes) == {card_id: 1, stage_id: 1}
    assert [len(replies) for _, replies in threads(content.notes)] == [1, 0]


def test_note_edits_are_events_and_a_delete_can_be_put_back_exactly(living) -> None:
    doc, first, _, card_id, _, note_id = living
    events = []
    doc.subscribe(events.append)
    before = doc.notes(first)
    doc.update_note(note_id, resolved=True, text="Fixed")
    assert doc.note(note_id).resolved and doc.note(note_id).text == "Fixed"
    doc.update_note(note_id, resolved=False, text="Source is one month old")
    removed = doc.delete_note(note_id)
    assert [n.id for _, n in removed][0] == note_id and len(removed) == 2  # with its reply
    assert [n.text for n in doc.notes(first)] == ["Who owns this stage?"]
    with doc.batch():
        for position, note in removed:
            doc.add_note(note, position)
    assert doc.notes(first) == before
    assert len(events) == 4
    with pytest.raises(ValueError):
        doc.update_note(note_id, target_id=card_id)


def test_a_reply_answers_a_note_on_the_same_target(living) -> None:
    doc, first, _, card_id, stage_id, note_id = living
    reply = doc.notes(first)[1]
    with pytest.raises(ValidationError):  # a reply to a reply
        doc.add_note(ReviewNote(NoteTarget.CARD, card_id, "x", parent_id=reply.id))
    with pytest.raises(ValidationError):  # on another target than its parent
        doc.add_note(ReviewNote(NoteTarget.STAGE, stage_id, "x", parent_id=note_id))
    with pytest.raises(ValidationError):
        doc.add_note(ReviewNote(NoteTarget.CARD, "no-such-card", "x"))
    assert len(doc.notes(first)) == 3


def test_deleting_a_card_takes_its_notes_and_history_deleting_a_map_its_links(living):
    doc, first, second, card_id, stage_id, _ = living
    doc.delete_card(card_id)
    assert [n.target_id for n in doc.notes(first)] == [stage_id]
    raw = doc._raw("SELECT COUNT(*) FROM metric_value", ())
    assert raw[0][0] == 0
    doc.delete_map(second)
    assert doc.stage(stage_id).linked_map_id is None
    doc.delete_stage(stage_id)
    assert doc.notes(first) == []


def test_links_are_checked(living) -> None:
    doc, first, second, card_id, stage_id, _ = living
    with pytest.raises(ValidationError):
        doc.update_card(card_id, linked_map_id=first)  # its own map
    with pytest.raises(ValidationError):
        doc.update_stage(stage_id, linked_map_id="missing")
    with pytest.raises(ValidationError):
        doc.update_map(first, review_by="30/06/2024")
    assert doc.card(card_id).linked_map_id == second


def test_kpi_values_are_written_by_day_and_undone_with_what_they_replaced(living) -> None:
    doc, _, _, card_id, _, _ = living
    before = doc.card(card_id).metric.history
    undo = doc.set_metric_values([(card_id, "2024-03-31", 44.0), (card_id, "2024-01-31", 36.0)])
    assert [(v.date, v.value) for v in doc.card(card_id).metric.history] == [
        ("2024-01-31", 36.0), ("2024-02-29", 41.0), ("2024-03-31", 44.0)]
    doc.set_metric_values(undo)
    assert doc.card(card_id).metric.history == before
    with pytest.raises(ValidationError):
        doc.set_metric_values([(card_id, "March", 1.0)])
    editing = doc.card(card_id)
    editing.metric.history = editing.metric.history[:1]
    doc.update_card(card_id, metric=editing.metric)  # the history goes with the KPI
    assert doc.card(card_id).metric.history == before[:1]
    doc.update_card(card_id, metric=None)
    assert doc._raw("SELECT COUNT(*) FROM metric_value", ())[0][0] == 0


def test_json_round_trip_carries_everything_and_a_copy_keeps_links_and_notes(living, tmp_path):
    doc, first, second, card_id, stage_id, _ = living
    text = dumps(doc.export_data())
    obj = json.loads(text)
    card = next(c for c in obj["maps"][0]["cards"] if c["id"] == card_id)
    assert card["evidence"][0] == {"source": "analytics", "note": "Amplitude, March",
                                   "link": "https://a.example"}
    assert card["metric"]["key"] == "activation"
    assert card["metric"]["history"][0] == {"date": "2024-01-31", "value": 35.0}
    assert obj["maps"][0]["review_by"] == "2024-06-30" and len(obj["maps"][0]["notes"]) == 3
    data = loads(text)
    assert dumps(data) == text
    with Document.create(tmp_path / "again.mapstudio", data=data) as again:
        assert dumps(again.export_data()) == text
    fresh = remap_project(data)
    validate_project(fresh)
    lifecycle, onboarding = fresh.maps
    assert lifecycle.stages[0].linked_map_id == onboarding.map.id != second
    copied = next(c for c in lifecycle.cards if c.title == "Activation rate")
    assert copied.linked_map_id == onboarding.map.id
    assert {n.target_id for n in lifecycle.notes} == {copied.id, lifecycle.stages[0].id}
    copy = doc.duplicate_map(first)
    content = doc.load_map(copy.id)
    assert len(content.notes) == 3 and content.stages[0].linked_map_id == second


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda o: o["maps"][0]["cards"][0].update(evidence=[{"source": "hunch"}]),
     "maps[0].cards[0].evidence[0].source"),
    (lambda o: o["maps"][0]["cards"][0].update(confidence="sure"),
     "maps[0].cards[0].confidence"),
    (lambda o: o["maps"][0].update(review_by="next spring"), "maps[0].review_by"),
    (lambda o: o["maps"][0]["notes"][0].update(target_kind="lane"),
     "maps[0].notes[0].target_kind"),
    (lambda o: o["maps"][0]["notes"][0].update(target_id="nowhere"),
     "pinned to a missing card"),
    (lambda o: o["maps"][0]["cards"][0].update(linked_map_id="nowhere"),
     "links to a missing map"),
    (lambda o: o["maps"][0]["cards"][0]["metric"]["history"].reverse(),
     "KPI history must be in date order"),
])
def test_bad_living_values_in_json_name_their_place(living, mutate, expected) -> None:
    doc, *_ = living
    obj = json.loads(dumps(doc.export_data()))
    kpi = next(c for c in obj["maps"][0]["cards"] if c.get("metric"))
    obj["maps"][0]["cards"].remove(kpi)
    obj["maps"][0]["cards"].insert(0, kpi)
    mutate(obj)
    with pytest.raises(InterchangeError) as info:
        loads(json.dumps(obj))
    assert expected in str(info.value)


@pytest.mark.parametrize(("sql", "expected"), [
    ("UPDATE card SET evidence = '[{\"source\": \"hunch\"}]' WHERE confidence IS NOT NULL",
     "evidence[0].source"),
    ("UPDATE card SET evidence = 'not json' WHERE confidence IS NOT NULL", "evidence is not JSON"),
    ("UPDATE card SET confidence = 'sure' WHERE confidence IS NOT NULL", "confidence"),
    ("UPDATE review_note SET card_id = NULL WHERE card_id IS NOT NULL AND parent_id IS NULL",
     "pinned to both a card and a stage, or to neither"),
    ("UPDATE metric_value SET date = 'March' WHERE date = '2024-01-31'", "date is 'March'"),
    ("UPDATE card SET metric = NULL WHERE confidence IS NOT NULL", "without a KPI"),
    ("UPDATE card SET linked_map_id = map_id WHERE confidence IS NOT NULL",
     "is not another map of this project"),
])
def test_damaged_living_rows_name_table_row_and_field(living, sql, expected) -> None:
    doc, first, *_ = living
    path = doc.path
    doc.close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute(sql)
    with Document.open(path) as again, pytest.raises(DamagedMapError) as info:
        again.load_map(first)
    assert expected in str(info.value)


def build_second_schema_file(path) -> None:
    """A project as the previous release (schema 2) wrote it: two maps, a persona and a
    version, filled through that release's own tables."""
    engine = make_engine(path)
    migrate(engine, 2)
    engine.dispose()
    scale = json.dumps({"min": -2, "max": 2, "labels": []})
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO project VALUES ('p', 'Old', '', 'c', 'm', '1.0', '{}')")
        db.execute("INSERT INTO persona (id, position, name, role, age, location, segment, "
                   "market_size, bio, quote, technology, goals, frustrations, motivations, "
                   "channels, colour) VALUES ('ana', 0, 'Ana', '', '', '', '', '', '', '', "
                   "'', '[]', '[]', '[]', '[]', '#ff0000')")
        for i, map_id in enumerate(("m1", "m2")):
            db.execute("INSERT INTO journey_map VALUES (?, ?, ?, '', 'current_state', ?, "
                       "NULL)", (map_id, i, f"Map {i + 1}", scale))
            db.execute("INSERT INTO map_persona VALUES (?, 'ana', 0)", (map_id,))
            db.execute("INSERT INTO stage VALUES (?, ?, 0, 'Stage', '', '', 240.0, '')",
                       (f"s{i}", map_id))
            db.execute("INSERT INTO lane VALUES (?, ?, 0, 'kpis', 'KPIs', '', NULL, 'none')",
                       (f"l{i}", map_id))
            db.execute("INSERT INTO card (id, map_id, lane_id, stage_id, position, span, "
                       "title, body, colour, icon, channel, owner, link, tags, severity, "
                       "impact, effort, metric, image_asset_id, persona_id, moment_of_truth) "
                       "VALUES (?, ?, ?, ?, 0, 1, 'NPS', '', '', '', '', 'Ops', '', '[]', "
                       "NULL, NULL, NULL, '{\"name\": \"NPS\", \"value\": 31, \"target\": "
                       "40, \"unit\": \"\"}', NULL, 'ana', 1)",
                       (f"c{i}", map_id, f"l{i}", f"s{i}"))
        db.execute("INSERT INTO snapshot VALUES ('v', 'Workshop', 'c', '', x'00')")
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_file_of_the_previous_release_opens_upgraded_with_every_map(tmp_path) -> None:
    path = tmp_path / "release.mapstudio"
    build_second_schema_file(path)
    with Document.open(path, read_only=True) as reader:  # upgraded in a private copy
        assert [m.title for m in reader.maps()] == ["Map 1", "Map 2"]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2  # left as it was
    with Document.open(path) as doc:
        assert doc.schema_version == SCHEMA_VERSION == 4
        maps = doc.maps()
        assert [m.title for m in maps] == ["Map 1", "Map 2"]
        assert [(m.owner, m.review_by) for m in maps] == [("", None), ("", None)]
        for m in maps:
            content = doc.load_map(m.id)
            card = content.cards[0]
            assert (card.title, card.owner, card.metric.value, card.moment_of_truth) == \
                ("NPS", "Ops", 31, True)
            assert (card.evidence, card.confidence, card.linked_map_id) == ([], None, None)
            assert card.metric.key == "" and card.metric.history == []
            assert content.stages[0].owner == "" and content.notes == []
            assert content.map.persona_ids == ["ana"]
        assert [s.name for s in doc.snapshots()] == ["Workshop"]
        doc.add_note(ReviewNote(NoteTarget.CARD, "c0", "After the upgrade"))
        doc.update_card("c0", evidence=[Evidence(EvidenceSource.SURVEY)],
                        confidence=Confidence.VALIDATED)
        assert doc.card("c0").confidence == Confidence.VALIDATED
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 4
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_overdue_and_assumption_rules() -> None:
    from datetime import date

    content = starter_map("Map")
    content.map.review_by = "2024-06-30"
    assert is_overdue(content.map, date(2024, 7, 1))
    assert not is_overdue(content.map, date(2024, 6, 30))
    content.map.review_by = None
    assert not is_overdue(content.map, date(2099, 1, 1))
    card = Card(lane_id="l", stage_id="s")
    assert not is_assumption(card)
    card.evidence = [Evidence(EvidenceSource.ASSUMPTION)]
    assert is_assumption(card)
    card.confidence = Confidence.VALIDATED
    assert not is_assumption(card)
    card.confidence, card.evidence = Confidence.ASSUMED, []
    assert is_assumption(card)


def test_csv_carries_evidence_confidence_keys_owners_and_review_dates(living) -> None:
    from mapstudio.interchange.csv_format import export_csv, import_csv

    doc, first, _, card_id, stage_id, _ = living
    doc.update_card(card_id, evidence=[
        Evidence(EvidenceSource.SURVEY, "212 answers | NPS\nMarch", "https://s.example"),
        Evidence(EvidenceSource.ASSUMPTION)])
    text = export_csv(doc.export_data())
    assert "survey | 212 answers ¦ NPS March | https://s.example\nassumption" in text
    data = import_csv(text)
    assert export_csv(data) == text
    lifecycle = data.maps[0]
    assert (lifecycle.map.owner, lifecycle.map.review_by) == ("CX lead", "2024-06-30")
    assert lifecycle.stages[0].owner == "Growth PM"
    card = next(c for c in lifecycle.cards if c.title == "Activation rate")
    assert card.confidence == Confidence.SOME_EVIDENCE and card.metric.key == "activation"
    assert [e.source for e in card.evidence] == [EvidenceSource.SURVEY,
                                                 EvidenceSource.ASSUMPTION]


@pytest.mark.parametrize(("column", "value", "expected"), [
    ("evidence", "hunch | felt right", "row 2, column evidence: 'hunch' is not a source"),
    ("confidence", "sure", "row 2, column confidence: 'sure' is not one of"),
    ("review_by", "next week", "row 2, column review_by: 'next week' is not a date"),
])
def test_bad_living_csv_cells_name_row_and_column(column, value, expected) -> None:
    from mapstudio.interchange.csv_format import import_csv

    text = f"stage,lane,title,{column}\nDiscover,Actions,Search,{value}\n"
    with pytest.raises(InterchangeError) as info:
        import_csv(text)
    assert expected in str(info.value)


def test_a_version_and_a_template_of_a_living_map(living, tmp_path, monkeypatch) -> None:
    from mapstudio.interchange.snapshots import make_snapshot, snapshot_to_project
    from mapstudio.templates.catalogue import map_as_template

    doc, first, *_ = living
    before = doc.export_data()
    snapshot = make_snapshot(doc.project_content(), "Review")
    doc.delete_map(first)
    doc.restore_project(snapshot_to_project(snapshot))
    after = doc.export_data()
    after.project.modified = before.project.modified = ""
    assert dumps(after) == dumps(before)  # evidence, notes, links, histories all back
    template = map_as_template(before, first, "Living template")
    validate_project(template)  # no link to a map left behind
    content = template.maps[0]
    assert content.notes == [] and content.map.review_by is None
    assert content.map.owner == "CX lead"
    assert any(c.evidence for c in content.cards)
    assert all(x.linked_map_id is None for x in (*content.stages, *content.cards))
