"""Store speed as ratios to raw sqlite3 writing and reading the same rows in the same run.

Both sides work on copies of the same empty .mapstudio file (same tables, indexes, foreign
keys) with the same PRAGMAs (journal_mode=DELETE, synchronous=FULL, foreign_keys=ON), so
the ratio is the cost of the Document layer: validation, dataclass conversion, events.
Targets: insert 5,000 cards <= 3x, load them <= 3x, one durable card edit <= 2x a raw
UPDATE + COMMIT. Prints one JSON object. Usage: store_bench.py [FOLDER] (default: a temp
folder; pass a folder on a real disk to include fsync costs).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from mapstudio.model import (
    Card,
    Confidence,
    EmotionPoint,
    Evidence,
    EvidenceSource,
    JourneyMap,
    Lane,
    LaneKind,
    MapContent,
    Metric,
    Stage,
)
from mapstudio.store import Document
from mapstudio.store.fastpath import INSERT_CARD, INSERT_POINT, card_to_tuple, point_to_tuple

CONFIDENCES = (None, *Confidence)  # a quarter of the cards each, with sources on some
PRAGMAS = ("journal_mode=DELETE", "synchronous=FULL", "foreign_keys=ON", "trusted_schema=OFF")
WORDS = ("customer compares mortgage rates online before booking an adviser call about fees "
         "documents valuation offer switching loyalty app reminder").split()


def big_map(cards: int = 5000, stages: int = 20, lanes: int = 10) -> MapContent:
    """`cards` cards spread evenly over stages x lanes, plus an emotion lane."""
    m = JourneyMap(title="Benchmark map")
    content = MapContent(map=m)
    content.stages = [Stage(map_id=m.id, position=i, name=f"Stage {i + 1}")
                      for i in range(stages)]
    kinds = list(LaneKind)
    content.lanes = [Lane(map_id=m.id, position=i, kind=kinds[i % len(kinds)],
                          title=f"Lane {i}") for i in range(lanes)]
    cells = [(lane, stage) for lane in content.lanes for stage in content.stages]
    for n in range(cards):
        lane, stage = cells[n % len(cells)]
        words = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(6 + n % 7))
        content.cards.append(Card(
            lane_id=lane.id, stage_id=stage.id, position=n // len(cells), title=f"{n} {words}",
            body=words if n % 3 == 0 else "", tags=["t"] if n % 4 == 0 else [],
            severity=1 + n % 5 if n % 2 else None,
            metric=Metric("NPS", n % 60, 60, "pts") if n % 5 == 0 else None,
            evidence=[Evidence(EvidenceSource.INTERVIEW, f"interview {n % 9}")]
            if n % 4 == 0 else [], confidence=CONFIDENCES[n % 4]))
    emotions = Lane(map_id=m.id, position=lanes, kind=LaneKind.EMOTIONS, title="Emotions")
    content.lanes.append(emotions)
    content.emotion_points = [EmotionPoint(lane_id=emotions.id, stage_id=s.id,
                                           score=(i % 5) - 2)
                              for i, s in enumerate(content.stages)]
    return content


def _timed(fn, setup) -> float:
    arg = setup() if setup else None
    start = time.perf_counter()
    fn(arg) if setup else fn()
    return time.perf_counter() - start


def paired_medians(ours, raw, repeat: int, ours_setup=None, raw_setup=None):
    """Median seconds of each side, run alternately so both see the same machine load."""
    ours_times, raw_times = [], []
    for _ in range(repeat):
        raw_times.append(_timed(raw, raw_setup))
        ours_times.append(_timed(ours, ours_setup))
    return statistics.median(ours_times), statistics.median(raw_times)


def raw_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    return conn


def raw_rows(content: MapContent) -> dict[str, list[tuple]]:
    """The exact rows the store writes, prepared outside the timed region (favours raw)."""
    m, mid = content.map, content.map.id
    scale = json.dumps({"min": m.scale.min, "max": m.scale.max, "labels": m.scale.labels})
    return {
        "INSERT INTO journey_map (id, position, title, goal, map_type, scale, counterpart_id)"
        " VALUES (?,?,?,?,?,?,?)": [(mid, 0, m.title, m.goal, str(m.map_type), scale, None)],
        "INSERT INTO stage (id, map_id, position, name, description, colour, width, phase)"
        " VALUES (?,?,?,?,?,?,?,?)": [(s.id, mid, s.position, s.name, s.description, s.colour,
                                      s.width, s.phase) for s in content.stages],
        "INSERT INTO lane (id, map_id, position, kind, title, colour, height, line_after)"
        " VALUES (?,?,?,?,?,?,?,?)": [(x.id, mid, x.position, str(x.kind), x.title, x.colour,
                                      x.height, str(x.line_after)) for x in content.lanes],
        INSERT_CARD: [card_to_tuple(mid, c) for c in content.cards],
        INSERT_POINT: [point_to_tuple(mid, p)
                                          for p in content.emotion_points],
    }


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="msbench-"))
    folder.mkdir(parents=True, exist_ok=True)
    content = big_map(5000)
    empty = folder / "empty.mapstudio"
    Document.create(empty, "Bench", force=True).close()
    statements = raw_rows(content)
    counter = iter(range(10_000))

    def fresh_copy() -> Path:
        target = folder / f"run{next(counter)}.mapstudio"
        shutil.copyfile(empty, target)
        return target

    def ours_setup():
        return Document.open(fresh_copy())

    def ours_insert(doc: Document) -> None:
        doc.insert_map_content(content)
        doc.close()

    def raw_insert(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN")
        for sql, params in statements.items():
            conn.executemany(sql, params)
        conn.execute("COMMIT")
        conn.close()

    insert_ours, insert_raw = paired_medians(ours_insert, raw_insert, 7, ours_setup,
                                             lambda: raw_connect(fresh_copy()))

    loaded = fresh_copy()
    with Document.open(loaded) as doc:
        doc.insert_map_content(content)
    raw_file = folder / "raw-loaded.mapstudio"
    shutil.copyfile(loaded, raw_file)
    map_id = content.map.id
    raw = raw_connect(raw_file)

    def raw_load() -> None:
        raw.execute("BEGIN")
        raw.execute("SELECT * FROM journey_map WHERE id = ?", (map_id,)).fetchall()
        raw.execute("SELECT * FROM stage WHERE map_id = ? ORDER BY position",
                    (map_id,)).fetchall()
        raw.execute("SELECT * FROM lane WHERE map_id = ? ORDER BY position",
                    (map_id,)).fetchall()
        cards = raw.execute("SELECT * FROM card WHERE map_id = ?", (map_id,)).fetchall()
        raw.execute("SELECT * FROM emotion_point WHERE map_id = ?", (map_id,)).fetchall()
        raw.execute("COMMIT")
        assert len(cards) == 5000

    doc = Document.open(loaded)
    assert len(doc.load_map(map_id).cards) == 5000
    load_ours, load_raw = paired_medians(lambda: doc.load_map(map_id), raw_load, 15)

    card_id = content.cards[2500].id
    titles = iter(f"Edited {i}" for i in range(100_000))

    def raw_edit() -> None:
        raw.execute("BEGIN")
        raw.execute("UPDATE card SET title = ? WHERE id = ?", (next(titles), card_id))
        raw.execute("COMMIT")

    edit_ours, edit_raw = paired_medians(
        lambda: doc.update_card(card_id, title=next(titles)), raw_edit, 41)
    doc.close()
    raw.close()
    if len(sys.argv) <= 1:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({
        "insert_5000_vs_raw": round(insert_ours / insert_raw, 2),
        "load_5000_vs_raw": round(load_ours / load_raw, 2),
        "edit_commit_vs_raw": round(edit_ours / edit_raw, 2),
        "insert_5000_ms": round(insert_ours * 1000, 1),
        "load_5000_ms": round(load_ours * 1000, 1),
        "edit_commit_ms": round(edit_ours * 1000, 2),
        "raw_insert_5000_ms": round(insert_raw * 1000, 1),
        "raw_load_5000_ms": round(load_raw * 1000, 1),
        "raw_edit_commit_ms": round(edit_raw * 1000, 2),
        "targets": {"insert_5000_vs_raw": 3, "load_5000_vs_raw": 3, "edit_commit_vs_raw": 2},
    }, indent=2))


if __name__ == "__main__":
    main()
