"""Mermaid `journey` diagrams: export one map, import a diagram as a new map.

Mermaid's journey has sections and tasks with a 1–5 score and actors:

    journey
      title Mortgage
      section Research
        Compare offers: 3: Anna, Piotr

Export: stages become sections; cards of action and touchpoint lanes become tasks; each
task's score comes from the emotion points of its stage (the point at the task's index,
else the stage average, else neutral 3), rescaled from the map's scale to 1–5. Task text
cannot hold ':', '#', ';' or a line break (Mermaid's grammar stops there), so those are
written as look-alikes (U+A789 "꞉", U+FF03 "＃", U+FF1B "；") and line breaks as spaces;
import turns the look-alikes back.
"""

from __future__ import annotations

from ..model import (
    Card,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    MapContent,
    Persona,
    Project,
    ProjectData,
    Series,
    Stage,
    ValidationError,
    limits,
    validate_project,
)
from ..model.starter import DEFAULT_LABELS
from ..model.values import text_problem
from .errors import InterchangeError

MERMAID_SCALE = EmotionScale(1, 5, list(DEFAULT_LABELS))
TASK_LANES = (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS)
STANDINS = {":": "\ua789", "#": "\uff03", ";": "\uff1b"}
NEUTRAL = 3


def escape(text: str) -> str:
    """One line, no colons, no comment marker: safe as a Mermaid title, section or task."""
    for char, standin in STANDINS.items():
        text = text.replace(char, standin)
    return " ".join(text.split()).replace("%%", "% %")


def unescape(text: str) -> str:
    for char, standin in STANDINS.items():
        text = text.replace(standin, char)
    return text.strip()


def _stage_scores(content: MapContent, stage: Stage) -> tuple[dict[int, float], float | None]:
    points = [p for p in content.emotion_points if p.stage_id == stage.id]
    preferred = [p for p in points if p.series is Series.AS_IS] or points
    by_position = {p.position: p.score for p in preferred if p.persona_id is None}
    if not by_position:
        by_position = {p.position: p.score for p in preferred}
    average = sum(p.score for p in preferred) / len(preferred) if preferred else None
    return by_position, average


def map_to_mermaid(content: MapContent, personas: list[Persona] = ()) -> str:
    """One map as a Mermaid journey diagram (text ending in a newline)."""
    names = {p.id: escape(p.name).replace(",", " ") for p in personas}
    map_actors = [names[i] for i in content.map.persona_ids if names.get(i)]
    lanes = sorted((x for x in content.lanes if x.kind in TASK_LANES), key=lambda x: x.position)
    lines = ["journey", f"  title {escape(content.map.title) or 'Journey'}"]
    for stage in sorted(content.stages, key=lambda s: s.position):
        lines.append(f"  section {escape(stage.name) or '-'}")
        by_position, average = _stage_scores(content, stage)
        cards = [c for lane in lanes for c in content.cards_in(lane.id, stage.id)]
        for i, card in enumerate(cards):
            raw = by_position.get(i, average)
            score = NEUTRAL if raw is None else content.map.scale.rescale(raw, MERMAID_SCALE)
            actors = [names[card.persona_id]] if names.get(card.persona_id or "") \
                else map_actors
            task = escape(card.title) or escape(card.body) or "-"
            lines.append(f"    {task}: {score}" + (f": {', '.join(actors)}" if actors else ""))
    return "\n".join(lines) + "\n"


def export_mermaid(data: ProjectData, map_index: int = 0) -> str:
    """The project's map at `map_index` (by position) as a Mermaid journey."""
    maps = sorted(data.maps, key=lambda m: m.map.position)
    if not maps:
        raise InterchangeError("the project has no map to export")
    if not 0 <= map_index < len(maps):
        raise InterchangeError(f"no map number {map_index + 1} (the project has {len(maps)})")
    return map_to_mermaid(maps[map_index], data.personas)


def _parse_task(line: str, number: int) -> tuple[str, int, list[str]]:
    name, sep, rest = line.partition(":")
    if not sep:
        raise InterchangeError(f"line {number}: expected 'Task: score: Actors', "
                               f"got {line!r}")
    score_text, _, actors = rest.partition(":")
    try:
        score = int(score_text.strip())
    except ValueError:
        raise InterchangeError(f"line {number}: score {score_text.strip()!r} is not a "
                               "whole number 1 to 5") from None
    if not 1 <= score <= 5:
        raise InterchangeError(f"line {number}: score {score} is outside 1 to 5")
    return unescape(name), score, [unescape(a) for a in actors.split(",") if a.strip()]


def import_mermaid(text: str, title: str = "Imported journey") -> ProjectData:
    """A project with one map built from a Mermaid journey diagram."""
    journey = JourneyMap(title=title, scale=EmotionScale(1, 5, list(DEFAULT_LABELS)))
    actions = Lane(map_id=journey.id, position=0, kind=LaneKind.ACTIONS, title="Actions")
    emotions = Lane(map_id=journey.id, position=1, kind=LaneKind.EMOTIONS, title="Emotions")
    content = MapContent(map=journey, lanes=[actions, emotions])
    personas: dict[str, Persona] = {}
    started = False
    stage: Stage | None = None
    in_stage = 0  # tasks so far in `stage`
    for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("%%"):
            continue
        problem = text_problem(line, limits.MAX_TEXT)
        if problem is not None:
            raise InterchangeError(f"line {number}: {problem}")
        keyword, _, rest = line.partition(" ")
        if not started:
            if line != "journey":
                raise InterchangeError(f"line {number}: a Mermaid journey starts with "
                                       f"'journey', got {line!r}")
            started = True
        elif keyword == "title":
            journey.title = unescape(rest)
        elif keyword in ("accTitle:", "accDescr:", "accTitle", "accDescr"):
            continue
        elif keyword == "section":
            limits.check_count(len(content.stages) + 1, limits.MAX_STAGES, "stages in one map",
                               f"line {number}")
            stage = Stage(map_id=journey.id, position=len(content.stages), name=unescape(rest))
            content.stages.append(stage)
            in_stage = 0
        else:
            name, score, actors = _parse_task(line, number)
            if stage is None:
                stage = Stage(map_id=journey.id, position=0, name="Journey")
                content.stages.append(stage)
            for actor in actors:
                if actor not in personas:
                    limits.check_count(len(personas) + 1, limits.MAX_PERSONAS,
                                       "personas in one project", f"line {number}")
                    personas[actor] = Persona(name=actor)
            limits.check_count(len(content.cards) + 1, limits.MAX_CARDS, "cards in one map",
                               f"line {number}")
            persona_id = personas[actors[0]].id if len(actors) == 1 else None
            content.cards.append(Card(lane_id=actions.id, stage_id=stage.id, title=name,
                                      position=in_stage, persona_id=persona_id))
            content.emotion_points.append(EmotionPoint(
                lane_id=emotions.id, stage_id=stage.id, score=score, position=in_stage,
                label=name))
            in_stage += 1
    if not started:
        raise InterchangeError("empty text: a Mermaid journey starts with 'journey'")
    journey.persona_ids = [p.id for p in personas.values()]
    data = ProjectData(project=Project(title=journey.title), personas=list(personas.values()),
                       maps=[content])
    try:
        validate_project(data)
    except ValidationError as exc:
        raise InterchangeError(str(exc)) from exc
    return data
