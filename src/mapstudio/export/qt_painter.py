"""Painter on a QPainter (QtGui only): the PNG exporter's drawing surface.

The image is given 72 dpi while painting (`point_image`) so that one point is one device
unit before the dpi scale; font sizes are fractional points of the bundled DejaVu faces,
unhinted and unkerned like the canvas and the layout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QTransform,
)

from ..layout import FontSpec, Rect, TextLine
from ..layout.shaping import is_plain
from ..paths import resource_path
from .colours import hex_colour
from .qt_surface import QtSurface
from .qt_text import draw_shaped

_APP = None
_FAMILY: str | None = None


def ensure_qt() -> str:
    """A QGuiApplication (offscreen if we must create one) and the bundled font family."""
    global _APP, _FAMILY
    if QGuiApplication.instance() is None:
        _APP = QGuiApplication(["mapstudio-export", "-platform", "offscreen"])
    if _FAMILY is None:
        family = "DejaVu Sans"
        for relative in ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf"):
            font_id = QFontDatabase.addApplicationFont(str(resource_path(relative)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = families[0] if families else family
        _FAMILY = family
    return _FAMILY


DOTS_PER_METRE_72_DPI = 2835  # 72 dpi


def point_image(width: int, height: int,
                image_format: QImage.Format = QImage.Format.Format_ARGB32_Premultiplied,
                fill: str | None = "#ffffff") -> QImage:
    """An image for QtPainter to draw a layout into: 72 dpi, so a point is one pixel
    before any scale. A QImage is 96 dpi by default, where Qt makes point-sized text
    1.33 times too wide for the layout's metrics and it overflows its cards. Null when
    there is not enough memory (callers check `isNull()`)."""
    image = QImage(max(1, int(width)), max(1, int(height)), image_format)
    if image.isNull():
        return image
    image.setDotsPerMeterX(DOTS_PER_METRE_72_DPI)
    image.setDotsPerMeterY(DOTS_PER_METRE_72_DPI)
    if fill is not None:
        image.fill(QColor(fill))
    return image


class QtPainter(QtSurface):
    """The exporters' surface: shapes from QtSurface (shared with the canvas), text in
    the bundled faces (shaped runs as glyphs), pictures decoded from the source."""

    def __init__(self, painter: QPainter, device_scale: float,
                 image_bytes: Callable[[str], bytes | None]) -> None:
        super().__init__(painter)
        self.device_scale = device_scale
        self._image_bytes = image_bytes
        self._images: dict[str, QImage | None] = {}
        self._fonts: dict[tuple[bool, float], QFont] = {}
        self.family = ensure_qt()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.place(0, 0, 1)

    def place(self, ox: float, oy: float, scale: float) -> None:
        d = self.device_scale
        self.q.setTransform(QTransform(d * scale, 0, 0, d * scale, d * ox, d * oy))

    def _font(self, spec: FontSpec) -> QFont:
        key = (spec.bold, spec.size)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.family)
            font.setPointSizeF(spec.size)
            font.setBold(spec.bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setKerning(False)
            self._fonts[key] = font
        return font

    def text_lines(self, lines: Sequence[TextLine]) -> None:
        for line in lines:
            if line.text and not is_plain(line.text):
                draw_shaped(self.q, line)
            elif line.text:
                self.q.setFont(self._font(line.font))
                self.q.setPen(QColor(hex_colour(line.colour)))
                self.q.drawText(QPointF(line.x, line.baseline), line.text)

    def image(self, r: Rect, asset_id: str) -> bool:
        if asset_id not in self._images:
            data = self._image_bytes(asset_id)
            img = QImage()
            self._images[asset_id] = img if data and img.loadFromData(data) else None
        img = self._images[asset_id]
        if img is None:
            return False
        self.q.drawImage(QRectF(r.x, r.y, r.w, r.h), img, QRectF(img.rect()))
        return True
