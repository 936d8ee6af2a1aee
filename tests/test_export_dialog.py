"""Export dialog: preview, remembered options, export in a worker, cancel, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from test_export_fixtures import make_project

from mapstudio.export import ExportOptions


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def dialog(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from mapstudio.ui.export_dialog import ExportDialog

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    doc, map_id = make_project(tmp_path / "p.mapstudio")
    dlg = ExportDialog(doc, map_id, None)
    dlg.shown_errors = shown
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    if dlg.worker is not None:
        dlg.worker.wait(10000)
    doc.close()


def _wait(qtbot, dialog, worker) -> None:
    """Until the dialog has handled the worker's end (the worker may finish very fast)."""
    assert worker is not None
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)


def test_preview_follows_options(dialog, qtbot):
    dialog.set_options(ExportOptions("pdf", paper="A3"))
    dialog.preview.repaint()
    assert dialog.preview.summary.startswith("A3 landscape")
    dialog.set_options(ExportOptions("pdf", paper="A1", tile="A4"))
    dialog.preview.repaint()
    assert "sheets of A4" in dialog.preview.summary
    assert dialog.export_button.isEnabled()


def test_impossible_options_disable_export(dialog):
    dialog.set_options(ExportOptions("pdf", paper="A1", tile="A4", overlap_mm=99))
    assert not dialog.export_button.isEnabled()
    assert "too large" in dialog.preview.error


def test_export_runs_in_worker_and_options_are_remembered(dialog, qtbot, tmp_path):
    from mapstudio.ui.export_dialog import ExportDialog

    dialog.set_options(ExportOptions("pdf", paper="A4", bleed_mm=3, crop_marks=True,
                                     title_block="Client copy"))
    out = tmp_path / "out.pdf"
    worker = dialog.export_to(out)
    _wait(qtbot, dialog, worker)
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.last_output == out
    again = ExportDialog(dialog.doc, None, None)
    qtbot.addWidget(again)
    restored = again.options()
    assert (restored.paper, restored.bleed_mm, restored.crop_marks, restored.title_block) == (
        "A4", 3.0, True, "Client copy")


def test_png_export_from_the_dialog(dialog, qtbot, tmp_path):
    dialog.set_options(ExportOptions("png", paper="A4", dpi=72))
    out = tmp_path / "out.png"
    worker = dialog.export_to(out)
    _wait(qtbot, dialog, worker)
    assert out.read_bytes().startswith(b"\x89PNG")


def test_cancel_leaves_nothing(dialog, qtbot, tmp_path):
    dialog.set_options(ExportOptions("pdf", paper="A3", personas=True))
    out = tmp_path / "cancel" / "out.pdf"
    out.parent.mkdir()
    worker = dialog.export_to(out)
    worker.cancel()
    _wait(qtbot, dialog, worker)
    assert list(out.parent.iterdir()) == []
    assert dialog.isVisible()


def test_errors_are_shown(dialog, qtbot, tmp_path):
    dialog.set_options(ExportOptions("pdf"))
    worker = dialog.export_to(tmp_path / "missing-folder" / "x.pdf")
    _wait(qtbot, dialog, worker)
    assert dialog.shown_errors and "no such folder" in dialog.shown_errors[0]
