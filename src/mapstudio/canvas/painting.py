"""Small drawing helpers shared by the canvas items; colours and fonts are cached."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen, QPixmap, QStaticText

from ..layout import Rect, TextLine
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
    """Draw pre-wrapped text lines at their baselines (scene units)."""
    current = None
    for line in lines:
        line: TextLine
        if line.font is not current:
            painter.setFont(qfont(line.font))
            current = line.font
        painter.setPen(colour(line.colour))
        painter.drawText(QPointF(line.x - dx, line.baseline - dy), line.text)


@lru_cache(maxsize=64)
def _ascent(font) -> float:
    return QFontMetricsF(qfont(font)).ascent()


def static_lines(lines, dx: float = 0.0, dy: float = 0.0) -> list:
    """Pre-laid-out text (QStaticText) so repaints only blit glyphs; built once per box."""
    out = []
    for line in lines:
        text = QStaticText(line.text)
        text.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        text.prepare(font=qfont(line.font))
        top = QPointF(line.x - dx, line.baseline - dy - _ascent(line.font))
        out.append((text, top, qfont(line.font), colour(line.colour)))
    return out


def draw_static(painter: QPainter, prepared) -> None:
    current = None
    for text, top, font, value in prepared:
        if font is not current:
            painter.setFont(font)
            current = font
        painter.setPen(value)
        painter.drawStaticText(top, text)


CHANNEL_GLYPHS = {
    "web": "fa5s.globe", "mobile_app": "fa5s.mobile-alt", "email": "fa5s.envelope",
    "phone": "fa5s.phone", "store": "fa5s.store", "chat": "fa5s.comments",
    "social": "fa5s.share-alt", "ads": "fa5s.bullhorn", "search": "fa5s.search",
    "mail": "fa5s.mail-bulk", "partner": "fa5s.handshake", "kiosk": "fa5s.desktop",
    "sms": "fa5s.sms", "video": "fa5s.video", "in_person": "fa5s.user-friends",
}
LANE_GLYPHS = {
    "text": "fa5s.sticky-note", "touchpoints": "fa5s.hand-pointer", "actions": "fa5s.walking",
    "thoughts": "fa5s.comment-dots", "emotions": "fa5s.smile", "pain_points": "fa5s.bolt",
    "opportunities": "fa5s.lightbulb", "channels": "fa5s.broadcast-tower",
    "kpis": "fa5s.chart-line", "backstage": "fa5s.users-cog", "systems": "fa5s.server",
    "storyboard": "fa5s.image", "owners": "fa5s.user-tie",
}


@lru_cache(maxsize=256)
def glyph_pixmap(name: str, colour_value: str, size: int = 48):
    """An icon-font glyph rendered once; items draw it scaled into their badge rect.

    Drawn from the Font Awesome file directly (mapstudio.glyphs), not through qtawesome,
    whose import costs the first map a noticeable moment; an unknown name falls back to
    a circle so painting never breaks."""
    from .. import glyphs

    pixmap = glyphs.glyph_pixmap(name, QColor(colour_value), size)
    if pixmap is None:
        pixmap = glyphs.glyph_pixmap("fa5s.circle", QColor(colour_value), size)
    if pixmap is None:  # no icon font at all: draw nothing rather than fail
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap
