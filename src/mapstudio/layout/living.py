"""Marks of a living map on its cards: how well backed a card is, and its open notes.

Laid out here, so the canvas and every printed format draw the same marks: a filled
green circle with a tick (validated), a half-filled amber circle (some evidence) and a
hollow dashed red ring (an assumption), then a violet pill counting open review notes.
"""

from __future__ import annotations

from ..model import Card, Confidence
from ..model.living import is_assumption
from .geometry import Badge, Rect
from .text import TextMeasure

MARK = 10.0  # diameter of the evidence mark, points
GAP = 4.0
LEVELS = {"assumed": 0.0, "some_evidence": 1.0, "validated": 2.0}
MARK_COLOURS = {"assumed": "#dc2626", "some_evidence": "#d97706", "validated": "#16a34a"}
NOTES_FILL, NOTES_INK = "#6d28d9", "#ffffff"


def evidence_level(card: Card) -> str | None:
    """assumed, some_evidence or validated as the card shows it; None: nothing said."""
    if is_assumption(card):
        return "assumed"
    if card.confidence is not None:
        return Confidence(card.confidence).value
    return "some_evidence" if card.evidence else None


def corner_marks(card: Card, open_notes: int, right: float, top: float, height: float,
                 measure: TextMeasure, font) -> list[Badge]:
    """The marks right to left from `right`, vertically centred on a `height` row at
    `top`: the evidence mark, then the open-notes count."""
    out: list[Badge] = []
    level = evidence_level(card)
    x = right
    if level is not None:
        x -= MARK
        out.append(Badge("evidence", Rect(x, top + (height - MARK) / 2, MARK, MARK), level,
                         LEVELS[level], MARK_COLOURS[level]))
        x -= GAP
    out += notes_pill(open_notes, x, top + (height - 11) / 2, measure, font)
    return out


def notes_pill(open_notes: int, right: float, top: float, measure: TextMeasure,
               font) -> list[Badge]:
    """The count of open review notes as a pill ending at `right` (none when zero)."""
    if not open_notes:
        return []
    text = str(open_notes)
    width = measure.width(text, font) + 10  # a pill: 5 pt each side
    return [Badge("notes", Rect(right - width, top, width, 11), text, float(open_notes),
                  NOTES_FILL, NOTES_INK)]


def marks_width(badges: list[Badge]) -> float:
    return sum(b.rect.w + GAP for b in badges)
