"""Eight processes edit one workspace map at once through the real commands; the
server's final state must equal replaying the accepted commands in commit order (read
from the NOTIFY stream, which PostgreSQL delivers in commit order), every rejected
command must have been reported as a conflict, and no update may be lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import psycopg
from tests.workspace_helpers import workspace_project
from tests.workspace_worker import make_command

from mapstudio.model import Card, Project, ProjectData, starter_map
from mapstudio.store import Document

ROOT = Path(__file__).resolve().parents[1]
CLIENTS, EDITS = 8, 200


def team_project(url: str, name: str = "Race"):
    content = starter_map("Journey")
    lanes = [lane for lane in content.lanes if lane.kind != "emotions"]
    content.cards = [Card(lane_id=lanes[i % 2].id, stage_id=content.stages[i % 3].id,
                          position=i // 6, title=f"Card {i}") for i in range(12)]
    for lane_stage in {(c.lane_id, c.stage_id) for c in content.cards}:
        cell = [c for c in content.cards if (c.lane_id, c.stage_id) == lane_stage]
        for i, card in enumerate(cell):
            card.position = i
    data = ProjectData(project=Project(title=name), maps=[content])
    return data, workspace_project(url, name, data)


class CommitOrder(threading.Thread):
    """Every notification on the project's channel, in commit order."""

    def __init__(self, url: str, channel: str) -> None:
        super().__init__(daemon=True)
        self.conn = psycopg.connect(url, autocommit=True)
        self.conn.execute(f'LISTEN "{channel}"')
        self.clients: list[str] = []
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            for note in self.conn.notifies(timeout=0.2):
                self.clients.append(json.loads(note.payload)["client"])

    def stop(self) -> None:
        self.done.set()
        self.join(5)
        self.conn.close()


def run_clients(target: str, clients: int, edits: int) -> list[dict]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    procs = [subprocess.Popen([sys.executable, "-m", "tests.workspace_worker", target,
                               str(seed), str(edits)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for seed in range(clients)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    return results


def replay(data: ProjectData, results: list[dict], order: list[str], path: Path):
    """The accepted commands applied one by one, in commit order, to a file."""
    queues = {r["client"]: list(r["accepted"]) for r in results}
    doc = Document.create(path, data=data)
    try:
        for client in order:
            kind, args = queues[client].pop(0)
            command = make_command(doc, kind, args)
            command.direct = True
            command.redo()
        assert all(not q for q in queues.values()), "accepted commands never announced"
        return doc.load_map(data.maps[0].map.id)
    finally:
        doc.close()


def lost_updates(server, replayed) -> int:
    """Cards whose fields or place differ from the replay: each is an update lost (or
    one that appeared from nowhere)."""
    mine = {c.id: c for c in replayed.cards}
    return sum(1 for c in server.cards if mine.get(c.id) != c) + \
        abs(len(server.cards) - len(replayed.cards))


def test_eight_clients_lose_no_update(pg_url, tmp_path) -> None:
    data, doc = team_project(pg_url)
    listener = CommitOrder(pg_url, doc.channel)
    listener.start()
    try:
        results = run_clients(f"{pg_url}#Race", CLIENTS, EDITS)
    finally:
        listener.stop()
    try:
        for r in results:
            assert r["errors"] == []  # every refusal was a ConflictError, nothing else
            assert len(r["accepted"]) + r["conflicts"] == EDITS
        accepted = sum(len(r["accepted"]) for r in results)
        assert len(listener.clients) == accepted  # one announcement per commit
        assert sum(r["conflicts"] for r in results) > 0  # the clients did race
        server = doc.load_map(data.maps[0].map.id)
        replayed = replay(data, results, listener.clients, tmp_path / "replay.mapstudio")
        assert lost_updates(server, replayed) == 0
        assert server.cards == replayed.cards
    finally:
        doc.close()
