"""Putting a whole project back as it was: restoring a named version (snapshot).

Done at table level in one transaction, so a restore is all or nothing, and undoing it is
the same call with the project as it was before. Snapshots and stored images stay: history
is never rewritten by moving through it.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update

from ..model import Project, ProjectData
from ..model.validation import validate_project
from . import rows
from .schema import AssetRow, MapRow, PersonaRow, ProjectRow

PERSONA, MAP, ASSET, PROJECT = (PersonaRow.__table__, MapRow.__table__, AssetRow.__table__,
                                ProjectRow.__table__)


class RestoreMixin:
    def restore_project(self, data: ProjectData) -> None:
        """Replace personas, maps and project fields with `data`'s (ids kept)."""
        validate_project(data)
        with self._tx() as conn:
            known = set(conn.execute(select(ASSET.c.id)).scalars())
            missing = [rows.to_row(a) for a in data.assets if a.id not in known]
            if missing:
                conn.execute(insert(ASSET), missing)
            conn.execute(delete(MAP))  # stages, lanes, cards, points, links cascade
            conn.execute(delete(PERSONA))
            self._insert_personas_and_maps(conn, data)
            project = data.project
            conn.execute(update(PROJECT).values(**rows.coerce_update(Project, {
                "title": project.title, "description": project.description,
                "settings": project.settings})))
            self._emit("project", "reloaded", project.id)
