"""Bundled fonts for the canvas, measured exactly like the PDF measures them.

Every bundled face (`layout.fontset.FACES`) is registered with Qt and every QFont lists
them in the same fallback order as the exporters, so a card in Arabic, Japanese or Hindi
shows on screen in the font it prints in. Text DejaVu draws plainly is measured with
QRawFont design advances; any other text by its shaped runs (`layout.shaping`), exactly
as the exporters measure it.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from ..layout import FontSpec
from ..layout.fontset import FACES
from ..layout.shaping import is_plain, shaped_width
from ..paths import resource_path

FAMILY = "DejaVu Sans"
FAMILIES = [face.family for face in FACES]
FILES = {False: "fonts/DejaVuSans.ttf", True: "fonts/DejaVuSans-Bold.ttf"}
_registered = False


def bundled_files() -> list[str]:
    return [path for face in FACES for path in (face.regular, face.bold) if path]


def register_fonts() -> None:
    """Make the bundled TTFs available to Qt (needs a QGuiApplication)."""
    global _registered
    if _registered:
        return
    for relative in bundled_files():
        QFontDatabase.addApplicationFont(str(resource_path(relative)))
    _registered = True


@lru_cache(maxsize=64)
def qfont(spec: FontSpec) -> QFont:
    """A QFont whose size is in scene units (points), unhinted so advances match paper."""
    register_fonts()  # a map may be drawn before the start-up registration has run
    font = QFont(FAMILY)
    font.setFamilies(FAMILIES)
    font.setPixelSize(max(1, round(spec.size)))
    font.setBold(spec.bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    return font


class QtTextMeasure:
    """Design-metric advances from the same TTF files ReportLab reads."""

    REFERENCE = 1000.0

    def __init__(self) -> None:
        self._raw = {bold: QRawFont(str(resource_path(path)), self.REFERENCE)
                     for bold, path in FILES.items()}
        self._cache: dict[tuple[str, bool], float] = {}

    def _units(self, text: str, bold: bool) -> float:
        if not is_plain(text):
            return shaped_width(text, bold)
        raw = self._raw[bold]
        glyphs = raw.glyphIndexesForString(text)
        advances = raw.advancesForGlyphIndexes(glyphs, QRawFont.LayoutFlag.UseDesignMetrics)
        return sum(a.x() for a in advances)

    def width(self, text: str, font: FontSpec) -> float:
        # A plain dict beats lru_cache here: wrapping a big map asks ~100,000 times.
        key = (text, font.bold)
        units = self._cache.get(key)
        if units is None:
            if len(self._cache) > 300_000:
                self._cache.clear()
            units = self._cache[key] = self._units(text, font.bold)
        return units * font.size / self.REFERENCE
