"""A .mapstudio file is trusted for nothing: each damaged row is one clear error (exit 3
naming the table and the row), never an internal error, a hang or a traceback, and the
file is never changed by looking at it (issue 18)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests.safety_helpers import sha

from mapstudio.cli import main
from mapstudio.model import DamagedMapError
from mapstudio.store import Document, FileFormatError

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "mortgage.json"
SURROGATE = "CAST(x'eda080' AS TEXT)"  # U+D800 as SQLite stores it: not UTF-8


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.mapstudio"
    assert main(["import", str(DEMO), "-o", str(path)]) == 0
    return path


def damaged(demo_file: Path, folder: Path, table: str, sql: str) -> tuple[Path, str]:
    """A copy of the demo with one row of `table` changed by `sql` (`{id}` is that row's
    id, `{value}` the new value); foreign keys off, as any other tool would write."""
    path = folder / "damaged.mapstudio"
    shutil.copyfile(demo_file, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    row_id = conn.execute(f"SELECT id FROM {table} ORDER BY rowid LIMIT 1").fetchone()[0]
    changed = conn.execute(sql, {"id": row_id}).rowcount
    conn.commit()
    conn.close()
    assert changed >= 1
    return path, row_id


def run(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    err = capsys.readouterr().err
    return code, err


def assert_one_clear_error(code: int, err: str, *expected: str) -> None:
    assert code == 3, err
    assert "Traceback" not in err and "internal error" not in err, err
    lines = err.strip().splitlines()
    assert lines and all(line.startswith("mapstudio: error:") for line in lines), err
    for text in expected:
        assert text in err, (text, err)


CASES = {  # name: (table, UPDATE, words the error must carry besides the row)
    "unknown lane kind": ("lane", "UPDATE lane SET kind = 'wormhole' WHERE id = :id",
                          "kind", "wormhole"),
    "unknown map type": ("journey_map", "UPDATE journey_map SET map_type = 'x' WHERE id = :id",
                         "map_type"),
    "unknown series": ("emotion_point", "UPDATE emotion_point SET series = 'x' WHERE id = :id",
                       "series"),
    "scale cut short": ("journey_map", "UPDATE journey_map SET scale = '{\"min\": -2, ' "
                                       "WHERE id = :id", "scale is not JSON (cut short)"),
    "scale not an object": ("journey_map", "UPDATE journey_map SET scale = '[1, 2]' "
                                           "WHERE id = :id", "scale"),
    "settings cut short": ("project", "UPDATE project SET settings = '{' WHERE id = :id",
                           "settings is not JSON"),
    "goals not JSON": ("persona", "UPDATE persona SET goals = '[' WHERE id = :id", "goals"),
    "tags cut short": ("card", "UPDATE card SET tags = '[\"a\"' WHERE id = :id",
                       "tags is not JSON (cut short)"),
    "metric of 1e400": ("card", "UPDATE card SET metric = '{\"value\": 1e400}' WHERE id = :id",
                        "metric.value", "finite"),
    "metric NaN": ("card", "UPDATE card SET metric = '{\"value\": NaN}' WHERE id = :id",
                   "metric.value"),
    "card in a missing lane": ("card", "UPDATE card SET lane_id = 'gone' WHERE id = :id",
                               "lane_id is 'gone'"),
    "stage of a missing map": ("stage", "UPDATE stage SET map_id = 'gone' WHERE id = :id",
                               "stage_id"),
    "text for a position": ("card", "UPDATE card SET position = 'abc' WHERE id = :id",
                            "position is 'abc'"),
    "text for a span": ("card", "UPDATE card SET span = 'abc' WHERE id = :id", "span"),
    "a fraction of a rating": ("card", "UPDATE card SET severity = 2.5 WHERE id = :id",
                               "severity"),
    "a rating of 9": ("card", "UPDATE card SET severity = 9 WHERE id = :id", "severity"),
    "an infinite width": ("stage", "UPDATE stage SET width = 9e999 WHERE id = :id", "width"),
    "a width of 1e12": ("stage", "UPDATE stage SET width = 1e12 WHERE id = :id", "width"),
    "text for an image size": ("asset", "UPDATE asset SET width = 'x' WHERE id = :id",
                               "width"),
    "a lone surrogate in a card": ("card", f"UPDATE card SET title = {SURROGATE} "
                                           "WHERE id = :id", "title is not UTF-8"),
    "a lone surrogate in a map title": ("journey_map", f"UPDATE journey_map SET title = "
                                                       f"{SURROGATE} WHERE id = :id", "title"),
    "a control character": ("card", "UPDATE card SET body = 'a' || char(1) WHERE id = :id",
                            "control character"),
    "a missing counterpart": ("journey_map", "UPDATE journey_map SET counterpart_id = 'gone' "
                                             "WHERE id = :id", "counterpart_id"),
    "a score off the scale": ("emotion_point", "UPDATE emotion_point SET score = 100 "
                                               "WHERE id = :id", "score"),
}


BROKEN_REFERENCES = {"card in a missing lane", "stage of a missing map"}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("command", ["info", "check", "export-json", "export-pdf"])
def test_a_damaged_row_is_one_clear_error(demo_file, tmp_path, capsys, case, command):
    table, sql, *words = CASES[case]
    path, row_id = damaged(demo_file, tmp_path, table, sql)
    before = sha(path)
    args = {"info": ["info", path], "check": ["check", path],
            "export-json": ["export", path, "-o", tmp_path / "out.json"],
            "export-pdf": ["export", path, "-o", tmp_path / "out.pdf"]}[command]
    code, err = run(capsys, *args)
    row = f"{table} row {row_id}"
    if case in BROKEN_REFERENCES and command == "check":  # SQLite's own check says it
        row, words = f"broken reference: {row}", []
    elif table == "stage" and "map_id" in sql:  # the stage vanishes: its cards are the sign
        row = "card row"
    assert_one_clear_error(code, err, row, *words)
    assert sha(path) == before
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "out.pdf").exists()


def test_damaged_map_rows_are_a_damaged_map_and_project_rows_a_damaged_file(demo_file,
                                                                           tmp_path):
    path, lane_id = damaged(demo_file, tmp_path, "lane",
                            "UPDATE lane SET height = 'tall' WHERE id = :id")
    with Document.open(path, read_only=True) as doc:
        broken = []
        for m in doc.maps():
            try:
                doc.load_map(m.id)
            except DamagedMapError as exc:
                broken.append(str(exc))
        assert len(broken) == 1  # the other maps stay readable
        assert f"lane row {lane_id}: height is 'tall'" in broken[0]
        assert "is damaged and cannot be shown" in broken[0]
    path, persona_id = damaged(demo_file, tmp_path, "persona",
                               "UPDATE persona SET goals = '[1, 2]' WHERE id = :id")
    with pytest.raises(FileFormatError) as info:
        Document.open(path)
    assert str(info.value) == (f"{path}: damaged (persona row {persona_id}: goals[0] is 1 "
                               "(expected text, got int))")


@pytest.mark.parametrize("cut", [1, 4096, 100_000])
@pytest.mark.parametrize("command", ["info", "check", "export"])
def test_a_file_cut_short_is_refused(demo_file, tmp_path, capsys, cut, command):
    path = tmp_path / "short.mapstudio"
    path.write_bytes(demo_file.read_bytes()[:-cut])
    before = sha(path)
    extra = ["-o", tmp_path / "out.json"] if command == "export" else []
    code, err = run(capsys, command, path, *extra)
    assert_one_clear_error(code, err, "damaged (cut short")
    assert sha(path) == before


def _as_a_user_who_may_not_read() -> list[str] | None:
    """A command prefix that runs without root's right to read anything (None: not here)."""
    import os

    if not hasattr(os, "geteuid"):
        return None
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    probe = subprocess.run([setpriv, "--bounding-set", "-dac_override,-dac_read_search",
                            "true"], capture_output=True)
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"] \
        if probe.returncode == 0 else None


@pytest.mark.skipif(_as_a_user_who_may_not_read() is None,
                    reason="cannot run as a user bound by file permissions here")
@pytest.mark.parametrize("what", ["file", "folder"])
@pytest.mark.parametrize("command", ["info", "check", "export"])
def test_a_project_the_user_may_not_read_is_refused(demo_file, tmp_path, what, command):
    folder = tmp_path / "private"
    folder.mkdir()
    path = folder / "p.mapstudio"
    shutil.copyfile(demo_file, path)
    (path if what == "file" else folder).chmod(0)
    extra = ["-o", str(tmp_path / "out.json")] if command == "export" else []
    try:
        result = subprocess.run([*_as_a_user_who_may_not_read(), sys.executable, "-m",
                                 "mapstudio", command, str(path), *extra],
                                capture_output=True, text=True, timeout=60)
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    assert_one_clear_error(result.returncode, result.stderr, "cannot be read",
                           "Permission denied")
