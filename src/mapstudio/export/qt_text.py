"""Text in any script on a QPainter: the runs and glyphs the PDF draws (`layout.shaping`).

One-glyph-per-character runs are drawn as text in their bundled face; shaped runs as a
QGlyphRun of HarfBuzz's glyph ids at HarfBuzz's positions, so the PNG shows exactly the
glyphs the PDF prints.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGlyphRun,
    QPainter,
    QPainterPath,
    QPen,
    QRawFont,
)

from ..layout import TextLine
from ..layout.fontset import BY_KEY, FACES, SYNTHETIC_BOLD_EM, needs_synthetic_bold
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
            if shown.strip() and line.font.bold and needs_synthetic_bold(run.face, True):
                raw = _raw_font(run.face, False, size)
                gids = raw.glyphIndexesForString(shown)
                advances = raw.advancesForGlyphIndexes(gids,
                                                       QRawFont.LayoutFlag.UseDesignMetrics)
                placed, pen = [], run.x * em
                for gid, advance in zip(gids, advances, strict=True):
                    placed.append((gid, pen, 0.0))
                    pen += advance.x()
                _draw_emboldened(q, raw, placed, line)
            elif shown.strip():
                q.setFont(_qfont(run.face, run.bold, size))
                q.drawText(QPointF(x, line.baseline), shown)
            continue
        raw = _raw_font(run.face, run.bold, size)
        if line.font.bold and needs_synthetic_bold(run.face, True):
            _draw_emboldened(q, raw, [(g.gid, (run.x + g.x) * em, g.y * em)
                                      for g in run.glyphs], line)
            continue
        glyph_run = QGlyphRun()
        glyph_run.setRawFont(raw)
        glyph_run.setGlyphIndexes([g.gid for g in run.glyphs])
        glyph_run.setPositions([QPointF((run.x + g.x) * em, -g.y * em) for g in run.glyphs])
        q.drawGlyphRun(QPointF(line.x, line.baseline), glyph_run)


def _draw_emboldened(q: QPainter, raw: QRawFont, placed, line: TextLine) -> None:
    """Glyphs (id, x from the line's start, raise) of a face without a bold file, filled
    and stroked 1/28 em wide in the text colour: the synthetic bold Qt gives such text on
    the canvas and the PDF's stroked text (render mode 2)."""
    path = QPainterPath()
    for gid, x, rise in placed:
        glyph = raw.pathForGlyph(gid)
        glyph.translate(line.x + x, line.baseline - rise)
        path.addPath(glyph)
    colour = QColor(hex_colour(line.colour))
    pen = QPen(colour, line.font.size * SYNTHETIC_BOLD_EM)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    q.save()
    q.setPen(pen)
    q.setBrush(colour)
    q.drawPath(path)
    q.restore()
