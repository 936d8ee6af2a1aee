"""Killing the process mid-edit never corrupts the file and loses at most the edit in flight.

A child process edits a project as fast as it can (add, edit, move cards; each call its own
transaction) and reports each committed call on stdout; the parent SIGKILLs it at random
moments, then checks SQLite's integrity check, that the project opens, and that every
reported edit is in the file.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from mapstudio.model import Card, Project, ProjectData, starter_map
from mapstudio.store import Document

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = r"""
import sys
from mapstudio.model import Card, Project, ProjectData, starter_map
from mapstudio.store import Document

doc = Document.open(sys.argv[1])
content = doc.load_map(doc.maps()[0].id)
lanes = [lane.id for lane in content.lanes]
stages = [stage.id for stage in content.stages]
start = int(sys.argv[2])
for i in range(start, start + 100000):
    card = doc.add_card(Card(lane_id=lanes[i % len(lanes)], stage_id=stages[i % len(stages)],
                             position=0, title=f"card {i}", body="x" * (i % 300)))
    doc.update_card(card.id, title=f"card {i} edited")
    doc.move_card(card.id, lanes[(i + 1) % len(lanes)], stages[(i + 2) % len(stages)], 0)
    print(i, flush=True)
"""


def _new_project(path) -> None:
    data = ProjectData(project=Project(title=path.stem), maps=[starter_map()])
    Document.create(path, path.stem, data=data).close()


def _cards(path) -> set[str]:
    with Document.open(path) as doc:
        content = doc.load_map(doc.maps()[0].id)
        return {card.title for card in content.cards}


def test_sigkill_at_random_moments_never_corrupts_or_loses_committed_edits(tmp_path):
    path = tmp_path / "killed.mapstudio"
    _new_project(path)
    rng = random.Random(20261130)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    start = 0
    reported: set[str] = set()
    in_flight: set[int] = set()
    for _round in range(6):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(start)],
                                 stdout=subprocess.PIPE, text=True, env=env)
        first = child.stdout.readline()  # the child is editing now
        assert first.strip(), "child did not start editing"
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        done = [int(line) for line in (first + rest).split()]
        with sqlite3.connect(path) as conn:  # rolls back a hot journal, as the app would
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        titles = _cards(path)
        for i in done:
            assert f"card {i} edited" in titles, f"committed edit {i} lost"
        reported.update(f"card {i} edited" for i in done)
        in_flight.add(done[-1] + 1)  # the only call that may have half-happened
        for title in titles - reported:  # ... and if it did, it committed whole
            assert int(title.split()[1]) in in_flight, title
        start = done[-1] + 2
    assert len(_cards(path)) >= 6


def test_a_card_added_after_a_kill_is_kept(tmp_path):
    """The reopened file is writable as usual (no stale lock or journal left)."""
    path = tmp_path / "again.mapstudio"
    _new_project(path)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), "0"],
                             stdout=subprocess.PIPE, text=True)
    child.stdout.readline()
    child.send_signal(signal.SIGKILL)
    child.communicate()
    with Document.open(path) as doc:
        content = doc.load_map(doc.maps()[0].id)
        doc.add_card(Card(lane_id=content.lanes[0].id, stage_id=content.stages[0].id,
                          position=0, title="after the crash"))
    assert "after the crash" in _cards(path)
    assert not (tmp_path / "again.mapstudio-journal").exists()
