"""Print preflight: every kind of finding, `export` warnings, `--strict`, `check --print`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_export_fixtures import png_bytes
from test_export_scripts import HIEROGLYPH, scripts_content

from mapstudio.export import ExportOptions, load_source
from mapstudio.export.preflight import (
    CONTRAST,
    LOW_PPI,
    SMALL_TEXT,
    TILE_CUT,
    UNCOVERED,
    preflight,
)
from mapstudio.model import Card, Lane, LaneKind, Project, ProjectData

SRC = Path(__file__).resolve().parents[1] / "src"


def _project(path: Path):
    from mapstudio.store import Document

    content = scripts_content("pf")
    content.cards[0].colour = "#8a8a8a"  # a mid grey: no text colour reads at 4.5:1 on it
    data = ProjectData(project=Project(title="Preflight"), personas=[], maps=[content])
    doc = Document.create(path, "Preflight", data=data)
    asset = doc.add_image(png_bytes(60, 40))  # far too few pixels for a card picture
    lane = doc.add_lane(Lane(map_id="pf", position=1, kind=LaneKind.STORYBOARD,
                             title="Pictures"))
    doc.add_card(Card(lane_id=lane.id, stage_id=content.stages[0].id, title="Blurry scene",
                      image_asset_id=asset.id))
    return doc


@pytest.fixture
def doc(tmp_path):
    document = _project(tmp_path / "pf.mapstudio")
    yield document
    document.close()


@pytest.fixture(scope="module")
def project_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("pf") / "pf.mapstudio"
    _project(path).close()
    return path


def _names(doc, ids) -> set[str]:
    cards = {c.id: c.title for c in doc.load_map("pf").cards}
    return {cards[i] for i in ids}


def test_every_kind_of_finding(doc):
    source = load_source(doc)
    report = preflight(source, ExportOptions("pdf", paper="A4", tile="A4"), min_text_pt=7)
    kinds = {f.kind for f in report.findings}
    assert {SMALL_TEXT, UNCOVERED, LOW_PPI} <= kinds, report.findings
    assert CONTRAST not in kinds  # the print deepens faint text itself (legibility.ink)
    uncovered = report.of_kind(UNCOVERED)
    assert len(uncovered) == 1 and "'Hieroglyph'" in uncovered[0].message
    assert "U+13000" in uncovered[0].message and _names(doc, uncovered[0].card_ids) == {
        "Hieroglyph"}
    assert _names(doc, report.of_kind(LOW_PPI)[0].card_ids) == {"Blurry scene"}
    assert 0 < report.smallest_pt < 7
    assert report.card_ids  # what the dialog marks


def test_contrast_is_judged_on_what_prints():
    from mapstudio.export.preflight import PreflightReport, _contrast, _Text
    from mapstudio.layout import FontSpec, TextLine

    report = PreflightReport("A3", 1.0, 9.0, 7.0)
    faint = TextLine("faint", 0, 0, FontSpec(False, 9), "#cbd5e1")
    _contrast(report, [_Text(faint, "#ffffff", "card-1", "card 'x'")])
    assert report.findings == []  # printed deepened to 4.5:1
    _contrast(report, [_Text(faint, None, None, "somewhere")])
    assert report.findings == []  # an unknown ground is not judged


def test_small_text_depends_on_paper_and_minimum(doc):
    source = load_source(doc)
    a4 = preflight(source, ExportOptions("pdf", paper="A4"))
    a0 = preflight(source, ExportOptions("pdf", paper="A0"))
    assert a0.smallest_pt > a4.smallest_pt
    assert a0.of_kind(SMALL_TEXT) == [] and a4.of_kind(SMALL_TEXT)
    assert preflight(source, ExportOptions("pdf", paper="A0"), min_text_pt=40).of_kind(
        SMALL_TEXT)


def test_cards_cut_by_tile_edges(doc):
    source = load_source(doc)
    tiled = preflight(source, ExportOptions("pdf", paper="A1", tile="A4", overlap_mm=5))
    cut = tiled.of_kind(TILE_CUT)
    assert cut and cut[0].card_ids and "tile edge" in cut[0].message
    whole = preflight(source, ExportOptions("pdf", paper="A1"))
    assert whole.of_kind(TILE_CUT) == []


def test_uncovered_names_every_place(doc):
    source = load_source(doc)
    source.content.stages[0].name = f"Stage {HIEROGLYPH}"
    report = preflight(source, ExportOptions("pdf", paper="A0"))
    messages = " ".join(f.message for f in report.of_kind(UNCOVERED))
    assert "stage 'Stage" in messages and "card 'Hieroglyph'" in messages


def _cli(*args):
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mapstudio", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


def test_export_warns_and_still_writes(project_file, tmp_path):
    out = tmp_path / "map.pdf"
    result = _cli("export", project_file, "-o", out, "--paper", "A4")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines and all(line.startswith("mapstudio: warning: ") for line in lines)
    assert any("U+13000" in line for line in lines)
    assert any("below 7 pt" in line for line in lines)
    assert out.exists()


def test_strict_exits_3_and_writes_nothing(project_file, tmp_path):
    for fmt in ("pdf", "png", "svg"):
        out = tmp_path / f"map.{fmt}"
        result = _cli("export", project_file, "-o", out, "--strict")
        assert result.returncode == 3, result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("mapstudio: error: preflight")
        assert not out.exists() and list(tmp_path.iterdir()) == []


def test_min_text_option(project_file, tmp_path):
    result = _cli("export", project_file, "-o", tmp_path / "m.pdf", "--paper", "A0",
                  "--min-text", "30")
    assert result.returncode == 0 and "below 30 pt" in result.stderr


def test_check_print(project_file):
    result = _cli("check", project_file, "--print", "--paper", "A4")
    assert result.returncode == 3
    assert "smallest printed text" in result.stdout and "on A4" in result.stdout
    assert "mapstudio: warning:" in result.stderr
    plain = _cli("check", project_file)
    assert plain.returncode == 0, plain.stderr
