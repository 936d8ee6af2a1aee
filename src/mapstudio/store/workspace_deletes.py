"""Deletes in a team workspace are version-checked like updates.

A deleted row is gone by the time the transaction's changes are checked, so each delete
checks first, under the project's lock: the row it removes and the rows that go with it
(a stage's or lane's cards and emotion points, the review notes pinned to what goes,
a note's replies) must still have the
version this client saw (for an undo, the one it wrote last). Otherwise the whole
transaction is refused with the same `ConflictError` as a stale update, and a
concurrent edit is never silently deleted.
"""

from __future__ import annotations

from sqlalchemy import or_, select

from ..model.changes import Change
from .schema import CardRow, EmotionPointRow, LaneRow, MapRow, PersonaRow, ReviewNoteRow, StageRow

CARD, POINT = CardRow.__table__, EmotionPointRow.__table__
STAGE, LANE, NOTE = StageRow.__table__, LaneRow.__table__, ReviewNoteRow.__table__
MAP, PERSONA = MapRow.__table__, PersonaRow.__table__


class WorkspaceDeletesMixin:
    """Version checks before the store's deletes (mixed in before `Document`)."""

    def _check_unchanged(self, conn, entity: str, table, condition,
                         along_with: tuple[str, str] | None = None) -> None:
        """Refuse (ConflictError) if a row matching `condition` changed since seen. A row
        that goes `along_with` a row this client has seen must have been seen too (one
        added since, say a card in a deleted stage, is someone's work as well)."""
        has_map = "map_id" in table.c
        columns = [table.c.id, table.c.row_version] + ([table.c.map_id] if has_map else [])
        strict = along_with is not None and self._expected_version(along_with) is not None
        for row in conn.execute(select(*columns).where(condition)):
            expected = self._expected_version((entity, row[0]))
            if (expected is None and strict) or expected not in (None, row[1]):
                map_id = row[2] if has_map else (row[0] if entity == "map" else None)
                raise self._conflict(Change(entity, "removed", row[0], map_id))

    def _check_notes_on(self, conn, seen: tuple[str, str], cards, *more) -> None:
        """The review notes that go with the deleted cards (and stage)."""
        self._check_unchanged(conn, "note", NOTE, or_(
            NOTE.c.card_id.in_(select(CARD.c.id).where(cards)), *more), seen)

    def delete_card(self, card_id: str) -> None:
        with self._tx() as conn:
            self._check_unchanged(conn, "card", CARD, CARD.c.id == card_id)
            self._check_unchanged(conn, "note", NOTE, NOTE.c.card_id == card_id,
                                  ("card", card_id))
            super().delete_card(card_id)

    def delete_emotion_point(self, point_id: str) -> None:
        with self._tx() as conn:
            self._check_unchanged(conn, "emotion_point", POINT, POINT.c.id == point_id)
            super().delete_emotion_point(point_id)

    def _check_line(self, conn, entity: str, line_id: str) -> None:
        """A stage or lane, with its cards, emotion points and the notes on them."""
        table = STAGE if entity == "stage" else LANE
        self._check_unchanged(conn, entity, table, table.c.id == line_id)
        seen, key = (entity, line_id), f"{entity}_id"
        self._check_unchanged(conn, "card", CARD, CARD.c[key] == line_id, seen)
        self._check_unchanged(conn, "emotion_point", POINT, POINT.c[key] == line_id, seen)
        pinned = [NOTE.c.stage_id == line_id] if entity == "stage" else []
        self._check_notes_on(conn, seen, CARD.c[key] == line_id, *pinned)

    def delete_stage(self, stage_id: str) -> None:
        with self._tx() as conn:
            self._check_line(conn, "stage", stage_id)
            super().delete_stage(stage_id)

    def delete_lane(self, lane_id: str) -> None:
        with self._tx() as conn:
            self._check_line(conn, "lane", lane_id)
            super().delete_lane(lane_id)

    def delete_note(self, note_id: str):
        with self._tx() as conn:
            self._check_unchanged(conn, "note", NOTE, NOTE.c.id == note_id)
            self._check_unchanged(conn, "note", NOTE, NOTE.c.parent_id == note_id,
                                  ("note", note_id))
            return super().delete_note(note_id)

    def delete_persona(self, persona_id: str) -> None:
        with self._tx() as conn:
            self._check_unchanged(conn, "persona", PERSONA, PERSONA.c.id == persona_id)
            super().delete_persona(persona_id)

    def delete_map(self, map_id: str) -> None:
        """The map's own version counts every change inside it."""
        with self._tx() as conn:
            self._check_unchanged(conn, "map", MAP, MAP.c.id == map_id)
            super().delete_map(map_id)
