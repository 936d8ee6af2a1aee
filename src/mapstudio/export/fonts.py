"""The bundled TTFs in ReportLab, and a TextMeasure that uses them.

ReportLab is imported inside the functions only: `import mapstudio.export` stays cheap.
ReportLab subsets and embeds TrueType fonts by itself (/FontFile2 in the PDF). Text that
DejaVu draws plainly is measured by ReportLab as before; any other text (other scripts,
emoji, right-to-left) is measured from its shaped runs (`layout.shaping`), which is what
every back end draws.
"""

from __future__ import annotations

from functools import lru_cache

from ..layout import FontSpec
from ..layout.shaping import is_plain, shaped_width
from ..paths import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "fonts/DejaVuSans.ttf", BOLD: "fonts/DejaVuSans-Bold.ttf"}


def font_name(font: FontSpec) -> str:
    return BOLD if font.bold else REGULAR


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register both faces once per process (ReportLab's registry is global)."""
    from reportlab.pdfbase import pdfmetrics

    from .pdf_text import glyph_font_class

    # GlyphFonts, so a right-to-left run of DejaVu text can be shown glyph by glyph too
    # (ReportLab hands every later font of the same face this first object)
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, relative in FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(glyph_font_class()(name, str(resource_path(relative))))
    return REGULAR, BOLD


class ReportLabMeasure:
    """Advance widths from ReportLab's own metrics of the embedded fonts (paper = screen)."""

    def __init__(self) -> None:
        from reportlab.pdfbase import pdfmetrics

        register_fonts()
        self._faces = {False: pdfmetrics.getFont(REGULAR), True: pdfmetrics.getFont(BOLD)}
        self._cache: dict[tuple[str, bool], float] = {}

    def units(self, text: str, bold: bool) -> float:
        """Width at size 1; cached because wrapping measures the same prefixes often."""
        key = (text, bold)
        found = self._cache.get(key)
        if found is None:
            found = self._faces[bold].stringWidth(text, 1.0) if is_plain(text) \
                else shaped_width(text, bold) / 1000.0
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = found
        return found

    def width(self, text: str, font: FontSpec) -> float:
        return self.units(text, font.bold) * font.size

    def line_height(self, font: FontSpec) -> float:
        return font.line_height


@lru_cache(maxsize=1)
def shared_measure() -> ReportLabMeasure:
    return ReportLabMeasure()
