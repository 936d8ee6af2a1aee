"""Point a model-rule violation at the JSON path it came from.

The JSON Schema catches shapes and ranges; rules that need context (scores within the
map's scale, spans past the last stage, references, dense positions) live in
`mapstudio.model.validate_project`. Its errors name the offending field (`ValidationError.field`)
but not where in the file the object was, so after it fails we walk the data once more
to find it.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import ProjectData, ValidationError, validate_card, validate_map, validate_point

_MAP_LEVEL = ("scale", "stages", "lanes")  # a map-level rule names its part as `field`


def _card_field(exc: ValidationError) -> str:
    return f".{exc.field}" if exc.field else ""


def _misplaced_card(content) -> int | None:
    """Index of a card whose position breaks the dense 0..n-1 order of its cell."""
    cells: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, card in enumerate(content.cards):
        cells[(card.lane_id, card.stage_id)].append(j)
    for indexes in cells.values():
        seen = set()
        for j in indexes:
            position = content.cards[j].position
            if position >= len(indexes) or position in seen:
                return j
            seen.add(position)
    return None


def _map_path(data: ProjectData, i: int, persona_ids: set, asset_ids: set) -> str:
    content = data.maps[i]
    where = f"maps[{i}]"
    stage_index = {s.id: s.position for s in content.stages}
    lane_ids = {lane.id for lane in content.lanes}
    for j, card in enumerate(content.cards):
        at = f"{where}.cards[{j}]"
        if card.stage_id not in stage_index:
            return f"{at}.stage_id"
        if card.lane_id not in lane_ids:
            return f"{at}.lane_id"
        try:
            validate_card(card, len(content.stages), stage_index[card.stage_id])
        except ValidationError as exc:
            return at + _card_field(exc)
        if card.image_asset_id and card.image_asset_id not in asset_ids:
            return f"{at}.image_asset_id"
        if card.persona_id and card.persona_id not in persona_ids:
            return f"{at}.persona_id"
    bad_card = _misplaced_card(content)
    if bad_card is not None:
        return f"{where}.cards[{bad_card}].position"
    for j, point in enumerate(content.emotion_points):
        at = f"{where}.emotion_points[{j}]"
        if point.stage_id not in stage_index:
            return f"{at}.stage_id"
        if point.lane_id not in lane_ids:
            return f"{at}.lane_id"
        try:
            validate_point(point, content.map.scale)
        except ValidationError:
            return f"{at}.score"
        if point.persona_id and point.persona_id not in persona_ids:
            return f"{at}.persona_id"
    if any(pid not in persona_ids for pid in content.map.persona_ids):
        return f"{where}.persona_ids"
    if content.map.counterpart_id and content.map.counterpart_id not in {
            m.map.id for m in data.maps}:
        return f"{where}.counterpart_id"
    return where


def locate(data: ProjectData, error: ValidationError) -> str:
    """The JSON path most likely responsible for `error` ("" when project-wide)."""
    persona_ids = {p.id for p in data.personas}
    asset_ids = {a.id for a in data.assets}
    for k, persona in enumerate(data.personas):
        if persona.photo_asset_id and persona.photo_asset_id not in asset_ids:
            return f"personas[{k}].photo_asset_id"
    for i, content in enumerate(data.maps):
        try:
            validate_map(content)
        except ValidationError as exc:
            if exc.field in _MAP_LEVEL:
                return f"maps[{i}].{exc.field}"
            return _map_path(data, i, persona_ids, asset_ids)
        path = _map_path(data, i, persona_ids, asset_ids)
        if path != f"maps[{i}]":
            return path
    return ""
