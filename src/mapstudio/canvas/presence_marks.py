"""The cards other people have selected on the same workspace map, outlined.

Each person gets a colour of their own (from their user name, so it is the same in
every window) and a small name tag on the first card of their selection. Marks are
their own items above the cards: they take no clicks, and they follow every relayout.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem

from .painting import brush, colour, pen

PRESENCE_Z = 24  # above cards and headers, below the comparison's marks
# distinct from the comparison's green, amber and blue and from the selection's
PERSON_COLOURS = ("#9333ea", "#db2777", "#0d9488", "#ea580c", "#4f46e5", "#65a30d")
GAP = 3.0  # a second person on the same card: the next frame outside the first


def person_colour(user: str) -> str:
    digest = hashlib.sha256(user.encode()).digest()
    return PERSON_COLOURS[digest[0] % len(PERSON_COLOURS)]


def _tag_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(9)
    font.setBold(True)
    return font


class PresenceMarkItem(QGraphicsItem):
    """A frame around one card in a person's colour, with their name when `named`."""

    def __init__(self, card_id: str, rect: QRectF, user: str, named: bool,
                 ring: int = 0) -> None:
        super().__init__()
        self.card_id, self.user, self.named = card_id, user, named
        self.ink = person_colour(user)
        grow = 2.0 + ring * GAP
        self._rect = QRectF(-grow, -grow, rect.width() + 2 * grow, rect.height() + 2 * grow)
        self._tag_width = QFontMetricsF(_tag_font()).horizontalAdvance(user) + 8
        self.setZValue(PRESENCE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPos(rect.topLeft())

    def boundingRect(self) -> QRectF:  # noqa: N802
        top = 13.0 if self.named else 0.0
        return self._rect.adjusted(-2, -2 - top, max(0.0, self._tag_width
                                                      - self._rect.width()) + 2, 2)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # nothing to hit: clicks reach the card

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(pen(self.ink, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._rect, 4, 4)
        if not self.named:
            return
        tag = QRectF(self._rect.left(), self._rect.top() - 13, self._tag_width, 13)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush(self.ink))
        painter.drawRoundedRect(tag, 3, 3)
        painter.setFont(_tag_font())
        painter.setPen(colour("#ffffff"))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, self.user)


class PresenceMarks:
    """Keeps the marks of a scene in step with others' selections and its layout."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.items: list[PresenceMarkItem] = []
        self.selections: dict[str, list[str]] = {}
        scene.relaid.connect(self._redraw)

    def show(self, selections: dict[str, list[str]]) -> None:
        """user name -> selected card ids (others' only; cards not shown are skipped)."""
        if selections != self.selections:
            self.selections = {user: list(ids) for user, ids in selections.items()}
            self._redraw()

    def _redraw(self) -> None:
        for item in self.items:
            try:
                self.scene.removeItem(item)
            except RuntimeError:  # already gone with a cleared scene
                pass
        self.items = []
        geometry = self.scene.geometry
        if geometry is None:
            return
        rings: dict[str, int] = {}
        for user in sorted(self.selections):
            boxes = [geometry.cards[i] for i in self.selections[user] if i in geometry.cards]
            for index, box in enumerate(boxes):
                ring = rings.get(box.card_id, 0)
                rings[box.card_id] = ring + 1
                r = box.rect
                item = PresenceMarkItem(box.card_id, QRectF(r.x, r.y, r.w, r.h), user,
                                        index == 0, ring)
                self.scene.addItem(item)
                self.items.append(item)
