"""Conversions between model dataclasses and table rows (plain dicts)."""

from __future__ import annotations

from dataclasses import asdict, fields
from enum import Enum
from functools import partial

from ..model import (
    Asset,
    Card,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    LineAfter,
    MapType,
    Metric,
    Persona,
    Project,
    ProjectSettings,
    Series,
    Snapshot,
    Stage,
    ValidationError,
    validate_card,
)
from ..model.living import validate_review_by
from ..model.validation import validate_colour, validate_language, validate_scale
from .living_rows import confidence_from, evidence_from
from .reading import RowError, checked, enum_value, json_object, short, text_list


def _column(value):
    """A field's column value: a KPI as stored, other nested dataclasses as JSON-able
    dicts, lists copied, enums as their values."""
    if isinstance(value, Metric):
        return metric_json(value)
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    if isinstance(value, list):
        return [_column(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    return value


def to_row(obj, **extra) -> dict:
    """Shallow row of a dataclass; nested dataclasses become JSON-able dicts."""
    row = {f.name: _column(getattr(obj, f.name)) for f in fields(obj)}
    row.update(extra)
    return row


def _pick(cls, row) -> dict:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in row.items() if k in names}


def _rules(rule, table: str, row_id, *args) -> None:
    """Run one of the model's rules on a row's object; a violation names the row."""
    try:
        rule(*args)
    except ValidationError as exc:
        raise RowError(table, row_id, str(exc)) from None


def _colour(value: str, table: str, row_id) -> None:
    try:
        validate_colour(value, table)
    except ValidationError:
        raise RowError(table, row_id, f"colour is {short(value)} (not #rrggbb)") from None


def scale_from(obj: dict | None, table: str = "journey_map", row_id=None) -> EmotionScale:
    """An emotion scale from its decoded JSON object (checked: whole numbers in order)."""
    obj = obj or {}
    labels = obj.get("labels", [])
    if not isinstance(labels, list):
        raise RowError(table, row_id, f"scale labels is {short(labels)}, not a list")
    scale = EmotionScale(min=obj.get("min", -2), max=obj.get("max", 2), labels=list(labels))
    checked(scale, table, row_id)
    _rules(validate_scale, table, row_id, scale)
    return scale


def project_from(row) -> Project:
    data = _pick(Project, dict(row))
    rid = data.get("id")
    s = json_object(data.get("settings") or "{}", "project", rid, "settings")
    scale = s.get("default_scale") or {}
    if not isinstance(scale, dict):
        raise RowError("project", rid, f"settings.default_scale is {short(scale)}, not a "
                                       "JSON object")
    data["settings"] = ProjectSettings(
        default_scale=scale_from(scale, "project", rid), theme=s.get("theme", "system"),
        brand_name=s.get("brand_name", ""), brand_logo_asset_id=s.get("brand_logo_asset_id"),
        language=s.get("language") or "")
    project = checked(Project(**data), "project")
    _rules(validate_language, "project", rid, project.settings.language)
    return project


def persona_from(row) -> Persona:
    data = _pick(Persona, dict(row))
    for name in ("goals", "frustrations", "motivations", "channels"):
        data[name] = text_list(data.get(name), "persona", data.get("id"), name)
    persona = checked(Persona(**data), "persona")
    _colour(persona.colour, "persona", persona.id)
    return persona


def map_from(row, persona_ids: list[str] | None = None) -> JourneyMap:
    data = _pick(JourneyMap, dict(row))
    rid = data.get("id")
    data["map_type"] = enum_value(data.get("map_type"), MapType, "journey_map", rid,
                                  "map_type")
    data["scale"] = scale_from(json_object(data.get("scale"), "journey_map", rid, "scale"),
                               "journey_map", rid)
    data["persona_ids"] = list(persona_ids or [])
    journey_map = checked(JourneyMap(**data), "journey_map")
    _rules(validate_review_by, "journey_map", rid, journey_map.review_by)
    return journey_map


def map_row(journey_map: JourneyMap, **extra) -> dict:
    """The journey_map row; persona_ids live in the map_persona link table."""
    row = to_row(journey_map, **extra)
    del row["persona_ids"]
    return row


def link_rows(map_id: str, persona_ids: list[str]) -> list[dict]:
    return [{"map_id": map_id, "persona_id": pid, "position": i}
            for i, pid in enumerate(dict.fromkeys(persona_ids))]


def stage_from(row) -> Stage:
    stage = checked(Stage(**_pick(Stage, dict(row))), "stage")
    _colour(stage.colour, "stage", stage.id)
    if stage.width <= 0:
        raise RowError("stage", stage.id, f"width is {stage.width!r} (must be positive)")
    return stage


def lane_from(row) -> Lane:
    data = _pick(Lane, dict(row))
    rid = data.get("id")
    data["kind"] = enum_value(data.get("kind"), LaneKind, "lane", rid, "kind")
    data["line_after"] = enum_value(data.get("line_after"), LineAfter, "lane", rid,
                                    "line_after")
    lane = checked(Lane(**data), "lane")
    _colour(lane.colour, "lane", lane.id)
    if lane.height is not None and lane.height <= 0:
        raise RowError("lane", lane.id, f"height is {lane.height!r} (must be positive)")
    return lane


def card_from(row) -> Card:
    """A card from its row (tags and metric as stored JSON text), every rule checked."""
    data = _pick(Card, dict(row))
    rid = data.get("id")
    data["tags"] = text_list(data.get("tags"), "card", rid, "tags")
    data["metric"] = metric_from(json_object(data.get("metric"), "card", rid, "metric",
                                             optional=True))
    mot = data.get("moment_of_truth")
    if mot not in (0, 1) or type(mot) not in (int, bool):
        raise RowError("card", rid, f"moment_of_truth is {short(mot)} (expected 0 or 1)")
    data["moment_of_truth"] = bool(mot)
    data["evidence"] = evidence_from(data.get("evidence"), rid)
    data["confidence"] = confidence_from(data.get("confidence"), rid)
    card = checked(Card(**data), "card")
    _rules(partial(validate_card, values=False), "card", rid, card)
    return card


_METRIC_FIELDS = frozenset(f.name for f in fields(Metric)) - {"history"}  # own table


def metric_from(obj: dict | None) -> Metric | None:
    """A card's KPI from its stored JSON object; keys this version does not know are
    ignored, and a missing direction (files before it existed) means "guess". Its
    history lives in the metric_value table and is attached by the map's reader."""
    if not obj:
        return None
    return Metric(**{k: v for k, v in obj.items() if k in _METRIC_FIELDS})


def metric_json(metric: Metric | None) -> dict | None:
    """The stored JSON object of a KPI; no direction or key unless there is one (the
    history is stored in metric_value)."""
    if metric is None:
        return None
    out = {"name": metric.name, "value": metric.value, "target": metric.target,
           "unit": metric.unit}
    if metric.direction is not None:
        out["direction"] = metric.direction
    if metric.key:
        out["key"] = metric.key
    return out


def point_from(row) -> EmotionPoint:
    data = _pick(EmotionPoint, dict(row))
    data["series"] = enum_value(data.get("series"), Series, "emotion_point", data.get("id"),
                                "series")
    return checked(EmotionPoint(**data), "emotion_point")


def asset_from(row) -> Asset:
    return checked(Asset(**_pick(Asset, dict(row))), "asset")


def snapshot_from(row) -> Snapshot:
    return checked(Snapshot(**_pick(Snapshot, dict(row))), "snapshot")


def coerce_update(cls, fields_: dict) -> dict:
    """Validate names of an update and turn values into column values."""
    names = {f.name for f in fields(cls)} - {"id"}
    unknown = set(fields_) - names
    if unknown:
        raise ValueError(f"{cls.__name__} has no field(s) {sorted(unknown)}")
    return {key: _column(value) for key, value in fields_.items()}
