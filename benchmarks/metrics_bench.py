"""KPI values from data: `mapstudio metrics` work on a 5,000-card map against raw sqlite3.

10,000 dated values (500 KPI cards bound to a key each x 20 days) go into a 5,000-card
map in one transaction. Prints one JSON object:
- raw_sqlite_s: sqlite3 inserting the same (card, day, value) rows in one transaction;
- write_s / write_ratio: binding the parsed rows to the KPI cards and writing them
  through `Document.set_metric_values` (checks, undo values, events), against raw;
- end_to_end_s / end_to_end_ratio: all of it from the CSV text (parse, read the map for
  the bound keys, bind, write), against raw (target <= 3).
Each run writes into a fresh copy of the same project file. Usage: metrics_bench.py

Figures (2 CPUs shared with other work, Python 3.11, December 2026; best of 5): raw
0.040-0.061 s; write_ratio 1.6-2.3; end_to_end_ratio 2.35-2.8 (10.1 before the values
and cards were read in batches and the bindings in one query instead of loading maps).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from common import big_map

from mapstudio.interchange.metrics_csv import bind_rows, plan_update, read_metrics
from mapstudio.model import LaneKind
from mapstudio.store import Document

DAYS = [f"2026-{1 + d // 28:02d}-{1 + d % 28:02d}" for d in range(20)]


def make_project(folder: Path) -> Path:
    data = big_map(5000)
    content = data.maps[0]
    kinds = {lane.id: lane.kind for lane in content.lanes}
    for i, card in enumerate(c for c in content.cards if kinds[c.lane_id] == LaneKind.KPIS):
        card.metric.key = f"kpi_{i}"
    path = folder / "base.mapstudio"
    Document.create(path, "Bench", data=data).close()
    return path


def csv_text(keys: list[str]) -> str:
    lines = ["key,value,date"]
    lines += [f"{key},{(i * 7 + d) % 100},{day}" for d, day in enumerate(DAYS)
              for i, key in enumerate(keys)]
    return "\n".join(lines) + "\n"


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="metrics-bench-"))
    base = make_project(folder)
    with Document.open(base, read_only=True) as doc:
        bound = doc.metric_bindings()
    text = csv_text(sorted(bound))
    table = read_metrics(text)
    entries = bind_rows(table, bound)
    assert len(entries) == 10_000, len(entries)
    results: dict[str, list[float]] = {"raw": [], "write": [], "end_to_end": []}
    for _ in range(5):
        for name in results:
            copy = folder / f"{name}.mapstudio"
            shutil.copyfile(base, copy)
            results[name].append(run(name, copy, text, entries))
    best = {name: min(times) for name, times in results.items()}
    print(json.dumps({
        "rows": len(entries), "cards": 5000, "kpi_cards": len(bound),
        "raw_sqlite_s": round(best["raw"], 4), "write_s": round(best["write"], 4),
        "end_to_end_s": round(best["end_to_end"], 4),
        "write_ratio": round(best["write"] / best["raw"], 2),
        "end_to_end_ratio": round(best["end_to_end"] / best["raw"], 2),
        "target_ratio": 3.0,
    }, indent=2))
    shutil.rmtree(folder, ignore_errors=True)


def run(name: str, path: Path, text: str, entries) -> float:
    if name == "raw":
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA synchronous=FULL")
        try:
            return timed(lambda: _raw_insert(conn, entries))
        finally:
            conn.close()
    doc = Document.open(path)
    try:
        if name == "write":
            with_keys = doc.metric_bindings()
            table = read_metrics(text)
            return timed(lambda: doc.set_metric_values(bind_rows(table, with_keys)))
        return timed(lambda: doc.set_metric_values(plan_update(text, doc.metric_bindings())[1]))
    finally:
        doc.close()


def _raw_insert(conn, entries) -> None:
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO metric_value (card_id, date, value) VALUES (?, ?, ?)",
                     entries)
    conn.execute("COMMIT")


if __name__ == "__main__":
    sys.exit(main())
