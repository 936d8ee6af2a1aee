"""Helpers for benchmarks: synthetic maps and robust timing."""

from __future__ import annotations

import statistics
import time

from mapstudio.model import (
    Card,
    EmotionPoint,
    LaneKind,
    MapContent,
    Metric,
    Project,
    ProjectData,
    starter_map,
)

WORDS = ("customer compares mortgage rates online before booking an adviser call about "
         "fees documents valuation offer switching loyalty app reminder").split()


def big_map(cards: int = 5000, stages: int = 20, lanes: int = 10) -> ProjectData:
    """A map with `cards` cards spread evenly over stages x lanes, with wrapped text."""
    content: MapContent = starter_map("Benchmark map")
    template_lanes = content.lanes
    content.stages = [content.stages[0].__class__(map_id=content.map.id, position=i,
                                                  name=f"Stage {i + 1}") for i in range(stages)]
    kinds = [LaneKind.TOUCHPOINTS, LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.PAIN_POINTS,
             LaneKind.OPPORTUNITIES, LaneKind.KPIS, LaneKind.BACKSTAGE, LaneKind.SYSTEMS,
             LaneKind.CHANNELS, LaneKind.TEXT]
    content.lanes = [template_lanes[0].__class__(map_id=content.map.id, position=i,
                                                 kind=kinds[i % len(kinds)], title=f"Lane {i}")
                     for i in range(lanes)]
    cells = [(lane, stage) for lane in content.lanes for stage in content.stages]
    for n in range(cards):
        lane, stage = cells[n % len(cells)]
        position = n // len(cells)
        words = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(6 + n % 7))
        card = Card(lane_id=lane.id, stage_id=stage.id, position=position,
                    title=f"Card {n}: {words}", body=words if n % 3 == 0 else "")
        if lane.kind == LaneKind.PAIN_POINTS:
            card.severity = 1 + n % 5
        if lane.kind == LaneKind.KPIS:
            card.metric = Metric("NPS", n % 60, 60, "pts")
        content.cards.append(card)
    emotions = content.lanes[0].__class__(map_id=content.map.id, position=lanes,
                                          kind=LaneKind.EMOTIONS, title="Emotions")
    content.lanes.append(emotions)
    content.emotion_points = [EmotionPoint(lane_id=emotions.id, stage_id=s.id,
                                           score=(i % 5) - 2) for i, s in
                              enumerate(content.stages)]
    return ProjectData(project=Project(title="Benchmark"), maps=[content])


def median_time(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
