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

    from mapstudio.ui.dialogs.export_dialog import ExportDialog

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
    from mapstudio.ui.dialogs.export_dialog import ExportDialog

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


def test_print_language_defaults_to_the_projects_and_relays_the_preview(dialog, qtbot,
                                                                       monkeypatch):
    """"Print language": the project's (named in the first entry), or one of the five;
    the preview is laid out again in the chosen language, on a 72-dpi image."""
    from mapstudio import i18n
    from mapstudio.export import language as print_language
    from mapstudio.export.options import LANGUAGES

    combo = dialog.language
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *LANGUAGES]
    assert combo.currentData() == "" and dialog.options().language == ""
    native = i18n.NATIVE_NAMES[dialog.project_language()]
    assert native in combo.itemText(0)
    assert dialog.preview.thumbnail.dotsPerMeterX() == 2835
    widths = {}
    calls = []
    original = print_language.print_labels
    monkeypatch.setattr(print_language, "print_labels",
                        lambda code: calls.append(code) or original(code))
    for code in ("ru", "en"):
        combo.setCurrentIndex(combo.findData(code))
        assert dialog.options().language == code and dialog.print_language() == code
        widths[code] = dialog.preview.map_size
    assert calls == ["ru", "en"]  # laid out again for each language
    dialog.set_options(ExportOptions("csv"))
    assert not combo.isEnabled()
    combo.setCurrentIndex(combo.findData("it"))
    dialog.set_options(ExportOptions("pdf", language="it"))
    assert combo.currentData() == "it" and dialog.options().language == "it"


def test_a_remembered_language_does_not_outlive_its_dialog(dialog, qtbot, tmp_path):
    """Every export starts in its project's language, not the last map's."""
    from mapstudio.ui.dialogs.export_dialog import ExportDialog

    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    dialog._remember()
    again = ExportDialog(dialog.doc, None, None)
    qtbot.addWidget(again)
    assert again.language.currentData() == ""
