"""The blank map a new project starts with: common stages and lanes, no cards."""

from __future__ import annotations

from .entities import EmotionScale, JourneyMap, Lane, MapContent, Stage
from .enums import LaneKind

STARTER_STAGES = ("Awareness", "Consideration", "Purchase", "Retention", "Advocacy")
STARTER_LANES = (
    (LaneKind.TOUCHPOINTS, "Touchpoints"),
    (LaneKind.ACTIONS, "Customer actions"),
    (LaneKind.THOUGHTS, "Thoughts"),
    (LaneKind.EMOTIONS, "Emotions"),
    (LaneKind.PAIN_POINTS, "Pain points"),
    (LaneKind.OPPORTUNITIES, "Opportunities"),
)
DEFAULT_LABELS = ["Frustrated", "Unhappy", "Neutral", "Pleased", "Delighted"]


def starter_map(title: str = "Customer journey", position: int = 0) -> MapContent:
    journey_map = JourneyMap(title=title, position=position,
                             scale=EmotionScale(-2, 2, list(DEFAULT_LABELS)))
    stages = [Stage(map_id=journey_map.id, position=i, name=name)
              for i, name in enumerate(STARTER_STAGES)]
    lanes = [Lane(map_id=journey_map.id, position=i, kind=kind, title=name)
             for i, (kind, name) in enumerate(STARTER_LANES)]
    return MapContent(map=journey_map, stages=stages, lanes=lanes)
