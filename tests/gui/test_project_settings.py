"""Project settings: title, description, brand name and logo, undoable, printed on export."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtWidgets import QMessageBox

from mapstudio.ui.dialogs.project_settings_dialog import ProjectSettingsDialog


def _png(size=(300, 100)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (20, 110, 120)).save(out, "PNG")
    return out.getvalue()


def test_brand_and_title_change_in_one_undo_step(window, qtbot, tmp_path):
    doc = window.doc
    before = doc.project()
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    dialog = ProjectSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.title.setText("Northbank — mortgage research")
    dialog.brand.setText("Atelier CX")
    assert dialog.load_logo(logo)
    assert not dialog.logo.pixmap().isNull()
    dialog.accept()
    project = doc.project()
    assert project.title == "Northbank — mortgage research"
    assert project.settings.brand_name == "Atelier CX"
    assert doc.asset(project.settings.brand_logo_asset_id).width == 300
    assert "Northbank — mortgage research" in window.windowTitle()
    window.undo_stack.undo()
    assert doc.project().title == before.title
    assert doc.project().settings == before.settings
    window.undo_stack.redo()
    assert doc.project().settings.brand_name == "Atelier CX"


def test_bad_logo_gives_a_message_and_changes_nothing(window, qtbot, tmp_path, monkeypatch):
    doc = window.doc
    before = doc.project()
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog = ProjectSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert not dialog.load_logo(fake)
    assert warnings
    dialog.accept()
    assert doc.project() == before
    assert window.undo_stack.count() == 0


def test_brand_name_prints_in_the_title_block(window, qtbot, tmp_path):
    from pypdf import PdfReader

    from mapstudio.export import ExportOptions, export_map

    dialog = ProjectSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.brand.setText("Atelier Łódź CX")
    dialog.accept()
    out = tmp_path / "map.pdf"
    export_map(window.doc, out, ExportOptions(format="pdf", paper="A3"))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "ATELIER ŁÓDŹ CX" in text.upper()


def test_map_language_is_one_undo_step_and_relabels_the_canvas(window, qtbot):
    """The project's language is a combo among the brand fields; with the title it changes
    in one undo step, and the canvas captions follow it whatever the interface speaks."""
    from mapstudio import i18n

    from .conftest import settle

    doc = window.doc
    before = doc.project()
    dialog = ProjectSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["", *i18n.SUPPORTED]
    assert dialog.language.currentData() == before.settings.language
    dialog.title.setText("Kredyt hipoteczny")
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    count = window.undo_stack.count()
    dialog.accept()
    settle()
    assert window.undo_stack.count() == count + 1
    assert doc.project().settings.language == "pl" and doc.project().title == "Kredyt hipoteczny"
    if i18n.qm_file("pl") is not None:  # the canvas now speaks Polish
        words = window.scene.labels()
        assert words.language == "pl" and words.kind("pain_points") != "Pain points"
        severity = [b.text for box in window.scene.geometry.cards.values()
                    for b in box.badges if b.kind == "severity"]
        assert severity and not any(t.startswith("Severity") for t in severity)
    window.undo_stack.undo()
    settle()
    assert doc.project().settings == before.settings and doc.project().title == before.title
    from mapstudio.canvas.scene import layout_labels

    assert window.scene.labels() == layout_labels()  # the interface's words again
