"""Small drawing helpers shared by the canvas items; colours and fonts are cached."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen, QStaticText

from ..export.qt_surface import QtSurface
from ..export.qt_text import draw_shaped as draw_other_script
from ..layout import Rect, TextLine
from ..layout.shaping import is_plain
from .fonts import qfont


@lru_cache(maxsize=512)
def colour(value: str) -> QColor:
    return QColor(value or "#ffffff")


@lru_cache(maxsize=512)
def pen(value: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    p = QPen(colour(value), width, style)
    p.setCosmetic(False)
    return p


@lru_cache(maxsize=512)
def brush(value: str) -> QBrush:
    return QBrush(colour(value))


def qrect(r: Rect, dx: float = 0.0, dy: float = 0.0) -> QRectF:
    return QRectF(r.x - dx, r.y - dy, r.w, r.h)


def draw_lines(painter: QPainter, lines, dx: float = 0.0, dy: float = 0.0) -> None:
    """Draw pre-wrapped text lines at their baselines (scene units). Lines DejaVu cannot
    draw as is go through the exporters' glyph runs (`draw_other_script`)."""
    current = None
    for line in lines:
        line: TextLine
        if not is_plain(line.text):
            draw_other_script(painter, line._replace(x=line.x - dx, baseline=line.baseline - dy))
            current = None
            continue
        if line.font is not current:
            painter.setFont(qfont(line.font))
            current = line.font
        painter.setPen(colour(line.colour))
        painter.drawText(QPointF(line.x - dx, line.baseline - dy), line.text)


@lru_cache(maxsize=64)
def _ascent(font) -> float:
    return QFontMetricsF(qfont(font)).ascent()


def static_lines(lines, dx: float = 0.0, dy: float = 0.0) -> list:
    """Pre-laid-out text (QStaticText) so repaints only blit glyphs; built once per box.
    A line in other scripts is kept as is and drawn as the PNG draws it."""
    out = []
    for line in lines:
        if not is_plain(line.text):
            out.append((None, line._replace(x=line.x - dx, baseline=line.baseline - dy),
                        None, None))
            continue
        text = QStaticText(line.text)
        text.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        text.prepare(font=qfont(line.font))
        top = QPointF(line.x - dx, line.baseline - dy - _ascent(line.font))
        out.append((text, top, qfont(line.font), colour(line.colour)))
    return out


def draw_static(painter: QPainter, prepared) -> None:
    current = None
    for text, top, font, value in prepared:
        if text is None:  # `top` is the line itself
            draw_other_script(painter, top)
            current = None
            continue
        if font is not current:
            painter.setFont(font)
            current = font
        painter.setPen(value)
        painter.drawStaticText(top, text)


class ItemSurface(QtSurface):
    """The exporters' drawing surface on a canvas item's painter: shapes, icons, badges
    and bars come from `export.render` through the same QPainter code as the PNG; text
    is drawn in the canvas fonts and pictures from the scene's pixmap cache."""

    def __init__(self, painter: QPainter, pixmaps=None) -> None:
        super().__init__(painter)
        self._pixmaps = pixmaps

    def text_lines(self, lines) -> None:
        draw_lines(self.q, lines)

    def image(self, r: Rect, asset_id: str) -> bool:
        pixmap = self._pixmaps(asset_id) if self._pixmaps is not None else None
        if pixmap is None or pixmap.isNull():
            return False
        self.q.drawPixmap(QRectF(r.x, r.y, r.w, r.h), pixmap, QRectF(pixmap.rect()))
        return True
