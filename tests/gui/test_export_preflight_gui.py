"""The export dialog runs the CLI's preflight beside the preview and outlines the cards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from mapstudio.export import ExportOptions


@pytest.fixture
def dialog(qtbot, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from test_preflight import _project

    from mapstudio.ui.dialogs.export_dialog import ExportDialog

    QSettings().clear()
    doc = _project(tmp_path / "pf.mapstudio")
    dlg = ExportDialog(doc, "pf", None)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    doc.close()


def test_findings_listed_and_cards_marked(dialog, qtbot):
    dialog.set_options(ExportOptions("pdf", paper="A4"))
    qtbot.waitUntil(lambda: dialog.preflight.report is not None
                    and dialog.preflight.report.paper == "A4", timeout=10000)
    report = dialog.preflight.report
    kinds = {dialog.preflight.findings.item(i).data(256)
             for i in range(dialog.preflight.findings.count())}
    assert {"small-text", "uncovered", "low-ppi"} <= kinds
    assert "pt" in dialog.preflight.summary.text()
    assert len(dialog.preview.marks) == len(report.card_ids & set(dialog._card_rects))
    assert dialog.preview.marks
    dialog.preview.repaint()


def test_csv_has_nothing_to_check(dialog, qtbot):
    dialog.set_options(ExportOptions("csv"))
    qtbot.waitUntil(lambda: dialog.preflight.findings.count() == 0, timeout=10000)
    qtbot.waitUntil(lambda: dialog.preview.marks == [], timeout=10000)


def test_pdfx_box_applies_to_pdf_only(dialog, qtbot):
    dialog.set_options(ExportOptions("pdf", paper="A3", pdfx=True))
    assert dialog.pdfx.isChecked() and dialog.options().pdfx
    dialog.set_options(ExportOptions("png", paper="A3"))
    dialog.pdfx.setChecked(True)
    assert not dialog.options().pdfx and not dialog.pdfx.isEnabled()
    assert dialog.export_button.isEnabled()
