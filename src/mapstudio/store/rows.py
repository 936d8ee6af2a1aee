"""Conversions between model dataclasses and table rows (plain dicts)."""

from __future__ import annotations

from dataclasses import asdict, fields
from enum import Enum

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
)


def _column(value):
    """A field's column value: a KPI as stored, other nested dataclasses as JSON-able
    dicts, lists copied, enums as their values."""
    if isinstance(value, Metric):
        return metric_json(value)
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    if isinstance(value, list):
        return list(value)
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


def scale_from(obj: dict | None) -> EmotionScale:
    obj = obj or {}
    return EmotionScale(min=obj.get("min", -2), max=obj.get("max", 2),
                        labels=list(obj.get("labels", [])))


def project_from(row) -> Project:
    data = _pick(Project, dict(row))
    s = data.get("settings") or {}
    data["settings"] = ProjectSettings(
        default_scale=scale_from(s.get("default_scale")), theme=s.get("theme", "system"),
        brand_name=s.get("brand_name", ""), brand_logo_asset_id=s.get("brand_logo_asset_id"),
        language=s.get("language") or "")
    return Project(**data)


def persona_from(row) -> Persona:
    return Persona(**_pick(Persona, dict(row)))


def map_from(row, persona_ids: list[str] | None = None) -> JourneyMap:
    data = _pick(JourneyMap, dict(row))
    data["map_type"] = MapType(data["map_type"])
    data["scale"] = scale_from(data["scale"])
    data["persona_ids"] = list(persona_ids or [])
    return JourneyMap(**data)


def map_row(journey_map: JourneyMap, **extra) -> dict:
    """The journey_map row; persona_ids live in the map_persona link table."""
    row = to_row(journey_map, **extra)
    del row["persona_ids"]
    return row


def link_rows(map_id: str, persona_ids: list[str]) -> list[dict]:
    return [{"map_id": map_id, "persona_id": pid, "position": i}
            for i, pid in enumerate(dict.fromkeys(persona_ids))]


def stage_from(row) -> Stage:
    return Stage(**_pick(Stage, dict(row)))


def lane_from(row) -> Lane:
    data = _pick(Lane, dict(row))
    data["kind"] = LaneKind(data["kind"])
    data["line_after"] = LineAfter(data["line_after"])
    return Lane(**data)


def card_from(row) -> Card:
    data = _pick(Card, dict(row))
    data["metric"] = metric_from(data.get("metric"))
    data["tags"] = list(data.get("tags") or [])
    data["moment_of_truth"] = bool(data.get("moment_of_truth"))
    return Card(**data)


_METRIC_FIELDS = frozenset(f.name for f in fields(Metric))


def metric_from(obj: dict | None) -> Metric | None:
    """A card's KPI from its stored JSON object; keys this version does not know are
    ignored, and a missing direction (files before it existed) means "guess"."""
    if not obj:
        return None
    return Metric(**{k: v for k, v in obj.items() if k in _METRIC_FIELDS})


def metric_json(metric: Metric | None) -> dict | None:
    """The stored JSON object of a KPI; no direction key unless one is chosen."""
    if metric is None:
        return None
    out = {"name": metric.name, "value": metric.value, "target": metric.target,
           "unit": metric.unit}
    if metric.direction is not None:
        out["direction"] = metric.direction
    return out


def point_from(row) -> EmotionPoint:
    data = _pick(EmotionPoint, dict(row))
    data["series"] = Series(data["series"])
    return EmotionPoint(**data)


def asset_from(row) -> Asset:
    return Asset(**_pick(Asset, dict(row)))


def snapshot_from(row) -> Snapshot:
    return Snapshot(**_pick(Snapshot, dict(row)))


def coerce_update(cls, fields_: dict) -> dict:
    """Validate names of an update and turn values into column values."""
    names = {f.name for f in fields(cls)} - {"id"}
    unknown = set(fields_) - names
    if unknown:
        raise ValueError(f"{cls.__name__} has no field(s) {sorted(unknown)}")
    return {key: _column(value) for key, value in fields_.items()}
