"""Rules of the data model, checked before anything is stored or imported."""

from __future__ import annotations

import re
from collections import defaultdict

from .entities import (
    METRIC_DIRECTIONS,
    Card,
    EmotionPoint,
    EmotionScale,
    MapContent,
    ProjectData,
    ProjectSettings,
)
from .errors import ValidationError
from .living import validate_map_links, validate_metric, validate_notes, validate_review_by
from .values import check_fields, check_map_values, check_values

_COLOUR = re.compile(r"^(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8})?$")
_LANGUAGE = re.compile(r"^([a-z]{2,3}(_[A-Z]{2})?)?$")  # "", "ru", "pt_BR"


def validate_scale(scale: EmotionScale) -> None:
    if scale.max <= scale.min:
        raise ValidationError(f"emotion scale max ({scale.max}) must exceed min ({scale.min})")
    if scale.steps > 101:
        raise ValidationError("emotion scale has more than 101 steps")
    if scale.labels and len(scale.labels) != scale.steps:
        raise ValidationError(
            f"emotion scale {scale.min}..{scale.max} needs {scale.steps} labels, "
            f"got {len(scale.labels)}"
        )


def is_colour(value: object) -> bool:
    """"#rrggbb", "#rrggbbaa" or "" (no colour of its own)."""
    return isinstance(value, str) and _COLOUR.fullmatch(value) is not None


def validate_colour(value: str, what: str) -> None:
    if not _COLOUR.match(value or ""):
        raise ValidationError(f"{what}: colour {value!r} is not #rrggbb", "colour")


def is_language_code(code: str) -> bool:
    """A language code a project may name: "ru", "pt_BR" (or "": none)."""
    return isinstance(code, str) and _LANGUAGE.match(code) is not None


def validate_language(code: str) -> None:
    if not is_language_code(code):
        raise ValidationError(f"project language {code!r} is not a language code such as "
                              "\"ru\"")


def validate_settings(settings: ProjectSettings) -> None:
    validate_scale(settings.default_scale)
    validate_language(settings.language)


def _rating(value: int | None, what: str) -> None:
    if value is not None and not 1 <= value <= 5:
        raise ValidationError(f"{what} must be between 1 and 5, got {value}", what)


def validate_card(card: Card, stage_count: int | None = None, stage_index: int | None = None,
                  *, values: bool = True):
    """One card's rules; `values` also checks every field's type and text (skipped by
    `validate_map`, which has checked them already)."""
    if values:
        check_fields(card, "card")
    if card.span < 1:
        raise ValidationError(f"card span must be at least 1, got {card.span}", "span")
    if stage_count is not None and stage_index is not None:
        if stage_index + card.span > stage_count:
            raise ValidationError("card spans past the last stage", "span")
    _rating(card.severity, "severity")
    _rating(card.impact, "impact")
    _rating(card.effort, "effort")
    validate_colour(card.colour, "card")
    if card.metric is not None:
        if card.metric.direction not in (None, *METRIC_DIRECTIONS):
            raise ValidationError(f"KPI direction must be higher, lower or empty, not "
                                  f"{card.metric.direction!r}", "metric")
        try:
            validate_metric(card.metric)
        except ValidationError as exc:
            exc.field = exc.field or "metric"
            raise
    if card.position < 0:
        raise ValidationError("card position must not be negative", "position")


def validate_point(point: EmotionPoint, scale: EmotionScale, *, values: bool = True) -> None:
    if values:
        check_fields(point, "emotion point")
    if not scale.min <= point.score <= scale.max:
        raise ValidationError(
            f"emotion score {point.score} is outside the scale {scale.min}..{scale.max}"
        )


def _dense(positions: list[int], what: str, field: str | None = None) -> None:
    if sorted(positions) != list(range(len(positions))):
        raise ValidationError(f"{what} positions are not 0..{len(positions) - 1}: {positions}",
                              field)


def validate_map(content: MapContent, where: str = "map") -> None:
    """Check one map: values, scale, references, dense positions, spans and scores."""
    check_map_values(content, where)
    try:
        validate_scale(content.map.scale)
    except ValidationError as exc:
        exc.field = "scale"
        raise
    validate_review_by(content.map.review_by, f"map {content.map.title!r}")
    _dense([s.position for s in content.stages], f"map {content.map.title!r}: stage",
           "stages")
    _dense([lane.position for lane in content.lanes], f"map {content.map.title!r}: lane",
           "lanes")
    stage_index = {s.id: s.position for s in content.stages}
    lane_ids = {lane.id for lane in content.lanes}
    for s in content.stages:
        try:
            validate_colour(s.colour, f"stage {s.name!r}")
        except ValidationError as exc:
            exc.field = "stages"
            raise
        if s.width <= 0:
            raise ValidationError(f"stage {s.name!r} width must be positive", "stages")
    for lane in content.lanes:
        try:
            validate_colour(lane.colour, f"lane {lane.title!r}")
        except ValidationError as exc:
            exc.field = "lanes"
            raise
        if lane.height is not None and lane.height <= 0:
            raise ValidationError(f"lane {lane.title!r} height must be positive", "lanes")
    cells: dict[tuple[str, str], list[int]] = defaultdict(list)
    for c in content.cards:
        if c.stage_id not in stage_index or c.lane_id not in lane_ids:
            raise ValidationError(f"card {c.title!r} refers to a stage or lane of another map")
        validate_card(c, len(content.stages), stage_index[c.stage_id], values=False)
        cells[(c.lane_id, c.stage_id)].append(c.position)
    for positions in cells.values():
        _dense(positions, "card")
    for p in content.emotion_points:
        if p.stage_id not in stage_index or p.lane_id not in lane_ids:
            raise ValidationError("emotion point refers to a stage or lane of another map")
        validate_point(p, content.map.scale, values=False)
    validate_notes(content)


def validate_project(data: ProjectData) -> None:
    """Check a whole project, including references between maps, personas and assets."""
    check_values(data, maps=False)
    validate_language(data.project.settings.language)
    persona_ids = {p.id for p in data.personas}
    asset_ids = {a.id for a in data.assets}
    for p in data.personas:
        validate_colour(p.colour, f"persona {p.name!r}")
        if p.photo_asset_id and p.photo_asset_id not in asset_ids:
            raise ValidationError(f"persona {p.name!r} refers to a missing photo")
    map_ids = {m.map.id for m in data.maps}
    _dense([m.map.position for m in data.maps], "map")
    for i, m in enumerate(data.maps):
        validate_map(m, f"maps[{i}]")
        for pid in m.map.persona_ids:
            if pid not in persona_ids:
                raise ValidationError(f"map {m.map.title!r} refers to a missing persona")
        if m.map.counterpart_id and m.map.counterpart_id not in map_ids:
            raise ValidationError(f"map {m.map.title!r} links to a missing counterpart")
        for c in m.cards:
            if c.image_asset_id and c.image_asset_id not in asset_ids:
                raise ValidationError(f"card {c.title!r} refers to a missing image")
            if c.persona_id and c.persona_id not in persona_ids:
                raise ValidationError(f"card {c.title!r} refers to a missing persona")
        for p in m.emotion_points:
            if p.persona_id and p.persona_id not in persona_ids:
                raise ValidationError("emotion point refers to a missing persona")
    validate_map_links(data.maps)
    ids = [data.project.id, *persona_ids, *asset_ids]
    for m in data.maps:
        ids += [m.map.id] + [x.id for x in (*m.stages, *m.lanes, *m.cards, *m.emotion_points,
                                            *m.notes)]
    if len(ids) != len(set(ids)):
        raise ValidationError("duplicate ids in project")
