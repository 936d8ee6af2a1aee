"""What changed since a saved version, marked on the canvas.

Each card added, changed or moved since the version gets a coloured frame and a letter
(A, C, M) drawn over it, and its tooltip says what changed (before → after, from → to).
Marks are their own items above the cards: they take no clicks, so cards are selected
and dragged as ever, and they follow every relayout.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem

from ..model.comparison import ADDED, CHANGED, MOVED, REMOVED, ItemChange, MapChanges, show
from .painting import brush, colour, pen

MARK_Z = 25  # above cards and headers, below the in-place editor
MARK_COLOURS = {ADDED: "#16a34a", CHANGED: "#d97706", MOVED: "#2563eb"}
GHOST, GHOST_HEIGHT, GHOST_GAP = "#94a3b8", 16.0, 4.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeMarks", text)


def mark_letters() -> dict[str, str]:
    """One letter per kind of change (the first letter of the word, in each language)."""
    return {ADDED: QCoreApplication.translate("ChangeMarks", "A", "added"),
            CHANGED: QCoreApplication.translate("ChangeMarks", "C", "changed"),
            MOVED: QCoreApplication.translate("ChangeMarks", "M", "moved")}


def describe(change: ItemChange) -> str:
    """The tooltip: what happened to the card since the version."""
    lines = []
    if change.kind == ADDED:
        lines.append(_tr("Added since the version"))
    elif change.kind == MOVED:
        lines.append(_tr("Moved since the version"))
        if change.before and change.after:
            lines.append(_tr("from {0} to {1}").format(change.before.label(),
                                                       change.after.label()))
    else:
        lines.append(_tr("Changed since the version"))
    lines += [f"{f.field}: {show(f.before)} → {show(f.after)}" for f in change.fields]
    return "\n".join(lines)


class ChangeMarkItem(QGraphicsItem):
    """A frame and a letter over one card; no shape, so it never takes a click."""

    def __init__(self, kind: str, rect: QRectF) -> None:
        super().__init__()
        self.kind = kind
        self._rect = rect
        self.setZValue(MARK_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setPos(rect.topLeft())

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-3, -9, self._rect.width() + 9, self._rect.height() + 12)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # nothing to hit: clicks and tooltips reach the card

    def paint(self, painter: QPainter, option, widget=None) -> None:
        ink = MARK_COLOURS[self.kind]
        w, h = self._rect.width(), self._rect.height()
        style = Qt.PenStyle.DashLine if self.kind == MOVED else Qt.PenStyle.SolidLine
        painter.setPen(pen(ink, 2.2, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(-1, -1, w + 2, h + 2))
        tag = QRectF(w - 9, -8, 14, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush(ink))
        painter.drawEllipse(tag)
        font = QFont("DejaVu Sans")
        font.setPixelSize(9)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour("#ffffff"))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, mark_letters()[self.kind])


class GhostItem(QGraphicsItem):
    """Where a removed card was: a dashed outline and its title, in the free room at the
    bottom of its old cell (none when the cell has no room: the bar lists it anyway)."""

    def __init__(self, rect: QRectF, title: str) -> None:
        super().__init__()
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self.title = title
        self.setZValue(MARK_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPos(rect.topLeft())

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-1, -1, 1, 1)

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(pen(GHOST, 1.0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._rect)
        font = QFont("DejaVu Sans")
        font.setPixelSize(8)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(colour(GHOST))
        text = painter.fontMetrics().elidedText(_tr("Removed: {0}").format(self.title),
                                                Qt.TextElideMode.ElideRight,
                                                int(self._rect.width() - 8))
        painter.drawText(self._rect.adjusted(4, 0, -4, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


def ghost_rects(changes: MapChanges, geometry, cell_cards) -> list[tuple[str, QRectF]]:
    """(title, rect) of each removed card whose stage and lane are still there and whose
    old cell has room below its cards."""
    used: dict[tuple[str, str], float] = {}
    out = []
    for change in changes.of_kind(REMOVED):
        place = change.before
        cell = geometry.cells.get((place.lane_id, place.stage_id)) if place else None
        if cell is None:
            continue
        key = (place.lane_id, place.stage_id)
        if key not in used:
            boxes = [geometry.cards[c.id].rect for c in cell_cards.get(key, ())
                     if c.id in geometry.cards]
            used[key] = max((b.bottom for b in boxes), default=cell.y) + GHOST_GAP
        top = used[key]
        if top + GHOST_HEIGHT > cell.bottom - 2:
            continue  # no room: the bar's list names it
        out.append((change.title, QRectF(cell.x + 8, top, cell.w - 16, GHOST_HEIGHT)))
        used[key] = top + GHOST_HEIGHT + GHOST_GAP
    return out


class ChangeMarks:
    """The marks of one comparison on one scene; `apply` after each relayout."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.changes: MapChanges | None = None
        self.items: dict[str, ChangeMarkItem] = {}
        self.ghosts: list[GhostItem] = []
        self._tooltips: set[str] = set()

    def set_changes(self, changes: MapChanges | None) -> None:
        self.changes = changes
        self.apply()

    def clear(self) -> None:
        self.set_changes(None)

    def apply(self) -> None:
        for item in (*self.items.values(), *self.ghosts):
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.items.clear()
        self.ghosts.clear()
        for card_id in self._tooltips:
            card = self.scene.cards.get(card_id)
            if card is not None:
                card.setToolTip("")
        self._tooltips.clear()
        if self.changes is None or self.scene.geometry is None:
            return
        for change in self.changes.items:
            if change.entity != "card" or change.kind not in MARK_COLOURS:
                continue
            box = self.scene.geometry.cards.get(change.id)
            card = self.scene.cards.get(change.id)
            if box is None or card is None:
                continue
            item = ChangeMarkItem(change.kind, QRectF(box.rect.x, box.rect.y, box.rect.w,
                                                      box.rect.h))
            self.scene.addItem(item)
            self.items[change.id] = item
            card.setToolTip(describe(change))
            self._tooltips.add(change.id)
        for title, rect in ghost_rects(self.changes, self.scene.geometry,
                                       self.scene.cell_cards):
            ghost = GhostItem(rect, title)
            self.scene.addItem(ghost)
            self.ghosts.append(ghost)

    def marked(self, kind: str) -> set[str]:
        return {cid for cid, item in self.items.items() if item.kind == kind}
