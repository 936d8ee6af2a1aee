"""Rows of a living map (schema 4): evidence, confidence, KPI histories, review notes.

Checked on the way in like every other row (see `reading`): a value that does not make
a model object is a RowError naming the table, the row and the field.
"""

from __future__ import annotations

import json

from ..model import Confidence, Evidence, EvidenceSource, MetricValue, NoteTarget, ReviewNote
from ..model.living import is_iso_date
from .reading import RowError, checked, decode_json, enum_value, short

NOTE_FIELDS = ("id", "card_id", "stage_id", "parent_id", "author", "text", "created",
               "resolved")
SELECT_NOTES = (f"SELECT {', '.join(NOTE_FIELDS)} FROM review_note WHERE map_id = ? "
                "ORDER BY position")
INSERT_NOTE = ("INSERT INTO review_note (map_id, position, id, card_id, stage_id, parent_id, "
               "author, text, created, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
HISTORY_OF_MAP = ("SELECT v.card_id, v.date, v.value FROM metric_value AS v "
                  "JOIN card ON card.id = v.card_id WHERE card.map_id = ? "
                  "ORDER BY v.card_id, v.date")
HISTORY_WHERE = "card_id IN (SELECT id FROM card WHERE map_id = ?)"
INSERT_VALUE = ("INSERT INTO metric_value (card_id, date, value) VALUES (?, ?, ?) "
                "ON CONFLICT (card_id, date) DO UPDATE SET value = excluded.value")


def evidence_from(text: object, row_id: object) -> list[Evidence]:
    """A card's sources from their stored JSON list (NULL: none)."""
    if text is None:
        return []
    items = decode_json(text, "card", row_id, "evidence")
    if not isinstance(items, list):
        raise RowError("card", row_id, f"evidence is {short(items)}, not a list")
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or set(item) - {"source", "note", "link"}:
            raise RowError("card", row_id, f"evidence[{i}] is {short(item)}, not a "
                                           "source with a note and a link")
        source = enum_value(item.get("source"), EvidenceSource, "card", row_id,
                            f"evidence[{i}].source")
        out.append(Evidence(source, item.get("note", ""), item.get("link", "")))
    return out


def evidence_json(evidence: list[Evidence]) -> str:
    return json.dumps([{"source": str(e.source), "note": e.note, "link": e.link}
                       for e in evidence], ensure_ascii=False)


def confidence_from(value: object, row_id: object) -> Confidence | None:
    if value is None:
        return None
    return enum_value(value, Confidence, "card", row_id, "confidence")


def history_from(rows: list[tuple]) -> dict[str, list[MetricValue]]:
    """card id -> its dated values (rows of HISTORY_OF_MAP, already in date order)."""
    out: dict[str, list[MetricValue]] = {}
    for card_id, day, value in rows:
        if not is_iso_date(day):
            raise RowError("metric_value", card_id, f"date is {short(day)} (expected "
                                                    "YYYY-MM-DD)")
        point = checked(MetricValue(day, value), "metric_value", card_id)
        if type(point.value) not in (int, float):
            raise RowError("metric_value", card_id, f"value is {short(value)}")
        out.setdefault(card_id, []).append(MetricValue(day, float(point.value)))
    return out


def note_from(row: tuple) -> ReviewNote:
    """A review note from a SELECT_NOTES row: pinned to exactly one card or stage."""
    note_id, card_id, stage_id, parent_id, author, text, created, resolved = row
    if (card_id is None) == (stage_id is None):
        raise RowError("review_note", note_id, "pinned to both a card and a stage, or to "
                                               "neither")
    if resolved not in (0, 1) or type(resolved) not in (int, bool):
        raise RowError("review_note", note_id, f"resolved is {short(resolved)} (expected "
                                               "0 or 1)")
    kind = NoteTarget.CARD if card_id is not None else NoteTarget.STAGE
    note = ReviewNote(target_kind=kind, target_id=card_id or stage_id, text=text, id=note_id,
                      author=author, created=created, resolved=bool(resolved),
                      parent_id=parent_id)
    return checked(note, "review_note")


def note_tuple(map_id: str, position: int, note: ReviewNote) -> tuple:
    on_card = note.target_kind == NoteTarget.CARD
    return (map_id, position, note.id, note.target_id if on_card else None,
            None if on_card else note.target_id, note.parent_id, note.author, note.text,
            note.created, bool(note.resolved))


def history_tuples(card_id: str, history: list[MetricValue]) -> list[tuple]:
    return [(card_id, v.date, v.value) for v in history]
