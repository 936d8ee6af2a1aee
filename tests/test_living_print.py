"""Living maps on paper, read back from the PDF: evidence marks on the cards, review notes
only when asked (`--notes`), then counted on their cards and listed in an appendix."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from mapstudio.model import (
    Card,
    Confidence,
    Evidence,
    EvidenceSource,
    NoteTarget,
    ReviewNote,
    starter_map,
)
from mapstudio.store import Document

SRC = Path(__file__).resolve().parents[1] / "src"
GREEN, RED = (0.0863, 0.6392, 0.2902), (0.8627, 0.149, 0.149)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    path = tmp_path_factory.mktemp("living") / "living.mapstudio"
    with Document.create(path, "Living") as doc:
        content = doc.load_map(doc.insert_map_content(starter_map("Lifecycle")).id)
        lanes = {lane.kind.value: lane for lane in content.lanes}
        stages = content.stages
        cards = [doc.add_card(card) for card in (
            Card(lane_id=lanes["touchpoints"].id, stage_id=stages[0].id, title="Sees an ad",
                 evidence=[Evidence(EvidenceSource.ANALYTICS, "GA4")],
                 confidence=Confidence.VALIDATED),
            Card(lane_id=lanes["thoughts"].id, stage_id=stages[1].id, title="Hidden fees?",
                 evidence=[Evidence(EvidenceSource.ASSUMPTION, "workshop")]),
            Card(lane_id=lanes["pain_points"].id, stage_id=stages[2].id,
                 title="Asked twice for the same data", confidence=Confidence.ASSUMED),
            Card(lane_id=lanes["opportunities"].id, stage_id=stages[2].id,
                 title="One-page checkout"))]
        first = doc.add_note(ReviewNote(NoteTarget.CARD, cards[2].id,
                                        "Do support tickets say so?", author="Ana"))
        doc.add_note(ReviewNote(NoteTarget.CARD, cards[2].id, "Yes, 140 in May",
                                author="Bob", parent_id=first.id))
        doc.add_note(ReviewNote(NoteTarget.STAGE, stages[0].id, "Who owns awareness?",
                                author="Bob", resolved=True))
        doc.update_map(content.map.id, owner="CX lead", review_by="2020-01-31")
    return path


def _export(project, out, *extra):
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mapstudio", "export", str(project), "-o",
                           str(out), "--paper", "A3", *extra], capture_output=True,
                          text=True, env=env, timeout=120)


def _close(colour, wanted) -> bool:
    return isinstance(colour, tuple | list) and len(colour) == 3 and all(
        abs(a - b) < 0.01 for a, b in zip(colour, wanted, strict=True))


def test_evidence_marks_and_the_review_date_are_printed(project, tmp_path) -> None:
    out = tmp_path / "map.pdf"
    result = _export(project, out)
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        curves = page.curves
        dashed_red = [c for c in curves if _close(c.get("stroking_color"), RED)
                      and c.get("dash") and c["dash"][0]]
        footer = page.height - 80
        assert len([c for c in dashed_red if c["top"] < footer]) == 2  # the two assumptions
        assert [c for c in dashed_red if c["top"] > footer]  # and the legend's
        green = [c for c in curves if _close(c.get("non_stroking_color"), GREEN)
                 and c["width"] < 12]
        assert green  # the validated card's filled mark
        text = page.extract_text()
    assert "Owner: CX lead · Review overdue since 31 January 2020" in " ".join(text.split())
    assert "Validated" in text and "Assumption" in text  # the legend explains the marks
    assert "Some evidence" not in text  # no card of this map shows that mark
    assert len(PdfReader(out).pages) == 1
    assert "Do support tickets say so?" not in text and "Review notes" not in text


def test_notes_print_only_when_asked_then_in_an_appendix(project, tmp_path) -> None:
    plain, with_notes = tmp_path / "plain.pdf", tmp_path / "notes.pdf"
    assert _export(project, plain).returncode == 0
    result = _export(project, with_notes, "--notes")
    assert result.returncode == 0, result.stderr
    pages = PdfReader(with_notes).pages
    assert len(pages) == len(PdfReader(plain).pages) + 1
    appendix = " ".join(pages[-1].extract_text().split())
    assert "Review notes — Lifecycle" in appendix
    assert appendix.index("Card “Asked twice for the same data”") < appendix.index(
        "Do support tickets say so?") < appendix.index("Yes, 140 in May")
    assert "Stage “Awareness”" in appendix and "resolved" in appendix
    assert "Page 2 of 2" in appendix
    def ones(path) -> int:  # "1"s on the map, above the footer's page number
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[0]
            return sum(c["text"] == "1" and c["top"] < page.height - 80 for c in page.chars)

    assert ones(with_notes) == ones(plain) + 1  # the open note counted on its card


def test_png_and_svg_draw_the_same_marks(project, tmp_path) -> None:
    svg = tmp_path / "map.svg"
    assert _export(project, svg).returncode == 0
    text = svg.read_text(encoding="utf-8")
    assert text.count('stroke-dasharray') >= 2 and "#16a34a" in text


def test_the_export_dialog_prints_notes_when_its_box_is_ticked(project, qtbot, tmp_path,
                                                                monkeypatch) -> None:
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtTest import QTest

    from mapstudio.export import ExportOptions
    from mapstudio.ui.dialogs.export_dialog import ExportDialog

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().clear()
    with Document.open(project, read_only=True) as doc:
        dialog = ExportDialog(doc, doc.maps()[0].id, None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.set_options(ExportOptions("pdf", paper="A3"))
        assert not dialog.notes.isChecked() and dialog.notes.isVisible()
        qtbot.waitUntil(lambda: getattr(dialog, "_geometry", None) is not None)

        def counted() -> bool:  # the preview shows note counts only when they will print
            return any(b.kind == "notes" for box in dialog._geometry.cards.values()
                       for b in box.badges)

        assert not counted()
        box = dialog.notes  # on its words (a check box takes clicks on its box and label)
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(20, box.height() // 2))
        assert dialog.options().notes and counted()
        out = tmp_path / "dialog.pdf"
        dialog.export_to(out)
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
    assert "Review notes — Lifecycle" in PdfReader(out).pages[-1].extract_text()


def test_info_names_owners_review_dates_and_open_notes(project) -> None:
    import json

    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}

    def info(*extra):
        return subprocess.run([sys.executable, "-m", "mapstudio", "info", str(project),
                               *extra], capture_output=True, text=True, env=env, timeout=120)

    first = json.loads(info("--json").stdout)["maps"][0]
    assert (first["owner"], first["review_by"], first["overdue"], first["open_notes"]) == (
        "CX lead", "2020-01-31", True, 1)  # the resolved stage note is not counted
    assert "owner CX lead; review overdue since 2020-01-31; 1 open review notes" in \
        info().stdout
