"""Team workspace speed on a real PostgreSQL (MAPSTUDIO_PG_URL), against a local file in
the same run. Prints one JSON object:

- commit_ms_p95_vs_sqlite: one card edit committed (`update_card`, one transaction) on
  the server vs on a `.mapstudio` file, p95 over p95 (target <= 5);
- propagation_ms_p95: from before a commit in one client to the moment another client's
  scene has relaid with the change (LISTEN/NOTIFY, the Qt thread, a relayout) (<= 500);
- edits_per_s_8_clients: accepted edits per second with eight processes editing one map
  through the real commands (the concurrency test's clients);
- lost_updates: cards whose state differs from replaying the accepted commands in commit
  order (must be 0);
- remote_card_edit_vs_full_reload: on a 2,000-card map, showing another client's edit of
  one card's title by re-reading that card (what the scene does) vs reading the whole map
  again, p50 over p50 (both lay out the whole map).

Usage: MAPSTUDIO_PG_URL=postgresql://… team_bench.py (see .ci/postgres.sh).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.test_workspace_concurrency import (  # noqa: E402
    CommitOrder,
    lost_updates,
    replay,
    run_clients,
    team_project,
)
from tests.workspace_helpers import fresh_database  # noqa: E402

from mapstudio.store import Document  # noqa: E402

EDITS = 200


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def commit_times(doc, card_ids: list[str], runs: int = EDITS) -> list[float]:
    times = []
    for i in range(runs):
        started = time.perf_counter()
        doc.update_card(card_ids[i % len(card_ids)], title=f"Edit {i}")
        times.append((time.perf_counter() - started) * 1000)
    return times


def commit_ratio(url: str, folder: Path) -> dict:
    data, server = team_project(url, "Commit")
    cards = [c.id for c in data.maps[0].cards]
    server.load_map(data.maps[0].map.id)
    local = Document.create(folder / "commit.mapstudio", data=data)
    try:
        commit_times(local, cards, 20)  # warm both up
        commit_times(server, cards, 20)
        server.load_map(data.maps[0].map.id)
        file_ms = commit_times(local, cards)
        server_ms = commit_times(server, cards)
    finally:
        local.close()
        server.close()
    return {"commit_ms_p95_file": round(p95(file_ms), 2),
            "commit_ms_p95_server": round(p95(server_ms), 2),
            "commit_ms_p95_vs_sqlite": round(p95(server_ms) / p95(file_ms), 2)}


def propagation(url: str, samples: int = 40) -> dict:
    from mapstudio.app import create_application
    from mapstudio.canvas.scene import JourneyScene
    from mapstudio.commands.session import DocumentSession
    from mapstudio.store.workspace import open_project

    app = create_application()
    data, writer = team_project(url, "Live")
    map_id, card = data.maps[0].map.id, data.maps[0].cards[0].id
    reader = open_project(f"{url}#Live", listen=True)
    session = DocumentSession(reader)
    scene = JourneyScene(session)
    scene.show_map(map_id)
    reader._listener.ready.wait(5)
    times = []
    try:
        for i in range(samples):
            title = f"Live {i}"
            writer.load_map(map_id)
            started = time.perf_counter()
            writer.update_card(card, title=title)
            deadline = started + 5
            while time.perf_counter() < deadline:
                app.processEvents()
                shown = scene.content and next(
                    (c.title for c in scene.content.cards if c.id == card), None)
                if shown == title:
                    times.append((time.perf_counter() - started) * 1000)
                    break
                time.sleep(0.0005)
            else:
                raise RuntimeError("a change never reached the other client's scene")
    finally:
        session.close()
        writer.close()
    return {"propagation_ms_p50": round(statistics.median(times), 1),
            "propagation_ms_p95": round(p95(times), 1)}


def eight_clients(url: str, folder: Path) -> dict:
    data, doc = team_project(url, "Race")
    listener = CommitOrder(url, doc.channel)
    listener.start()
    started = time.perf_counter()
    try:
        results = run_clients(f"{url}#Race", 8, EDITS)
    finally:
        seconds = time.perf_counter() - started
        listener.stop()
    try:
        accepted = sum(len(r["accepted"]) for r in results)
        server = doc.load_map(data.maps[0].map.id)
        replayed = replay(data, results, listener.clients, folder / "replay.mapstudio")
        return {"edits_per_s_8_clients": round(accepted / seconds, 1),
                "accepted": accepted, "conflicts": sum(r["conflicts"] for r in results),
                "errors": sum(len(r["errors"]) for r in results),
                "lost_updates": lost_updates(server, replayed)}
    finally:
        doc.close()


def big_map(cards: int = 2000):
    from mapstudio.model import Card, Project, ProjectData, starter_map

    content = starter_map("Big")
    lanes = [lane for lane in content.lanes if lane.kind != "emotions"]
    for i in range(cards):
        lane, stage = lanes[i % len(lanes)], content.stages[(i // len(lanes)) % len(content.stages)]
        content.cards.append(Card(lane_id=lane.id, stage_id=stage.id, title=f"Card {i}",
                                  body="Some words a card of a real map would carry."))
    cells: dict = {}
    for card in content.cards:
        card.position = len(cells.setdefault((card.lane_id, card.stage_id), []))
        cells[(card.lane_id, card.stage_id)].append(card)
    return ProjectData(project=Project(title="Big"), maps=[content])


def remote_card_edit(url: str, runs: int = 10) -> dict:
    from tests.workspace_helpers import workspace_project

    from mapstudio.app import create_application
    from mapstudio.canvas.scene import JourneyScene
    from mapstudio.commands.session import DocumentSession
    from mapstudio.model.changes import Origin
    from mapstudio.store.workspace import open_project

    app = create_application()
    data = big_map()
    writer = workspace_project(url, "Big", data)
    map_id, card = data.maps[0].map.id, data.maps[0].cards[0].id
    reader = open_project(f"{url}#Big", listen=True)
    heard: list = []
    reader.subscribe(lambda c: heard.append(c) if c.origin == Origin.REMOTE else None)
    session = DocumentSession(reader)
    scene = JourneyScene(session)
    scene.show_map(map_id)
    reader._listener.ready.wait(5)
    patch, full = [], []
    try:
        for i in range(runs):
            heard.clear()
            writer.update_card(card, title=f"Edited elsewhere {i}")
            while not heard:
                time.sleep(0.001)
            app.processEvents()  # the scene's own update, not timed
            started = time.perf_counter()
            assert scene._patch_cards(list(heard))
            patch.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            scene.relayout()
            full.append((time.perf_counter() - started) * 1000)
    finally:
        session.close()
        writer.close()
    return {"remote_card_edit_ms_p50": round(statistics.median(patch), 1),
            "full_reload_ms_p50": round(statistics.median(full), 1),
            "remote_card_edit_vs_full_reload": round(statistics.median(patch)
                                                     / statistics.median(full), 2)}


def main() -> None:
    base = os.environ.get("MAPSTUDIO_PG_URL")
    if not base:
        sys.exit("team_bench.py: set MAPSTUDIO_PG_URL (eval \"$(.ci/postgres.sh start DIR)\")")
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp, fresh_database(base, durable=True) as url:
        result.update(commit_ratio(url, Path(tmp)))
        result.update(propagation(url))
        result.update(eight_clients(url, Path(tmp)))
        result.update(remote_card_edit(url))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
