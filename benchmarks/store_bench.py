"""Store speed as ratios to raw sqlite3 doing the same rows in the same run.

Targets (issue "foundation"): insert 5,000 cards <= 3x, load <= 3x, one durable card edit
<= 2x a raw UPDATE + COMMIT. Prints one JSON object.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import big_map, median_time  # noqa: E402

from mapstudio.model import IdMap, remap_map  # noqa: E402
from mapstudio.store import Document  # noqa: E402

PRAGMAS = ("journal_mode=DELETE", "synchronous=FULL", "foreign_keys=ON")


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE IF NOT EXISTS card (id TEXT PRIMARY KEY, map_id TEXT, "
                 "lane_id TEXT, stage_id TEXT, position INT, span INT, title TEXT, body TEXT, "
                 "colour TEXT, icon TEXT, channel TEXT, owner TEXT, tags TEXT, severity INT, "
                 "impact INT, effort INT, metric TEXT, image_asset_id TEXT, link TEXT, "
                 "persona_id TEXT, moment_of_truth INT)")
    return conn


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="mapstudio-bench-"))
    data = big_map(5000)
    content = data.maps[0]
    rows = [(c.id, content.map.id, c.lane_id, c.stage_id, c.position, c.span, c.title, c.body,
             c.colour, c.icon, c.channel, c.owner, json.dumps(c.tags), c.severity, c.impact,
             c.effort, json.dumps(c.metric.__dict__) if c.metric else None, c.image_asset_id,
             c.link, c.persona_id, int(c.moment_of_truth)) for c in content.cards]
    counter = iter(range(1000))
    target = Document.create(folder / "insert.mapstudio", "B")
    copies = iter([remap_map(content, IdMap()) for _ in range(3)])

    def ours_insert():
        target.insert_map_content(next(copies))

    def raw_insert():
        conn = raw_connection(folder / f"r{next(counter)}.db")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO card VALUES (" + ",".join("?" * 21) + ")", rows)
        conn.execute("COMMIT")
        conn.close()

    insert_ours = median_time(ours_insert, 3)
    insert_raw = median_time(raw_insert, 3)
    target.close()

    doc = Document.create(folder / "load.mapstudio", "B", data=data)
    map_id = content.map.id
    raw = raw_connection(folder / "load.db")
    raw.execute("BEGIN")
    raw.executemany("INSERT INTO card VALUES (" + ",".join("?" * 21) + ")", rows)
    raw.execute("COMMIT")

    def raw_load():
        result = raw.execute("SELECT * FROM card WHERE map_id = ?", (map_id,)).fetchall()
        assert len(result) == 5000

    load_ours = median_time(lambda: doc.load_map(map_id), 5)
    load_raw = median_time(raw_load, 5)

    card_id = content.cards[2500].id
    titles = iter(f"Edited {i}" for i in range(10_000))

    def raw_edit():
        raw.execute("BEGIN")
        raw.execute("UPDATE card SET title = ? WHERE id = ?", (next(titles), card_id))
        raw.execute("COMMIT")

    edit_ours = median_time(lambda: doc.update_card(card_id, title=next(titles)), 15)
    edit_raw = median_time(raw_edit, 15)
    doc.close()
    print(json.dumps({
        "insert_5000_vs_raw": round(insert_ours / insert_raw, 2),
        "load_5000_vs_raw": round(load_ours / load_raw, 2),
        "edit_commit_vs_raw": round(edit_ours / edit_raw, 2),
        "insert_5000_ms": round(insert_ours * 1000, 1),
        "load_5000_ms": round(load_ours * 1000, 1),
        "edit_commit_ms": round(edit_ours * 1000, 2),
        "raw_insert_ms": round(insert_raw * 1000, 1),
        "raw_load_ms": round(load_raw * 1000, 1),
        "raw_edit_ms": round(edit_raw * 1000, 2),
    }, indent=2))


if __name__ == "__main__":
    main()
