"""Linked journeys on paper and in the layout: the linking card carries the linked map's
roll-up (its findings and KPIs on target), and `--linked` prints the linked maps too."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from tests.test_cli import run

from mapstudio.layout import FixedWidthMeasure, layout_map
from mapstudio.layout.links import link_summaries, summarize
from mapstudio.model import Card, Lane, LaneKind, Metric, Project, ProjectData, starter_map
from mapstudio.store import Document


def _lifecycle() -> ProjectData:
    """A lifecycle map whose first card drills into a journey with two KPIs."""
    lifecycle, journey = starter_map("Customer lifecycle"), starter_map("Onboarding")
    journey.map.position = 1
    kpis = Lane(journey.map.id, kind=LaneKind.KPIS, title="KPIs", position=len(journey.lanes))
    journey.lanes.append(kpis)
    journey.cards += [
        Card(kpis.id, journey.stages[0].id, title="Activation",
             metric=Metric("Activation", 62, 60, "%")),
        Card(kpis.id, journey.stages[1].id, title="Time to value",
             metric=Metric("Time to value", 9, 3, "days")),
    ]
    lane = lifecycle.lanes[0]
    lifecycle.cards.append(Card(lane.id, lifecycle.stages[0].id, title="Join",
                                linked_map_id=journey.map.id))
    lifecycle.stages[1].linked_map_id = journey.map.id
    return ProjectData(Project(title="Lifecycle"), maps=[lifecycle, journey])


def test_the_linking_card_rolls_up_the_linked_maps_health_and_kpis() -> None:
    data = _lifecycle()
    lifecycle, journey = data.maps
    summary = summarize(journey)
    assert (summary.kpis, summary.kpis_on_target) == (2, 1)  # 62 of 60 %; 9 of ≤ 3 days
    assert summary.findings > 0
    links = link_summaries(lifecycle, {journey.map.id: journey}.__getitem__)
    assert set(links) == {journey.map.id}
    box = layout_map(lifecycle, FixedWidthMeasure(), links=links).cards[lifecycle.cards[0].id]
    (badge,) = [b for b in box.badges if b.kind == "link"]
    title, roll_up = badge.text.split("\n")
    assert title == "↳ Onboarding"
    assert roll_up == f"{summary.findings} findings · KPIs 1/2 on target"
    assert box.rect.y < badge.rect.y and badge.rect.bottom < box.rect.bottom
    assert link_summaries(lifecycle, {}.__getitem__) == {}  # a map that cannot be read


def test_the_print_shows_the_roll_up(tmp_path: Path) -> None:
    path = tmp_path / "lifecycle.mapstudio"
    Document.create(path, "Lifecycle", data=_lifecycle()).close()
    one = tmp_path / "one.pdf"
    assert run("export", path, "-o", one, "--paper", "A3").returncode == 0
    with pdfplumber.open(one) as pdf:
        first = pdf.pages[0].extract_text()
    assert "↳ Onboarding" in first and "KPIs 1/2 on target" in first


def test_linked_prints_the_linked_maps_after_the_map(tmp_path: Path) -> None:
    path = tmp_path / "lifecycle.mapstudio"
    Document.create(path, "Lifecycle", data=_lifecycle()).close()
    both = tmp_path / "both.pdf"
    result = run("export", path, "-o", both, "--paper", "A3", "--linked")
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(both) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
    assert len(texts) == 2  # the lifecycle, then the one journey it links to (once)
    assert texts[0].startswith("Customer lifecycle") and "Time to value" not in texts[0]
    assert texts[1].startswith("Onboarding") and "Time to value" in texts[1]
    tiled = tmp_path / "tiled.pdf"
    result = run("export", path, "-o", tiled, "--tile", "A4", "--linked")
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(tiled) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
    assert any("Time to value" in t for t in texts[len(texts) // 2:])
    png = run("export", path, "-o", tmp_path / "map.png", "--linked")
    assert png.returncode == 2 and "--linked" in png.stderr  # a picture holds one map


def test_the_export_dialog_adds_the_linked_maps(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from mapstudio.ui.dialogs.export_dialog import ExportDialog

    path = tmp_path / "lifecycle.mapstudio"
    Document.create(path, "Lifecycle", data=_lifecycle()).close()
    doc = Document.open(path)
    try:
        lifecycle, journey = doc.maps()
        unlinked = ExportDialog(doc, journey.id, None)
        qtbot.addWidget(unlinked)
        assert not unlinked.linked.isEnabled()  # the journey links nowhere
        dialog = ExportDialog(doc, lifecycle.id, None)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.linked.isEnabled()
        qtbot.mouseClick(dialog.linked, Qt.MouseButton.LeftButton)
        assert dialog.linked.isChecked()
        out = tmp_path / "book.pdf"
        worker = dialog.export_to(out)
        assert worker is not None
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
    finally:
        doc.close()
    with pdfplumber.open(out) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
    assert len(texts) == 2 and texts[1].startswith("Onboarding")


def test_a_linking_stage_says_so_in_its_header() -> None:
    data = _lifecycle()
    lifecycle = data.maps[0]
    g = layout_map(lifecycle, FixedWidthMeasure())
    linked, plain = lifecycle.stages[1], lifecycle.stages[0]
    assert g.stages[linked.id].lines[-1].text.endswith("↳")
    assert not any("↳" in line.text for line in g.stages[plain.id].lines)
