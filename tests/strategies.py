"""Hypothesis strategies for valid Map Studio projects, shared by the interchange, store and
command tests.

`project_data()` draws a whole `ProjectData` that passes `validate_project`: personas, a few
maps with stages and lanes, cards packed densely into cells with spans that stay inside
the map, emotion points (only in emotion lanes) within the map's scale, and tiny but real
PNG assets. Sizes are kept small so a hundred examples run in a few seconds.
"""

from __future__ import annotations

import hashlib
import struct
import uuid
import zlib
from datetime import UTC, date, datetime

from hypothesis import strategies as st

from mapstudio.model import (
    Asset,
    Card,
    Confidence,
    EmotionPoint,
    EmotionScale,
    Evidence,
    EvidenceSource,
    JourneyMap,
    Lane,
    LaneKind,
    LineAfter,
    MapContent,
    MapType,
    Metric,
    MetricValue,
    NoteTarget,
    Persona,
    Project,
    ProjectData,
    ProjectSettings,
    ReviewNote,
    Series,
    Snapshot,
    Stage,
)
from mapstudio.model.starter import starter_map

#: Text that has broken exporters before: Polish, Russian, markup, separators, quotes.
TRICKY_TEXT = (
    "Zażółć gęślą jaźń", "ąęłńóśźż ĄĘŁŃÓŚŹŻ", "Привет, мир! Ёлка", "<b>&amp;</b>",
    "a: b; c, d", 'He said "yes"', "two\nlines", "tab\there", "#hashtag %percent",
    "emoji 🙂 ok", "   padded   ",
)

_chars = st.characters(blacklist_categories=("Cs", "Cc"))
plain_text = st.text(_chars, max_size=24)
text = st.one_of(plain_text, st.sampled_from(TRICKY_TEXT))
short_lists = st.lists(text, max_size=3)
colours = st.one_of(
    st.just(""),
    st.integers(0, 0xFFFFFF).map(lambda n: f"#{n:06x}"),
    st.integers(0, 0xFFFFFFFF).map(lambda n: f"#{n:08X}"),
)
ratings = st.one_of(st.none(), st.integers(1, 5))
numbers = st.one_of(st.none(), st.integers(-10_000, 10_000),
                    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False))
timestamps = st.integers(1_500_000_000, 1_900_000_000).map(
    lambda t: datetime.fromtimestamp(t, UTC).isoformat())


def tiny_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid solid-colour PNG, built without Pillow so strategies stay pure."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


class _Ids:
    """Unique UUID strings: a drawn 64-bit prefix and a counter (unique even when shrunk)."""

    def __init__(self, prefix: int):
        self.prefix, self.count = prefix, 0

    def __call__(self) -> str:
        self.count += 1
        return str(uuid.UUID(int=(self.prefix << 64) | self.count, version=4))


@st.composite
def scales(draw) -> EmotionScale:
    low = draw(st.integers(-5, 1))
    high = low + draw(st.integers(1, 6))
    labels = draw(st.one_of(st.just([]), st.lists(text, min_size=high - low + 1,
                                                   max_size=high - low + 1)))
    return EmotionScale(low, high, labels)


@st.composite
def assets(draw, new_id, index: int = 0) -> Asset:
    """A tiny PNG; `index` goes into the red channel so a project's assets never share bytes
    (the store deduplicates by sha256)."""
    width, height = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    rgb = (index % 256, draw(st.integers(0, 255)), draw(st.integers(0, 255)))
    data = tiny_png(width, height, rgb)
    thumbnail = draw(st.sampled_from([b"", data]))
    return Asset(sha256=hashlib.sha256(data).hexdigest(), mime="image/png", width=width,
                 height=height, data=data, thumbnail=thumbnail, id=new_id())


@st.composite
def personas(draw, new_id, asset_ids: list[str]) -> Persona:
    return Persona(
        id=new_id(), name=draw(text), role=draw(text), age=draw(plain_text),
        photo_asset_id=draw(st.one_of(st.none(), st.sampled_from(asset_ids)))
        if asset_ids else None,
        location=draw(text), segment=draw(text), market_size=draw(plain_text),
        bio=draw(text), quote=draw(text), goals=draw(short_lists),
        frustrations=draw(short_lists), motivations=draw(short_lists),
        channels=draw(short_lists), technology=draw(text),
        colour=draw(colours.filter(bool)),
    )


@st.composite
def evidence_lists(draw) -> list[Evidence]:
    return draw(st.lists(st.builds(Evidence, source=st.sampled_from(list(EvidenceSource)),
                                   note=text, link=plain_text), max_size=3))


@st.composite
def histories(draw) -> list[MetricValue]:
    """Dated KPI values: real days, oldest first, one a day."""
    days = draw(st.lists(st.dates(date(2000, 1, 1), date(2099, 12, 31)), unique=True,
                         max_size=4))
    return [MetricValue(day.isoformat(), float(draw(st.integers(-1000, 1000))))
            for day in sorted(days)]


@st.composite
def review_notes(draw, new_id, stages: list[Stage], cards: list[Card]) -> list[ReviewNote]:
    """Notes pinned to the map's cards and stages, some with replies."""
    targets = [(NoteTarget.STAGE, s.id) for s in stages] + [(NoteTarget.CARD, c.id)
                                                             for c in cards]
    notes: list[ReviewNote] = []
    for _ in range(draw(st.integers(0, 3))):
        kind, target = draw(st.sampled_from(targets))
        note = ReviewNote(kind, target, draw(text), id=new_id(), author=draw(plain_text),
                          created=draw(timestamps), resolved=draw(st.booleans()))
        notes.append(note)
        for _ in range(draw(st.integers(0, 2))):
            notes.append(ReviewNote(kind, target, draw(text), id=new_id(),
                                    author=draw(plain_text), created=draw(timestamps),
                                    resolved=draw(st.booleans()), parent_id=note.id))
    return notes


def _maybe(draw, options: list[str]) -> str | None:
    return draw(st.one_of(st.none(), st.sampled_from(options))) if options else None


@st.composite
def map_contents(draw, new_id, position: int = 0, persona_ids: list[str] = (),
                 asset_ids: list[str] = (), max_stages: int = 5, max_lanes: int = 5,
                 max_cards: int = 10) -> MapContent:
    """One valid map; `counterpart_id` is left for `project_data` to fill in."""
    persona_ids, asset_ids = list(persona_ids), list(asset_ids)
    scale = draw(scales())
    jm = JourneyMap(id=new_id(), title=draw(text), goal=draw(text),
                    map_type=draw(st.sampled_from(list(MapType))),
                    persona_ids=draw(st.lists(st.sampled_from(persona_ids), unique=True,
                                              max_size=3)) if persona_ids else [],
                    scale=scale, position=position, owner=draw(text),
                    review_by=draw(st.one_of(st.none(), st.dates(date(2000, 1, 1),
                                                                 date(2099, 12, 31))
                                            .map(date.isoformat))))
    stages = [Stage(map_id=jm.id, id=new_id(), position=i, name=draw(text),
                    description=draw(text), colour=draw(colours),
                    width=float(draw(st.integers(120, 600))), phase=draw(plain_text),
                    owner=draw(text))
              for i in range(draw(st.integers(1, max_stages)))]
    lanes = [Lane(map_id=jm.id, id=new_id(), position=i, kind=draw(st.sampled_from(list(LaneKind))),
                  title=draw(text), colour=draw(colours),
                  height=draw(st.one_of(st.none(), st.integers(40, 400).map(float))),
                  line_after=draw(st.sampled_from(list(LineAfter))))
             for i in range(draw(st.integers(1, max_lanes)))]
    card_lanes = [lane for lane in lanes if lane.kind is not LaneKind.EMOTIONS]
    cards: list[Card] = []
    filled: dict[tuple[str, str], int] = {}
    for _ in range(draw(st.integers(0, max_cards)) if card_lanes else 0):
        lane = draw(st.sampled_from(card_lanes))
        stage = draw(st.sampled_from(stages))
        cell = (lane.id, stage.id)
        metric = draw(st.one_of(st.none(), st.builds(
            Metric, name=text, value=numbers, target=numbers, unit=plain_text,
            direction=st.sampled_from([None, "higher", "lower"]), key=plain_text,
            history=histories())))
        cards.append(Card(
            lane_id=lane.id, stage_id=stage.id, id=new_id(), position=filled.get(cell, 0),
            span=draw(st.integers(1, len(stages) - stage.position)), title=draw(text),
            body=draw(text), colour=draw(colours), icon=draw(plain_text),
            channel=draw(plain_text), owner=draw(text), tags=draw(short_lists),
            severity=draw(ratings), impact=draw(ratings), effort=draw(ratings), metric=metric,
            image_asset_id=_maybe(draw, asset_ids), link=draw(plain_text),
            persona_id=_maybe(draw, persona_ids), moment_of_truth=draw(st.booleans()),
            evidence=draw(evidence_lists()),
            confidence=draw(st.one_of(st.none(), st.sampled_from(list(Confidence))))))
        filled[cell] = filled.get(cell, 0) + 1
    emotion_lanes = [lane for lane in lanes if lane.kind is LaneKind.EMOTIONS]
    points = []
    for lane in emotion_lanes:
        for stage in draw(st.lists(st.sampled_from(stages), max_size=len(stages),
                                   unique_by=lambda s: s.id)):
            points.append(EmotionPoint(
                lane_id=lane.id, stage_id=stage.id, id=new_id(),
                score=draw(st.integers(scale.min, scale.max)),
                persona_id=_maybe(draw, jm.persona_ids),
                series=draw(st.sampled_from(list(Series))), label=draw(text)))
    return MapContent(map=jm, stages=stages, lanes=lanes, cards=cards, emotion_points=points,
                      notes=draw(review_notes(new_id, stages, cards)))


@st.composite
def project_data(draw, max_maps: int = 3, max_personas: int = 3, max_assets: int = 2,
                 with_snapshots: bool = False, **map_limits) -> ProjectData:
    """A whole valid project; `map_limits` go to `map_contents` (max_stages, …)."""
    new_id = _Ids(draw(st.integers(0, 2**64 - 1)))
    asset_list = [draw(assets(new_id, i)) for i in range(draw(st.integers(0, max_assets)))]
    asset_ids = [a.id for a in asset_list]
    persona_list = [draw(personas(new_id, asset_ids))
                    for _ in range(draw(st.integers(0, max_personas)))]
    persona_ids = [p.id for p in persona_list]
    maps = [draw(map_contents(new_id, i, persona_ids, asset_ids, **map_limits))
            for i in range(draw(st.integers(1, max_maps)))]
    if len(maps) > 1 and draw(st.booleans()):
        maps[0].map.counterpart_id = maps[1].map.id
        maps[1].map.counterpart_id = maps[0].map.id
    if len(maps) > 1:  # drill-downs: a stage or card of one map links to another map
        for content in maps:
            others = [m.map.id for m in maps if m is not content]
            for item in (*content.stages[:1], *content.cards[:2]):
                item.linked_map_id = _maybe(draw, others)
    settings = ProjectSettings(default_scale=draw(scales()),
                               theme=draw(st.sampled_from(["system", "light", "dark"])),
                               brand_name=draw(text),
                               brand_logo_asset_id=_maybe(draw, asset_ids),
                               language=draw(st.sampled_from(["", "en", "it", "pl", "es",
                                                              "ru"])))
    project = Project(id=new_id(), title=draw(text), description=draw(text),
                      created=draw(timestamps), modified=draw(timestamps),
                      app_version=draw(st.sampled_from(["", "0.1.0", "1.2.3"])),
                      settings=settings)
    snapshots = []
    if with_snapshots:
        snapshots = [Snapshot(name=draw(text), data=draw(st.binary(max_size=40)), id=new_id(),
                              created=draw(timestamps), note=draw(text))
                     for _ in range(draw(st.integers(0, 2)))]
    return ProjectData(project=project, personas=persona_list, maps=maps, assets=asset_list,
                       snapshots=snapshots)


def sample_project() -> ProjectData:
    """A small fixed project with Polish, Russian and markup text in every kind of place."""
    content = starter_map("Kredyt hipoteczny — ąęłńóśźż")
    persona = Persona(name="Анна Петрова", quote="<b>&amp;</b>", goals=["Zażółć gęślą jaźń"])
    content.map.persona_ids = [persona.id]
    actions = next(x for x in content.lanes if x.kind is LaneKind.ACTIONS)
    pains = next(x for x in content.lanes if x.kind is LaneKind.PAIN_POINTS)
    emotions = next(x for x in content.lanes if x.kind is LaneKind.EMOTIONS)
    s0, s1 = content.stages[0], content.stages[1]
    content.cards = [
        Card(lane_id=actions.id, stage_id=s0.id, title="Szuka oferty", body="<b>&amp;</b>"),
        Card(lane_id=actions.id, stage_id=s0.id, position=1, title="Звонит в банк", span=2),
        Card(lane_id=pains.id, stage_id=s1.id, title="Długie formularze", severity=4,
             metric=Metric("NPS", 12.5, 30, "pts", direction="higher", key="nps",
                           history=[MetricValue("2025-01-31", 10.0),
                                    MetricValue("2025-02-28", 12.5)]),
             tags=["forms", "ąę"],
             evidence=[Evidence(EvidenceSource.SUPPORT_TICKETS, "Zgłoszenia, marzec"),
                       Evidence(EvidenceSource.ASSUMPTION)],
             confidence=Confidence.SOME_EVIDENCE),
    ]
    content.map.owner, content.map.review_by = "Lider CX", "2025-06-30"
    s0.owner = "Оксана"
    question = ReviewNote(NoteTarget.CARD, content.cards[2].id, "Skąd te dane?",
                          author="Анна", created="2025-03-01T10:00:00+00:00")
    content.notes = [question,
                     ReviewNote(NoteTarget.CARD, content.cards[2].id, "<b>Z ankiety</b>",
                                author="Jan", created="2025-03-02T10:00:00+00:00",
                                parent_id=question.id),
                     ReviewNote(NoteTarget.STAGE, s0.id, "Кто владелец?", resolved=True)]
    content.emotion_points = [
        EmotionPoint(lane_id=emotions.id, stage_id=s0.id, score=1, persona_id=persona.id),
        EmotionPoint(lane_id=emotions.id, stage_id=s1.id, score=-2, label="Злой"),
    ]
    project = Project(title="Projekt ąęł")
    project.settings.language = "pl"
    return ProjectData(project=project, personas=[persona], maps=[content])
