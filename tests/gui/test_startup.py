"""Start-up: what is loaded before the first window paints, the first-paint hook, and a
start without a display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[2] / "src")
HEAVY = ("sqlalchemy", "alembic", "reportlab", "qtawesome", "PIL", "jsonschema", "yaml")


def run(code_or_args, env_extra=None, drop=(), timeout=60):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [SRC, env.get("PYTHONPATH")]))
    env.update(env_extra or {})
    args = ["-c", code_or_args] if isinstance(code_or_args, str) else code_or_args
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def test_the_store_loads_alembic_only_when_a_file_needs_a_migration(tmp_path) -> None:
    done = run(f"""
import sys
from pathlib import Path
from mapstudio.store import Document
print("alembic" in sys.modules)
from mapstudio.demo import make_demo_copy
Document.open(make_demo_copy(Path({str(tmp_path)!r}))).close()
print("alembic" in sys.modules)
Document.create(Path({str(tmp_path)!r}) / "new.mapstudio").close()
print("alembic" in sys.modules)
""")
    assert done.returncode == 0, done.stderr
    # importing the store does not load Alembic, nor opening the (built) demo; building a
    # new file does
    assert done.stdout.split() == ["False", "False", "True"]


def test_opening_a_project_with_pictures_does_not_load_pillow(tmp_path) -> None:
    """Pictures are checked with Pillow when they enter a project; reading one (the demo
    has storyboard pictures) needs only the stored sizes."""
    done = run(f"""
import sys
from pathlib import Path
from mapstudio.demo import make_demo_copy
from mapstudio.export.source import load_source
from mapstudio.store import Document
with Document.open(make_demo_copy(Path({str(tmp_path)!r}))) as doc:
    source = load_source(doc)
print(len(source.image_sizes), "PIL" in sys.modules)
""")
    assert done.returncode == 0, done.stderr
    pictures, pillow = done.stdout.split()
    assert int(pictures) > 0 and pillow == "False"


def test_the_first_window_is_built_without_the_heavy_libraries(tmp_path) -> None:
    done = run(f"""
import sys
from mapstudio.app import create_application, prepare_gui
app = create_application()
prepare_gui(app)
from mapstudio.ui.window.main_window import MainWindow
window = MainWindow()
window.show()
app.processEvents()
window.grab()
print(" ".join(sorted(m for m in {HEAVY!r} if m in sys.modules)) or "none")
""", {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
      "MAPSTUDIO_LOG_DIR": str(tmp_path / "log")})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["none"]


@pytest.mark.parametrize("demo", [False, True])
def test_the_first_paint_hook_reports_and_quits(tmp_path, demo) -> None:
    """The start-up benchmark's hook: the start screen, or the demo map, painted."""
    env = {"QT_QPA_PLATFORM": "offscreen", "MAPSTUDIO_FIRST_PAINT": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "TMPDIR": str(tmp_path),
           "MAPSTUDIO_DATA_DIR": str(tmp_path / "data"),
           "MAPSTUDIO_CACHE_DIR": str(tmp_path / "cache"),
           "MAPSTUDIO_LOG_DIR": str(tmp_path / "log")}
    done = run(["-m", "mapstudio", *(["--demo"] if demo else [])], env)
    assert done.returncode == 0, done.stderr
    markers = [line.split() for line in done.stdout.splitlines()
               if line.startswith("mapstudio-")]
    expected = ["mapstudio-first-paint", "mapstudio-map-painted"] if demo else [
        "mapstudio-first-paint"]
    assert [m[0] for m in markers] == expected
    assert all(float(m[1]) > 0 and int(m[2]) > 0 for m in markers)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_without_a_display_one_clear_line_and_exit_3(tmp_path) -> None:
    done = run(["-m", "mapstudio"], {"MAPSTUDIO_LOG_DIR": str(tmp_path)},
               drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    assert done.returncode == 3
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mapstudio: error: no display")
    assert "desktop session" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert "xcb" not in done.stderr
    # the command line keeps working without a display
    done = run(["-m", "mapstudio", "templates", "--json"], drop=("DISPLAY", "WAYLAND_DISPLAY",
                                                                 "QT_QPA_PLATFORM"))
    assert done.returncode == 0 and done.stdout.startswith("[")


START_SCREEN = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from mapstudio.app import create_application, prepare_gui
from mapstudio.settings import Settings
app = create_application()
prepare_gui(app)
for path in reversed(sys.argv[1:]):
    Settings().add_recent(path)
from mapstudio.ui.window.main_window import MainWindow
from mapstudio.ui.window.review_status import OVERDUE_ROLE
window = MainWindow()
screen = window.start_screen
said = []

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            app.removeEventFilter(self)
            read = [screen.recent.item(i).data(OVERDUE_ROLE) for i in range(10)]
            said.append(f"painted store={'sqlalchemy' in sys.modules} "
                        f"read={sum(r is not None for r in read)}")
        return False

def finished():
    if screen.thumbnails_pending() or any(
            screen.recent.item(i).data(OVERDUE_ROLE) is None for i in range(10)):
        return QTimer.singleShot(20, finished)
    overdue = [screen.recent.item(i).text().split()[0] for i in range(10)
               if screen.recent.item(i).data(OVERDUE_ROLE)]
    said.append(f"done store={'sqlalchemy' in sys.modules} overdue={','.join(overdue)}")
    app.quit()

watcher = FirstPaint()
app.installEventFilter(watcher)
window.show()
QTimer.singleShot(0, finished)
app.exec()
print("\\n".join(said))
"""


def test_ten_recent_projects_wait_for_the_first_paint_and_are_read_once(tmp_path) -> None:
    """Thumbnails and review marks of recent projects are made after the window has
    painted; a second start finds them all in the cache and never loads the store."""
    import shutil

    from mapstudio.model import starter_map
    from mapstudio.store import Document

    original = tmp_path / "original.mapstudio"
    with Document.create(original, "Original") as doc:
        doc.insert_map_content(starter_map("Onboarding"))
        map_id = doc.maps()[0].id
    paths = []
    for i in range(10):
        paths.append(tmp_path / f"project{i}.mapstudio")
        shutil.copy(original, paths[-1])
    with Document.open(paths[3]) as doc:
        doc.update_map(map_id, review_by="2020-01-31")
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "MAPSTUDIO_CACHE_DIR": str(tmp_path / "cache"),
           "MAPSTUDIO_DATA_DIR": str(tmp_path / "data"),
           "MAPSTUDIO_LOG_DIR": str(tmp_path / "log")}
    first = run(["-c", START_SCREEN, *map(str, paths)], env, timeout=120)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split("\n")[:2] == [
        "painted store=False read=0", "done store=True overdue=project3"]
    again = run(["-c", START_SCREEN, *map(str, paths)], env, timeout=120)
    assert again.returncode == 0, again.stderr
    assert again.stdout.split("\n")[:2] == [
        "painted store=False read=0", "done store=False overdue=project3"]


def test_the_start_screen_paints_before_the_panels_load_and_they_follow(tmp_path) -> None:
    """`run_gui` paints the start screen with its menus and toolbar, then builds the docks
    and the features' menus on the next turn: the first paint needs none of their modules,
    nor the model's dataclasses, the commands or logging.handlers."""
    later = ("mapstudio.model.entities", "mapstudio.commands.base", "mapstudio.backups",
             "mapstudio.ui.docks.inspector_dock", "mapstudio.ui.window.workspace_features",
             "logging.handlers", *HEAVY)
    done = run(f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu
from mapstudio import app as A

def report(app, window, wait_for_map=False):
    def painted(_widget):
        print("paint", " ".join(m for m in {later!r} if m in sys.modules) or "none",
              window.panels_built, flush=True)
        QTimer.singleShot(50, lambda: finish(window))
        return True
    A._PaintWatcher(app, window, painted)

def finish(window):
    view = window.menuBar().findChild(QMenu, "ViewMenu")
    file = window.menuBar().findChild(QMenu, "FileMenu")
    print("panels", window.panels_built, window.inspector.isHidden(),
          window.maps_dock.toggleViewAction() in view.actions(),
          window.workspace.open_action in file.actions(), flush=True)
    window.close()

A.report_first_paint = report
sys.exit(A.run_gui(None))
""", {"QT_QPA_PLATFORM": "offscreen", "MAPSTUDIO_FIRST_PAINT": "1",
      "XDG_CONFIG_HOME": str(tmp_path / "config"), "MAPSTUDIO_LOG_DIR": str(tmp_path / "log"),
      "MAPSTUDIO_CACHE_DIR": str(tmp_path / "cache")})
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines()]
    assert lines[0] == ["paint", "none", "False"]
    # the docks exist (hidden: the start screen has the window), their View toggles and the
    # workspace's File entries are in the menus
    assert lines[1] == ["panels", "True", "True", "True", "True"]
