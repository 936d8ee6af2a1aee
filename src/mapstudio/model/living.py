"""Rules of a living map: review dates, KPI histories, review notes and map links.

Kept apart from `validation` because they belong together: they are what keeps a map
true after the workshop (who owns it, by when it is reviewed, what backs each card).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from .enums import Confidence, EvidenceSource, NoteTarget
from .errors import ValidationError

if TYPE_CHECKING:  # the start screen asks `is_overdue` before any dataclass is needed
    from .entities import Card, JourneyMap, MapContent, Metric, ReviewNote

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_iso_date(value: object) -> bool:
    """"YYYY-MM-DD" naming a real day."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def validate_review_by(value: str | None, what: str = "map") -> None:
    if value is not None and not is_iso_date(value):
        raise ValidationError(f"{what}: review date {value!r} is not a date (YYYY-MM-DD)")


def is_overdue(journey_map: JourneyMap, today: date | None = None) -> bool:
    """True when the map's review-by date has passed (a map without one never is)."""
    if not is_iso_date(journey_map.review_by):
        return False
    return date.fromisoformat(journey_map.review_by) < (today or date.today())


def validate_metric(metric: Metric) -> None:
    """A KPI's history: real days, oldest first, one value per day."""
    days = [v.date for v in metric.history]
    for day in days:
        if not is_iso_date(day):
            raise ValidationError(f"KPI history date {day!r} is not a date (YYYY-MM-DD)")
    if days != sorted(set(days)):
        raise ValidationError("KPI history must be in date order with one value per day")


def is_assumption(card: Card) -> bool:
    """A card nobody has backed: judged "assumed", or whose only sources are assumptions."""
    if card.confidence == Confidence.ASSUMED:
        return True
    return card.confidence is None and bool(card.evidence) and all(
        e.source == EvidenceSource.ASSUMPTION for e in card.evidence)


def validate_notes(content: MapContent) -> None:
    """Each note pinned to a card or stage of this map; a reply answers a note (not a
    reply) on the same target."""
    targets = {NoteTarget.CARD: {c.id for c in content.cards},
               NoteTarget.STAGE: {s.id for s in content.stages}}
    by_id = {n.id: n for n in content.notes}
    for note in content.notes:
        if note.target_id not in targets[note.target_kind]:
            raise ValidationError(f"review note {note.id} is pinned to a missing "
                                  f"{note.target_kind.value}")
        if note.parent_id is None:
            continue
        parent = by_id.get(note.parent_id)
        if parent is None:
            raise ValidationError(f"review note {note.id} answers a missing note")
        if parent.parent_id is not None:
            raise ValidationError(f"review note {note.id} answers a reply (replies answer "
                                  "a note)")
        if (parent.target_kind, parent.target_id) != (note.target_kind, note.target_id):
            raise ValidationError(f"review note {note.id} is not on its parent's target")


def validate_map_links(maps: list[MapContent]) -> None:
    """Cards and stages link to another map of the same project."""
    map_ids = {m.map.id for m in maps}
    for m in maps:
        for kind, item in [("stage", s) for s in m.stages] + [("card", c) for c in m.cards]:
            link = item.linked_map_id
            if link is None:
                continue
            what = f"{kind} {(item.name if kind == 'stage' else item.title)!r}"
            if link not in map_ids:
                raise ValidationError(f"{what} links to a missing map")
            if link == m.map.id:
                raise ValidationError(f"{what} links to its own map")


def threads(notes: list[ReviewNote]) -> list[tuple[ReviewNote, list[ReviewNote]]]:
    """(note, its replies) in the order written; replies oldest first."""
    replies: dict[str, list[ReviewNote]] = {}
    for note in notes:
        if note.parent_id is not None:
            replies.setdefault(note.parent_id, []).append(note)
    return [(n, replies.get(n.id, [])) for n in notes if n.parent_id is None]


def open_note_counts(notes: list[ReviewNote]) -> Counter:
    """target id -> number of unresolved notes (replies not counted)."""
    return Counter(n.target_id for n in notes if n.parent_id is None and not n.resolved)


EVIDENCE_FILTERS = ("all", "assumptions", "validated")


def shown_by_filter(card: Card, mode: str) -> bool:
    """Whether View ▸ Show cards keeps `card` in full colour: all, only assumptions, or
    only validated cards (the others are dimmed, never hidden)."""
    if mode == "assumptions":
        return is_assumption(card)
    if mode == "validated":
        return card.confidence == Confidence.VALIDATED
    return True
