"""Import speed and memory on large inputs, and how time grows with the input (issue 18).

Prints one JSON object: json_200k_cards_s, csv_1m_rows_s, csv_1m_rows_peak_mb (peak
resident memory of a process that only imports that file), mermaid_100k_lines_s,
labels_2000_layout_s, and `growth`: for every importer (and the label layout) the time
on an input ten times larger divided by the time on the smaller one (linear work: about
10; target <= 15). Times are of the import itself (file to validated project), not of
writing the .mapstudio file. Usage: import_bench.py [--quick] (quick: smaller inputs).

Figures (2 CPUs, Python 3.11, December 2026): json_200k_cards_s 4.0 (99 before the schema
was compiled), csv_1m_rows_s 18.7, csv_1m_rows_peak_mb 620 (1,600 when the issue was
filed; 685 before cards lost their per-object dictionary), mermaid_100k_lines_s 1.5,
labels_2000_layout_s 0.23; growth per tenfold input: json 11.1, csv 10.3, mermaid 10.8,
ems_yaml 10.6, labels_layout 10.5 (target <= 15).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import big_map

from mapstudio.interchange import dumps
from mapstudio.interchange.reading import read_project
from mapstudio.layout import layout_map
from mapstudio.layout.text import FixedWidthMeasure
from mapstudio.model import (
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    MapContent,
    Project,
    ProjectData,
    Stage,
)


def json_text(cards: int) -> str:
    """A project of maps of up to 100,000 cards each (the per-map limit)."""
    maps = []
    while cards > 0:
        part = big_map(min(cards, 100_000)).maps[0]
        part.map.position = len(maps)
        maps.append(part)
        cards -= len(part.cards)
    return dumps(ProjectData(project=Project(title="Bench"), maps=maps))


def csv_text(rows: int) -> str:
    lines = ["map,stage,lane,title,body,severity"]
    lines += [f"Map {i // 100_000},Stage {i % 20},Lane {i % 5},Card number {i},"
              f"Body text of card {i},{1 + i % 5}" for i in range(rows)]
    return "\r\n".join(lines) + "\r\n"


def mermaid_text(lines: int) -> str:
    out = ["journey", "  title Bench"]
    for i in range(lines - 2):
        out.append(f"  section Stage {i}" if i % 100 == 0 else f"    Task {i}: {1 + i % 5}: Anna")
    return "\n".join(out) + "\n"


def ems_text(actions: int) -> str:
    out = ["kind: cjm", "phases:"] + [f"  - {{id: p{i}, name: Phase {i}}}" for i in range(50)]
    out.append("actions:")
    out += [f"  - {{id: a{i}, phase: p{i % 50}, name: Action {i}, touchpoints: [Web], "
            f"emotion_score: {i % 5 - 2}}}" for i in range(actions)]
    return "\n".join(out) + "\n"


def labels_content(n: int) -> MapContent:
    jm = JourneyMap(title="Crowd")
    stage = Stage(map_id=jm.id, name="Stage")
    lane = Lane(map_id=jm.id, kind=LaneKind.EMOTIONS, title="Emotions")
    points = [EmotionPoint(lane_id=lane.id, stage_id=stage.id, score=(i * 7) % 5 - 2,
                           position=i, label=f"Feeling {i}") for i in range(n)]
    return MapContent(map=jm, stages=[stage], lanes=[lane], emotion_points=points)


def timed(run, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def import_time(folder: Path, name: str, text: str, repeat: int = 1) -> float:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return timed(lambda: read_project(path), repeat)


def peak_mb(path: Path) -> float:
    """Peak resident memory of a fresh process importing `path` (Linux, macOS)."""
    # VmHWM is this process image's own high-water mark; ru_maxrss on Linux also keeps
    # that of the (large) benchmark process the child was forked from
    code = ("import resource, sys\n"
            "from mapstudio.interchange.reading import read_project\n"
            "read_project(sys.argv[1])\n"
            "try:\n"
            "    status = open('/proc/self/status').read().split('VmHWM:')[1]\n"
            "    print(int(status.split()[0]) / 1024)\n"
            "except (OSError, IndexError):\n"
            "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "    print(peak / (1024 * 1024) if sys.platform == 'darwin' else peak / 1024)\n")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                         text=True, check=True)
    return round(float(out.stdout.strip()), 1)


def main() -> None:
    quick = "--quick" in sys.argv
    scale = 10 if quick else 1
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result["json_200k_cards_s"] = round(
            import_time(folder, "big.json", json_text(200_000 // scale)), 2)
        csv_path = folder / "big.csv"
        csv_path.write_text(csv_text(1_000_000 // scale), encoding="utf-8")
        result["csv_1m_rows_s"] = round(timed(lambda: read_project(csv_path)), 2)
        result["csv_1m_rows_peak_mb"] = peak_mb(csv_path)
        result["mermaid_100k_lines_s"] = round(
            import_time(folder, "big.mmd", mermaid_text(100_000 // scale)), 2)
        result["labels_2000_layout_s"] = round(
            timed(lambda: layout_map(labels_content(2000), FixedWidthMeasure()), 3), 3)
        growth = {}
        for name, make, small, suffix in (("json", json_text, 5_000, ".json"),
                                          ("csv", csv_text, 10_000, ".csv"),
                                          ("mermaid", mermaid_text, 5_000, ".mmd"),
                                          ("ems_yaml", ems_text, 2_000, ".yaml")):
            t1 = import_time(folder, f"small{suffix}", make(small), 3)
            t10 = import_time(folder, f"large{suffix}", make(small * 10), 2)
            growth[name] = round(t10 / t1, 1)
        t1 = timed(lambda: layout_map(labels_content(200), FixedWidthMeasure()), 3)
        t10 = timed(lambda: layout_map(labels_content(2000), FixedWidthMeasure()), 3)
        growth["labels_layout"] = round(t10 / t1, 1)
        result["growth"] = growth
        result["growth_target"] = 15
        result["growth_ok"] = all(v <= 15 for v in growth.values())
        if quick:
            result["note"] = "quick run: inputs a tenth of the named sizes"
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
