"""The project library: personas and the ordered list of maps (with their persona links)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, delete, insert, select, update

from ..model import JourneyMap, MapType, Persona, ValidationError
from ..model.living import validate_review_by
from ..model.validation import validate_colour, validate_point, validate_scale
from . import rows
from .reading import project_rows, raw_columns
from .schema import AssetRow, MapPersonaRow, MapRow, PersonaRow

PERSONA, MAP, LINK, ASSET = (PersonaRow.__table__, MapRow.__table__, MapPersonaRow.__table__,
                             AssetRow.__table__)


class LibraryMixin:
    # ---- personas --------------------------------------------------------------------

    def _rows_of(self, table, where: str = "", params: tuple = ()):
        """Checked reading of project rows: a damaged one is a FileFormatError."""
        return project_rows(self.path, self._driver(), table.name, where, params)

    def personas(self) -> list[Persona]:
        with self._rows_of(PERSONA):
            return [rows.persona_from(r._mapping) for r in self._query(
                select(*raw_columns(PERSONA)).order_by(PERSONA.c.position))]

    def persona(self, persona_id: str) -> Persona:
        with self._rows_of(PERSONA, "id = ?", (persona_id,)):
            return rows.persona_from(self._row_any(PERSONA, persona_id))

    def add_persona(self, persona: Persona) -> Persona:
        validate_colour(persona.colour, f"persona {persona.name!r}")
        with self._tx() as conn:
            self._check_asset(conn, persona.photo_asset_id)
            count = len(conn.execute(select(PERSONA.c.id)).all())
            conn.execute(insert(PERSONA), [rows.to_row(persona, position=count)])
            self._emit("persona", "added", persona.id)
        return persona

    def update_persona(self, persona_id: str, **fields) -> None:
        values = rows.coerce_update(Persona, fields)
        if "colour" in values:
            validate_colour(values["colour"], "persona")
        with self._tx() as conn:
            self._row(conn, PERSONA, persona_id)
            if "photo_asset_id" in values:
                self._check_asset(conn, values["photo_asset_id"])
            conn.execute(update(PERSONA).where(PERSONA.c.id == persona_id).values(**values))
            self._emit("persona", "updated", persona_id, fields=fields)

    def delete_persona(self, persona_id: str) -> None:
        """Remove a persona and every reference to it: map links, card owners, curves."""
        with self._tx() as conn:
            self._row(conn, PERSONA, persona_id)
            linked = conn.execute(select(LINK.c.map_id).where(LINK.c.persona_id == persona_id)
                                  ).scalars().all()
            conn.execute(delete(LINK).where(LINK.c.persona_id == persona_id))
            for map_id in linked:
                self._emit("map", "updated", map_id, map_id)
            self._forget_persona(conn, persona_id)
            conn.execute(delete(PERSONA).where(PERSONA.c.id == persona_id))
            self._renumber(conn, PERSONA, None)
            self._emit("persona", "removed", persona_id)

    # ---- maps ------------------------------------------------------------------------

    def _links(self, map_id: str | None = None) -> dict[str, list[str]]:
        """map id -> its persona ids in order."""
        stmt = select(LINK.c.map_id, LINK.c.persona_id).order_by(LINK.c.map_id,
                                                                 LINK.c.position)
        if map_id is not None:
            stmt = stmt.where(LINK.c.map_id == map_id)
        links: dict[str, list[str]] = {}
        with self._rows_of(LINK):
            for mid, pid in self._query(stmt):
                links.setdefault(mid, []).append(pid)
        return links

    def _write_links(self, conn: Connection, map_id: str, persona_ids: list[str]) -> None:
        wanted = list(dict.fromkeys(persona_ids))
        known = set(conn.execute(select(PERSONA.c.id).where(PERSONA.c.id.in_(wanted)))
                    .scalars()) if wanted else set()
        missing = [pid for pid in wanted if pid not in known]
        if missing:
            raise ValidationError(f"map refers to a missing persona {missing[0]}")
        conn.execute(delete(LINK).where(LINK.c.map_id == map_id))
        if wanted:
            conn.execute(insert(LINK), rows.link_rows(map_id, wanted))

    def maps(self) -> list[JourneyMap]:
        links = self._links()
        with self._rows_of(MAP):
            return [rows.map_from(r._mapping, links.get(r.id)) for r in self._query(
                select(*raw_columns(MAP)).order_by(MAP.c.position))]

    def journey_map(self, map_id: str) -> JourneyMap:
        links = self._links(map_id).get(map_id)
        with self._rows_of(MAP, "id = ?", (map_id,)):
            return rows.map_from(self._row_any(MAP, map_id), links)

    def add_map(self, journey_map: JourneyMap) -> JourneyMap:
        validate_scale(journey_map.scale)
        with self._tx() as conn:
            self._check_counterpart(conn, journey_map.counterpart_id)
            position = self._open_gap(conn, MAP, None, journey_map.position)
            journey_map = replace(journey_map, position=position)
            conn.execute(insert(MAP), [rows.map_row(journey_map)])
            self._write_links(conn, journey_map.id, journey_map.persona_ids)
            self._emit("map", "added", journey_map.id, journey_map.id)
        return journey_map

    def update_map(self, map_id: str, **fields) -> None:
        """Change map fields; position via move_map; a new scale must fit every score."""
        values = rows.coerce_update(JourneyMap, fields)
        if "position" in values:
            raise ValueError("use move_map to change position")
        if "review_by" in values:
            validate_review_by(values["review_by"])
        if "map_type" in values:
            try:
                values["map_type"] = MapType(values["map_type"]).value
            except ValueError as exc:
                raise ValidationError(f"unknown map type {values['map_type']!r}") from exc
        with self._tx() as conn:
            self._row(conn, MAP, map_id)
            if "scale" in fields:
                validate_scale(fields["scale"])
                for p in self.load_map(map_id).emotion_points:
                    validate_point(p, fields["scale"])
            if "counterpart_id" in values:
                self._check_counterpart(conn, values["counterpart_id"], map_id)
            if "persona_ids" in values:
                self._write_links(conn, map_id, values.pop("persona_ids"))
            if values:
                conn.execute(update(MAP).where(MAP.c.id == map_id).values(**values))
            self._emit("map", "updated", map_id, map_id, fields)

    def move_map(self, map_id: str, position: int) -> None:
        with self._tx() as conn:
            self._row(conn, MAP, map_id)
            self._move(conn, MAP, map_id, None, None, position)
            self._emit("map", "moved", map_id, map_id)

    def delete_map(self, map_id: str) -> None:
        """Delete a map and (by cascade) everything in it; later maps move up."""
        with self._tx() as conn:
            self._row(conn, MAP, map_id)
            for other in conn.execute(select(MAP.c.id).where(MAP.c.counterpart_id == map_id)
                                      ).scalars().all():
                conn.execute(update(MAP).where(MAP.c.id == other).values(counterpart_id=None))
                self._emit("map", "updated", other, other)
            self._forget_links_to(conn, map_id)
            conn.execute(delete(MAP).where(MAP.c.id == map_id))
            self._renumber(conn, MAP, None)
            self._emit("map", "removed", map_id, map_id)

    def _forget_links_to(self, conn: Connection, map_id: str) -> None:
        """Cards and stages of other maps that drill into a deleted map lose the link."""
        driver = conn.connection.driver_connection
        for table in ("card", "stage"):
            found = driver.execute(f"SELECT id, map_id FROM {table} WHERE linked_map_id = ?",
                                   (map_id,)).fetchall()
            driver.execute(f"UPDATE {table} SET linked_map_id = NULL WHERE linked_map_id = ?",
                           (map_id,))
            for item_id, owner_map in found:
                self._emit(table, "updated", item_id, owner_map)

    def _check_counterpart(self, conn: Connection, counterpart_id: str | None,
                           map_id: str | None = None) -> None:
        if counterpart_id is None:
            return
        if counterpart_id == map_id:
            raise ValidationError("a map cannot be its own counterpart")
        if not conn.execute(select(MAP.c.id).where(MAP.c.id == counterpart_id)).first():
            raise ValidationError(f"counterpart map {counterpart_id} does not exist")

    def _check_asset(self, conn: Connection, asset_id: str | None) -> None:
        if asset_id is not None and not conn.execute(
                select(ASSET.c.id).where(ASSET.c.id == asset_id)).first():
            raise ValidationError(f"image {asset_id} is not in this project")

    def _check_persona(self, conn: Connection, persona_id: str | None) -> None:
        if persona_id is not None and not conn.execute(
                select(PERSONA.c.id).where(PERSONA.c.id == persona_id)).first():
            raise ValidationError(f"persona {persona_id} is not in this project")
