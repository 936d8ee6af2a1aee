"""Reading one map's rows into the model, trusting none of them.

Every value is checked on the way in (see `reading`), and so is what only the whole map
can tell: each card and emotion point in a stage and lane of its own map, spans inside
the map, scores on its scale. Anything wrong raises DamagedMapError naming the map and
the row; the rest of the project stays usable.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from ..model import Card, DamagedMapError, EmotionPoint, Lane, MapContent, MapStudioError, Stage
from . import rows
from .fastpath import SELECT_CARDS, SELECT_POINTS, cards_from_rows, point_from_tuple
from .reading import READ_ERRORS, RowError, raw_columns, short, show_id, text_errors
from .schema import CardRow, EmotionPointRow, LaneRow, StageRow

STAGE, LANE, CARD, POINT = (StageRow.__table__, LaneRow.__table__, CardRow.__table__,
                            EmotionPointRow.__table__)


class MapReadingMixin:
    def load_map(self, map_id: str) -> MapContent:
        """Everything to display one map, in display order, every row checked.

        Rows that do not make a map (an unknown kind, a card in a missing lane, a JSON
        column that is not JSON, text in a number column) raise DamagedMapError naming
        the map and the row: the rest of the project stays usable.
        """
        try:
            m = self.journey_map(map_id)
        except READ_ERRORS as exc:
            raise DamagedMapError(f"map {show_id(map_id)} is damaged and cannot be shown "
                                  f"({exc})") from exc
        try:
            return self._load_map_rows(m)
        except READ_ERRORS as exc:
            detail = f"{type(exc).__name__}: {exc}" if isinstance(exc, KeyError) else str(exc)
            raise DamagedMapError(f"map {m.title!r} is damaged and cannot be shown "
                                  f"({detail})") from exc

    def _driver(self):
        conn = self._conn if self._conn is not None else self._connection
        return conn.connection.driver_connection

    def _read(self, table, sql_or_stmt, params: tuple = (), where: str = "map_id = ?"):
        """Rows of one table; text that is not UTF-8 is reported by row."""
        with text_errors(self._driver(), table.name, where, params):
            if isinstance(sql_or_stmt, str):
                return self._raw(sql_or_stmt, params)
            return [r._mapping for r in self._query(sql_or_stmt)]

    def _load_map_rows(self, m) -> MapContent:
        map_id = m.id
        stages = [rows.stage_from(r) for r in self._read(STAGE, select(*raw_columns(STAGE))
                  .where(STAGE.c.map_id == map_id).order_by(STAGE.c.position), (map_id,))]
        lanes = [rows.lane_from(r) for r in self._read(LANE, select(*raw_columns(LANE))
                 .where(LANE.c.map_id == map_id).order_by(LANE.c.position), (map_id,))]
        lane_order = {lane.id: lane.position for lane in lanes}
        stage_order = {s.id: s.position for s in stages}
        cards = cards_from_rows(self._read(CARD, SELECT_CARDS, (map_id,)))
        _check_cells(cards, "card", lane_order, stage_order)
        _check_spans(cards, stage_order)
        cards.sort(key=lambda c: (lane_order[c.lane_id], stage_order[c.stage_id], c.position))
        points = [point_from_tuple(r) for r in self._read(POINT, SELECT_POINTS, (map_id,))]
        _check_cells(points, "emotion_point", lane_order, stage_order)
        for p in points:
            if not m.scale.min <= p.score <= m.scale.max:
                raise RowError("emotion_point", p.id, f"score {p.score!r} is outside the "
                                                      f"scale {m.scale.min}..{m.scale.max}")
        points.sort(key=lambda p: (lane_order[p.lane_id], stage_order[p.stage_id], p.position,
                                   p.series, p.persona_id or ""))
        return MapContent(map=m, stages=stages, lanes=lanes, cards=cards, emotion_points=points)

    # ---- single rows -------------------------------------------------------------------

    def _row(self, conn: Connection, table, id_: str):
        with text_errors(conn.connection.driver_connection, table.name, "id = ?", (id_,)):
            row = conn.execute(select(*raw_columns(table)).where(table.c.id == id_)).first()
        if row is None:
            raise MapStudioError(f"no {table.name.replace('_', ' ')} {id_}")
        return row._mapping

    def _row_any(self, table, id_: str):
        found = self._read(table, select(*raw_columns(table)).where(table.c.id == id_),
                           (id_,), "id = ?")
        if not found:
            raise MapStudioError(f"no {table.name.replace('_', ' ')} {id_}")
        return found[0]

    def _damaged(self, table, id_: str, build):
        try:
            return build(self._row_any(table, id_))
        except READ_ERRORS as exc:
            raise DamagedMapError(f"damaged ({exc})") from exc

    def stage(self, stage_id: str) -> Stage:
        return self._damaged(STAGE, stage_id, rows.stage_from)

    def lane(self, lane_id: str) -> Lane:
        return self._damaged(LANE, lane_id, rows.lane_from)

    def card(self, card_id: str) -> Card:
        return self._damaged(CARD, card_id, rows.card_from)

    def emotion_point(self, point_id: str) -> EmotionPoint:
        return self._damaged(POINT, point_id, rows.point_from)

    def reread_cards(self, map_id: str, sets) -> list:
        """The cards these change sets updated, read again for a view that shows the
        map (a workspace also remembers them as seen)."""
        return [self.card(i) for i in dict.fromkeys(c.id for s in sets for c in s)]


def _check_cells(items, table: str, lanes: dict, stages: dict) -> None:
    """Every item in a lane and a stage of this map (a set difference: cheap)."""
    for key, known, what, ids in (
            ("lane_id", lanes, "lane", {item.lane_id for item in items}),
            ("stage_id", stages, "stage", {item.stage_id for item in items})):
        if not ids <= known.keys():
            missing = next(iter(ids - known.keys()))
            item = next(i for i in items if getattr(i, key) == missing)
            raise RowError(table, item.id, f"{key} is {short(missing)}, not a {what} of "
                                           "this map")


def _check_spans(cards: list[Card], stages: dict) -> None:
    count = len(stages)
    for card in [c for c in cards if c.span > 1]:
        if stages[card.stage_id] + card.span > count:
            raise RowError("card", card.id, f"span {card.span} reaches past the last stage")
