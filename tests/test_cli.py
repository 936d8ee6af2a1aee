"""The command-line contract of DESIGN §5, run as a real subprocess."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from mapstudio import __version__

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "mortgage.json"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "mapstudio", *map(str, args)],
        capture_output=True, text=True, env=env, cwd=cwd, timeout=120,
    )


def assert_clean_error(result: subprocess.CompletedProcess, code: int = 3) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mapstudio: error:"), result.stderr
    assert "Traceback" not in result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_new_and_info_json(tmp_path: Path) -> None:
    target = tmp_path / "x.mapstudio"
    assert run("new", target, "--title", "T").returncode == 0
    result = run("info", target, "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert set(info) == {"title", "maps", "personas", "assets", "schema_version"}
    assert info["title"] == "T"
    with sqlite3.connect(target) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x4D415053
        assert db.execute("PRAGMA user_version").fetchone()[0] == info["schema_version"]
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_new_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "x.mapstudio"
    target.write_bytes(b"precious")
    assert_clean_error(run("new", target))
    assert target.read_bytes() == b"precious"
    assert run("new", target, "--force").returncode == 0


def test_usage_error_exits_2(tmp_path: Path) -> None:
    assert run("export", tmp_path / "x.mapstudio").returncode == 2  # -o missing
    assert run("export", tmp_path / "x.mapstudio", "-o", tmp_path / "x.docx").returncode in (2, 3)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    target = tmp_path / "demo.mapstudio"
    result = run("import", DEMO, "-o", target)
    assert result.returncode == 0, result.stderr
    return target


def test_json_round_trip_keeps_info_and_bytes(demo_file: Path, tmp_path: Path) -> None:
    d_json, d2, d2_json = tmp_path / "d.json", tmp_path / "d2.mapstudio", tmp_path / "d2.json"
    assert run("export", demo_file, "-o", d_json).returncode == 0
    assert run("import", d_json, "-o", d2).returncode == 0
    assert run("info", demo_file, "--json").stdout == run("info", d2, "--json").stdout
    assert run("export", d2, "-o", d2_json).returncode == 0
    assert d_json.read_bytes() == d2_json.read_bytes()
    assert run("check", d2).returncode == 0


def test_demo_has_every_lane_kind(demo_file: Path) -> None:
    info = json.loads(run("info", demo_file, "--json").stdout)
    assert info["personas"] >= 2 and info["assets"] >= 1
    first = info["maps"][0]
    assert first["lanes"] >= 13 and first["stages"] >= 5 and first["emotion_points"] > 0


# ---- bad input: exit 3, one clear line, input untouched ----------------------------


def _png(size: tuple[int, int], mode: str = "1") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, size).save(buf, "PNG")
    return buf.getvalue()


def _project_with_asset(data: bytes, width: int, height: int) -> dict:
    return {
        "format": "mapstudio", "version": 1,
        "project": {"id": "p", "title": "Images"},
        "personas": [], "maps": [],
        "assets": [{
            "id": "a1", "sha256": hashlib.sha256(data).hexdigest(), "mime": "image/png",
            "width": width, "height": height, "data": base64.b64encode(data).decode(),
            "thumbnail": "",
        }],
    }


def _bad_inputs(tmp_path: Path, good: Path) -> dict[str, tuple[list, Path]]:
    cases: dict[str, tuple[list, Path]] = {}

    def file(name: str, content: bytes) -> Path:
        p = tmp_path / name
        p.write_bytes(content)
        return p

    rnd = file("random.mapstudio", os.urandom(4096))
    cases["random bytes"] = (["info", rnd], rnd)
    trunc = file("truncated.mapstudio", good.read_bytes()[: good.stat().st_size // 3])
    cases["truncated"] = (["info", trunc], trunc)
    other = tmp_path / "other.mapstudio"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    cases["other app"] = (["info", other], other)
    newer = file("newer.mapstudio", good.read_bytes())
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version = 999")
    cases["newer"] = (["info", newer], newer)
    trig = file("trigger.mapstudio", good.read_bytes())
    with sqlite3.connect(trig) as db:
        db.execute("CREATE TRIGGER evil AFTER UPDATE ON card BEGIN SELECT 1; END")
    cases["trigger"] = (["info", trig], trig)
    bad_json = file("bad.json", b'{"format": "mapstudio", "version": 1, ')
    cases["malformed json"] = (["import", bad_json, "-o", tmp_path / "o1.mapstudio"], bad_json)
    wrong = file("wrong.json", json.dumps(
        {"format": "mapstudio", "version": 1, "project": {"title": 5}}).encode())
    cases["schema violation"] = (["import", wrong, "-o", tmp_path / "o2.mapstudio"], wrong)
    huge = _png((20_000, 20_000))
    big = file("huge.json", json.dumps(_project_with_asset(huge, 20_000, 20_000)).encode())
    cases["20000x20000 png"] = (["import", big, "-o", tmp_path / "o3.mapstudio"], big)
    text = b"this is not an image\n"
    fake = file("fake.json", json.dumps(_project_with_asset(text, 10, 10)).encode())
    cases["text named png"] = (["import", fake, "-o", tmp_path / "o4.mapstudio"], fake)
    return cases


def test_bad_inputs_exit_3_and_leave_input_untouched(demo_file: Path, tmp_path: Path) -> None:
    for name, (args, path) in _bad_inputs(tmp_path, demo_file).items():
        before = path.read_bytes()
        result = run(*args)
        assert result.returncode == 3, (name, result.returncode, result.stderr)
        assert_clean_error(result)
        assert path.read_bytes() == before, name
        outputs = [Path(a) for a in args if str(a).endswith(".mapstudio") and Path(a) != path]
        assert not any(p.exists() for p in outputs), f"{name}: left an output behind"
