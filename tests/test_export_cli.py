"""`mapstudio export`: bad input exits 3 with one clear line and leaves no file behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_export_fixtures import make_project

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(scope="module")
def project_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "p.mapstudio"
    doc, _ = make_project(path)
    doc.close()
    return path


def _run(*args):
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mapstudio", "export", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("extra, message", [
    (["--bleed", "-3"], "bleed must not be negative"),
    (["--dpi", "0"], "dpi must be between"),
    (["--map", "Nope"], "no map named 'Nope'"),
    (["--overlap", "-1", "--tile", "A4"], "overlap must not be negative"),
])
def test_bad_input_exits_3(project_file, tmp_path, extra, message):
    out = tmp_path / "x.pdf"
    result = _run(project_file, "-o", out, *extra)
    assert result.returncode == 3, result.stderr
    assert result.stderr.startswith("mapstudio: error:") and message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_exits_3(project_file, tmp_path):
    result = _run(project_file, "-o", tmp_path / "nowhere" / "x.pdf")
    assert result.returncode == 3 and "no such folder" in result.stderr


def test_tiled_export_with_every_print_option(project_file, tmp_path):
    out = tmp_path / "poster.pdf"
    result = _run(project_file, "-o", out, "--paper", "A1", "--tile", "A4", "--overlap", "15",
                  "--crop-marks", "--personas", "--title-block", "Workshop", "--map", "1")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    again = _run(project_file, "-o", out)
    assert again.returncode == 3 and "already exists" in again.stderr


def test_print_language_option(project_file, tmp_path):
    """--language picks the words the print adds; an unknown code is a usage error."""
    import pdfplumber

    out = tmp_path / "en.pdf"
    result = _run(project_file, "-o", out, "--language", "en")
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(str(out)) as pdf:
        assert "Severity 1" in pdf.pages[0].extract_text()
    bad = _run(project_file, "-o", tmp_path / "xx.pdf", "--language", "xx")
    assert bad.returncode == 2 and "--language" in bad.stderr
    assert not (tmp_path / "xx.pdf").exists()
