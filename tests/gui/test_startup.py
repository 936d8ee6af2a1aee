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
from mapstudio.store import Document
print("alembic" in sys.modules)
from mapstudio.demo import make_demo_copy
doc = Document.open(make_demo_copy(__import__("pathlib").Path({str(tmp_path)!r})))
print("alembic" in sys.modules)
""")
    assert done.returncode == 0, done.stderr
    # importing the store does not load Alembic; building a new file does
    assert done.stdout.split() == ["False", "True"]


def test_the_first_window_is_built_without_the_heavy_libraries(tmp_path) -> None:
    done = run(f"""
import sys
from mapstudio.app import create_application, prepare_gui
app = create_application()
prepare_gui(app)
from mapstudio.ui.main_window import MainWindow
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
