"""Plain geometry produced by the layout: what both the canvas and the PDF draw."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .text import FontSpec


class Rect(NamedTuple):
    """An axis-aligned box in points. A named tuple: a big map makes tens of thousands."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def intersects(self, other: Rect) -> bool:
        return (self.x < other.right and other.x < self.right and self.y < other.bottom
                and other.y < self.bottom)


class TextLine(NamedTuple):
    """One wrapped line at its baseline; drawn as is by the canvas and the PDF."""

    text: str
    x: float
    baseline: float
    font: FontSpec
    colour: str = "#1f2937"


@dataclass(frozen=True)
class Badge:
    """A small marker on a card: severity, impact/effort, a KPI bar or a channel."""

    kind: str  # severity | impact | effort | metric | trend | channel | moment | owner
    rect: Rect
    text: str = ""
    value: float = 0.0  # severity level, or metric progress 0..1
    colour: str = "#64748b"
    text_colour: str = "#ffffff"  # of a pill's label: chosen for its fill
    points: tuple[tuple[float, float], ...] = ()  # a trend's line, oldest value first
    guide_y: float | None = None  # a trend's target level


@dataclass(frozen=True)
class CardBox:
    card_id: str
    rect: Rect
    fill: str
    accent: str
    lines: tuple[TextLine, ...]
    badges: tuple[Badge, ...] = ()
    image_rect: Rect | None = None
    image_asset_id: str | None = None
    moment_of_truth: bool = False


@dataclass(frozen=True)
class HeaderBox:
    """A stage column header or a lane row header."""

    id: str
    rect: Rect
    fill: str
    lines: tuple[TextLine, ...]
    kind: str = ""
    band: Rect | None = None  # the whole column or row the header stands for
    icon: Rect | None = None  # a lane's kind icon, clear of its wrapped title
    badges: tuple[Badge, ...] = ()  # a stage's open review notes


@dataclass(frozen=True)
class CurvePoint:
    point_id: str
    x: float
    y: float
    score: float
    label: str = ""
    label_line: TextLine | None = None  # placed clear of other labels, points and curves


@dataclass(frozen=True)
class EmotionSeries:
    lane_id: str
    persona_id: str | None
    series: str
    colour: str
    dashed: bool
    points: tuple[CurvePoint, ...]
    name: str = ""


@dataclass(frozen=True)
class ScaleTick:
    lane_id: str
    y: float
    score: int
    label: str
    text: TextLine | None = None  # the label as drawn, at the plot's left edge


@dataclass(frozen=True)
class BlueprintLine:
    y: float
    x0: float
    x1: float
    kind: str
    label: str
    pill: Rect | None = None  # the label's backing, centred on the line, drawn over cards
    text: TextLine | None = None


@dataclass(frozen=True)
class LegendItem:
    """One emotion series in the map header: a line sample and its name."""

    x0: float
    x1: float
    y: float
    colour: str
    dashed: bool
    text: TextLine


@dataclass(frozen=True)
class PersonaChip:
    """A persona in the map header: a round avatar (photo or initials) and the name."""

    persona_id: str
    avatar: Rect  # the circle's bounding square
    colour: str
    initials: TextLine  # drawn when there is no photo
    name: TextLine
    photo_asset_id: str | None = None
    photo_rect: Rect | None = None  # the photo scaled to cover the circle (clip to avatar)


@dataclass
class MapGeometry:
    width: float
    height: float
    title_lines: tuple[TextLine, ...] = ()
    title_rect: Rect = Rect(0, 0, 0, 0)
    grid_rect: Rect = Rect(0, 0, 0, 0)
    stages: dict[str, HeaderBox] = field(default_factory=dict)
    phases: list[HeaderBox] = field(default_factory=list)  # groups of stages, may be empty
    lanes: dict[str, HeaderBox] = field(default_factory=dict)
    cells: dict[tuple[str, str], Rect] = field(default_factory=dict)
    cards: dict[str, CardBox] = field(default_factory=dict)
    series: list[EmotionSeries] = field(default_factory=list)
    ticks: list[ScaleTick] = field(default_factory=list)
    plot_rects: dict[str, Rect] = field(default_factory=dict)
    blueprint_lines: list[BlueprintLine] = field(default_factory=list)
    legend: list[tuple[str, str, bool]] = field(default_factory=list)  # name, colour, dashed
    legend_items: list[LegendItem] = field(default_factory=list)
    persona_chips: list[PersonaChip] = field(default_factory=list)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """(lane_id, stage_id) of the cell under a point, if any."""
        for key, rect in self.cells.items():
            if rect.contains(x, y):
                return key
        return None
