"""Every image a layout is painted into with Qt is 72 dpi, so its text fits its cards.

A QImage is 96 dpi by default; QtPainter sets point-sized fonts, so at 96 dpi every word
came out 1.33 times wider than the layout measured it and ran out of its card.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter

from mapstudio.export.qt_painter import DOTS_PER_METRE_72_DPI, QtPainter, ensure_qt, point_image
from mapstudio.layout import FontSpec, TextLine


def _ink_width(image: QImage) -> int:
    """From the first to the last column holding dark pixels."""
    inked = [x for x in range(image.width())
             if any(image.pixelColor(x, y).lightness() < 128 for y in range(image.height()))]
    return inked[-1] - inked[0] + 1


def test_point_image_is_72_dpi_and_filled(qapp):
    ensure_qt()
    image = point_image(40.4, 20, QImage.Format.Format_RGB32)
    assert (image.width(), image.height()) == (40, 20)
    assert image.dotsPerMeterX() == image.dotsPerMeterY() == DOTS_PER_METRE_72_DPI == 2835
    assert image.pixelColor(3, 3) == QColor("#ffffff")
    assert point_image(0, 0).size() == QSize(1, 1)
    assert point_image(5, 5, fill=None).dotsPerMeterX() == 2835


def test_text_is_as_wide_as_the_layout_measures_it(qapp):
    from mapstudio.canvas.fonts import QtTextMeasure

    ensure_qt()
    font = FontSpec(False, 20)
    text = "Mmmmmmmmmmmmmmmmmm"
    measured = QtTextMeasure().width(text, font)
    for image, expected in ((point_image(600, 40), measured),
                            (QImage(600, 40, QImage.Format.Format_RGB32), measured * 96 / 72)):
        image.fill(QColor("#ffffff"))
        qp = QPainter(image)
        QtPainter(qp, 1.0, lambda _id: None).text_lines(
            (TextLine(text, 5, 30, font, "#000000"),))
        qp.end()
        assert abs(_ink_width(image) - expected) < 0.06 * expected


def test_thumbnails_and_the_export_preview_paint_at_72_dpi(qapp, tmp_path, monkeypatch):
    from mapstudio.demo import make_demo_copy
    from mapstudio.templates import catalogue
    from mapstudio.ui.start import project_thumbnails, template_thumbnails

    monkeypatch.setenv("MAPSTUDIO_CACHE_DIR", str(tmp_path / "cache"))
    thumb = project_thumbnails.render_thumbnail(make_demo_copy(tmp_path), QSize(160, 100))
    assert thumb.dotsPerMeterX() == 2835
    entry = catalogue.list_templates()[0]
    assert template_thumbnails.render_map(entry, (200, 0)).dotsPerMeterX() == 2835


def test_avatars_use_the_layouts_initials():
    """The window's avatars and the printed map's avatars share one rule."""
    from mapstudio import layout
    from mapstudio.ui.personas import persona_avatar

    assert persona_avatar.initials is layout.initials
