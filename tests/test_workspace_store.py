"""Workspace projects on a real PostgreSQL: optimistic concurrency, live notifications,
server-side permissions, a client killed mid-transaction, connections dropped by the
server. Each test gets its own database (`pg_url`, see conftest.py)."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import textwrap
import threading
import time
import uuid

import pytest
from tests.workspace_helpers import admin, with_database, workspace_project

from mapstudio.commands.card_commands import EditCardCommand
from mapstudio.model import Card, Project, ProjectData, ReadOnlyError, starter_map
from mapstudio.model.changes import Origin
from mapstudio.store.workspace import init_workspace, list_projects, open_project
from mapstudio.store.workspace_document import ConflictError, OfflineError


def _project(url: str, cards: int = 3, name: str = "Team"):
    content = starter_map("Journey")
    lane, stage = content.lanes[0], content.stages[0]
    content.cards = [Card(lane_id=lane.id, stage_id=stage.id, position=i, title=f"Card {i}")
                     for i in range(cards)]
    data = ProjectData(project=Project(title=name), maps=[content])
    return workspace_project(url, name, data), content


def test_a_write_over_a_change_made_since_the_read_is_refused_whole(pg_url) -> None:
    alice, content = _project(pg_url)
    bob = open_project(f"{pg_url}#Team")
    try:
        map_id = content.map.id
        first, second = (c.id for c in content.cards[:2])
        alice.load_map(map_id)
        bob.load_map(map_id)
        alice.update_card(first, title="Alice's")
        with pytest.raises(ConflictError) as info, bob.batch():
            bob.update_card(second, title="Bob's second")  # not stale on its own
            bob.update_card(first, title="Bob's")
        message = str(info.value)
        assert "\n" not in message and "changed" in message and "not made" in message
        cards = {c.id: c.title for c in alice.load_map(map_id).cards}
        assert cards[first] == "Alice's" and cards[second] == "Card 1"  # nothing of Bob's
        bob.load_map(map_id)  # seen the new state: now Bob's edit is an edit, not a race
        bob.update_card(first, title="Bob's")
        assert alice.card(first).title == "Bob's"
    finally:
        alice.close()
        bob.close()


def test_persona_and_project_edits_are_checked_the_same_way(pg_url) -> None:
    from mapstudio.model import Persona

    alice, _content = _project(pg_url)
    bob = open_project(f"{pg_url}#Team")
    try:
        persona = alice.add_persona(Persona(name="Ana"))
        alice.personas()
        bob.personas()
        bob.project()
        alice.update_persona(persona.id, name="Ana Maria")
        alice.update_project(title="Renamed by Alice")
        with pytest.raises(ConflictError, match="persona"):
            bob.update_persona(persona.id, role="Buyer")
        with pytest.raises(ConflictError, match="project"):
            bob.update_project(description="Bob's scope")
        assert bob.personas()[0].role == "" and bob.project().description == ""
        bob.update_persona(persona.id, role="Buyer")  # after seeing Alice's rename
        assert alice.personas()[0].name == "Ana Maria" and alice.personas()[0].role == "Buyer"
    finally:
        alice.close()
        bob.close()


def test_a_whole_map_command_is_checked_and_its_undo_too(pg_url) -> None:
    """Adding a stage rewrites the whole map (its undo puts the map back as it was)."""
    from mapstudio.commands.structure_commands import AddStageCommand
    from mapstudio.model import Stage

    alice, content = _project(pg_url)
    bob = open_project(f"{pg_url}#Team")
    try:
        map_id, card = content.map.id, content.cards[0].id
        alice.load_map(map_id)
        bob.load_map(map_id)
        add = AddStageCommand(alice, Stage(map_id=map_id, position=1, name="New"))
        add.redo()
        alice.update_card(card, title="Alice after the stage")  # her own map: no refusal
        # adding a stage changes no row Bob has seen: both stages are kept
        AddStageCommand(bob, Stage(map_id=map_id, position=0, name="Bob's")).redo()
        bob.load_map(map_id)
        bob.update_card(card, body="Bob's note")
        alice.load_map(map_id)
        with pytest.raises(ConflictError, match="the map was changed by someone else.*not undone"):
            add.undo()  # would put back the map without Bob's stage and note
        names = [s.name for s in bob.load_map(map_id).stages]
        assert "New" in names and "Bob's" in names
        assert bob.card(card).body == "Bob's note"
        redo_alone = AddStageCommand(alice, Stage(map_id=map_id, position=0, name="Solo"))
        alice.load_map(map_id)
        redo_alone.redo()
        redo_alone.undo()  # nobody changed the map in between: the undo is made
        assert "Solo" not in [s.name for s in alice.load_map(map_id).stages]
    finally:
        alice.close()
        bob.close()


def test_undo_over_someone_elses_change_is_refused(pg_url) -> None:
    alice, content = _project(pg_url)
    bob = open_project(f"{pg_url}#Team")
    try:
        map_id, card = content.map.id, content.cards[0].id
        alice.load_map(map_id)
        edit = EditCardCommand(alice, card, title="Alice's")
        edit.redo()
        bob.load_map(map_id)
        bob.update_card(card, body="Bob's note")
        alice.load_map(map_id)  # her view refreshed: Bob's note shows
        with pytest.raises(ConflictError, match="not undone"):
            edit.undo()
        assert alice.card(card).title == "Alice's" and alice.card(card).body == "Bob's note"
        other = alice.load_map(map_id).cards[1].id
        mine = EditCardCommand(alice, other, title="Alice's second")
        mine.redo()  # her own command, nobody else's change in between: undo allowed
        mine.undo()
        assert alice.card(other).title == "Card 1"
        EditCardCommand(alice, card, title="After seeing Bob's").redo()  # a new edit is fine
        assert bob.card(card).title == "After seeing Bob's"
    finally:
        alice.close()
        bob.close()


def test_committed_changes_reach_other_clients_as_remote_change_sets(pg_url) -> None:
    alice, content = _project(pg_url)
    bob = open_project(f"{pg_url}#Team", listen=True)
    heard, arrived = [], threading.Event()

    def hear(changes) -> None:
        heard.append(changes)
        arrived.set()

    bob.subscribe(hear)
    try:
        assert bob._listener.ready.wait(5)
        with pytest.raises(RuntimeError), alice.batch():  # rolled back: never announced
            alice.update_card(content.cards[1].id, title="never")
            raise RuntimeError("cancelled")
        alice.update_card(content.cards[0].id, title="Live")
        assert arrived.wait(5)
        (changes,) = heard
        assert changes.origin == Origin.REMOTE
        assert [(c.entity, c.op, c.id, c.fields) for c in changes] == \
            [("card", "updated", content.cards[0].id, frozenset({"title"}))]
        assert bob.card(content.cards[0].id).title == "Live"
        assert bob.last_writer[("card", content.cards[0].id)]
        users = {p["name"]: p["open_by"] for p in list_projects(pg_url)}
        assert users["Team"]  # both clients' connections are live
    finally:
        alice.close()
        bob.close()
    assert list_projects(pg_url)[0]["open_by"] == []


def _make_roles(url: str) -> tuple[str, str]:
    suffix = uuid.uuid4().hex[:8]
    viewer, editor = f"viewer_{suffix}", f"editor_{suffix}"
    database = url.rsplit("/", 1)[1]
    with admin(url) as conn:
        for group in ("mapstudio_viewer", "mapstudio_editor"):
            conn.execute(f"DO $$ BEGIN CREATE ROLE {group} NOLOGIN; "
                         "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        conn.execute(f"GRANT CONNECT ON DATABASE {database} TO mapstudio_viewer, "
                     "mapstudio_editor")
        conn.execute(f"GRANT CREATE ON DATABASE {database} TO mapstudio_editor")
        conn.execute(f"CREATE ROLE {viewer} LOGIN IN ROLE mapstudio_viewer")
        conn.execute(f"CREATE ROLE {editor} LOGIN IN ROLE mapstudio_editor")
    init_workspace(url)  # grants on the catalogue to the roles that now exist
    return viewer, editor


def test_a_viewer_role_opens_read_only_and_the_server_refuses_its_writes(pg_url) -> None:
    viewer, editor = _make_roles(pg_url)
    owner, content = _project(pg_url)
    owner.close()
    card = content.cards[0].id
    doc = open_project(f"{with_database(pg_url, pg_url.rsplit('/', 1)[1], viewer)}#Team")
    try:
        assert doc.read_only
        assert [c.title for c in doc.load_map(content.map.id).cards][0] == "Card 0"
        with pytest.raises(ReadOnlyError, match="read-only"):
            doc.update_card(card, title="viewer")
        doc.read_only = False  # a client that ignores the flag: the server still refuses
        with pytest.raises(ReadOnlyError, match="may only read"):
            doc.update_card(card, title="viewer")
    finally:
        doc.close()
    editing = open_project(f"{with_database(pg_url, pg_url.rsplit('/', 1)[1], editor)}#Team")
    try:
        assert not editing.read_only
        editing.update_card(card, title="editor")
        assert editing.card(card).title == "editor"
    finally:
        editing.close()


KILLED_CLIENT = textwrap.dedent("""
    import sys, time
    from mapstudio.model import Card
    from mapstudio.store.workspace import open_project
    doc = open_project(sys.argv[1])
    content = doc.load_map(doc.maps()[0].id)
    with doc.batch():
        for i in range(50):
            doc.add_card(Card(lane_id=content.lanes[0].id, stage_id=content.stages[1].id,
                              title=f"half {i}"))
        print("inside", flush=True)
        time.sleep(60)
""")


def test_a_client_killed_mid_transaction_leaves_the_server_intact(pg_url) -> None:
    doc, content = _project(pg_url)
    child = subprocess.Popen([sys.executable, "-c", KILLED_CLIENT, f"{pg_url}#Team"],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "inside"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        started = time.monotonic()
        doc.load_map(content.map.id)
        doc.update_card(content.cards[0].id, title="after the crash")  # lock released
        assert time.monotonic() - started < 5
        cards = doc.load_map(content.map.id).cards
        assert [c.title for c in cards] == ["after the crash", "Card 1", "Card 2"]
    finally:
        child.kill()
        child.stdout.close()
        doc.close()


def test_a_server_restart_refuses_the_next_edit_then_reconnects(pg_url) -> None:
    doc, content = _project(pg_url)
    doc.start_listening()
    heard, reloaded = [], threading.Event()
    doc.subscribe(lambda changes: (heard.append(changes),
                                   reloaded.set() if changes.origin == Origin.REMOTE else None))
    try:
        assert doc._listener.ready.wait(5)
        doc.load_map(content.map.id)
        doc.update_card(content.cards[0].id, title="before")
        restart = os.environ.get("MAPSTUDIO_PG_RESTART")  # set by .ci/postgres.sh
        if restart:
            subprocess.run(shlex.split(restart), check=True, timeout=60)
        else:  # a server that only drops the project's connections looks the same
            with admin(pg_url) as conn:
                conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE application_name = %s", (f"mapstudio {doc.schema}",))
        with pytest.raises(OfflineError, match="cannot be reached; the change was not made"):
            doc.update_card(content.cards[1].id, title="while away")
        assert doc.offline
        assert reloaded.wait(10)  # the listener is back and asks views to reload
        doc.load_map(content.map.id)
        doc.update_card(content.cards[1].id, title="back")
        titles = [c.title for c in doc.load_map(content.map.id).cards]
        assert titles == ["before", "back", "Card 2"] and not doc.offline
    finally:
        doc.close()


def test_the_migrations_build_the_orm_schema_on_postgresql_too(pg_url) -> None:
    """One schema on both dialects: a workspace project's tables, built by the same
    Alembic revisions as a file's, equal the ORM's (as test_store_files checks for
    SQLite)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from mapstudio.store.connection import REVISIONS
    from mapstudio.store.schema import SCHEMA_VERSION, Base

    doc, _content = _project(pg_url)
    try:
        with doc._engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert revision.scalar() == REVISIONS[SCHEMA_VERSION]
    finally:
        doc.close()
