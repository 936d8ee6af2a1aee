"""Options validation, atomic writing, map choice, PNG and SVG export."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_export_fixtures import MARKUP, RUSSIAN, make_project

from mapstudio.export import ExportCancelled, ExportOptions, export_map
from mapstudio.model import MapStudioError

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def project(tmp_path):
    doc, map_id = make_project(tmp_path / "p.mapstudio")
    yield doc, map_id
    doc.close()


@pytest.mark.parametrize("kwargs, message", [
    ({"bleed_mm": -1}, "bleed must not be negative"),
    ({"overlap_mm": -3}, "overlap must not be negative"),
    ({"dpi": 0}, "dpi must be between"),
    ({"dpi": 5000}, "dpi must be between"),
    ({"paper": "B5"}, "unknown paper 'B5'"),
    ({"format": "docx"}, "unknown export format 'docx'"),
    ({"orientation": "sideways"}, "unknown orientation"),
    ({"tile": "A9"}, "unknown tile paper"),
    ({"format": "png", "tile": "A4"}, "only available for PDF"),
    ({"scale": 0}, "scale must be between"),
])
def test_impossible_options_are_refused(kwargs, message):
    options = ExportOptions(**{"format": "pdf", **kwargs})
    with pytest.raises(MapStudioError, match=message):
        options.validate()


def test_options_normalise_spelling():
    options = ExportOptions("PDF", paper="a3", tile="letter").validate()
    assert (options.format, options.paper, options.tile) == ("pdf", "A3", "Letter")


def test_importing_export_does_not_import_reportlab():
    code = ("import sys, mapstudio.export; "
            "assert 'reportlab' not in sys.modules, 'reportlab imported'; "
            "assert 'PySide6.QtWidgets' not in sys.modules")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


def test_map_by_title_number_and_unknown(project, tmp_path):
    doc, _ = project
    export_map(doc, tmp_path / "a.pdf", ExportOptions("pdf"), map_ref="Second map")
    export_map(doc, tmp_path / "b.pdf", ExportOptions("pdf"), map_ref="2")
    with pytest.raises(MapStudioError, match=r"no map named 'Nope'; maps: 1\. Customer"):
        export_map(doc, tmp_path / "c.pdf", ExportOptions("pdf"), map_ref="Nope")
    assert not (tmp_path / "c.pdf").exists()


def test_refuses_to_overwrite_without_force(project, tmp_path):
    doc, _ = project
    out = tmp_path / "map.pdf"
    out.write_text("keep me")
    with pytest.raises(MapStudioError, match="already exists"):
        export_map(doc, out, ExportOptions("pdf"))
    assert out.read_text() == "keep me"
    export_map(doc, out, ExportOptions("pdf"), force=True)
    assert out.read_bytes().startswith(b"%PDF")


def test_unwritable_or_missing_folder(project, tmp_path):
    doc, _ = project
    with pytest.raises(MapStudioError, match="no such folder"):
        export_map(doc, tmp_path / "missing" / "m.pdf", ExportOptions("pdf"))
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user that can write anywhere")
        with pytest.raises(MapStudioError, match="not writable"):
            export_map(doc, locked / "m.pdf", ExportOptions("pdf"))
    finally:
        locked.chmod(0o700)


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.suffix in {".part", ".pdf", ".png"}]


def test_cancel_leaves_no_file(project, tmp_path):
    doc, _ = project
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 2

    with pytest.raises(ExportCancelled):
        export_map(doc, out_dir / "m.pdf", ExportOptions("pdf", personas=True),
                   progress=progress)
    assert _leftovers(out_dir) == []


def test_failure_midway_leaves_no_file_and_keeps_old_one(project, tmp_path, monkeypatch):
    doc, _ = project
    out = tmp_path / "m.pdf"
    out.write_bytes(b"old")

    import mapstudio.export.render as render

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(render, "draw_card", boom)
    with pytest.raises(RuntimeError):
        export_map(doc, out, ExportOptions("pdf"), force=True)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_progress_reports_pages(project, tmp_path):
    doc, _ = project
    seen = []
    export_map(doc, tmp_path / "m.pdf", ExportOptions("pdf", personas=True),
               progress=lambda d, t: seen.append((d, t)) or True)
    assert seen[-1] == (2, 2)


def test_png_has_dpi_and_size(project, tmp_path):
    from PIL import Image

    doc, _ = project
    out = tmp_path / "m.png"
    export_map(doc, out, ExportOptions("png", paper="A4", orientation="landscape", dpi=100))
    with Image.open(out) as im:
        assert im.size == (round(841.89 * 100 / 72), round(595.28 * 100 / 72))
        assert im.info["dpi"] == pytest.approx((100, 100), abs=0.01)
        # something was drawn: the stage header navy is present
        colours = {c for _, c in im.getcolors(1_000_000)}
        assert (0x1e, 0x3a, 0x5f) in colours


def test_png_refuses_huge_images(project, tmp_path):
    doc, _ = project
    with pytest.raises(MapStudioError, match="too large.*dpi or less"):
        export_map(doc, tmp_path / "huge.png", ExportOptions("png", paper="A0", dpi=1200))
    assert not (tmp_path / "huge.png").exists()


def test_svg_is_valid_xml_with_literal_text(project, tmp_path):
    doc, _ = project
    out = tmp_path / "m.svg"
    export_map(doc, out, ExportOptions("svg", paper="fit"))
    root = ET.parse(out).getroot()
    texts = [el.text for el in root.iter("{http://www.w3.org/2000/svg}text")]
    assert MARKUP in texts
    assert any(RUSSIAN in (t or "") for t in texts)
    assert root.get("width").endswith("mm")


@pytest.mark.parametrize("fmt, needle", [("csv", "title"), ("mermaid", "journey")])
def test_textual_formats_delegate_to_interchange(project, tmp_path, fmt, needle):
    doc, _ = project
    out = tmp_path / f"m.{fmt}"
    export_map(doc, out, ExportOptions(fmt), map_ref="Second map")
    text = out.read_text(encoding="utf-8")
    assert needle in text and "Second map" in text
    assert "Customer journey" not in text  # only the chosen map
