"""Text in any script on a QPainter: the runs and glyphs the PDF draws (`layout.shaping`).

Every run is a QGlyphRun of a bundled face: one-glyph-per-character runs by the font's
character map and design advances, shaped runs by HarfBuzz's glyph ids and positions. So
the PNG and the canvas (which draws its lines in other scripts here too) show exactly the
glyphs the PDF prints.
"""

from __future__ import annotations

import threading

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
_local = threading.local()  # fonts per thread: the canvas and an export worker draw at once


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
    cache = getattr(_local, "raw", None)
    if cache is None:
        cache = _local.raw = {}
    raw = cache.get(key)
    if raw is None:
        path = resource_path(BY_KEY[face_key].file(bold))
        raw = cache[key] = QRawFont(str(path), size,
                                   QFont.HintingPreference.PreferNoHinting)
    return raw


def draw_shaped(q: QPainter, line: TextLine) -> None:
    """A line in any script as glyph runs of the bundled faces, sized in the painter's
    units (a point in the PNG, a scene unit on the canvas): the PNG and the canvas draw
    the same glyphs at the same places as the PDF."""
    register_faces()
    size = line.font.size
    em = size / 1000.0
    q.setPen(QColor(hex_colour(line.colour)))
    for run in shape_line(line.text, line.font.bold).runs:
        if run.glyphs is None:
            shown = visible(run.text)
            if not shown.strip():
                continue
            raw = _raw_font(run.face, run.bold, size)
            placed = _simple_glyphs(raw, shown, run.x * em)
        else:
            raw = _raw_font(run.face, run.bold, size)
            placed = [(g.gid, (run.x + g.x) * em, g.y * em) for g in run.glyphs]
        if line.font.bold and needs_synthetic_bold(run.face, True):
            _draw_emboldened(q, raw, placed, line)
            continue
        glyph_run = QGlyphRun()
        glyph_run.setRawFont(raw)
        glyph_run.setGlyphIndexes([gid for gid, _, _ in placed])
        glyph_run.setPositions([QPointF(x, -rise) for _, x, rise in placed])
        q.drawGlyphRun(QPointF(line.x, line.baseline), glyph_run)


def _simple_glyphs(raw: QRawFont, text: str, x: float) -> list[tuple[int, float, float]]:
    """One glyph per character, placed by design advances (as the layout measured)."""
    gids = raw.glyphIndexesForString(text)
    advances = raw.advancesForGlyphIndexes(gids, QRawFont.LayoutFlag.UseDesignMetrics)
    placed = []
    for gid, advance in zip(gids, advances, strict=True):
        placed.append((gid, x, 0.0))
        x += advance.x()
    return placed


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
