"""Editing inside a map: stages, lanes, cards and emotion points, positions kept dense."""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import Connection, and_, delete, func, insert, select, update

from ..model import (
    Card,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    LineAfter,
    MapContent,
    MapStudioError,
    Series,
    Stage,
    ValidationError,
    remap_map,
    validate_card,
    validate_map,
    validate_point,
)
from ..model.identity import IdMap
from ..model.validation import validate_colour
from . import rows
from .fastpath import (
    INSERT_CARD,
    INSERT_POINT,
    SELECT_CARD_FOR_EDIT,
    card_from_tuple,
    card_to_tuple,
    point_to_tuple,
)
from .living import LivingMixin
from .schema import CardRow, EmotionPointRow, LaneRow, MapRow, PersonaRow, StageRow

MAP, STAGE, LANE, CARD, POINT, PERSONA = (
    MapRow.__table__, StageRow.__table__, LaneRow.__table__, CardRow.__table__,
    EmotionPointRow.__table__, PersonaRow.__table__)


def _refuse_structural(values: dict, mover: str) -> None:
    for key in ("position", "map_id"):
        if key in values:
            raise ValueError(f"{key} cannot be updated; use {mover}")


def _scope(table, scope: dict | None):
    if not scope:
        return True
    return and_(*(table.c[k] == v for k, v in scope.items()))


class MapEditingMixin(LivingMixin):
    # ---- position bookkeeping ----------------------------------------------------------

    def _open_gap(self, conn: Connection, table, scope: dict | None, position: int) -> int:
        count = conn.execute(select(func.count()).select_from(table)
                             .where(_scope(table, scope))).scalar_one()
        position = max(0, min(position, count))
        conn.execute(update(table).where(_scope(table, scope), table.c.position >= position)
                     .values(position=table.c.position + 1))
        return position

    def _renumber(self, conn: Connection, table, scope: dict | None) -> None:
        ids = conn.execute(select(table.c.id).where(_scope(table, scope))
                           .order_by(table.c.position)).scalars().all()
        for i, id_ in enumerate(ids):
            conn.execute(update(table).where(table.c.id == id_, table.c.position != i)
                         .values(position=i))

    def _move(self, conn, table, id_, old_scope, new_scope, position: int) -> None:
        """Take an item out of its sibling list and insert it at `position` of another."""
        conn.execute(update(table).where(table.c.id == id_).values(position=-1))
        self._renumber_excluding(conn, table, old_scope, id_)
        target = new_scope if new_scope is not None else old_scope
        position = self._open_gap_excluding(conn, table, target, position, id_)
        conn.execute(update(table).where(table.c.id == id_)
                     .values(position=position, **(new_scope or {})))

    def _renumber_excluding(self, conn, table, scope, id_) -> None:
        ids = conn.execute(select(table.c.id).where(_scope(table, scope), table.c.id != id_)
                           .order_by(table.c.position)).scalars().all()
        for i, other in enumerate(ids):
            conn.execute(update(table).where(table.c.id == other, table.c.position != i)
                         .values(position=i))

    def _open_gap_excluding(self, conn, table, scope, position, id_) -> int:
        count = conn.execute(select(func.count()).select_from(table)
                             .where(_scope(table, scope), table.c.id != id_)).scalar_one()
        position = max(0, min(position, count))
        conn.execute(update(table).where(_scope(table, scope), table.c.id != id_,
                                         table.c.position >= position)
                     .values(position=table.c.position + 1))
        return position

    def _forget_persona(self, conn: Connection, persona_id: str) -> None:
        conn.execute(update(CARD).where(CARD.c.persona_id == persona_id)
                     .values(persona_id=None))
        conn.execute(delete(POINT).where(POINT.c.persona_id == persona_id))

    # ---- whole maps --------------------------------------------------------------------

    def _insert_map_rows(self, conn: Connection, content: MapContent) -> None:
        map_id = content.map.id
        conn.execute(insert(MAP), [rows.map_row(content.map)])
        self._write_links(conn, map_id, content.map.persona_ids)
        if content.stages:
            conn.execute(insert(STAGE), [rows.to_row(replace(s, map_id=map_id))
                                         for s in content.stages])
        if content.lanes:
            conn.execute(insert(LANE), [rows.to_row(replace(x, map_id=map_id))
                                        for x in content.lanes])
        driver = conn.connection.driver_connection
        if content.cards:
            driver.executemany(INSERT_CARD, [card_to_tuple(map_id, c) for c in content.cards])
            for card in content.cards:
                if card.metric is not None and card.metric.history:
                    self._write_history(driver, card, replace_old=False)
        if content.emotion_points:
            driver.executemany(INSERT_POINT, [point_to_tuple(map_id, p)
                                              for p in content.emotion_points])
        if content.notes:
            self._insert_notes(driver, map_id, content.notes)

    def insert_map_content(self, content: MapContent) -> JourneyMap:
        """Add a whole map (template, paste, undo of a delete) at its position."""
        validate_map(content)
        with self._tx() as conn:
            position = self._open_gap(conn, MAP, None, content.map.position)
            content = replace(content, map=replace(content.map, position=position))
            self._insert_map_rows(conn, content)
            self._emit("map", "added", content.map.id, content.map.id)
        return content.map

    def replace_map_content(self, content: MapContent) -> None:
        """Put a map back exactly as captured (undo of large edits), in one transaction."""
        validate_map(content)
        map_id = content.map.id
        with self._tx() as conn:
            position = self._row(conn, MAP, map_id)["position"]
            for table in (POINT, CARD, LANE, STAGE):
                conn.execute(delete(table).where(table.c.map_id == map_id))
            conn.execute(delete(MAP).where(MAP.c.id == map_id))
            self._insert_map_rows(conn, replace(content, map=replace(content.map,
                                                                     position=position)))
            self._emit("map", "reloaded", map_id, map_id)

    def duplicate_map(self, map_id: str, title: str | None = None) -> JourneyMap:
        original = self.load_map(map_id)
        ids = IdMap()
        for pid in original.map.persona_ids:
            ids[pid] = pid  # personas are shared, not copied
        for card in original.cards:
            if card.persona_id:
                ids[card.persona_id] = card.persona_id
            if card.image_asset_id:
                ids[card.image_asset_id] = card.image_asset_id
        for point in original.emotion_points:
            if point.persona_id:
                ids[point.persona_id] = point.persona_id
        for item in (*original.stages, *original.cards):
            if item.linked_map_id:  # links to other maps stay as they are
                ids[item.linked_map_id] = item.linked_map_id
        copy = remap_map(original, ids)
        copy.map.title = title or f"{original.map.title} (copy)"
        copy.map.position = original.map.position + 1
        copy.map.counterpart_id = None
        return self.insert_map_content(copy)

    # ---- stages and lanes ----------------------------------------------------------------

    def add_stage(self, stage: Stage) -> Stage:
        with self._tx() as conn:
            self._row(conn, MAP, stage.map_id)
            position = self._open_gap(conn, STAGE, {"map_id": stage.map_id}, stage.position)
            stage = replace(stage, position=position)
            conn.execute(insert(STAGE), [rows.to_row(stage)])
            self._emit("stage", "added", stage.id, stage.map_id)
        return stage

    def add_lane(self, lane: Lane) -> Lane:
        with self._tx() as conn:
            self._row(conn, MAP, lane.map_id)
            position = self._open_gap(conn, LANE, {"map_id": lane.map_id}, lane.position)
            lane = replace(lane, position=position)
            conn.execute(insert(LANE), [rows.to_row(lane)])
            self._emit("lane", "added", lane.id, lane.map_id)
        return lane

    def update_stage(self, stage_id: str, **fields) -> None:
        values = rows.coerce_update(Stage, fields)
        _refuse_structural(values, "move_stage")
        if "width" in values and not values["width"] > 0:
            raise ValidationError("stage width must be positive")
        if "colour" in values:
            validate_colour(values["colour"], "stage")
        with self._tx() as conn:
            map_id = self._row(conn, STAGE, stage_id)["map_id"]
            if "linked_map_id" in values:
                self._check_linked_map(conn, values["linked_map_id"], map_id)
            conn.execute(update(STAGE).where(STAGE.c.id == stage_id).values(**values))
            self._emit("stage", "updated", stage_id, map_id, fields)

    def update_lane(self, lane_id: str, **fields) -> None:
        values = rows.coerce_update(Lane, fields)
        _refuse_structural(values, "move_lane")
        if "colour" in values:
            validate_colour(values["colour"], "lane")
        if values.get("height") is not None and not values["height"] > 0:
            raise ValidationError("lane height must be positive (or None to grow)")
        for key, enum in (("kind", LaneKind), ("line_after", LineAfter)):
            if key in values:
                try:
                    values[key] = enum(values[key]).value
                except ValueError as exc:
                    raise ValidationError(f"unknown lane {key} {values[key]!r}") from exc
        with self._tx() as conn:
            map_id = self._row(conn, LANE, lane_id)["map_id"]
            conn.execute(update(LANE).where(LANE.c.id == lane_id).values(**values))
            self._emit("lane", "updated", lane_id, map_id, fields)

    def move_stage(self, stage_id: str, position: int) -> None:
        with self._tx() as conn:
            map_id = self._row(conn, STAGE, stage_id)["map_id"]
            self._move(conn, STAGE, stage_id, {"map_id": map_id}, None, position)
            self._check_spans(conn, map_id)
            self._emit("stage", "moved", stage_id, map_id)

    def move_lane(self, lane_id: str, position: int) -> None:
        with self._tx() as conn:
            map_id = self._row(conn, LANE, lane_id)["map_id"]
            self._move(conn, LANE, lane_id, {"map_id": map_id}, None, position)
            self._emit("lane", "moved", lane_id, map_id)

    def _check_spans(self, conn: Connection, map_id: str) -> None:
        """Shorten cards that would now reach past the last stage."""
        stages = dict(conn.execute(select(STAGE.c.id, STAGE.c.position)
                                   .where(STAGE.c.map_id == map_id)).all())
        for card_id, stage_id, span in conn.execute(
                select(CARD.c.id, CARD.c.stage_id, CARD.c.span)
                .where(CARD.c.map_id == map_id, CARD.c.span > 1)).all():
            room = len(stages) - stages[stage_id]
            if span > room:
                conn.execute(update(CARD).where(CARD.c.id == card_id).values(span=room))

    def delete_stage(self, stage_id: str) -> None:
        with self._tx() as conn:
            row = self._row(conn, STAGE, stage_id)
            map_id, position = row["map_id"], row["position"]
            # cards starting earlier that run across this stage lose one column
            earlier = dict(conn.execute(select(STAGE.c.id, STAGE.c.position)
                                        .where(STAGE.c.map_id == map_id,
                                               STAGE.c.position < position)).all())
            for card_id, start, span in conn.execute(
                    select(CARD.c.id, CARD.c.stage_id, CARD.c.span)
                    .where(CARD.c.stage_id.in_(list(earlier)), CARD.c.span > 1)).all():
                if earlier[start] + span > position:
                    conn.execute(update(CARD).where(CARD.c.id == card_id).values(span=span - 1))
            conn.execute(delete(CARD).where(CARD.c.stage_id == stage_id))
            conn.execute(delete(POINT).where(POINT.c.stage_id == stage_id))
            conn.execute(delete(STAGE).where(STAGE.c.id == stage_id))
            self._renumber(conn, STAGE, {"map_id": map_id})
            self._emit("stage", "removed", stage_id, map_id)

    def delete_lane(self, lane_id: str) -> None:
        with self._tx() as conn:
            map_id = self._row(conn, LANE, lane_id)["map_id"]
            conn.execute(delete(CARD).where(CARD.c.lane_id == lane_id))
            conn.execute(delete(POINT).where(POINT.c.lane_id == lane_id))
            conn.execute(delete(LANE).where(LANE.c.id == lane_id))
            self._renumber(conn, LANE, {"map_id": map_id})
            self._emit("lane", "removed", lane_id, map_id)

    # ---- cards ---------------------------------------------------------------------------

    def _cell_check(self, conn: Connection, lane_id: str, stage_id: str) -> tuple[str, int, int]:
        lane = self._row(conn, LANE, lane_id)
        stage = self._row(conn, STAGE, stage_id)
        if lane["map_id"] != stage["map_id"]:
            raise ValidationError("lane and stage belong to different maps")
        count = conn.execute(select(func.count()).select_from(STAGE)
                             .where(STAGE.c.map_id == stage["map_id"])).scalar_one()
        return stage["map_id"], stage["position"], count

    def add_card(self, card: Card) -> Card:
        with self._tx() as conn:
            map_id, index, count = self._cell_check(conn, card.lane_id, card.stage_id)
            validate_card(replace(card, position=0), count, index)
            self._check_linked_map(conn, card.linked_map_id, map_id)
            self._check_persona(conn, card.persona_id)
            self._check_asset(conn, card.image_asset_id)
            cell = {"lane_id": card.lane_id, "stage_id": card.stage_id}
            card = replace(card, position=self._open_gap(conn, CARD, cell, card.position))
            conn.execute(insert(CARD), [rows.to_row(card, map_id=map_id)])
            self._write_history(conn.connection.driver_connection, card, replace_old=False)
            self._emit("card", "added", card.id, map_id)
        return card

    def update_card(self, card_id: str, **fields) -> None:
        values = rows.coerce_update(Card, fields)
        for key in ("position", "lane_id", "stage_id"):
            if key in values:
                raise ValueError(f"use move_card to change {key}")
        with self._tx() as conn:
            driver = conn.connection.driver_connection
            found = driver.execute(SELECT_CARD_FOR_EDIT, (card_id,)).fetchone()
            if found is None:
                raise MapStudioError(f"no card {card_id}")
            current = card_from_tuple(found[:-3])
            map_id, index, count = found[-3:]
            validate_card(replace(current, **fields), count, index)
            if "linked_map_id" in values:
                self._check_linked_map(conn, values["linked_map_id"], map_id)
            if "persona_id" in values:
                self._check_persona(conn, values["persona_id"])
            if "image_asset_id" in values:
                self._check_asset(conn, values["image_asset_id"])
            columns = ", ".join(f"{k} = ?" for k in values)
            params = [json.dumps(v) if isinstance(v, list | dict) else v
                      for v in values.values()]
            driver.execute(f"UPDATE card SET {columns} WHERE id = ?", (*params, card_id))
            if "metric" in fields:  # the KPI's history goes with it
                self._write_history(driver, replace(current, id=card_id, **fields))
            self._emit("card", "updated", card_id, map_id, fields)

    def move_card(self, card_id: str, lane_id: str, stage_id: str, position: int) -> None:
        with self._tx() as conn:
            row = self._row(conn, CARD, card_id)
            map_id, index, count = self._cell_check(conn, lane_id, stage_id)
            if map_id != row["map_id"]:
                raise ValidationError("a card moves within its map; use copy and paste")
            validate_card(replace(rows.card_from(row), position=0), count, index)
            old = {"lane_id": row["lane_id"], "stage_id": row["stage_id"]}
            self._move(conn, CARD, card_id, old, {"lane_id": lane_id, "stage_id": stage_id},
                       position)
            self._emit("card", "moved", card_id, map_id)

    def delete_card(self, card_id: str) -> None:
        with self._tx() as conn:
            row = self._row(conn, CARD, card_id)
            conn.execute(delete(CARD).where(CARD.c.id == card_id))
            self._renumber(conn, CARD, {"lane_id": row["lane_id"], "stage_id": row["stage_id"]})
            self._emit("card", "removed", card_id, row["map_id"])

    # ---- emotions ------------------------------------------------------------------------

    def _scale_of(self, conn: Connection, map_id: str) -> EmotionScale:
        return self.journey_map(map_id).scale

    def add_emotion_point(self, point: EmotionPoint) -> EmotionPoint:
        with self._tx() as conn:
            map_id, _, _ = self._cell_check(conn, point.lane_id, point.stage_id)
            validate_point(point, self._scale_of(conn, map_id))
            self._check_persona(conn, point.persona_id)
            conn.execute(insert(POINT), [rows.to_row(point, map_id=map_id)])
            self._emit("emotion_point", "added", point.id, map_id)
        return point

    def update_emotion_point(self, point_id: str, **fields) -> None:
        values = rows.coerce_update(EmotionPoint, fields)
        with self._tx() as conn:
            row = self._row(conn, POINT, point_id)
            changed = replace(rows.point_from(row), **fields)
            map_id, _, _ = self._cell_check(conn, changed.lane_id, changed.stage_id)
            if map_id != row["map_id"]:
                raise ValidationError("an emotion point stays in its map")
            try:
                values["series"] = Series(changed.series).value
            except ValueError as exc:
                raise ValidationError(f"unknown series {changed.series!r}") from exc
            validate_point(changed, self._scale_of(conn, map_id))
            if "persona_id" in values:
                self._check_persona(conn, values["persona_id"])
            conn.execute(update(POINT).where(POINT.c.id == point_id).values(**values))
            self._emit("emotion_point", "updated", point_id, row["map_id"], fields)

    def delete_emotion_point(self, point_id: str) -> None:
        with self._tx() as conn:
            row = self._row(conn, POINT, point_id)
            conn.execute(delete(POINT).where(POINT.c.id == point_id))
            self._emit("emotion_point", "removed", point_id, row["map_id"])

    def set_scale(self, map_id: str, scale: EmotionScale, rescale: bool = True) -> None:
        """Change a map's emotion scale; existing scores move to the same relative place."""
        from ..model.validation import validate_scale

        validate_scale(scale)
        with self._tx() as conn:
            old = self._scale_of(conn, map_id)
            for point_id, score in conn.execute(select(POINT.c.id, POINT.c.score)
                                                .where(POINT.c.map_id == map_id)).all():
                new = old.rescale(score, scale) if rescale else scale.snap(score)
                conn.execute(update(POINT).where(POINT.c.id == point_id).values(score=new))
            conn.execute(update(MAP).where(MAP.c.id == map_id)
                         .values(scale=rows.to_row(scale)))
            self._emit("map", "reloaded", map_id, map_id)
