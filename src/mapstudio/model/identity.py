"""Fresh ids for copied content: templates instantiated twice, pasted maps, duplicates."""

from __future__ import annotations

import copy
from dataclasses import replace

from .entities import MapContent, ProjectData, new_id


class IdMap(dict):
    """old id -> new id, minting a new one the first time an id is seen."""

    def __missing__(self, key: str) -> str:
        value = self[key] = new_id()
        return value

    def get_ref(self, key: str | None) -> str | None:
        return None if key is None else self[key]


def remap_map(content: MapContent, ids: IdMap) -> MapContent:
    """A deep copy of one map with every id (and reference) replaced through `ids`.

    Links to other maps are replaced too: seed `ids` with `ids[x] = x` to keep a link to a
    map that is not copied along (as for personas shared by a duplicate).
    """
    m = replace(
        copy.deepcopy(content.map),
        id=ids[content.map.id],
        persona_ids=[ids[p] for p in content.map.persona_ids],
        counterpart_id=ids.get_ref(content.map.counterpart_id),
    )
    return MapContent(
        map=m,
        stages=[replace(copy.deepcopy(s), id=ids[s.id], map_id=m.id,
                        linked_map_id=ids.get_ref(s.linked_map_id)) for s in content.stages],
        lanes=[replace(copy.deepcopy(x), id=ids[x.id], map_id=m.id) for x in content.lanes],
        cards=[
            replace(
                copy.deepcopy(c),
                id=ids[c.id],
                lane_id=ids[c.lane_id],
                stage_id=ids[c.stage_id],
                image_asset_id=ids.get_ref(c.image_asset_id),
                persona_id=ids.get_ref(c.persona_id),
                linked_map_id=ids.get_ref(c.linked_map_id),
            )
            for c in content.cards
        ],
        emotion_points=[
            replace(
                copy.deepcopy(p),
                id=ids[p.id],
                lane_id=ids[p.lane_id],
                stage_id=ids[p.stage_id],
                persona_id=ids.get_ref(p.persona_id),
            )
            for p in content.emotion_points
        ],
        notes=[replace(copy.deepcopy(n), id=ids[n.id], target_id=ids[n.target_id],
                       parent_id=ids.get_ref(n.parent_id)) for n in content.notes],
    )


def remap_project(data: ProjectData) -> ProjectData:
    """The same project with all-new ids, references kept consistent."""
    ids = IdMap()
    project = replace(copy.deepcopy(data.project), id=new_id())
    settings = project.settings
    settings.brand_logo_asset_id = ids.get_ref(settings.brand_logo_asset_id)
    personas = [
        replace(copy.deepcopy(p), id=ids[p.id], photo_asset_id=ids.get_ref(p.photo_asset_id))
        for p in data.personas
    ]
    assets = [replace(copy.deepcopy(a), id=ids[a.id]) for a in data.assets]
    maps = [remap_map(m, ids) for m in data.maps]
    return ProjectData(project=project, personas=personas, maps=maps, assets=assets)
