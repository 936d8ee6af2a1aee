"""Build a project from CSV records (see csv_format for the columns).

Separate from the exporter because import is where the user's hand-edited spreadsheets
arrive: every problem is reported with its row (header = row 1) and column.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import (
    Card,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    MapContent,
    MapType,
    Metric,
    Persona,
    Project,
    ProjectData,
    Series,
    Stage,
    ValidationError,
    limits,
    validate_project,
)
from ..model.values import BAD_CHAR
from .csv_living import read_card, read_map, read_stage
from .csv_rows import _SCALE, NO, YES, Row, RowType, guess_kind, unprotect
from .errors import InterchangeError

__all__ = ["NO", "YES", "Row", "RowType", "guess_kind", "import_rows", "unprotect"]

REQUIRED = ("stage", "lane", "title")


@dataclass
class _Slots:
    """The stages (or lanes) of one map: by key, and the first of each name."""

    what: str  # "stage" or "lane"
    limit: int
    items: dict = field(default_factory=dict)    # key -> (sort key, Stage or Lane)
    by_name: dict = field(default_factory=dict)  # name -> first Stage or Lane so called

    def get(self, row: Row, name: str, position: int | None, order: int, make):
        """Find or create the one a row refers to (by position, else by name)."""
        if position is None:
            found = self.by_name.get(name)
            if found is not None:
                return found
            key = ("name", name)
        else:
            key = ("position", position)
            if key in self.items and _name(self.items[key][1]) != name:
                raise row.fail(f"{self.what}_position", f"{self.what} {position} is called "
                               f"{_name(self.items[key][1])!r} in an earlier row, here "
                               f"{name!r}")
        if key not in self.items:
            limits.check_count(len(self.items) + 1, self.limit, f"{self.what}s in one map",
                               f"row {row.number}")
            item = make()
            self.items[key] = ((position if position is not None else math.inf, order), item)
            self.by_name.setdefault(name, item)
        return self.items[key][1]


@dataclass
class _MapBuild:
    content: MapContent
    stages: _Slots = field(default_factory=lambda: _Slots("stage", limits.MAX_STAGES))
    lanes: _Slots = field(default_factory=lambda: _Slots("lane", limits.MAX_LANES))
    cells: dict = field(default_factory=dict)    # (lane id, stage id) -> [Card]
    card_rows: array = field(default_factory=lambda: array("q"))   # of content.cards
    point_rows: array = field(default_factory=lambda: array("q"))  # of emotion_points
    scale_row: int | None = None


def _position(card: Card) -> float:
    return card.position


def _name(item) -> str:
    return item.name if isinstance(item, Stage) else item.title


class _Importer:
    def __init__(self, header: list[str], title: str):
        self.header, self.title = header, title
        self.maps: dict[str, _MapBuild] = {}
        self.personas: dict[str, Persona] = {}
        self.order = 0
        self.cards = 0

    def persona(self, row: Row, name: str) -> str | None:
        if not name:
            return None
        if name not in self.personas:
            limits.check_count(len(self.personas) + 1, limits.MAX_PERSONAS,
                               "personas in one project", f"row {row.number}")
            self.personas[name] = Persona(name=name)
        return self.personas[name].id

    def map_for(self, row: Row) -> _MapBuild:
        name = row.text("map") if "map" in self.header else self.title
        if name not in self.maps:
            limits.check_count(len(self.maps) + 1, limits.MAX_MAPS, "maps in one project",
                               f"row {row.number}")
            jm = JourneyMap(title=name, position=len(self.maps),
                            map_type=row.choice("map_type", MapType, MapType.CURRENT_STATE))
            self.maps[name] = _MapBuild(MapContent(map=jm))
        read_map(row, self.maps[name].content)
        return self.maps[name]

    def stage(self, build: _MapBuild, row: Row) -> Stage:
        name, map_id = row.text("stage"), build.content.map.id
        stage = build.stages.get(row, name, row.whole("stage_position", 0), self.order,
                                 lambda: Stage(map_id=map_id, name=name))
        read_stage(row, stage)
        return stage

    def lane(self, build: _MapBuild, row: Row) -> Lane:
        title, map_id = row.text("lane"), build.content.map.id
        kind = row.choice("lane_kind", LaneKind, None)
        lane = build.lanes.get(row, title, row.whole("lane_position", 0), self.order,
                               lambda: Lane(map_id=map_id, title=title,
                                            kind=kind or guess_kind(title)))
        if kind is not None and lane.kind != kind:
            raise row.fail("lane_kind", f"lane {title!r} is {lane.kind.value} in an earlier "
                                        f"row, here {kind.value}")
        return lane

    def add(self, row: Row) -> None:
        self.order += 1
        row_type = row.choice("row_type", RowType, RowType.CARD)
        build = self.map_for(row)
        if row_type is RowType.MAP:
            return
        if row_type is RowType.STAGE:
            self.stage(build, row)
            return
        if row_type is RowType.LANE:
            self.lane(build, row)
            return
        stage, lane = self.stage(build, row), self.lane(build, row)
        if row_type is RowType.CARD:
            self.card(build, row, stage, lane)
        else:
            self.point(build, row, stage, lane)

    def card(self, build: _MapBuild, row: Row, stage: Stage, lane: Lane) -> None:
        metric_fields = ("metric_name", "metric_value", "metric_target", "metric_unit",
                         "metric_direction")
        metric = None
        if any(row.text(c) for c in metric_fields):
            metric = Metric(row.text("metric_name"), row.decimal("metric_value"),
                            row.decimal("metric_target"), row.text("metric_unit"),
                            row.direction("metric_direction"))
        moment = row.text("moment_of_truth").lower()
        if moment not in YES | NO:
            raise row.fail("moment_of_truth", f"{moment!r} is not yes or no")
        card = Card(
            lane_id=lane.id, stage_id=stage.id, span=row.whole("span", 1, default=1),
            title=row.text("title"), body=row.text("body"), colour=row.text("colour"),
            channel=row.text("channel"), owner=row.text("owner"),
            tags=[t for t in (x.strip() for x in row.text("tags").split(";")) if t],
            severity=row.whole("severity", 1, 5), impact=row.whole("impact", 1, 5),
            effort=row.whole("effort", 1, 5), metric=metric, link=row.text("link"),
            persona_id=self.persona(row, row.text("persona")), moment_of_truth=moment in YES)
        read_card(row, card)
        position = row.whole("position", 0)
        # until `finish_map` numbers the cell: the wished-for place (rows in file order)
        card.position = position if position is not None else math.inf
        limits.check_count(len(build.card_rows) + 1, limits.MAX_CARDS, "cards in one map",
                           f"row {row.number}")
        self.cards += 1
        limits.check_count(self.cards, limits.MAX_PROJECT_CARDS, "cards in one project",
                           f"row {row.number}")
        build.cells.setdefault((lane.id, stage.id), []).append(card)
        build.content.cards.append(card)
        build.card_rows.append(row.number)

    def point(self, build: _MapBuild, row: Row, stage: Stage, lane: Lane) -> None:
        score = row.decimal("score")
        if score is None:
            raise row.fail("score", "an emotion row needs a score")
        scale_text = row.text("scale")
        if scale_text:
            match = _SCALE.match(scale_text)
            if not match or int(match[1]) >= int(match[2]):
                raise row.fail("scale", f"{scale_text!r} is not like -2..2")
            scale = EmotionScale(int(match[1]), int(match[2]))
            if build.scale_row is None:
                build.content.map.scale, build.scale_row = scale, row.number
            elif (scale.min, scale.max) != (build.content.map.scale.min,
                                            build.content.map.scale.max):
                raise row.fail("scale", f"{scale_text} differs from row {build.scale_row}")
        point = EmotionPoint(lane_id=lane.id, stage_id=stage.id, score=score,
                             position=row.whole("position", 0, default=0),
                             persona_id=self.persona(row, row.text("persona")),
                             series=row.choice("series", Series, Series.AS_IS),
                             label=row.text("title"))
        limits.check_count(len(build.point_rows) + 1, limits.MAX_EMOTION_POINTS,
                           "emotion points in one map", f"row {row.number}")
        build.content.emotion_points.append(point)
        build.point_rows.append(row.number)

    def finish(self) -> ProjectData:
        maps = [self.finish_map(b) for b in self.maps.values()]
        data = ProjectData(project=Project(title=self.title),
                           personas=list(self.personas.values()), maps=maps)
        try:
            validate_project(data)
        except ValidationError as exc:
            raise InterchangeError(str(exc)) from exc
        return data

    def finish_map(self, build: _MapBuild) -> MapContent:
        content = build.content
        for slots, target in ((build.stages, content.stages), (build.lanes, content.lanes)):
            for position, (_, item) in enumerate(sorted(slots.items.values(),
                                                        key=lambda x: x[0])):
                item.position = position
                target.append(item)
        stages = {s.id: s for s in content.stages}
        for cell in build.cells.values():
            cell.sort(key=_position)  # stable: rows without a position keep file order
            for position, card in enumerate(cell):
                card.position = position
        build.cells.clear()
        for card, number in zip(content.cards, build.card_rows, strict=True):
            stage = stages[card.stage_id]
            if stage.position + card.span > len(content.stages):
                raise InterchangeError(f"row {number}, column span: {card.span} stages from "
                                       f"{stage.name!r} runs past the last stage")
        scale = content.map.scale
        for point, number in zip(content.emotion_points, build.point_rows, strict=True):
            if not scale.min <= point.score <= scale.max:
                raise InterchangeError(f"row {number}, column score: {point.score} is outside "
                                       f"the scale {scale.min}..{scale.max}")
        used = {x.persona_id for x in (*content.cards, *content.emotion_points)}
        content.map.persona_ids = [p.id for p in self.personas.values() if p.id in used]
        return content


def import_rows(header: list[str], records: Iterable[list[str]], title: str) -> ProjectData:
    """Validate the header, then build maps row by row; errors name row and column.

    `records` may be a stream (a csv.reader over a file): rows are read one at a time and
    only what the project keeps of them stays in memory.
    """
    limits.check_count(len(header), limits.MAX_CSV_COLUMNS, "columns", "CSV header (row 1)")
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InterchangeError(f"CSV header (row 1) is missing required column(s): "
                               f"{', '.join(missing)}")
    duplicates = sorted(h for h, n in Counter(header).items() if h and n > 1)
    if duplicates:
        raise InterchangeError(f"CSV header (row 1) repeats column(s): {', '.join(duplicates)}")
    importer = _Importer(header, title)
    width = len(header)
    for number, record in enumerate(records, start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > width and any(c.strip() for c in record[width:]):
            raise InterchangeError(f"row {number}: {len(record)} cells but the header has "
                                   f"{width} columns")
        joined = "\n".join(record)
        clean = (BAD_CHAR.search(joined) is None
                 and (len(joined) <= limits.MAX_TEXT or max(map(len, record)) <= limits.MAX_TEXT))
        importer.add(Row(number, dict(zip(header, record, strict=False)), clean))
    if not importer.maps:
        raise InterchangeError("CSV has a header but no rows")
    return importer.finish()
