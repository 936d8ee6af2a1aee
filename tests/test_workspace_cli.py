"""The command line on a workspace: init, list, publish, pull, and info/export/check on
URL#PROJECT, against a real PostgreSQL; errors are one stderr line with exit code 3."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from pypdf import PdfReader
from tests.test_cli import DEMO, assert_clean_error, run
from tests.workspace_helpers import admin, with_database

from mapstudio.model import Snapshot
from mapstudio.store import Document


def _demo_with_a_version(tmp_path: Path) -> Path:
    path = tmp_path / "demo.mapstudio"
    assert run("import", DEMO, "-o", path).returncode == 0
    with Document.open(path) as doc:
        doc.add_snapshot(Snapshot(name="Workshop day 1", data=b"version bytes"))
    return path


def test_publish_and_pull_round_trip_to_equal_json(pg_url, tmp_path) -> None:
    source = _demo_with_a_version(tmp_path)
    result = run("publish", source, pg_url, "--project", "Mortgage journey")
    assert result.returncode == 0, result.stderr
    target = f"{pg_url}#Mortgage journey"
    pulled = tmp_path / "pulled.mapstudio"
    result = run("pull", target, "-o", pulled)
    assert result.returncode == 0, result.stderr
    for name, path in (("a.json", source), ("b.json", pulled), ("c.json", target)):
        assert run("export", path, "-o", tmp_path / name).returncode == 0
    original = json.loads((tmp_path / "a.json").read_text("utf-8"))
    assert json.loads((tmp_path / "b.json").read_text("utf-8")) == original
    assert json.loads((tmp_path / "c.json").read_text("utf-8")) == original
    with Document.open(source, read_only=True) as a, Document.open(pulled, read_only=True) as b:
        assert a.export_data() == b.export_data()  # images and versions included
        assert [s.name for s in b.snapshots()] == ["Workshop day 1"]
    info = [json.loads(run("info", p, "--json").stdout) for p in (source, target)]
    assert info[0] == info[1] and info[0]["maps"]
    check = run("check", target)
    assert check.returncode == 0 and check.stdout.strip().endswith("#Mortgage journey: ok")
    listing = json.loads(run("workspace", "list", pg_url, "--json").stdout)
    assert [(p["name"], p["open_by"]) for p in listing] == [("Mortgage journey", [])]
    pdf = tmp_path / "map.pdf"
    assert run("export", target, "-o", pdf, "--paper", "A1").returncode == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert original["maps"][0]["title"] in text


def test_workspace_errors_are_one_line_exit_3_and_never_show_a_password(pg_url,
                                                                        tmp_path) -> None:
    source = _demo_with_a_version(tmp_path)
    assert run("publish", source, pg_url, "--project", "Demo").returncode == 0
    again = run("publish", source, pg_url, "--project", "Demo")
    assert_clean_error(again)
    assert "already exists" in again.stderr
    unknown = run("info", f"{pg_url}#Nope")
    assert_clean_error(unknown)
    assert "no project 'Nope'" in unknown.stderr and "Demo" in unknown.stderr
    down = run("info", "postgresql://ann:s3cret-word@127.0.0.1:1/team#Demo")
    assert_clean_error(down)
    assert "s3cret-word" not in down.stderr and "ann:***@" in down.stderr
    no_project = run("info", pg_url)
    assert_clean_error(no_project)
    empty = run("workspace", "list", with_database(pg_url, "postgres"))
    assert_clean_error(empty)
    assert "not a Map Studio workspace" in empty.stderr
    before = sorted(p.name for p in tmp_path.iterdir())
    nowhere = run("pull", f"{pg_url}#Demo", "-o", tmp_path / "missing" / "x.mapstudio")
    assert_clean_error(nowhere)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_publish_that_fails_half_way_leaves_nothing(pg_url, tmp_path) -> None:
    """The catalogue row is written, then creating the schema is refused: all undone."""
    role = f"nocreate_{uuid.uuid4().hex[:8]}"
    with admin(pg_url) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute("GRANT USAGE ON SCHEMA mapstudio TO " + role)
        conn.execute("GRANT SELECT, INSERT ON mapstudio.project TO " + role)
    as_role = with_database(pg_url, pg_url.rsplit("/", 1)[1], role)
    source = _demo_with_a_version(tmp_path)
    refused = run("publish", source, as_role, "--project", "Half")
    assert_clean_error(refused)
    assert "permission denied" in refused.stderr
    assert json.loads(run("workspace", "list", pg_url, "--json").stdout) == []
