"""Legibility by rule: contrast of every text colour pair, legend = lanes shown, curves
that stay apart."""

from __future__ import annotations

import itertools

import pytest

from mapstudio.export import ExportOptions, load_source
from mapstudio.export.legibility import MIN_CONTRAST, ink, pill
from mapstudio.export.pdf import layout_for
from mapstudio.export.preflight import CONTRAST, preflight
from mapstudio.export.render import _accent_of_kind, band_of, spread_points
from mapstudio.export.report import legend_entries, title_block_for
from mapstudio.layout import LANE_COLOURS, band_tint, is_accent
from mapstudio.layout.colours import DARK_TEXT, LIGHT_TEXT, contrast, text_on
from mapstudio.layout.style import SERIES_FALLBACK, SEVERITY_COLOURS

TEXTS = {DARK_TEXT, LIGHT_TEXT, "#64748b", "#94a3b8", "#334155", "#475569", "#1f2937",
         *SERIES_FALLBACK, *(c for triple in LANE_COLOURS.values() for c in triple)}
GROUNDS = {"#ffffff", "#f1f5f9", "#f8fafc", "#1e3a5f", "#7a7f87", "#8a8a8a", "#5b7c99",
           *SEVERITY_COLOURS, *SERIES_FALLBACK,
           *(band_tint(c) for triple in LANE_COLOURS.values() for c in triple),
           *(c for triple in LANE_COLOURS.values() for c in triple)}


def test_every_text_colour_reaches_4_5_on_every_ground():
    """Computed over every pair the layout's palettes can produce, not sampled."""
    for text, ground in itertools.product(sorted(TEXTS), sorted(GROUNDS)):
        assert contrast(ink(text, ground), ground) >= MIN_CONTRAST, (text, ground)


def test_badges_keep_their_label_colour_and_deepen_their_fill():
    for fill in sorted(GROUNDS):
        label = text_on(fill)
        assert contrast(label, pill(fill, label)) >= MIN_CONTRAST, fill


def test_readable_colours_are_left_alone():
    assert ink(DARK_TEXT, "#ffffff") == DARK_TEXT
    assert pill("#1e3a5f", LIGHT_TEXT) == "#1e3a5f"


@pytest.fixture
def demo(tmp_path):
    from mapstudio.demo import make_demo_copy
    from mapstudio.store import Document

    doc = Document.open(make_demo_copy(tmp_path), read_only=True)
    yield doc
    doc.close()


def test_demo_and_templates_print_without_contrast_findings(demo, tmp_path):
    from mapstudio.store import Document
    from mapstudio.templates import catalogue

    assert preflight(load_source(demo), ExportOptions("pdf", paper="A0")).of_kind(
        CONTRAST) == []
    for entry in catalogue.list_templates()[:25]:
        path = tmp_path / f"{entry.id}.mapstudio"
        data = catalogue.instantiate(entry.id)
        doc = Document.create(path, data.project.title, data=data)
        try:
            report = preflight(load_source(doc), ExportOptions("pdf", paper="A0"))
            assert report.of_kind(CONTRAST) == [], (entry.id, report.of_kind(CONTRAST))
        finally:
            doc.close()


def test_legend_lists_the_lanes_shown_in_their_colours(demo):
    source = load_source(demo)
    geometry, _ = layout_for(source)
    block = title_block_for(source, None)
    lanes = [e for e in legend_entries(block) if e[0] == "lane"]
    shown = []
    for lane in source.content.lanes:
        header = geometry.lanes[lane.id]
        accent = header.fill if is_accent(header.fill) else _accent_of_kind(header.kind)
        entry = ("lane", f"{accent} {band_of(geometry, lane.id)}", lane.title)
        if entry not in shown:
            shown.append(entry)
    assert lanes == shown


def test_curves_on_one_lane_have_own_shapes_and_never_share_a_spot(demo):
    source = load_source(demo)
    lane = next(x for x in source.content.lanes if str(x.kind) == "emotions")
    points = [p for p in source.content.emotion_points if p.lane_id == lane.id]
    twin = [p.__class__(**{**p.__dict__, "id": p.id + "-twin", "series": "to_be"})
            for p in points if str(p.series) == "as_is"]
    source.content.emotion_points.extend(twin)  # a to-be curve right on the as-is one
    geometry, _ = layout_for(source)
    placed = spread_points(geometry)
    shapes = {n for _, s, n in placed if s.lane_id == lane.id}
    assert len(shapes) == len([s for s in geometry.series if s.lane_id == lane.id]) >= 2
    spots = [(round(x, 1), round(y, 1)) for (x, y), s, _ in placed if s.lane_id == lane.id]
    assert len(spots) == len(set(spots))
