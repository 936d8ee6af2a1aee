"""The demo kept built next to its JSON: current, the same project, and copied whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mapstudio.demo import (
    BUILT_DEMO,
    build_demo,
    built_demo_is_current,
    demo_stamp,
    make_demo_copy,
)
from mapstudio.interchange import project_to_dict
from mapstudio.paths import resource_path
from mapstudio.store import Document

SRC = str(Path(__file__).resolve().parents[1] / "src")


def test_the_built_demo_is_current() -> None:
    assert built_demo_is_current(), (
        "resources/demo/mortgage.mapstudio is out of date (the demo JSON, the file schema "
        f"or the version changed; now {demo_stamp().strip()}): "
        "run python installers/build_demo.py")


def test_a_demo_copy_is_the_project_its_json_describes(tmp_path) -> None:
    (tmp_path / "copy").mkdir()
    (tmp_path / "json").mkdir()
    copy = make_demo_copy(tmp_path / "copy")
    build_demo(built := tmp_path / "json" / "demo.mapstudio")
    with Document.open(copy, read_only=True) as a, Document.open(built, read_only=True) as b:
        assert project_to_dict(a.project_content()) == project_to_dict(b.project_content())
        assert len(a.maps()) >= 2


def test_a_demo_copy_is_a_new_editable_file(tmp_path) -> None:
    copy = make_demo_copy(tmp_path)
    assert copy.read_bytes() == resource_path(BUILT_DEMO).read_bytes()
    with Document.open(copy) as doc:  # for editing: its own file, lock and journal
        doc.update_project(title="Mine now")
    with Document.open(resource_path(BUILT_DEMO), read_only=True) as original:
        assert original.project().title == "Northbank — Mortgage journey"
    assert sorted(p.name for p in tmp_path.iterdir()) == [copy.name]


def _copy_in_a_new_process(tmp_path, stale: bool) -> list[str]:
    code = f"""
import sys
import mapstudio.demo as demo
if {stale}:
    demo.demo_stamp = lambda: "built from something else"
path = demo.make_demo_copy(__import__("pathlib").Path({str(tmp_path)!r}))
from mapstudio.store import Document
with Document.open(path, read_only=True) as doc:
    print(doc.project().title)
print(" ".join(m for m in ("jsonschema", "alembic") if m in sys.modules) or "none")
"""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [
        SRC, os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_demo_copy_needs_neither_the_json_schema_nor_migrations(tmp_path) -> None:
    assert _copy_in_a_new_process(tmp_path, stale=False) == [
        "Northbank — Mortgage journey", "none"]


def test_a_stale_built_demo_is_not_used(tmp_path) -> None:
    assert _copy_in_a_new_process(tmp_path, stale=True) == [
        "Northbank — Mortgage journey", "jsonschema alembic"]
