"""Text in any script on a QPainter: the runs and glyphs the PDF draws (`layout.shaping`).

One-glyph-per-character runs are drawn as text in their bundled face; shaped runs as a
QGlyphRun of HarfBuzz's glyph ids at HarfBuzz's positions, so the PNG shows exactly the
glyphs the PDF prints.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGlyphRun, QPainter, QRawFont

from ..layout import TextLine
from ..layout.fontset import BY_KEY, FACES
from ..layout.shaping import shape_line, visible
from ..paths import resource_path
from .colours import hex_colour

_registered = False
_raw: dict[tuple[str, bool, float], QRawFont] = {}
_fonts: dict[tuple[str, bool, float], QFont] = {}


def register_faces() -> None:
    """Every bundled face known to Qt (needs a QGuiApplication)."""
    global _registered
    if not _registered:
        for face in FACES:
            for path in (face.regular, face.bold):
                if path:
                    QFontDatabase.addApplicationFont(str(resource_path(path)))
        _registered = True


def _raw_font(face_key: str, bold: bool, size: float) -> QRawFont:
    key = (face_key, bold, size)
    raw = _raw.get(key)
    if raw is None:
        path = resource_path(BY_KEY[face_key].file(bold))
        raw = _raw[key] = QRawFont(str(path), size,
                                   QFont.HintingPreference.PreferNoHinting)
    return raw


def _qfont(face_key: str, bold: bool, size: float) -> QFont:
    key = (face_key, bold, size)
    font = _fonts.get(key)
    if font is None:
        font = QFont(BY_KEY[face_key].family)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setKerning(False)
        _fonts[key] = font
    return font


def draw_shaped(q: QPainter, line: TextLine) -> None:
    register_faces()
    size = line.font.size
    em = size / 1000.0
    q.setPen(QColor(hex_colour(line.colour)))
    for run in shape_line(line.text, line.font.bold).runs:
        x = line.x + run.x * em
        if run.glyphs is None:
            shown = visible(run.text)
            if shown.strip():
                q.setFont(_qfont(run.face, run.bold, size))
                q.drawText(QPointF(x, line.baseline), shown)
            continue
        glyph_run = QGlyphRun()
        glyph_run.setRawFont(_raw_font(run.face, run.bold, size))
        glyph_run.setGlyphIndexes([g.gid for g in run.glyphs])
        glyph_run.setPositions([QPointF((run.x + g.x) * em, -g.y * em) for g in run.glyphs])
        q.drawGlyphRun(QPointF(line.x, line.baseline), glyph_run)
