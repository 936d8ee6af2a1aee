"""The store's part of living maps: KPI histories and review notes.

Histories live in `metric_value` (one row per card and day) and notes in `review_note`;
both are read with their map and written with it, and edited here one transaction each.
"""

from __future__ import annotations

import json
from dataclasses import replace

from ..model import Card, MapContent, MapStudioError, NoteTarget, ReviewNote, ValidationError
from ..model.living import is_iso_date, validate_notes
from ..model.values import check_fields, check_number
from .living_rows import (
    HISTORY_OF_MAP,
    HISTORY_WHERE,
    INSERT_NOTE,
    INSERT_VALUE,
    SELECT_NOTES,
    history_from,
    history_tuples,
    note_from,
    note_tuple,
)
from .living_rows import NOTE_FIELDS as ROW_FIELDS
from .map_reading import MapReadingMixin
from .reading import RowError, short
from .schema import MetricValueRow, ReviewNoteRow

VALUES, NOTES = MetricValueRow.__table__, ReviewNoteRow.__table__
NOTE_FIELDS = frozenset({"text", "resolved", "author"})
ID_BATCH = 500  # ids per IN (...) list: well under SQLite's limit on variables
NOTE_COLUMNS = ", ".join(ROW_FIELDS)


class LivingMixin(MapReadingMixin):
    # ---- reading, with the map ---------------------------------------------------------

    def _attach_history(self, map_id: str, cards: list[Card]) -> None:
        """Put each KPI card's dated values on its metric (a value of a card without a
        KPI is a damaged row)."""
        history = history_from(self._read(VALUES, HISTORY_OF_MAP, (map_id,), HISTORY_WHERE))
        if not history:
            return
        by_id = {c.id: c for c in cards}
        for card_id, values in history.items():
            card = by_id.get(card_id)
            if card is None or card.metric is None:
                raise RowError("metric_value", card_id, "a dated value of a card without "
                                                        "a KPI")
            card.metric.history = values

    def _load_map_rows(self, m) -> MapContent:
        content = super()._load_map_rows(m)
        self._attach_history(m.id, content.cards)
        content.notes = self._read_notes(m.id)
        try:  # pinned to this map's cards and stages, replies to this map's notes
            validate_notes(content)
        except ValidationError as exc:
            raise RowError("review_note", None, "", message=f"review_note: {exc}") from None
        known = {row[0] for row in self._raw("SELECT id FROM journey_map", ())}
        for item in (*content.stages, *content.cards):
            if item.linked_map_id is not None and (item.linked_map_id not in known
                                                   or item.linked_map_id == m.id):
                table = "card" if isinstance(item, Card) else "stage"
                raise RowError(table, item.id, f"linked_map_id {short(item.linked_map_id)} "
                                               "is not another map of this project")
        return content

    def _check_linked_map(self, conn, linked_map_id: str | None, map_id: str) -> None:
        if linked_map_id is None:
            return
        if linked_map_id == map_id:
            raise ValidationError("a card or stage cannot link to its own map")
        found = conn.connection.driver_connection.execute(
            "SELECT 1 FROM journey_map WHERE id = ?", (linked_map_id,)).fetchone()
        if found is None:
            raise ValidationError(f"linked map {linked_map_id} is not in this project")

    def _read_notes(self, map_id: str) -> list[ReviewNote]:
        return [note_from(r) for r in self._read(NOTES, SELECT_NOTES, (map_id,))]

    def card(self, card_id: str) -> Card:
        card = super().card(card_id)
        if card.metric is not None:
            found = self._raw("SELECT card_id, date, value FROM metric_value WHERE card_id = ?"
                              " ORDER BY date", (card_id,))
            card.metric.history = history_from(found).get(card_id, [])
        return card

    # ---- writing, with the map ---------------------------------------------------------

    def _write_history(self, driver, card: Card, replace_old: bool = True) -> None:
        if replace_old:
            driver.execute("DELETE FROM metric_value WHERE card_id = ?", (card.id,))
        if card.metric is not None and card.metric.history:
            driver.executemany(INSERT_VALUE, history_tuples(card.id, card.metric.history))

    def _insert_notes(self, driver, map_id: str, notes: list[ReviewNote],
                      start: int = 0) -> None:
        """Notes in order; replies after the notes they answer, whatever the list says."""
        parents = [n for n in notes if n.parent_id is None]
        replies = [n for n in notes if n.parent_id is not None]
        order = {n.id: i for i, n in enumerate(notes)}
        driver.executemany(INSERT_NOTE, [note_tuple(map_id, start + order[n.id], n)
                                         for n in (*parents, *replies)])

    # ---- review notes ------------------------------------------------------------------

    def notes(self, map_id: str) -> list[ReviewNote]:
        """The map's review notes in the order written (replies after their note)."""
        return self._read_notes(map_id)

    def note(self, note_id: str) -> ReviewNote:
        found = self._raw(f"SELECT {NOTE_COLUMNS} FROM review_note WHERE id = ?", (note_id,))
        if not found:
            raise MapStudioError(f"no review note {note_id}")
        return note_from(found[0])

    def _note_target_map(self, driver, note: ReviewNote) -> str:
        table = "card" if note.target_kind == NoteTarget.CARD else "stage"
        found = driver.execute(f"SELECT map_id FROM {table} WHERE id = ?",
                               (note.target_id,)).fetchone()
        if found is None:
            raise ValidationError(f"no {table} {note.target_id} to pin the note to")
        return found[0]

    def add_note(self, note: ReviewNote, position: int | None = None) -> ReviewNote:
        """Pin a note (or a reply: `parent_id`) to a card or stage; it goes last unless
        `position` (where an undone delete put it back)."""
        try:  # "card" or "stage" as plain text is taken for what it says
            note = replace(note, target_kind=NoteTarget(note.target_kind))
        except ValueError:
            raise ValidationError(f"a review note is pinned to a card or a stage, not "
                                  f"{short(note.target_kind)}") from None
        check_fields(note, "review note")
        with self._tx() as conn:
            driver = conn.connection.driver_connection
            map_id = self._note_target_map(driver, note)
            if note.parent_id is not None:
                parent = self.note(note.parent_id)
                if parent.parent_id is not None or (parent.target_kind, parent.target_id) \
                        != (note.target_kind, note.target_id):
                    raise ValidationError("a reply answers a note on the same card or stage")
            if position is None:
                position = driver.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM "
                                          "review_note WHERE map_id = ?", (map_id,)
                                          ).fetchone()[0]
            driver.execute(INSERT_NOTE, note_tuple(map_id, position, note))
            self._emit("note", "added", note.id, map_id)
        return note

    def update_note(self, note_id: str, **fields) -> None:
        """Change a note's text, author or resolved flag."""
        unknown = set(fields) - NOTE_FIELDS
        if unknown:
            raise ValueError(f"a review note has no editable field(s) {sorted(unknown)}")
        with self._tx() as conn:
            changed = replace(self.note(note_id), **fields)
            check_fields(changed, "review note")
            driver = conn.connection.driver_connection
            columns = ", ".join(f"{k} = ?" for k in fields)
            driver.execute(f"UPDATE review_note SET {columns} WHERE id = ?",
                           (*fields.values(), note_id))
            map_id = driver.execute("SELECT map_id FROM review_note WHERE id = ?",
                                    (note_id,)).fetchone()[0]
            self._emit("note", "updated", note_id, map_id)

    def delete_note(self, note_id: str) -> list[tuple[int, ReviewNote]]:
        """Delete a note and its replies; returns them with their places, so that an undo
        can put them back exactly (`add_note(note, position)`, parent first)."""
        with self._tx() as conn:
            driver = conn.connection.driver_connection
            found = driver.execute("SELECT map_id FROM review_note WHERE id = ?",
                                   (note_id,)).fetchone()
            if found is None:
                raise MapStudioError(f"no review note {note_id}")
            rows = driver.execute(
                f"SELECT position, {NOTE_COLUMNS} FROM review_note WHERE id = ? OR "
                "parent_id = ? ORDER BY parent_id IS NOT NULL, position",
                (note_id, note_id)).fetchall()
            removed = [(r[0], note_from(r[1:])) for r in rows]
            driver.execute("DELETE FROM review_note WHERE id = ?", (note_id,))
            self._emit("note", "removed", note_id, found[0])
        return removed

    # ---- KPI histories -----------------------------------------------------------------

    def set_metric_values(self, entries: list[tuple[str, str, float | None]]
                          ) -> list[tuple[str, str, float | None]]:
        """Write dated KPI values (card id, YYYY-MM-DD, value; None removes that day's
        value) in one transaction; returns the entries as they were, for an undo.

        The cards and their present values are read a few hundred at a time, so 10,000
        values cost a handful of queries, not one or two each."""
        days_seen: set[str] = set()
        for _card, day, value in entries:
            if day not in days_seen:
                if not is_iso_date(day):
                    raise ValidationError(f"KPI date {short(day)} is not YYYY-MM-DD")
                days_seen.add(day)
            if value is not None:
                check_number(value, f"KPI value of {day}")
        with self._tx() as conn:
            driver = conn.connection.driver_connection
            card_ids = list(dict.fromkeys(card_id for card_id, _, _ in entries))
            maps, old = self._kpi_cards_and_values(driver, card_ids)
            missing = next((c for c in card_ids if c not in maps), None)
            if missing is not None:
                raise ValidationError(f"card {missing} has no KPI")
            before = [(card_id, day, old.get((card_id, day))) for card_id, day, _ in entries]
            removals = [(c, d) for c, d, v in entries if v is None]
            driver.executemany("DELETE FROM metric_value WHERE card_id = ? AND date = ?",
                               removals)
            driver.executemany(INSERT_VALUE, [e for e in entries if e[2] is not None])
            for card_id in card_ids:
                self._emit("card", "updated", card_id, maps[card_id])
        return list(reversed(before))

    @staticmethod
    def _kpi_cards_and_values(driver, card_ids: list[str]):
        """({KPI card id: map id}, {(card id, day): value}) of the given cards."""
        maps: dict[str, str] = {}
        old: dict[tuple[str, str], float] = {}
        for i in range(0, len(card_ids), ID_BATCH):
            chunk = card_ids[i:i + ID_BATCH]
            marks = ", ".join("?" * len(chunk))
            for card_id, map_id, has_kpi in driver.execute(
                    "SELECT id, map_id, metric IS NOT NULL AND metric != 'null' FROM card "
                    f"WHERE id IN ({marks})", chunk):  # JSON null is no KPI either
                if has_kpi:
                    maps[card_id] = map_id
            for card_id, day, value in driver.execute(
                    f"SELECT card_id, date, value FROM metric_value WHERE card_id IN ({marks})",
                    chunk):
                old[card_id, day] = value
        return maps, old

    def metric_bindings(self) -> dict[str, list[str]]:
        """metric key -> ids of the KPI cards bound to it, over the whole project (one
        query, no map loaded); a metric that is not a JSON object binds nothing."""
        out: dict[str, list[str]] = {}
        for card_id, text in self._raw("SELECT id, metric FROM card WHERE metric IS NOT NULL "
                                       "ORDER BY map_id, lane_id, stage_id, position", ()):
            try:
                key = json.loads(text).get("key") if isinstance(text, str) else None
            except (ValueError, AttributeError):
                continue
            if isinstance(key, str) and key:
                out.setdefault(key, []).append(card_id)
        return out

    # ---- what an undo needs --------------------------------------------------------------

    def notes_on(self, target_ids: list[str]) -> list[tuple[int, ReviewNote]]:
        """The notes (and replies) pinned to these cards or stages, with their places,
        notes before replies: what `add_note(note, position)` puts back after a delete."""
        if not target_ids:
            return []
        marks = ", ".join("?" * len(target_ids))
        found = self._raw(f"SELECT position, {NOTE_COLUMNS} FROM review_note WHERE card_id IN "
                          f"({marks}) OR stage_id IN ({marks}) ORDER BY parent_id IS NOT "
                          "NULL, position", (*target_ids, *target_ids))
        return [(r[0], note_from(r[1:])) for r in found]

    def links_to(self, map_id: str) -> list[tuple[str, str]]:
        """(\"card\" or \"stage\", id) of everything in other maps that drills into a map."""
        return [(table, row[0]) for table in ("card", "stage") for row in self._raw(
            f"SELECT id FROM {table} WHERE linked_map_id = ?", (map_id,))]
