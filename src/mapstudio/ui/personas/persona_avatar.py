"""Round persona avatars: the photo cropped to a circle, else initials on the persona's colour.

Used wherever a persona appears in the window: the persona dock, the map header bar and
the walkthrough, so a persona is recognisable by the same face everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPainterPath, QPen, QPixmap

from ...model import MapStudioError, Persona

# initials: the layout's, as printed (given by __getattr__ below)
__all__ = ["avatar_pixmap", "initials", "persona_detail", "photo_bytes"]  # noqa: F822


def __getattr__(name: str):
    """`initials` comes from the layout, loaded with the first avatar drawn: the window
    that shows no persona yet (the start screen) does not wait for the layout engine."""
    if name == "initials":
        from ...layout import initials

        return initials
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def persona_detail(persona: Persona) -> str:
    """Role and segment on one line ("Loan officer · Retail"), for tooltips."""
    return " · ".join(x for x in (persona.role, persona.segment) if x)


def photo_bytes(doc, persona: Persona) -> bytes | None:
    """The persona's photo thumbnail (or full image), None if it has none or it is gone."""
    if doc is None or not persona.photo_asset_id:
        return None
    try:
        asset = doc.asset(persona.photo_asset_id)
    except MapStudioError:
        return None
    return asset.thumbnail or asset.data


def avatar_pixmap(persona: Persona, size: int, photo: bytes | None = None,
                  ring: bool = True, ratio: float | None = None) -> QPixmap:
    """A `size`×`size` (logical pixels) round avatar, sharp on high-dpi screens."""
    from ...layout import initials, text_on

    if ratio is None:
        app = QGuiApplication.instance()
        ratio = app.devicePixelRatio() if app is not None else 1.0
    side = max(1, round(size * ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QColor(persona.colour or "#64748b")
    if not colour.isValid():
        colour = QColor("#64748b")
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    circle = QRectF(0.5, 0.5, side - 1, side - 1)
    clip = QPainterPath()
    clip.addEllipse(circle)
    picture = QPixmap()
    if photo and picture.loadFromData(photo) and not picture.isNull():
        painter.setClipPath(clip)
        scaled = picture.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                Qt.TransformationMode.SmoothTransformation)
        painter.drawPixmap(int((side - scaled.width()) / 2),
                           int((side - scaled.height()) / 2), scaled)
        painter.setClipping(False)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(circle)
        font = QFont("DejaVu Sans")
        font.setBold(True)
        font.setPixelSize(max(6, round(side * 0.38)))
        painter.setFont(font)
        painter.setPen(QColor(text_on(colour.name())))  # as printed
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(persona.name))
    if ring:
        width = max(1.0, side / 16)
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle.adjusted(width / 2, width / 2, -width / 2, -width / 2))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
