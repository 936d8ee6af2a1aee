"""Reading the project's own rows (not one map's), trusting none of them.

The project record, personas, the list of maps with their persona links, and the headers
of images and versions are read and checked when a file is opened (`check_project_rows`):
they are small, every window and command needs them, and a damaged one is then a
FileFormatError at open ("Cannot open file" in the app, exit 3 in the command line)
rather than a surprise later. Image and version data are read only when asked for.
"""

from __future__ import annotations

from sqlalchemy import select

from ..model import Asset, MapStudioError, Project, Snapshot
from ..model.limits import MAX_IMAGE_BYTES, MAX_IMAGE_SIDE
from . import rows
from .reading import RowError, project_rows, raw_columns, short
from .schema import AssetRow, MapPersonaRow, PersonaRow, ProjectRow, SnapshotRow

PROJECT, ASSET, SNAPSHOT, LINK, PERSONA = (
    ProjectRow.__table__, AssetRow.__table__, SnapshotRow.__table__,
    MapPersonaRow.__table__, PersonaRow.__table__)
ASSET_HEADERS = ("SELECT id, sha256, mime, width, height, typeof(data), length(data), "
                 "typeof(thumbnail) FROM asset")
SNAPSHOT_HEADERS = "SELECT id, name, created, note, typeof(data) FROM snapshot"


class ProjectReadingMixin:
    def _project_rows(self, table, where: str = "", params: tuple = ()):
        return project_rows(self.path, self._driver(), table.name, where, params)

    def project(self) -> Project:
        with self._project_rows(PROJECT):
            found = self._query(select(*raw_columns(PROJECT)))
            if not found:
                raise RowError("project", None, "", message="no project record")
            return rows.project_from(found[0]._mapping)

    def asset(self, asset_id: str) -> Asset:
        with self._project_rows(ASSET, "id = ?", (asset_id,)):
            found = self._query(select(ASSET).where(ASSET.c.id == asset_id))
            if not found:
                raise MapStudioError(f"no image {asset_id}")
            return rows.asset_from(found[0]._mapping)

    def asset_sizes(self) -> dict[str, tuple[int, int]]:
        """Pixel sizes of every image, without loading the image data (for layout)."""
        with self._project_rows(ASSET):
            found = self._raw("SELECT id, width, height FROM asset", ())
            for asset_id, width, height in found:
                _check_side(asset_id, "width", width)
                _check_side(asset_id, "height", height)
            return {asset_id: (width, height) for asset_id, width, height in found}

    def assets(self) -> list[Asset]:
        with self._project_rows(ASSET):
            return [rows.asset_from(r._mapping)
                    for r in self._query(select(ASSET).order_by(ASSET.c.id))]

    def snapshots(self) -> list[Snapshot]:
        with self._project_rows(SNAPSHOT):
            result = self._query(select(SNAPSHOT).order_by(SNAPSHOT.c.created,
                                                           SNAPSHOT.c.id))
            return [rows.snapshot_from(r._mapping) for r in result]

    def check_project_rows(self) -> None:
        """Every row of the project itself read and checked (FileFormatError if one is
        damaged); image and version data are only checked to be bytes."""
        self.project()
        personas = {p.id for p in self.personas()}
        maps = {m.id: m for m in self.maps()}
        for m in maps.values():
            if m.counterpart_id is not None and m.counterpart_id not in maps:
                self._refuse("journey_map", m.id, f"counterpart_id {short(m.counterpart_id)} "
                                                  "is not a map of this project")
            for pid in m.persona_ids:
                if pid not in personas:
                    self._refuse("map_persona", m.id, f"persona_id {short(pid)} is not a "
                                                      "persona of this project")
        with self._project_rows(ASSET):
            for asset_id, sha, mime, width, height, data, size, thumb in self._raw(
                    ASSET_HEADERS, ()):
                rows.asset_from({"id": asset_id, "sha256": sha, "mime": mime, "width": width,
                                 "height": height, "data": b"", "thumbnail": b""})
                _check_side(asset_id, "width", width)
                _check_side(asset_id, "height", height)
                if data != "blob" or thumb not in ("blob", "null"):
                    raise RowError("asset", asset_id, "data is not an image's bytes")
                if size > MAX_IMAGE_BYTES:
                    raise RowError("asset", asset_id, f"data is larger than "
                                                      f"{MAX_IMAGE_BYTES >> 20} MB (the limit)")
        with self._project_rows(SNAPSHOT):
            for snapshot_id, name, created, note, data in self._raw(SNAPSHOT_HEADERS, ()):
                rows.snapshot_from({"id": snapshot_id, "name": name, "created": created,
                                    "note": note, "data": b""})
                if data != "blob":
                    raise RowError("snapshot", snapshot_id, "data is not a version's bytes")

    def _refuse(self, table: str, row_id, problem: str) -> None:
        with self._project_rows(LINK):
            raise RowError(table, row_id, problem)


def _check_side(asset_id, name: str, value) -> None:
    if type(value) is not int or not 1 <= value <= MAX_IMAGE_SIDE:
        raise RowError("asset", asset_id, f"{name} is {short(value)} (expected 1 to "
                                          f"{MAX_IMAGE_SIDE:,} pixels)")
