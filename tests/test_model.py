"""Rules of the data model (DESIGN §2)."""

from __future__ import annotations

import pytest

from mapstudio.model import (
    Card,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    MapContent,
    Metric,
    Persona,
    Project,
    ProjectData,
    ProjectSettings,
    Stage,
    ValidationError,
    remap_project,
    validate_map,
    validate_project,
    validate_settings,
)


def small_map() -> MapContent:
    m = JourneyMap(title="M")
    stages = [Stage(map_id=m.id, position=i, name=f"S{i}") for i in range(3)]
    lanes = [
        Lane(map_id=m.id, position=0, kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
        Lane(map_id=m.id, position=1, kind=LaneKind.EMOTIONS, title="Emotions"),
    ]
    cards = [
        Card(lane_id=lanes[0].id, stage_id=stages[0].id, position=0, title="Ad"),
        Card(lane_id=lanes[0].id, stage_id=stages[0].id, position=1, title="Search"),
        Card(lane_id=lanes[0].id, stage_id=stages[1].id, position=0, span=2, title="Visit"),
    ]
    points = [EmotionPoint(lane_id=lanes[1].id, stage_id=s.id, score=1) for s in stages]
    return MapContent(map=m, stages=stages, lanes=lanes, cards=cards, emotion_points=points)


def test_valid_map_passes() -> None:
    validate_map(small_map())


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda c: setattr(c.cards[0], "span", 0), "span"),
        (lambda c: setattr(c.cards[2], "span", 3), "past the last stage"),
        (lambda c: setattr(c.cards[1], "position", 5), "positions"),
        (lambda c: setattr(c.stages[2], "position", 7), "stage positions"),
        (lambda c: setattr(c.emotion_points[0], "score", 3), "outside the scale"),
        (lambda c: setattr(c.cards[0], "severity", 6), "severity"),
        (lambda c: setattr(c.cards[0], "impact", 0), "impact"),
        (lambda c: setattr(c.cards[0], "colour", "red"), "colour"),
        (lambda c: setattr(c.map, "scale", EmotionScale(2, 2)), "must exceed"),
        (lambda c: setattr(c.map, "scale", EmotionScale(1, 5, ["a", "b"])), "labels"),
        (lambda c: setattr(c.cards[0], "stage_id", "elsewhere"), "another map"),
        (lambda c: setattr(c.stages[0], "width", 0), "width"),
        (lambda c: setattr(c.cards[0], "metric", Metric("NPS", 1, 2, direction="up")),
         "KPI direction"),
    ],
)
def test_invalid_maps_are_rejected(mutate, message: str) -> None:
    content = small_map()
    mutate(content)
    with pytest.raises(ValidationError, match=message):
        validate_map(content)


def test_scale_rescale_and_labels() -> None:
    five = EmotionScale(-2, 2, ["Frustrated", "Unhappy", "Neutral", "Pleased", "Delighted"])
    ten = EmotionScale(1, 10)
    assert five.rescale(-2, ten) == 1
    assert five.rescale(2, ten) == 10
    assert five.rescale(0, EmotionScale(1, 5)) == 3
    assert five.label_for(1) == "Pleased"
    assert five.snap(7) == 2


def test_project_references_are_checked() -> None:
    content = small_map()
    content.map.persona_ids = ["ghost"]
    with pytest.raises(ValidationError, match="missing persona"):
        validate_project(ProjectData(project=Project(), maps=[content]))


def test_remap_project_gives_fresh_consistent_ids() -> None:
    persona = Persona(name="Ana")
    content = small_map()
    content.map.persona_ids = [persona.id]
    content.emotion_points[0].persona_id = persona.id
    data = ProjectData(project=Project(), personas=[persona], maps=[content])
    copy = remap_project(data)
    validate_project(copy)
    old = {persona.id, content.map.id, *(c.id for c in content.cards)}
    new = {copy.personas[0].id, copy.maps[0].map.id, *(c.id for c in copy.maps[0].cards)}
    assert not old & new
    assert copy.maps[0].map.persona_ids == [copy.personas[0].id]
    assert [c.title for c in copy.maps[0].cards] == [c.title for c in content.cards]


def test_project_language_is_a_code_or_empty() -> None:
    for code in ("", "ru", "it", "pt_BR"):
        validate_settings(ProjectSettings(language=code))
    for bad in ("Russian", "RU", "ru-RU", None):
        with pytest.raises(ValidationError, match="language"):
            validate_settings(ProjectSettings(language=bad))
    data = ProjectData(project=Project(settings=ProjectSettings(language="xx-yy")),
                       maps=[small_map()])
    with pytest.raises(ValidationError, match="language"):
        validate_project(data)
    for direction in (None, "higher", "lower"):
        content = small_map()
        content.cards[0].metric = Metric("NPS", 1, 2, direction=direction)
        validate_map(content)
