"""Cold start as ratios against a bare Qt window, measured in one run.

Each sample is a new process, started with QT_QPA_PLATFORM=offscreen, timed from just
before it is spawned to the moment its window has painted for the first time; the process
prints that moment (and its peak RSS) and quits:

- bare:  a QMainWindow with a QGraphicsView (the script below);
- demo:  `python -m mapstudio --demo`: its window paints first ("Opening the demo…"),
         then opens the project; the time until the demo map itself has painted is
         reported too (`demo_map_shown_*`, no target);
- blank: `python -m mapstudio`, the start screen;
- recent: the start screen listing 10 recent projects (copies of the demo, their
          thumbnails and review dates not cached yet: they are made after the first paint).

Map Studio prints the markers when MAPSTUDIO_FIRST_PAINT is set (`mapstudio.app.
report_first_paint`). Python modules are compiled once (PYTHONDONTWRITEBYTECODE is
dropped), as in an installed copy. The kinds run in turn (bare, demo, blank, recent,
bare, …), seven times each; every figure is a median. Settings, data, cache and logs go to
a fresh temporary folder per sample, as on a first start (the "recent" kind's settings
folder is copied in first).

Targets (issue 14): cold_start_demo_vs_bare_qt <= 3, cold_start_blank_vs_bare_qt <= 2,
rss_demo_vs_bare_qt <= 2.5; cold_start_recent_vs_bare_qt has the start screen's target,
<= 2. demo_map_shown_vs_bare_qt has none (the demo is copied from its built file, see
`mapstudio.demo`; about 5 on a busy two-core machine, 7.7 before).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("STARTUP_RUNS", "7"))
MARKER = "mapstudio-first-paint"
ROOT = Path(__file__).resolve().parent.parent

BARE = f"""
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QGraphicsView(QGraphicsScene()))
window.resize(1440, 900)
class Watcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"{MARKER} {{time.time():.6f}} {{rss}}", flush=True)
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
watcher = Watcher()
app.installEventFilter(watcher)
window.show()
app.exec()
"""

COMMANDS = {
    "bare": [sys.executable, "-c", BARE],
    "demo": [sys.executable, "-m", "mapstudio", "--demo"],
    "blank": [sys.executable, "-m", "mapstudio"],
    "recent": [sys.executable, "-m", "mapstudio"],
}
RECENT = 10
# run once: 10 copies of the demo, listed as recent projects in a settings folder that each
# "recent" sample starts from
MAKE_RECENT = f"""
import shutil, sys
from pathlib import Path
from mapstudio.app import create_application
from mapstudio.demo import make_demo_copy
from mapstudio.settings import Settings
create_application()
folder = Path(sys.argv[1])
demo = make_demo_copy(folder)
for i in range({RECENT}):
    Settings().add_recent(shutil.copy(demo, folder / f"Project {{i + 1}}.mapstudio"))
Settings().sync()
"""


def _environment(home: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAPSTUDIO_FIRST_PAINT="1",
               XDG_CONFIG_HOME=f"{home}/config", MAPSTUDIO_DATA_DIR=f"{home}/data",
               MAPSTUDIO_CACHE_DIR=f"{home}/cache", MAPSTUDIO_LOG_DIR=f"{home}/log",
               MAPSTUDIO_USER_TEMPLATES=f"{home}/templates", TMPDIR=home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: modules compiled once
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                      env.get("PYTHONPATH")]))
    return env


def make_recent_projects(folder: Path) -> None:
    """The projects and the settings folder (`folder`/config) of the "recent" kind."""
    subprocess.run([sys.executable, "-c", MAKE_RECENT, str(folder)], check=True,
                   env=_environment(str(folder)), capture_output=True, timeout=120)


def sample(kind: str, recent: Path) -> dict[str, tuple[float, int]]:
    """marker -> (seconds from spawn, peak RSS in KiB at that moment), one new process."""
    with tempfile.TemporaryDirectory(prefix="mapstudio-startup-") as home:
        env = _environment(home)
        if kind == "recent":
            shutil.copytree(recent / "config", f"{home}/config")
        start = time.time()
        done = subprocess.run(COMMANDS[kind], env=env, capture_output=True, text=True,
                              timeout=120, check=False)
    marks = {}
    for line in done.stdout.splitlines():
        if line.startswith(MARKER) or \
                line.startswith("mapstudio-map-painted"):
            name, painted, rss = line.split()
            marks[name] = (float(painted) - start, int(rss))
    if MARKER not in marks or (kind == "demo" and "mapstudio-map-painted" not in marks):
        raise SystemExit(f"{kind}: no first-paint marker (exit {done.returncode})\n"
                         f"{done.stderr[-2000:]}")
    return marks


def main() -> None:
    times: dict[str, list[float]] = {kind: [] for kind in (*COMMANDS, "demo_map")}
    rss: dict[str, list[int]] = {kind: [] for kind in (*COMMANDS, "demo_map")}
    recent = Path(tempfile.mkdtemp(prefix="mapstudio-recent-"))
    try:
        make_recent_projects(recent)
        sample("demo", recent)  # warm the OS file cache (and compile the modules) once
        for _ in range(RUNS):
            for kind in COMMANDS:
                _record(kind, sample(kind, recent), times, rss)
    finally:
        shutil.rmtree(recent, ignore_errors=True)
    t = {kind: statistics.median(values) for kind, values in times.items()}
    m = {kind: statistics.median(values) for kind, values in rss.items()}
    print(json.dumps({
        "cold_start_demo_vs_bare_qt": round(t["demo"] / t["bare"], 2),
        "cold_start_blank_vs_bare_qt": round(t["blank"] / t["bare"], 2),
        "cold_start_recent_vs_bare_qt": round(t["recent"] / t["bare"], 2),
        "rss_demo_vs_bare_qt": round(m["demo"] / m["bare"], 2),
        "demo_map_shown_vs_bare_qt": round(t["demo_map"] / t["bare"], 2),
        "rss_demo_map_shown_vs_bare_qt": round(m["demo_map"] / m["bare"], 2),
        "bare_qt_s": round(t["bare"], 3),
        "demo_s": round(t["demo"], 3),
        "blank_s": round(t["blank"], 3),
        "recent_s": round(t["recent"], 3),
        "demo_map_shown_s": round(t["demo_map"], 3),
        "bare_qt_rss_mb": round(m["bare"] / 1024, 1),
        "demo_rss_mb": round(m["demo"] / 1024, 1),
        "blank_rss_mb": round(m["blank"] / 1024, 1),
        "recent_rss_mb": round(m["recent"] / 1024, 1),
        "demo_map_shown_rss_mb": round(m["demo_map"] / 1024, 1),
        "runs": RUNS,
    }, indent=2))


def _record(kind: str, marks, times, rss) -> None:
    times[kind].append(marks[MARKER][0])
    rss[kind].append(marks[MARKER][1])
    if kind == "demo":
        times["demo_map"].append(marks["mapstudio-map-painted"][0])
        rss["demo_map"].append(marks["mapstudio-map-painted"][1])


if __name__ == "__main__":
    main()
