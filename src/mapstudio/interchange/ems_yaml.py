"""Import the open YAML format of enablement-map-studio (EMS).

An EMS file is a stream of YAML documents with a `kind`. The customer journey
(`kind: cjm`) has a persona, `phases` (our stages) and `actions`, each in a phase with
`touchpoints`, `thoughts_feelings` and an `emotion_score` from -2 to 2. A service
blueprint (`kind: sbp`) adds team lanes whose `tasks` point at journey actions through
`source_id`; those become backstage cards under the action's stage. Other kinds
(outcome, em) have no counterpart on a journey map and are skipped.

Missing keys are tolerated (an action without a phase goes to a trailing "No phase"
stage); wrong types are reported with their place, e.g. `cjm.actions[2].touchpoints:
expected a list of text, got a number`.
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
    Stage,
    ValidationError,
    limits,
    validate_project,
)
from ..model.starter import DEFAULT_LABELS
from .errors import InterchangeError
from .yaml_safe import load_all

EMS_SCALE = (-2, 2)
LANES = ((LaneKind.ACTIONS, "Actions"), (LaneKind.TOUCHPOINTS, "Touchpoints"),
         (LaneKind.THOUGHTS, "Thoughts and feelings"), (LaneKind.EMOTIONS, "Emotions"))
_TYPE_NAMES = {dict: "a mapping", list: "a list", str: "text", int: "a number",
               float: "a number", bool: "true/false", type(None): "nothing"}


def _kind_of(value) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _get(obj: dict, key: str, expected: type, where: str, default):
    value = obj.get(key, default)
    if value is None:
        return default
    if expected is str and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, expected) or isinstance(value, bool) and expected is not bool:
        raise InterchangeError(f"{where}.{key}: expected {_TYPE_NAMES[expected]}, "
                               f"got {_kind_of(value)}")
    return value


def _texts(obj: dict, key: str, where: str) -> list[str]:
    items = _get(obj, key, list, where, [])
    for i, item in enumerate(items):
        if not isinstance(item, (str, int, float)) or isinstance(item, bool):
            raise InterchangeError(f"{where}.{key}[{i}]: expected text, got {_kind_of(item)}")
    return [str(item) for item in items]


def _records(doc: dict, key: str, where: str) -> list[tuple[str, dict]]:
    out = []
    for i, item in enumerate(_get(doc, key, list, where, [])):
        if not isinstance(item, dict):
            raise InterchangeError(f"{where}.{key}[{i}]: expected a mapping, "
                                   f"got {_kind_of(item)}")
        out.append((f"{where}.{key}[{i}]", item))
    return out


def _documents(text: str) -> list[dict]:
    docs = [d for d in load_all(text) if d is not None]
    for i, doc in enumerate(docs):
        if not isinstance(doc, dict):
            raise InterchangeError(f"YAML document {i + 1}: expected a mapping with a "
                                   f"'kind', got {_kind_of(doc)}")
    return docs


class _Builder:
    def __init__(self, title: str):
        self.map = JourneyMap(title=title, scale=EmotionScale(*EMS_SCALE, list(DEFAULT_LABELS)))
        self.content = MapContent(map=self.map)
        self.lanes = {}
        for position, (kind, name) in enumerate(LANES):
            lane = Lane(map_id=self.map.id, position=position, kind=kind, title=name)
            self.content.lanes.append(lane)
            self.lanes[kind] = lane
        self.stages: dict[str, Stage] = {}
        self.action_stage: dict[str, Stage] = {}
        self.in_cell: dict[tuple[str, str], int] = {}  # cards so far per (lane, stage)
        self.points_in: dict[str, int] = {}  # emotion points so far per stage

    def stage(self, key: str, name: str, where: str = "cjm") -> Stage:
        if key not in self.stages:
            limits.check_count(len(self.stages) + 1, limits.MAX_STAGES, "stages in one map",
                               where)
            stage = Stage(map_id=self.map.id, position=len(self.content.stages), name=name)
            self.stages[key] = stage
            self.content.stages.append(stage)
        return self.stages[key]

    def card(self, lane: Lane, stage: Stage, title: str, body: str = "",
             where: str = "cjm") -> Card:
        limits.check_count(len(self.content.cards) + 1, limits.MAX_CARDS, "cards in one map",
                           where)
        position = self.in_cell.get((lane.id, stage.id), 0)
        self.in_cell[(lane.id, stage.id)] = position + 1
        card = Card(lane_id=lane.id, stage_id=stage.id, position=position, title=title,
                    body=body)
        self.content.cards.append(card)
        return card


def _journey(doc: dict, builder: _Builder, personas: list[Persona]) -> None:
    where = "cjm"
    persona = _get(doc, "persona", dict, where, {})
    if persona:
        personas.append(Persona(name=_get(persona, "name", str, f"{where}.persona", "Persona"),
                                bio=_get(persona, "description", str, f"{where}.persona", "")))
        builder.map.persona_ids = [personas[-1].id]
    for at, phase in _records(doc, "phases", where):
        name = _get(phase, "name", str, at, "")
        builder.stage(_get(phase, "id", str, at, at), name, at)
    for at, action in _records(doc, "actions", where):
        phase_id = _get(action, "phase", str, at, "")
        if phase_id and phase_id not in builder.stages:
            raise InterchangeError(f"{at}.phase: no phase with id {phase_id!r}")
        stage = builder.stages[phase_id] if phase_id else builder.stage("", "No phase")
        name = _get(action, "name", str, at, "")
        action_id = _get(action, "id", str, at, at)
        builder.action_stage[action_id] = stage
        builder.card(builder.lanes[LaneKind.ACTIONS], stage, name,
                     _get(action, "description", str, at, ""), at)
        for touchpoint in _texts(action, "touchpoints", at):
            builder.card(builder.lanes[LaneKind.TOUCHPOINTS], stage, touchpoint, where=at)
        for thought in _texts(action, "thoughts_feelings", at):
            builder.card(builder.lanes[LaneKind.THOUGHTS], stage, thought, where=at)
        score = action.get("emotion_score")
        if score is None:
            continue
        if isinstance(score, bool) or not isinstance(score, (int, float)):
            raise InterchangeError(f"{at}.emotion_score: expected a number from -2 to 2, "
                                   f"got {_kind_of(score)}")
        if not EMS_SCALE[0] <= score <= EMS_SCALE[1]:
            raise InterchangeError(f"{at}.emotion_score: {score} is outside -2..2")
        emotions = builder.lanes[LaneKind.EMOTIONS]
        position = builder.points_in.get(stage.id, 0)
        builder.points_in[stage.id] = position + 1
        limits.check_count(len(builder.content.emotion_points) + 1, limits.MAX_EMOTION_POINTS,
                           "emotion points in one map", at)
        builder.content.emotion_points.append(EmotionPoint(
            lane_id=emotions.id, stage_id=stage.id, score=score, position=position,
            label=name, persona_id=builder.map.persona_ids[0] if persona else None))


def _blueprint(doc: dict, builder: _Builder) -> None:
    """Team tasks linked to journey actions become backstage cards in the action's stage."""
    where = "sbp"
    team_lanes: dict[str, Lane] = {}
    for at, lane in _records(doc, "lanes", where):
        if _get(lane, "kind", str, at, "team") == "cjm":
            continue
        team = Lane(map_id=builder.map.id, position=len(builder.content.lanes),
                    kind=LaneKind.BACKSTAGE, title=_get(lane, "name", str, at, "Team"),
                    colour="")
        team_lanes[_get(lane, "id", str, at, at)] = team
    used: set[str] = set()
    for at, task in _records(doc, "tasks", where):
        lane = team_lanes.get(_get(task, "lane", str, at, ""))
        stage = builder.action_stage.get(_get(task, "source_id", str, at, ""))
        if lane is None or stage is None:
            continue  # journey mirror tasks, or tasks not tied to a moment of the journey
        used.add(lane.id)
        builder.card(lane, stage, _get(task, "name", str, at, ""),
                     _get(task, "description", str, at, ""), at)
    for lane in team_lanes.values():
        if lane.id in used:
            lane.position = len(builder.content.lanes)
            builder.content.lanes.append(lane)


def import_ems_yaml(text: str, title: str = "Imported journey") -> ProjectData:
    """A project with one journey map from an EMS YAML file (cjm, optionally sbp)."""
    docs = _documents(text.removeprefix("\ufeff"))
    journeys = [d for d in docs if d.get("kind") == "cjm"
                or ("kind" not in d and ("phases" in d or "actions" in d))]
    if not journeys:
        kinds = ", ".join(sorted({str(d.get("kind")) for d in docs})) or "none"
        raise InterchangeError(f"no customer journey (kind: cjm) in the file (found: {kinds})")
    builder = _Builder(title)
    personas: list[Persona] = []
    _journey(journeys[0], builder, personas)
    for doc in docs:
        if doc.get("kind") == "sbp":
            _blueprint(doc, builder)
    if not builder.content.stages:
        builder.stage("", "Journey")
    data = ProjectData(project=Project(title=title), personas=personas, maps=[builder.content])
    try:
        validate_project(data)
    except ValidationError as exc:
        raise InterchangeError(str(exc)) from exc
    return data
