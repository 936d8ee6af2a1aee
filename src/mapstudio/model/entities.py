"""Plain dataclasses of the journey-map domain (DESIGN §2).

They carry no behaviour beyond validation, so the store, the interchange formats, the
layout and the canvas can all share them without importing one another.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .enums import Confidence, EvidenceSource, LaneKind, LineAfter, MapType, NoteTarget, Series


def new_id() -> str:
    return str(uuid.uuid4())


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class EmotionScale:
    """Inclusive integer range of emotion scores with optional labels, one per step."""

    min: int = -2
    max: int = 2
    labels: list[str] = field(default_factory=list)

    @property
    def steps(self) -> int:
        return self.max - self.min + 1

    def clamp(self, score: float) -> float:
        return min(max(score, self.min), self.max)

    def snap(self, score: float) -> int:
        return int(round(self.clamp(score)))

    def rescale(self, score: float, target: EmotionScale) -> int:
        """Map a score linearly onto another scale, snapped to its steps."""
        span = self.max - self.min
        t = 0.5 if span == 0 else (self.clamp(score) - self.min) / span
        return target.snap(target.min + t * (target.max - target.min))

    def label_for(self, score: float) -> str:
        if not self.labels:
            return ""
        i = self.snap(score) - self.min
        return self.labels[i] if 0 <= i < len(self.labels) else ""


@dataclass
class ProjectSettings:
    default_scale: EmotionScale = field(default_factory=EmotionScale)
    theme: str = "system"
    brand_name: str = ""
    brand_logo_asset_id: str | None = None
    # the language of the words the map itself shows and prints (lane-kind captions, badges,
    # page furniture): a code such as "ru"; "" follows the interface
    language: str = ""


@dataclass
class Project:
    id: str = field(default_factory=new_id)
    title: str = "Untitled project"
    description: str = ""
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)
    app_version: str = ""
    settings: ProjectSettings = field(default_factory=ProjectSettings)


@dataclass
class Persona:
    id: str = field(default_factory=new_id)
    name: str = "New persona"
    photo_asset_id: str | None = None
    role: str = ""
    age: str = ""
    location: str = ""
    segment: str = ""
    market_size: str = ""
    bio: str = ""
    quote: str = ""
    goals: list[str] = field(default_factory=list)
    frustrations: list[str] = field(default_factory=list)
    motivations: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    technology: str = ""
    colour: str = "#3b82f6"


@dataclass
class JourneyMap:
    id: str = field(default_factory=new_id)
    title: str = "New journey map"
    goal: str = ""
    map_type: MapType = MapType.CURRENT_STATE
    persona_ids: list[str] = field(default_factory=list)
    scale: EmotionScale = field(default_factory=EmotionScale)
    position: int = 0
    counterpart_id: str | None = None
    owner: str = ""  # who keeps the map true (a name or a role such as "CX lead")
    review_by: str | None = None  # ISO date (YYYY-MM-DD) by which it is due for review


@dataclass
class Stage:
    map_id: str
    id: str = field(default_factory=new_id)
    position: int = 0
    name: str = "Stage"
    description: str = ""
    colour: str = ""
    width: float = 240.0
    phase: str = ""
    owner: str = ""
    linked_map_id: str | None = None  # a map of the project detailing this stage


@dataclass
class Lane:
    map_id: str
    id: str = field(default_factory=new_id)
    position: int = 0
    kind: LaneKind = LaneKind.TEXT
    title: str = "Lane"
    colour: str = ""
    height: float | None = None  # None: grows with content
    line_after: LineAfter = LineAfter.NONE


METRIC_DIRECTIONS = ("higher", "lower")


@dataclass(slots=True)
class MetricValue:
    """One dated value of a KPI (its history, oldest first, one value per day)."""

    date: str  # ISO date, YYYY-MM-DD
    value: float


@dataclass(slots=True)
class Metric:
    name: str = ""
    value: float | None = None
    target: float | None = None
    unit: str = ""
    direction: str | None = None  # better when "higher" or "lower"; None: guessed from words
    key: str = ""  # the metric key bound to data ("" = typed by hand)
    history: list[MetricValue] = field(default_factory=list)


@dataclass(slots=True)
class Evidence:
    """One source behind a card: what kind, a note (who, when, how many) and a link."""

    source: EvidenceSource = EvidenceSource.INTERVIEW
    note: str = ""
    link: str = ""


@dataclass(slots=True)  # a million of them in one import: no per-card __dict__
class Card:
    lane_id: str
    stage_id: str
    id: str = field(default_factory=new_id)
    position: int = 0
    span: int = 1
    title: str = ""
    body: str = ""
    colour: str = ""
    icon: str = ""
    channel: str = ""
    owner: str = ""
    tags: list[str] = field(default_factory=list)
    severity: int | None = None
    impact: int | None = None
    effort: int | None = None
    metric: Metric | None = None
    image_asset_id: str | None = None
    link: str = ""
    persona_id: str | None = None
    moment_of_truth: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    confidence: Confidence | None = None
    linked_map_id: str | None = None  # another map of the project this card drills into


@dataclass
class EmotionPoint:
    lane_id: str
    stage_id: str
    score: float
    id: str = field(default_factory=new_id)
    position: int = 0
    persona_id: str | None = None
    series: Series = Series.AS_IS
    label: str = ""


@dataclass
class ReviewNote:
    """A note pinned to a card or a stage during review; a reply names its parent."""

    target_kind: NoteTarget
    target_id: str
    text: str = ""
    id: str = field(default_factory=new_id)
    author: str = ""
    created: str = field(default_factory=now_iso)
    resolved: bool = False
    parent_id: str | None = None


@dataclass
class Asset:
    sha256: str
    mime: str
    width: int
    height: int
    data: bytes = field(repr=False)
    thumbnail: bytes = field(default=b"", repr=False)
    id: str = field(default_factory=new_id)


@dataclass
class Snapshot:
    name: str
    data: bytes = field(repr=False)  # zlib-compressed JSON of the project
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    note: str = ""


@dataclass
class MapContent:
    """Everything needed to display one map, in display order."""

    map: JourneyMap
    stages: list[Stage] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    emotion_points: list[EmotionPoint] = field(default_factory=list)
    notes: list[ReviewNote] = field(default_factory=list)  # oldest first

    def cards_in(self, lane_id: str, stage_id: str) -> list[Card]:
        return sorted(
            (c for c in self.cards if c.lane_id == lane_id and c.stage_id == stage_id),
            key=lambda c: c.position,
        )


@dataclass
class ProjectData:
    """A whole project as one value: what JSON export/import and templates exchange."""

    project: Project
    personas: list[Persona] = field(default_factory=list)
    maps: list[MapContent] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    snapshots: list[Snapshot] = field(default_factory=list)
