"""The .mapstudio file: PRAGMAs, atomic create, save_copy, migrations, defensive open."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from mapstudio.model import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    MapStudioError,
    Persona,
    Project,
    ProjectData,
    Snapshot,
    Stage,
    ValidationError,
    starter_map,
)
from mapstudio.store import APPLICATION_ID, SCHEMA_VERSION, Document, FileFormatError
from mapstudio.store.connection import REVISIONS, make_engine, migrate
from mapstudio.store.schema import Base


def pragma(path, name: str):
    with sqlite3.connect(path) as db:
        return db.execute(f"PRAGMA {name}").fetchone()[0]


@pytest.fixture
def good(tmp_path):
    """A closed, valid project file with one map."""
    with Document.create(tmp_path / "good.mapstudio", "Good") as doc:
        doc.insert_map_content(starter_map("Journey"))
    return tmp_path / "good.mapstudio"


def test_file_identity_and_durability_pragmas(good) -> None:
    assert APPLICATION_ID == 0x4D415053
    assert pragma(good, "application_id") == APPLICATION_ID
    assert pragma(good, "user_version") == SCHEMA_VERSION
    assert pragma(good, "journal_mode") == "delete"
    with Document.open(good) as doc:
        raw = doc._engine.raw_connection()
        try:
            cur = raw.driver_connection
            assert cur.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert cur.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert cur.execute("PRAGMA trusted_schema").fetchone()[0] == 0
            assert cur.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        finally:
            raw.close()
        assert doc.schema_version == SCHEMA_VERSION


def test_orm_schema_matches_what_the_migrations_build(good) -> None:
    engine = make_engine(good)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


def test_create_is_atomic_and_refuses_to_overwrite(tmp_path, good) -> None:
    before = good.read_bytes()
    with pytest.raises(MapStudioError, match="already exists"):
        Document.create(good, "Again")
    assert good.read_bytes() == before
    bad = ProjectData(project=Project(), maps=[starter_map("A"), starter_map("B")])
    bad.maps[1].map.position = 5  # positions not dense: invalid
    with pytest.raises(ValidationError):
        Document.create(tmp_path / "bad.mapstudio", data=bad)
    assert not (tmp_path / "bad.mapstudio").exists()
    with Document.create(good, "Replaced", force=True) as doc:
        assert doc.project().title == "Replaced" and doc.maps() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.mapstudio"]  # no temp files


def test_create_with_data_round_trips(tmp_path) -> None:
    persona = Persona(name="Ana", goals=["g"])
    content = starter_map("Journey")
    content.map.persona_ids = [persona.id]
    emotions = next(x for x in content.lanes if x.kind == LaneKind.EMOTIONS)
    content.emotion_points = [EmotionPoint(lane_id=emotions.id, stage_id=content.stages[0].id,
                                           score=1, persona_id=persona.id)]
    data = ProjectData(project=Project(title="T"), personas=[persona], maps=[content],
                       snapshots=[Snapshot(name="s", data=b"x")])
    with Document.create(tmp_path / "d.mapstudio", data=data) as doc:
        out = doc.export_data()
    assert out.maps == data.maps and out.personas == data.personas
    assert out.snapshots == data.snapshots and out.project.id == data.project.id


def test_save_copy_is_an_identical_openable_project(good, tmp_path) -> None:
    target = tmp_path / "copy.mapstudio"
    target.write_bytes(b"old contents are replaced atomically")
    with Document.open(good) as doc:
        doc.add_persona(Persona(name="P"))
        doc.save_copy(target)
        with Document.open(target) as other:
            assert other.export_data() == doc.export_data()
    assert pragma(target, "application_id") == APPLICATION_ID
    assert pragma(target, "user_version") == SCHEMA_VERSION
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    with Document.open(good) as doc:
        own = good.read_bytes()
        with pytest.raises(MapStudioError, match="own file"):
            doc.save_copy(good)
        assert good.read_bytes() == own
        with pytest.raises(MapStudioError, match="no such folder"):
            doc.save_copy(tmp_path / "nowhere" / "x.mapstudio")


def test_new_files_get_the_users_normal_permissions(tmp_path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    Document.create(tmp_path / "perm.mapstudio").close()
    assert (tmp_path / "perm.mapstudio").stat().st_mode & 0o777 == 0o666 & ~umask


def build_first_schema_file(path) -> None:
    """A schema-1 file as version 1 of Map Studio wrote it, filled with plain sqlite3."""
    engine = make_engine(path)
    migrate(engine, 1)
    engine.dispose()
    assert pragma(path, "user_version") == 1
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO project VALUES ('p', 'Old', 'd', 'c', 'm', '0.0.1', '{}')")
        for i, pid in enumerate(("ana", "bob")):
            db.execute("INSERT INTO persona (id, position, name, role, age, location, "
                       "segment, market_size, bio, quote, technology, goals, frustrations, "
                       "motivations, channels) VALUES (?, ?, ?, '', '', '', '', '', '', '', "
                       "'', '[\"g\"]', '[]', '[]', '[]')", (pid, i, pid.title()))
        scale = json.dumps({"min": -2, "max": 2, "labels": []})
        db.execute("INSERT INTO journey_map VALUES ('m', 0, 'Map', '', 'current_state', ?, ?, "
                   "NULL)", (json.dumps(["bob", "ghost", "ana"]), scale))
        db.execute("INSERT INTO stage VALUES ('s', 'm', 0, 'Stage', '', '', 240.0, '')")
        db.execute("INSERT INTO lane VALUES ('l', 'm', 0, 'touchpoints', 'T', '', NULL, "
                   "'none')")
        db.execute("INSERT INTO lane VALUES ('e', 'm', 1, 'emotions', 'E', '', NULL, 'none')")
        db.execute("INSERT INTO card (id, map_id, lane_id, stage_id, position, span, title, "
                   "body, colour, icon, channel, owner, link, tags, severity, impact, effort, "
                   "metric, image_asset_id, persona_id) VALUES ('c', 'm', 'l', 's', 0, 1, "
                   "'Card', 'Body', '', '', 'web', '', '', '[\"t\"]', 3, NULL, NULL, "
                   "'{\"name\": \"NPS\", \"value\": 5, \"target\": null, \"unit\": \"\"}', "
                   "NULL, 'ana')")
        db.execute("INSERT INTO emotion_point VALUES ('pt', 'm', 'e', 's', 0, 'bob', 'as_is', "
                   "-1, 'low')")


def test_migration_from_the_first_schema_keeps_every_row(tmp_path) -> None:
    path = tmp_path / "old.mapstudio"
    build_first_schema_file(path)
    with Document.open(path) as doc:
        assert doc.schema_version == SCHEMA_VERSION
        assert doc.project().title == "Old"
        assert [p.colour for p in doc.personas()] == ["#3b82f6", "#3b82f6"]  # new column
        content = doc.load_map("m")
        assert content.map.persona_ids == ["bob", "ana"]  # order kept, dangling id dropped
        card = content.cards[0]
        assert (card.title, card.tags, card.severity, card.metric.value) == \
            ("Card", ["t"], 3, 5)
        assert card.moment_of_truth is False and card.persona_id == "ana"
        assert content.emotion_points[0].score == -1
        assert doc.snapshots() == []
        doc.delete_persona("ana")  # the new link table cascades
        assert doc.journey_map("m").persona_ids == ["bob"]
    assert pragma(path, "user_version") == SCHEMA_VERSION
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            REVISIONS[SCHEMA_VERSION]
        assert {r[0] for r in db.execute("SELECT row_version FROM card")} == {1}
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert "persona_ids" not in {r[1] for r in db.execute("PRAGMA table_info(journey_map)")}


def make_case(tmp_path, good, case: str):
    path = tmp_path / f"{case}.mapstudio"
    if case == "random bytes":
        path.write_bytes(os.urandom(8192))
    elif case == "empty file":
        path.write_bytes(b"")
    elif case == "truncated":
        path.write_bytes(good.read_bytes()[:6000])
    elif case == "another app's database":
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE t (x)")
            db.execute("PRAGMA application_id = 1234")
    elif case == "plain sqlite":
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE card (x)")
    elif case == "directory":
        path.mkdir()
    elif case != "missing":
        path.write_bytes(good.read_bytes())
        with sqlite3.connect(path) as db:
            db.execute({
                "newer": f"PRAGMA user_version = {SCHEMA_VERSION + 1}",
                "trigger": "CREATE TRIGGER t AFTER INSERT ON card BEGIN SELECT 1; END",
                "view": "CREATE VIEW v AS SELECT 1",
                "missing table": "DROP TABLE snapshot",
                "missing column": "ALTER TABLE card DROP COLUMN link",
            }[case])
    return path


@pytest.mark.parametrize(("case", "message"), [
    ("random bytes", "not a Map Studio file"),
    ("empty file", "not a Map Studio file"),
    ("truncated", "damaged"),
    ("another app's database", "not a Map Studio file"),
    ("plain sqlite", "not a Map Studio file"),
    ("newer", f"made by a newer version of Map Studio (schema {SCHEMA_VERSION + 1}); this "
              f"version reads up to schema {SCHEMA_VERSION}"),
    ("trigger", "trigger t"),
    ("view", "view v"),
    ("missing table", "missing tables: snapshot"),
    ("missing column", "card lacks link"),
    ("directory", "not a file"),
    ("missing", "no such file"),
])
def test_refused_files_are_left_byte_for_byte_unchanged(tmp_path, good, case, message):
    path = make_case(tmp_path, good, case)
    before = path.read_bytes() if path.is_file() else None
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(FileFormatError) as info:
        Document.open(path)
    text = str(info.value)
    assert text.startswith(str(path)) and "\n" not in text
    assert message in text
    if before is not None:
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no journal left over


def test_a_failed_migration_leaves_the_old_file(tmp_path, monkeypatch) -> None:
    path = tmp_path / "old.mapstudio"
    build_first_schema_file(path)
    before = path.read_bytes()
    from alembic import command  # imported by migrate() only when a file needs it

    real_upgrade = command.upgrade

    def upgrade_then_fail(config, revision):
        real_upgrade(config, revision)  # every step of schema 2 ran, then:
        raise RuntimeError("disk full")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        Document.open(path)
    assert path.read_bytes() == before
    monkeypatch.undo()
    with Document.open(path) as doc:
        assert doc.journey_map("m").persona_ids == ["bob", "ana"]


def test_stages_lanes_cards_survive_reopen(good) -> None:
    with Document.open(good) as doc:
        m = doc.maps()[0]
        stage = doc.add_stage(Stage(map_id=m.id, position=1, name="New"))
        lane = doc.add_lane(Lane(map_id=m.id, title="L", kind=LaneKind.PAIN_POINTS))
        card = doc.add_card(Card(lane_id=lane.id, stage_id=stage.id, severity=5))
        expected = doc.load_map(m.id)
    with Document.open(good) as doc:
        assert doc.load_map(m.id) == expected
        assert doc.card(card.id).severity == 5
        assert doc.maps() == [JourneyMap(**{**expected.map.__dict__})]
