"""Font Awesome 5 glyphs drawn straight from the font files QtAwesome ships.

Importing QtAwesome costs about 0.4 s (its Qt shim imports whole Qt modules), before
the first window could paint. The glyphs themselves need only the font and its name ->
code point map, both in QtAwesome's package folder, found without importing it. The
drawing follows QtAwesome's (a glyph of 0.875 × the icon height, centred), so icons look
the same. QtGui only: the canvas and the interface may both use it.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPixmap

FONTS = {"fa5s": "fontawesome5-solid-webfont", "fa5": "fontawesome5-regular-webfont",
         "fa5b": "fontawesome5-brands-webfont"}


def _font_folder() -> Path | None:
    spec = importlib.util.find_spec("qtawesome")  # finds the package, runs nothing
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _font(prefix: str) -> tuple[str, dict[str, str]] | None:
    """(font family, name -> character) of one glyph font, or None if it is not there."""
    folder, stem = _font_folder(), FONTS.get(prefix)
    if folder is None or stem is None:
        return None
    fonts = sorted(folder.glob(f"{stem}-[0-9]*.ttf"))
    maps = sorted(folder.glob(f"{stem}-charmap-*.json"))
    if not fonts or not maps:
        return None
    font_id = QFontDatabase.addApplicationFont(str(fonts[-1]))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    codes = json.loads(maps[-1].read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}


def has_glyph(name: str) -> bool:
    prefix, _, glyph = name.partition(".")
    font = _font(prefix)
    return font is not None and glyph in font[1]


def paint_glyph(painter: QPainter, rect: QRect | QRectF, name: str, colour: QColor) -> bool:
    """Draw glyph `name` ("fa5s.folder-open") centred in `rect`; False if unknown."""
    prefix, _, glyph = name.partition(".")
    font_info = _font(prefix)
    if font_info is None or glyph not in font_info[1]:
        return False
    family, chars = font_info
    font = QFont(family)
    font.setPixelSize(max(1, round(0.875 * rect.height())))
    if prefix == "fa5s":
        font.setStyleName("Solid")
    painter.save()
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(QRectF(rect), Qt.AlignmentFlag.AlignCenter, chars[glyph])
    painter.restore()
    return True


def glyph_pixmap(name: str, colour: QColor, size: int, ratio: float = 1.0) -> QPixmap | None:
    """The glyph on a transparent square pixmap of `size` logical pixels (cached)."""
    if not has_glyph(name):
        return None
    return QPixmap(_rendered(name, colour.rgba(), size, ratio))


@lru_cache(maxsize=1024)
def _rendered(name: str, rgba: int, size: int, ratio: float) -> QPixmap:
    colour = QColor.fromRgba(rgba)
    pixmap = QPixmap(max(1, round(size * ratio)), max(1, round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_glyph(painter, QRect(0, 0, size, size), name, colour)
    painter.end()
    return pixmap
