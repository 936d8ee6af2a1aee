"""The paper is used: --paper auto, the map centred, sheets with no map on them left out."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from test_export_fixtures import make_project

from mapstudio.export import ExportOptions, export_map, load_source
from mapstudio.export.autopaper import AUTO_SHEETS, resolve_paper, smallest_text
from mapstudio.export.paging import FOOTER_GAP_PT, plan_page, plan_tiles
from mapstudio.export.pdf import layout_for, printed_tiles
from mapstudio.export.preflight import preflight


@pytest.fixture
def demo(tmp_path):
    from mapstudio.demo import make_demo_copy
    from mapstudio.store import Document

    doc = Document.open(make_demo_copy(tmp_path), read_only=True)
    yield doc
    doc.close()


def test_auto_paper_keeps_the_demo_readable(demo):
    source = load_source(demo)
    geometry, _ = layout_for(source)
    chosen = resolve_paper(geometry, ExportOptions("pdf", paper="auto"))
    assert chosen.paper in AUTO_SHEETS
    report = preflight(source, ExportOptions("pdf", paper="auto"))
    assert report.smallest_pt >= 7.0 and report.paper == chosen.paper
    # the next smaller sheet would not do
    smaller = AUTO_SHEETS[AUTO_SHEETS.index(chosen.paper) - 1]
    assert preflight(source, ExportOptions("pdf", paper=smaller)).smallest_pt < 7.0


def test_auto_paper_falls_back_to_a_tiled_poster(demo):
    geometry, _ = layout_for(load_source(demo))
    chosen = resolve_paper(geometry, ExportOptions("pdf", paper="auto"), min_text_pt=30)
    assert chosen.paper == "fit" and chosen.tile == "A3"
    assert smallest_text(geometry) * chosen.scale == pytest.approx(30)
    png = resolve_paper(geometry, ExportOptions("png", paper="auto"), min_text_pt=30)
    assert png.paper == "fit" and png.tile is None


def test_auto_paper_through_export(demo, tmp_path):
    out = export_map(demo, tmp_path / "auto.pdf", ExportOptions("pdf", paper="auto"))
    box = PdfReader(str(out)).pages[0].mediabox
    assert max(float(box.width), float(box.height)) > 1000  # not an A3


@pytest.mark.parametrize("paper", ["A4", "A3", "A0"])
def test_map_is_centred_in_the_printable_area(paper):
    options = ExportOptions("pdf", paper=paper).validate()
    for w, h in ((3000, 600), (600, 3000), (1000, 1000)):
        plan = plan_page(w, h, options)
        m, trim, margin = plan.map_rect, plan.trim, options.margins_mm * 72 / 25.4
        left, right = m.x - trim.x - margin, trim.right - margin - m.right
        top = m.y - trim.y - margin
        bottom = plan.footer.y - FOOTER_GAP_PT - m.bottom
        assert left == pytest.approx(right, abs=0.01)
        assert top == pytest.approx(bottom, abs=0.01)
        assert min(left, top) >= -0.01 and (left < 0.5 or top < 0.5)  # fills one way


def test_sheets_with_only_furniture_are_not_printed(demo, tmp_path):
    source = load_source(demo)
    geometry, _ = layout_for(source)
    options = ExportOptions("pdf", paper="A0", tile="A4").validate()
    poster = plan_page(geometry.width, geometry.height, options, with_marks=False)
    tiles = plan_tiles(poster.width, poster.height, options)
    printed = printed_tiles(tiles, poster)
    assert 0 < len(printed) < len(tiles.tiles)
    m = poster.map_rect
    for tile in tiles.tiles:
        if tile not in printed:
            assert tile.region.y >= m.bottom or tile.region.right <= m.x \
                or tile.region.x >= m.right or tile.region.bottom <= m.y
    out = export_map(demo, tmp_path / "poster.pdf", options)
    assert len(PdfReader(str(out)).pages) == 1 + len(printed)


def test_every_sheet_of_a_filled_poster_prints(tmp_path):
    doc, _ = make_project(tmp_path / "p.mapstudio")
    try:
        geometry, _ = layout_for(load_source(doc))
        options = ExportOptions("pdf", paper="A0", tile="A4").validate()
        poster = plan_page(geometry.width, geometry.height, options, with_marks=False)
        tiles = plan_tiles(poster.width, poster.height, options)
        assert printed_tiles(tiles, poster) == tiles.tiles
    finally:
        doc.close()


def test_the_export_dialog_starts_on_automatic_paper(tmp_path):
    """`--paper auto` is also what a new user's export dialog starts on."""
    from PySide6.QtCore import QSettings

    from mapstudio.export.options import PAPERS as EXPORT_PAPERS
    from mapstudio.settings import PAPERS, Settings
    from mapstudio.ui.dialogs.export_dialog import default_options

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().clear()
    assert Settings().default_paper == "auto"
    assert default_options().paper == "auto"
    assert set(PAPERS) == set(EXPORT_PAPERS)  # one list of papers, as the exporter's
