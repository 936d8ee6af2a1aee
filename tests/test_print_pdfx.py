"""Print-shop output: PDF/X-4 with its output intent, real ICC CMYK, bleed on tiled
posters, and options the SVG and PNG formats refuse."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_export_fixtures import make_project

from mapstudio.export import ExportOptions, export_map
from mapstudio.export.options import MM

SRC = Path(__file__).resolve().parents[1] / "src"
RGB_OPS = re.compile(rb"(?:^|\s)[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+(?:rg|RG)(?=\s|$)")
CMYK_OPS = re.compile(rb"(?:^|\s)[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+(?:k|K)(?=\s|$)")


@pytest.fixture
def project(tmp_path):
    doc, _ = make_project(tmp_path / "p.mapstudio")
    yield doc
    doc.close()


def _streams(reader: PdfReader) -> list[bytes]:
    out = []
    for page in reader.pages:
        out.append(page.get_contents().get_data())
        for ref in (page["/Resources"].get("/XObject") or {}).values():
            x = ref.get_object()
            if x.get("/Subtype") == "/Form":
                out.append(x.get_data())
    return out


def _images(reader: PdfReader) -> list:
    out = []
    for page in reader.pages:
        for ref in (page["/Resources"].get("/XObject") or {}).values():
            x = ref.get_object()
            if x.get("/Subtype") == "/Image":
                out.append(x)
    return out


@pytest.mark.parametrize("use_cmyk", [False, True])
def test_pdfx_carries_intent_version_and_boxes(project, tmp_path, use_cmyk):
    out = export_map(project, tmp_path / "x.pdf",
                     ExportOptions("pdf", paper="A3", pdfx=True, cmyk=use_cmyk, personas=True,
                                   bleed_mm=3, crop_marks=True))
    reader = PdfReader(str(out))
    assert reader.pdf_header == "%PDF-1.6"
    root = reader.trailer["/Root"]
    intent = root["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFX"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == (4 if use_cmyk else 3) and len(profile.get_data()) > 300
    assert reader.trailer["/Info"].get_object()["/GTS_PDFXVersion"] == "PDF/X-4"
    assert reader.trailer["/Info"].get_object()["/Trapped"] == "/False"
    xmp = root["/Metadata"].get_object().get_data()
    assert b"<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>" in xmp
    for page in reader.pages:
        trim, bleed = page.trimbox, page.bleedbox
        assert float(bleed.width) == pytest.approx(float(trim.width) + 6 * MM, abs=0.1)
    streams = b"\n".join(_streams(reader))
    if use_cmyk:
        assert not RGB_OPS.search(streams) and CMYK_OPS.search(streams)
        images = _images(reader)
        assert images and all(x["/ColorSpace"] == "/DeviceCMYK" for x in images)
    else:
        assert RGB_OPS.search(streams)


def test_bleed_on_tiled_posters(project, tmp_path):
    out = export_map(project, tmp_path / "t.pdf",
                     ExportOptions("pdf", paper="A2", tile="A4", bleed_mm=3))
    reader = PdfReader(str(out))
    for page in reader.pages[1:]:
        trim, bleed = page.trimbox, page.bleedbox
        assert float(bleed.left) == pytest.approx(float(trim.left) - 3 * MM, abs=0.05)
        assert float(bleed.top) == pytest.approx(float(trim.top) + 3 * MM, abs=0.05)
        assert float(bleed.left) > float(page.mediabox.left)


def _cli(*args):
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mapstudio", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("fmt, flags", [
    ("svg", ["--bleed", "3"]), ("svg", ["--crop-marks"]), ("svg", ["--cmyk"]),
    ("png", ["--bleed", "2", "--cmyk"]), ("svg", ["--pdfx"]),
])
def test_svg_and_png_refuse_pdf_only_options(tmp_path, fmt, flags):
    path = tmp_path / "p.mapstudio"
    make_project(path)[0].close()
    out = tmp_path / f"x.{fmt}"
    result = _cli("export", path, "-o", out, *flags)
    assert result.returncode == 2, result.stderr
    line = result.stderr.strip()
    assert line.startswith("mapstudio: usage error:") and "PDF only" in line
    assert flags[0] in line and not out.exists()
