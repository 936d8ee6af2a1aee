"""The JSON interchange format (DESIGN §4): whole projects, also used by templates.

Import validates twice: against the shipped JSON Schema (errors name the JSON path) and
against the model's own rules (errors located back to a JSON path). Export is canonical
(sorted keys, fixed indent) so two exports of the same project are byte-identical.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import Counter
from dataclasses import fields, is_dataclass
from enum import Enum
from functools import cache
from importlib import resources
from pathlib import Path

import jsonschema

from ..model import (
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
    ValidationError,
    limits,
    validate_project,
)
from ..model.limits import LimitError
from .errors import InterchangeError
from .files import read_text, write_text_atomic
from .inflating import inflate
from .model_paths import locate
from .schema_fast import FastSchema

FORMAT, VERSION = "mapstudio", 1


@cache
def schema() -> dict:
    """The shipped JSON Schema (draft 2020-12) of format version 1."""
    text = resources.files(__package__).joinpath("mapstudio.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _fast_schema() -> FastSchema:
    return FastSchema(schema())


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema())


def json_path(path) -> str:
    """`maps[0].cards[3].severity` from a jsonschema path deque."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(document)"


# ---- export -----------------------------------------------------------------------------

def _plain(value):
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if is_dataclass(value):
        return _dict(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _dict(obj, drop: tuple[str, ...] = ()) -> dict:
    return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj) if f.name not in drop}


def map_to_dict(content: MapContent) -> dict:
    """One map with its stages, lanes, cards and emotion points."""
    return {
        **_dict(content.map),
        "stages": [_dict(s, ("map_id",)) for s in content.stages],
        "lanes": [_dict(x, ("map_id",)) for x in content.lanes],
        "cards": [_dict(c) for c in content.cards],
        "emotion_points": [_dict(p) for p in content.emotion_points],
        "notes": [_dict(n) for n in content.notes],
    }


def project_to_dict(data: ProjectData, *, snapshots: bool = True) -> dict:
    """The whole project as plain JSON values (every field written)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "project": _dict(data.project),
        "personas": [_dict(p) for p in data.personas],
        "maps": [map_to_dict(m) for m in data.maps],
        "assets": [_dict(a) for a in data.assets],
        "snapshots": [_dict(s) for s in data.snapshots] if snapshots else [],
    }


def canonical_json(obj) -> str:
    """Sorted keys, indent 2, real Unicode, trailing newline: stable bytes for stable data."""
    try:
        return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True,
                          allow_nan=False) + "\n"
    except ValueError as exc:  # NaN or infinity slipped into a number field
        raise InterchangeError(f"cannot export: {exc}") from exc


def dumps(data: ProjectData) -> str:
    return canonical_json(project_to_dict(data))


def write_json(data: ProjectData, path: Path | str, force: bool = False) -> None:
    """Write atomically: a temp file beside the target, renamed over it."""
    write_text_atomic(Path(path), dumps(data), force)


# ---- import -----------------------------------------------------------------------------

def _b64(text: str, where: str) -> bytes:
    try:
        return base64.b64decode(text or "", validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InterchangeError(f"{where}: not valid base64") from exc


def _known(cls, obj: dict, **override) -> dict:
    names = {f.name for f in fields(cls)}
    out = {k: v for k, v in obj.items() if k in names}
    out.update(override)
    return out


def _scale(obj: dict | None) -> EmotionScale:
    return EmotionScale(**obj) if obj else EmotionScale()


def _stage(s: dict, map_id: str, j: int) -> Stage:
    return Stage(**_known(Stage, s, map_id=map_id, position=s.get("position", j),
                          width=float(s.get("width", 240.0))))


def _lane(x: dict, map_id: str, j: int) -> Lane:
    height = x.get("height")
    return Lane(**_known(Lane, x, map_id=map_id, position=x.get("position", j),
                         kind=LaneKind(x["kind"]), height=None if height is None else float(height),
                         line_after=LineAfter(x.get("line_after", "none"))))


def card_from_dict(c: dict, **override) -> Card:
    """A card from its JSON object (nested KPI, history and sources built too); `override`
    replaces fields (a pasted card's new id and cell). The values are not checked here."""
    return Card(**_known(Card, c, metric=_metric(c.get("metric")),
                         evidence=[Evidence(**_known(Evidence, e,
                                                     source=EvidenceSource(e["source"])))
                                   for e in c.get("evidence") or []],
                         confidence=_enum(Confidence, c.get("confidence")), **override))


def _cards(items: list[dict]) -> list[Card]:
    """Cards; a card without a position goes after the others already in its cell."""
    seen: Counter = Counter()
    cards = []
    for c in items:
        cell = (c["lane_id"], c["stage_id"])
        cards.append(card_from_dict(c, position=c.get("position", seen[cell])))
        seen[cell] += 1
    return cards


def _metric(obj: dict | None) -> Metric | None:
    if obj is None:
        return None
    history = [MetricValue(v["date"], v["value"]) for v in obj.get("history", [])]
    return Metric(**_known(Metric, obj, history=history))


def _enum(enum, value):
    return None if value is None else enum(value)


def _note(n: dict) -> ReviewNote:
    return ReviewNote(**_known(ReviewNote, n, target_kind=NoteTarget(n["target_kind"])))


def _map(m: dict, i: int) -> MapContent:
    jm = JourneyMap(**_known(JourneyMap, m, map_type=MapType(m["map_type"]),
                             scale=_scale(m.get("scale")), position=m.get("position", i)))
    return MapContent(
        map=jm,
        stages=[_stage(s, jm.id, j) for j, s in enumerate(m.get("stages", []))],
        lanes=[_lane(x, jm.id, j) for j, x in enumerate(m.get("lanes", []))],
        cards=_cards(m.get("cards", [])),
        emotion_points=[EmotionPoint(**_known(EmotionPoint, e,
                                              series=Series(e.get("series", "as_is"))))
                        for e in m.get("emotion_points", [])],
        notes=[_note(n) for n in m.get("notes", [])],
    )


def schema_error(obj) -> str | None:
    """The most relevant schema violation as `path: message`, or None when valid."""
    found = _fast_schema().error(obj)
    if found is None:
        return None
    path, message = found
    return f"{json_path(path)}: {message}"


def _check_sizes(obj) -> None:
    """The counting limits on the raw document, before the (slower) schema walks it."""
    if not isinstance(obj, dict):
        return
    for key, limit, what in (("maps", limits.MAX_MAPS, "maps in one project"),
                             ("personas", limits.MAX_PERSONAS, "personas in one project"),
                             ("assets", limits.MAX_ASSETS, "images in one project"),
                             ("snapshots", limits.MAX_SNAPSHOTS, "versions in one project")):
        items = obj.get(key)
        if isinstance(items, list):
            limits.check_count(len(items), limit, what, key)
    total = 0
    for i, m in enumerate(obj.get("maps") if isinstance(obj.get("maps"), list) else []):
        if not isinstance(m, dict):
            continue
        for key, limit, what in (("stages", limits.MAX_STAGES, "stages in one map"),
                                 ("lanes", limits.MAX_LANES, "lanes in one map"),
                                 ("cards", limits.MAX_CARDS, "cards in one map"),
                                 ("emotion_points", limits.MAX_EMOTION_POINTS,
                                  "emotion points in one map")):
            items = m.get(key)
            if isinstance(items, list):
                limits.check_count(len(items), limit, what, f"maps[{i}].{key}")
                total += len(items) if key == "cards" else 0
    limits.check_count(total, limits.MAX_PROJECT_CARDS, "cards in one project", "maps")


def project_from_dict(obj) -> ProjectData:
    """Validate and build a project; raises InterchangeError naming the JSON path.

    Versions (snapshots) are inflated once to check they stay within the limit; they are
    parsed (and damage reported) only when opened.
    """
    try:
        _check_sizes(obj)
    except LimitError as exc:
        raise InterchangeError(str(exc)) from exc
    problem = schema_error(obj)
    if problem is not None:
        raise InterchangeError(problem)
    p = obj["project"]
    settings = p.get("settings") or {}
    project = Project(**_known(Project, p, settings=ProjectSettings(
        **_known(ProjectSettings, settings,
                 default_scale=_scale(settings.get("default_scale"))))))
    assets = [Asset(**_known(Asset, a, data=_b64(a["data"], f"assets[{i}].data"),
                             thumbnail=_b64(a.get("thumbnail", ""), f"assets[{i}].thumbnail")))
              for i, a in enumerate(obj.get("assets", []))]
    snapshots = [Snapshot(**_known(Snapshot, s, data=_b64(s["data"], f"snapshots[{i}].data")))
                 for i, s in enumerate(obj.get("snapshots", []))]
    for i, snapshot in enumerate(snapshots):
        try:
            inflate(snapshot.data, f"snapshots[{i}].data")
        except LimitError as exc:
            raise InterchangeError(str(exc)) from exc
        except InterchangeError:
            pass  # damaged: kept as it is, and reported when someone opens that version
    data = ProjectData(
        project=project,
        personas=[Persona(**_known(Persona, x)) for x in obj.get("personas", [])],
        maps=[_map(m, i) for i, m in enumerate(obj.get("maps", []))],
        assets=assets, snapshots=snapshots)
    check_model(data)
    return data


def check_model(data: ProjectData) -> None:
    """Run the model's rules; a failure names the JSON path of the offending object."""
    try:
        validate_project(data)
    except ValidationError as exc:
        if getattr(exc, "where", None) or isinstance(exc, LimitError):
            raise InterchangeError(str(exc)) from exc  # names its place already
        where = locate(data, exc)
        raise InterchangeError(f"{where}: {exc}" if where else str(exc)) from exc


def template_metadata(obj) -> dict | None:
    """The "template" block of a template file (gallery metadata), or None."""
    meta = obj.get("template") if isinstance(obj, dict) else None
    return dict(meta) if isinstance(meta, dict) else None


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def parse_json(text: str):
    """json.loads with a one-line error; NaN and Infinity are refused (not JSON)."""
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise InterchangeError(f"not valid JSON: line {exc.lineno} column {exc.colno}: "
                               f"{exc.msg}") from exc
    except ValueError as exc:
        raise InterchangeError(f"not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise InterchangeError("not valid JSON: nested too deeply") from exc


def loads(text: str) -> ProjectData:
    return project_from_dict(parse_json(text))


def read_json(path: Path | str) -> ProjectData:
    """A project from a .json file; every error message starts with the file name."""
    text = read_text(path)
    try:
        return loads(text)
    except InterchangeError as exc:
        raise InterchangeError(f"{Path(path).name}: {exc}") from exc
