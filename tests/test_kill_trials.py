"""100 kills: crashes during edits, imports, `--force` replacements and exports, in turn.

Every trial starts a real `mapstudio` process doing one kind of write over and over,
SIGKILLs it at a random moment, then checks every file in the folder: each project holds
its old or its new content and passes SQLite's integrity check, each export is whole, and
whatever else lies there is a recognised leftover that the next write sweeps away. The
edit trial leaves its crash journal in place, so the `--force` trial after it replaces a
project that has a hot journal (the way projects used to be lost).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.safety_helpers import integrity, make_project

from mapstudio.cli import main
from mapstudio.files import is_leftover
from mapstudio.store import Document

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

TRIALS = 100
KINDS = ("edit", "force", "import", "export")
CHILD = r"""
import sys
from pathlib import Path
from mapstudio.cli import main
from mapstudio.model import Card
from mapstudio.store import Document

kind, folder, trial = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
project = folder / "E.mapstudio"
if kind == "edit":
    doc = Document.open(project)
    content = doc.load_map(doc.maps()[0].id)
    lane, stage = content.lanes[0].id, content.stages[0].id
print("ready", flush=True)
n = 0
while True:
    name = f"{kind[0].upper()}{trial}-{n}"
    print("start", name, flush=True)
    if kind == "edit":
        with doc.batch():
            doc.add_card(Card(lane_id=lane, stage_id=stage, position=0, title=name,
                              body="x" * 3000))
            doc.update_project(title=name)
    elif kind == "force":
        code = main(["new", str(project), "--force", "--title", name])
    elif kind == "import":
        source = folder / ("A.json" if n % 2 else "B.json")
        code = main(["import", str(source), "-o", str(folder / "I.mapstudio"), "--force"])
    else:
        out = folder / ("out.json" if n % 2 else "out.pdf")
        code = main(["export", str(folder / "S.mapstudio"), "-o", str(out), "--force"])
    if kind != "edit":
        assert code == 0, code
    print("done", name, flush=True)
    n += 1
"""

EXPECTED = {"E.mapstudio", "E.mapstudio-journal", "I.mapstudio", "S.mapstudio", "A.json",
            "B.json", "out.json", "out.pdf"}


def _run_and_kill(kind: str, folder: Path, trial: int, rng: random.Random) -> list[str]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, kind, str(folder), str(trial)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=dict(os.environ, PYTHONUNBUFFERED="1"))
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    # an export needs its first second to load the PDF engine: give some a chance to finish
    time.sleep(rng.uniform(0.2, 1.5) if kind == "export" else rng.uniform(0.0, 0.5))
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate()
    assert child.returncode == -signal.SIGKILL, err
    assert "Traceback" not in err, err
    return [line.split()[1] for line in out.splitlines() if line.startswith("done ")]


def _title(path: Path) -> str:
    with Document.open(path) as doc:  # as the app opens it: recovers a crash on a copy
        return doc.project().title


def _check_edit(folder: Path, done: list[str], before: set[str], scratch: Path) -> None:
    """Look at the crashed project on a copy, leaving its journal for the next trial."""
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir()
    for name in ("E.mapstudio", "E.mapstudio-journal"):
        if (folder / name).exists():
            shutil.copyfile(folder / name, scratch / name)
    with Document.open(scratch / "E.mapstudio") as doc:
        titles = {c.title for c in doc.load_map(doc.maps()[0].id).cards}
    assert integrity(scratch / "E.mapstudio") == "ok"
    assert set(done) <= titles, "a committed edit was lost"
    assert len(titles - before - set(done)) <= 1  # at most the edit in flight, whole


def test_a_hundred_kills_lose_nothing_and_leave_nothing(tmp_path):
    rng = random.Random(20261202)
    folder = tmp_path / "work"
    folder.mkdir()
    make_project(folder / "E.mapstudio", "E0", cards=3)
    make_project(folder / "S.mapstudio", "Source", cards=40)
    for name, title, cards in (("A.json", "Import A", 7), ("B.json", "Import B", 11)):
        make_project(tmp_path / f"{name}.mapstudio", title, cards=cards)
        assert main(["export", str(tmp_path / f"{name}.mapstudio"), "-o",
                     str(folder / name)]) == 0
    main(["import", str(folder / "A.json"), "-o", str(folder / "I.mapstudio")])
    card_titles: set[str] = set()
    figures = {kind: {"trials": 0, "completed_writes": 0} for kind in KINDS}
    leftover_sightings = 0
    for trial in range(TRIALS):
        kind = KINDS[trial % len(KINDS)]
        if kind == "edit":
            with Document.open(folder / "E.mapstudio", read_only=True) as doc:
                card_titles = {c.title for c in doc.load_map(doc.maps()[0].id).cards}
        done = _run_and_kill(kind, folder, trial, rng)
        figures[kind]["trials"] += 1
        figures[kind]["completed_writes"] += len(done)
        if kind == "edit":
            _check_edit(folder, done, card_titles, tmp_path / "scratch")
        elif kind == "force":
            in_flight = f"F{trial}-{len(done)}"
            title = _title(folder / "E.mapstudio")
            # the edit trial before left E titled by its last (or in-flight) edit
            assert title.startswith("E") or title in {*done, in_flight}, title
            assert not (folder / "E.mapstudio-journal").exists()
            assert integrity(folder / "E.mapstudio") == "ok"
            if done:  # replaced at least once: the last replacement or the one in flight
                assert title in {done[-1], in_flight}
        elif kind == "import":
            assert _title(folder / "I.mapstudio") in {"Import A", "Import B"}
            assert integrity(folder / "I.mapstudio") == "ok"
        else:
            if (folder / "out.json").exists():
                assert json.loads((folder / "out.json").read_text())["project"]
            if (folder / "out.pdf").exists():
                pdf = (folder / "out.pdf").read_bytes()
                assert pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-64:]
        for path in folder.iterdir():
            assert path.name in EXPECTED or is_leftover(path.name), path.name
            leftover_sightings += is_leftover(path.name)
    assert main(["export", str(folder / "S.mapstudio"), "-o", str(folder / "last.json")]) == 0
    names = {p.name for p in folder.iterdir()}
    assert names <= EXPECTED | {"last.json"}, names  # every leftover swept by that write
    assert {"E.mapstudio", "I.mapstudio", "S.mapstudio", "last.json"} <= names
    _title(folder / "E.mapstudio")  # the last crash recovered as the app would
    assert integrity(folder / "E.mapstudio") == "ok"
    print(json.dumps({"trials": TRIALS, "leftover_sightings": leftover_sightings,
                      **figures}))
