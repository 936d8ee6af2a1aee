"""The template gallery dialog, driven with pytest-qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mapstudio.templates import catalogue
from mapstudio.ui.start.template_gallery import TemplateGalleryDialog


@pytest.fixture(autouse=True)
def _private_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("MAPSTUDIO_USER_TEMPLATES", str(tmp_path / "user-templates"))
    monkeypatch.setenv("MAPSTUDIO_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def gallery(qtbot):
    dialog = TemplateGalleryDialog(can_add_to_project=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lists_every_template(gallery) -> None:
    assert gallery.visible_ids() == [e.id for e in catalogue.list_templates()]
    assert not gallery.preview.pixmap().isNull()


def test_search_filters_as_you_type(gallery, qtbot) -> None:
    qtbot.keyClicks(gallery.search, "zzzz-nothing")
    assert gallery.visible_ids() == []
    assert not gallery.create_button.isEnabled()
    gallery.search.clear()
    target = catalogue.list_templates()[3]
    qtbot.keyClicks(gallery.search, target.name)
    assert target.id in gallery.visible_ids()
    assert len(gallery.visible_ids()) < len(catalogue.list_templates())


def test_industry_language_and_type_filters(gallery) -> None:
    gallery.language.setCurrentIndex(gallery.language.findData("pl"))
    assert gallery.visible_ids()
    assert all(catalogue.find_template(i).language == "pl" for i in gallery.visible_ids())
    gallery.language.setCurrentIndex(0)
    gallery.map_type.setCurrentIndex(gallery.map_type.findData("service_blueprint"))
    ids = gallery.visible_ids()
    assert ids and all(catalogue.find_template(i).map_type == "service_blueprint" for i in ids)
    gallery.map_type.setCurrentIndex(0)
    gallery.industry.setCurrentIndex(gallery.industry.findData("Banking"))
    assert all(catalogue.find_template(i).industry == "Banking" for i in gallery.visible_ids())


def test_create_and_add_buttons_report_the_choice(gallery, qtbot) -> None:
    gallery.list.setCurrentRow(2)
    expected = gallery.visible_ids()[2]
    with qtbot.waitSignal(gallery.create_requested) as signal:
        qtbot.mouseClick(gallery.add_button, Qt.MouseButton.LeftButton)
    assert signal.args == [expected, True]
    assert gallery.chosen == expected and gallery.add_to_project


def test_my_templates_appear_and_can_be_deleted(qtbot, monkeypatch) -> None:
    data = catalogue.instantiate(catalogue.list_templates()[0].id)
    saved = catalogue.save_as_template(data, "Workshop baseline")
    dialog = TemplateGalleryDialog()
    qtbot.addWidget(dialog)
    dialog.industry.setCurrentIndex(dialog.industry.findData(catalogue.USER_INDUSTRY))
    assert dialog.visible_ids() == [saved.id]
    dialog.finish_thumbnails()
    assert not dialog.list.item(0).icon().isNull()
    assert dialog.delete_button.isVisibleTo(dialog)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert saved.id not in {e.id for e in catalogue.list_templates()}


def test_thumbnails_are_cached_on_disk(gallery, qtbot, tmp_path) -> None:
    qtbot.waitUntil(lambda: gallery.thumbnails_pending() == 0, timeout=20000)
    cached = list((tmp_path / "cache" / "template-thumbnails").glob("*.png"))
    assert len(cached) >= len(catalogue.list_templates())
    again = TemplateGalleryDialog()  # a second opening draws nothing
    qtbot.addWidget(again)
    assert again.thumbnails_pending() == 0


@pytest.mark.parametrize("size", [(1180, 760), (900, 600), (1600, 1000)])
def test_preview_shows_the_whole_map(qtbot, size) -> None:
    """The large preview is the template's whole map: every stage and the lane header
    column, never cropped, whatever the dialog's size."""
    from PySide6.QtWidgets import QApplication

    from mapstudio.ui.start.template_thumbnails import _layout

    dialog = TemplateGalleryDialog()
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    for row in (0, 7, dialog.list.count() - 1):
        dialog.list.setCurrentRow(row)
        QApplication.processEvents()
        entry = catalogue.find_template(dialog.visible_ids()[row])
        pixmap = dialog.preview.pixmap()
        ratio = pixmap.devicePixelRatio()
        shown_w, shown_h = pixmap.width() / ratio, pixmap.height() / ratio
        viewport = dialog.preview_scroll.viewport()
        assert shown_w <= viewport.width() and shown_h <= viewport.height()
        assert shown_w >= 0.5 * viewport.width()  # large, not a stamp
        geometry, _measure, _images = _layout(entry)
        assert abs(shown_h / shown_w - geometry.height / geometry.width) < 0.02
        # the label shows the pixmap whole: it is at least as large as the picture
        assert dialog.preview.width() >= shown_w and dialog.preview.height() >= shown_h
        assert dialog.preview_scroll.verticalScrollBar().maximum() == 0
        assert dialog.title.text() == entry.name


def test_preview_names_the_personas(gallery) -> None:
    from PySide6.QtWidgets import QLabel

    gallery.list.setCurrentRow(0)
    entry = catalogue.find_template(gallery.visible_ids()[0])
    shown = [w.text() for w in gallery.findChildren(QLabel, "templatePersona")
             if w.isVisibleTo(gallery)]
    assert shown and all(any(name in text for text in shown) for name in entry.persona_names)


def test_filters_combine_with_search(gallery, qtbot) -> None:
    gallery.language.setCurrentIndex(gallery.language.findData("it"))
    italian = gallery.visible_ids()
    assert len(italian) >= 2
    qtbot.keyClicks(gallery.search, "digitale")
    narrowed = gallery.visible_ids()
    assert narrowed and set(narrowed) < set(italian)
