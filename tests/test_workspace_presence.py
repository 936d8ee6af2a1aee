"""Who else has a map open, from the server: two clients under two database roles on a
real PostgreSQL, each sees the other (never itself) on the map it shows, hears at once
when the other switches maps, selects cards or leaves, and `workspace list` still names
both."""

from __future__ import annotations

import threading

from tests.test_workspace_store import _make_roles
from tests.workspace_helpers import with_database, workspace_project

from mapstudio.model import Project, ProjectData, starter_map
from mapstudio.store.workspace import list_projects, open_project


def _wait_for(condition, seconds: float = 5.0) -> bool:
    done = threading.Event()
    for _ in range(int(seconds / 0.05)):
        if condition():
            return True
        done.wait(0.05)
    return condition()


def test_each_client_sees_the_others_on_its_map_live(pg_url) -> None:
    _viewer, editor = _make_roles(pg_url)
    first, second = starter_map("Current"), starter_map("Future")
    alice = workspace_project(pg_url, "Team", ProjectData(project=Project(title="Team"),
                                                          maps=[first, second]), listen=True)
    database = pg_url.rsplit("/", 1)[1]
    bob = open_project(f"{with_database(pg_url, database, editor)}#Team", listen=True)
    nudged = threading.Semaphore(0)
    alice.watch_presence(nudged.release)
    try:
        assert alice._listener.ready.wait(5) and bob._listener.ready.wait(5)
        one, two = first.map.id, second.map.id
        assert alice.others_on_map(one) == []
        alice.show_map(one)
        bob.show_map(one)
        assert nudged.acquire(timeout=3)  # Bob's arrival is announced
        assert alice.others_on_map(one) == [editor]
        assert bob.others_on_map(one) == [alice.user]  # the other one, not himself
        bob.show_selection(["card-a", "card-b"])
        assert _wait_for(lambda: alice.selections_on(one) == {editor: ["card-a", "card-b"]})
        carol = open_project(f"{pg_url}#Team", listen=True)  # arrives later: says hello
        try:
            carol.show_map(one)
            assert _wait_for(lambda: carol.selections_on(one) == {editor: ["card-a",
                                                                          "card-b"]})
            assert carol.selections_on(two) == {}
        finally:
            carol.close()
        bob.show_map(two)
        assert _wait_for(lambda: alice.selections_on(one) == {})  # a new map: none yet
        assert nudged.acquire(timeout=3)
        assert alice.others_on_map(one) == [] and alice.others_on_map(two) == [editor]
        assert bob.others_on_map(two) == []
        users = {p["name"]: p["open_by"] for p in list_projects(pg_url)}["Team"]
        assert editor in users and alice.user in users
        bob.close()
        assert nudged.acquire(timeout=3)  # his leaving too
        assert _wait_for(lambda: alice.others_on_map(two) == [])
    finally:
        alice.close()
        bob.close()
