"""Test maps for the export tests, built through the Document API (no test functions here)."""

from __future__ import annotations

import io
from pathlib import Path

from mapstudio.model import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    LineAfter,
    MapContent,
    Metric,
    Persona,
    Project,
    ProjectData,
    ProjectSettings,
    Series,
    Stage,
)

POLISH = "Zażółć gęślą jaźń"
RUSSIAN = "Съешь же ещё этих"
MARKUP = "<b>x</b> &amp; <font>"


def png_bytes(width: int = 300, height: int = 200, colour=(40, 120, 200)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def sample_content(map_id: str, persona_ids: list[str], stages: int = 4,
                   extra_title: str = "Customer journey") -> MapContent:
    jm = JourneyMap(id=map_id, title=extra_title, persona_ids=persona_ids)
    st = [Stage(map_id=map_id, position=i, name=name) for i, name in
          enumerate(["Discover", "Compare", "Apply", "Onboard", "Use", "Renew"][:stages])]
    kinds = [(LaneKind.ACTIONS, "Actions"), (LaneKind.TOUCHPOINTS, "Touchpoints"),
             (LaneKind.EMOTIONS, "Feelings"), (LaneKind.PAIN_POINTS, "Pains"),
             (LaneKind.OPPORTUNITIES, "Ideas"), (LaneKind.KPIS, "Measures"),
             (LaneKind.BACKSTAGE, "Backstage")]
    lanes = [Lane(map_id=map_id, position=i, kind=k, title=t,
                  line_after=LineAfter.VISIBILITY if k == LaneKind.KPIS else LineAfter.NONE)
             for i, (k, t) in enumerate(kinds)]
    by_kind = {lane.kind: lane for lane in lanes}
    cards = []
    for i, stage in enumerate(st):
        cards.append(Card(lane_id=by_kind[LaneKind.ACTIONS].id, stage_id=stage.id,
                          title=f"Action {i + 1}: {POLISH}" if i == 0 else f"Action {i + 1}",
                          body=RUSSIAN if i == 1 else "Reads the terms and conditions"))
        cards.append(Card(lane_id=by_kind[LaneKind.TOUCHPOINTS].id, stage_id=stage.id,
                          title=MARKUP if i == 2 else f"Touchpoint {i + 1}",
                          channel=["web", "email", "phone", "chat", "store", "sms"][i % 6],
                          moment_of_truth=i == 1))
        cards.append(Card(lane_id=by_kind[LaneKind.PAIN_POINTS].id, stage_id=stage.id,
                          title=f"Pain {i + 1}", severity=1 + i % 5))
        cards.append(Card(lane_id=by_kind[LaneKind.OPPORTUNITIES].id, stage_id=stage.id,
                          title=f"Idea {i + 1}", impact=3, effort=2))
        cards.append(Card(lane_id=by_kind[LaneKind.KPIS].id, stage_id=stage.id,
                          title=f"KPI {i + 1}", metric=Metric("NPS", 30 + i * 10, 60, "%")))
        cards.append(Card(lane_id=by_kind[LaneKind.BACKSTAGE].id, stage_id=stage.id,
                          title=f"System {i + 1}"))
    points = [EmotionPoint(lane_id=by_kind[LaneKind.EMOTIONS].id, stage_id=stage.id,
                           score=[1, -1, -2, 2, 0, 1][i], persona_id=persona_ids[0]
                           if persona_ids else None, label="Low point" if i == 2 else "")
              for i, stage in enumerate(st)]
    points += [EmotionPoint(lane_id=by_kind[LaneKind.EMOTIONS].id, stage_id=stage.id,
                            score=1, series=Series.TO_BE,
                            persona_id=persona_ids[0] if persona_ids else None)
               for stage in st]
    return MapContent(jm, st, lanes, cards, points)


def make_project(path: Path, *, stages: int = 4, with_image: bool = True,
                 brand: str = "Acme CX studio"):
    """A project file with one realistic map; returns (Document, map_id)."""
    from mapstudio.store import Document

    persona = Persona(name="Ola Nowak", role="First-time buyer", age="31",
                      goals=["Buy a flat", POLISH], frustrations=["Paperwork", RUSSIAN],
                      channels=["web", "phone"], quote="Just tell me where I stand")
    content = sample_content("map-1", [persona.id], stages)
    second = sample_content("map-2", [], 3, "Second map")
    for obj in (*second.stages, *second.lanes, *second.cards, *second.emotion_points):
        obj.id = obj.id + "-2"
    lane_ids = {lane.id[:-2]: lane.id for lane in second.lanes}
    stage_ids = {s.id[:-2]: s.id for s in second.stages}
    for card in second.cards:
        card.lane_id, card.stage_id = lane_ids[card.lane_id], stage_ids[card.stage_id]
    for p in second.emotion_points:
        p.lane_id, p.stage_id = lane_ids[p.lane_id], stage_ids[p.stage_id]
    second.map.position = 1
    data = ProjectData(project=Project(title="Export test",
                                       settings=ProjectSettings(brand_name=brand)),
                       personas=[persona], maps=[content, second])
    doc = Document.create(path, "Export test", data=data)
    if with_image:
        asset = doc.add_image(png_bytes())
        storyboard = doc.add_lane(Lane(map_id="map-1", position=len(content.lanes),
                                       kind=LaneKind.STORYBOARD, title="Storyboard"))
        doc.add_card(Card(lane_id=storyboard.id, stage_id=content.stages[0].id,
                          title="Scene one", image_asset_id=asset.id))
    return doc, "map-1"
