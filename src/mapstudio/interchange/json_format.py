"""The JSON interchange format (DESIGN §4): whole projects, also used by templates.

Import validates twice: against the shipped JSON Schema (errors name the JSON path) and
against the model's own rules. Export is canonical (sorted keys) so two exports of the
same project are byte-identical.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from contextlib import suppress
from dataclasses import asdict, fields
from enum import Enum
from functools import cache
from importlib import resources
from pathlib import Path

import jsonschema
from jsonschema.exceptions import best_match

from ..model import (
    Asset,
    Card,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    LineAfter,
    MapContent,
    MapStudioError,
    MapType,
    Metric,
    Persona,
    Project,
    ProjectData,
    ProjectSettings,
    Series,
    Snapshot,
    Stage,
    ValidationError,
    validate_project,
)

FORMAT, VERSION = "mapstudio", 1


class InterchangeError(MapStudioError):
    """An import that is not valid; the message names the file and JSON path."""


@cache
def schema() -> dict:
    text = resources.files(__package__).joinpath("mapstudio.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema())


def _json_path(path) -> str:
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
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _dict(obj, drop: tuple[str, ...] = ()) -> dict:
    return {f.name: _plain(asdict(obj)[f.name] if hasattr(getattr(obj, f.name),
                                                           "__dataclass_fields__")
                           else getattr(obj, f.name))
            for f in fields(obj) if f.name not in drop}


def project_to_dict(data: ProjectData) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "project": _dict(data.project),
        "personas": [_dict(p) for p in data.personas],
        "maps": [
            {
                **_dict(m.map),
                "stages": [_dict(s, ("map_id",)) for s in m.stages],
                "lanes": [_dict(x, ("map_id",)) for x in m.lanes],
                "cards": [_dict(c) for c in m.cards],
                "emotion_points": [_dict(p) for p in m.emotion_points],
            }
            for m in data.maps
        ],
        "assets": [_dict(a) for a in data.assets],
        "snapshots": [_dict(s) for s in data.snapshots],
    }


def dumps(data: ProjectData) -> str:
    return json.dumps(project_to_dict(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_json(data: ProjectData, path: Path | str, force: bool = False) -> None:
    """Write atomically: a temp file beside the target, renamed over it."""
    write_text_atomic(Path(path), dumps(data), force)


def write_text_atomic(path: Path, text: str, force: bool = False) -> None:
    if path.exists() and not force:
        raise InterchangeError(f"{path}: already exists (use --force to replace it)")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InterchangeError(f"{path}: cannot write here ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


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


def project_from_dict(obj) -> ProjectData:
    """Validate and build a project; raises InterchangeError naming the JSON path."""
    error = best_match(_validator().iter_errors(obj))
    if error is not None:
        raise InterchangeError(f"{_json_path(error.absolute_path)}: {error.message}")
    p = obj["project"]
    settings = p.get("settings") or {}
    project = Project(**_known(Project, p, settings=ProjectSettings(
        **_known(ProjectSettings, settings,
                 default_scale=_scale(settings.get("default_scale"))))))
    personas = [Persona(**_known(Persona, x)) for x in obj.get("personas", [])]
    maps = []
    for i, m in enumerate(obj.get("maps", [])):
        jm = JourneyMap(**_known(JourneyMap, m, map_type=MapType(m["map_type"]),
                                 scale=_scale(m.get("scale")), position=m.get("position", i)))
        stages = [Stage(**_known(Stage, s, map_id=jm.id, position=s.get("position", j)))
                  for j, s in enumerate(m.get("stages", []))]
        lanes = [Lane(**_known(Lane, x, map_id=jm.id, position=x.get("position", j),
                               kind=LaneKind(x["kind"]),
                               line_after=LineAfter(x.get("line_after", "none"))))
                 for j, x in enumerate(m.get("lanes", []))]
        cards = [Card(**_known(Card, c, metric=Metric(**c["metric"]) if c.get("metric")
                               else None)) for c in m.get("cards", [])]
        points = [EmotionPoint(**_known(EmotionPoint, e, series=Series(e.get("series", "as_is"))))
                  for e in m.get("emotion_points", [])]
        maps.append(MapContent(map=jm, stages=stages, lanes=lanes, cards=cards,
                               emotion_points=points))
    assets = [Asset(**_known(Asset, a, data=_b64(a["data"], f"assets[{i}].data"),
                             thumbnail=_b64(a.get("thumbnail", ""), f"assets[{i}].thumbnail")))
              for i, a in enumerate(obj.get("assets", []))]
    snapshots = [Snapshot(**_known(Snapshot, s, data=_b64(s["data"], f"snapshots[{i}].data")))
                 for i, s in enumerate(obj.get("snapshots", []))]
    data = ProjectData(project=project, personas=personas, maps=maps, assets=assets,
                       snapshots=snapshots)
    try:
        validate_project(data)
    except ValidationError as exc:
        raise InterchangeError(str(exc)) from exc
    return data


def loads(text: str) -> ProjectData:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InterchangeError(f"not valid JSON: line {exc.lineno} column {exc.colno}: "
                               f"{exc.msg}") from exc
    return project_from_dict(obj)


def read_text(path: Path | str) -> str:
    path = Path(path)
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as exc:
        raise InterchangeError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InterchangeError(f"{path}: is a folder, not a file") from exc
    except UnicodeDecodeError as exc:
        raise InterchangeError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise InterchangeError(f"{path}: cannot be read ({exc.strerror})") from exc


def read_json(path: Path | str) -> ProjectData:
    try:
        return loads(read_text(path))
    except InterchangeError as exc:
        if str(exc).startswith(str(path)):
            raise
        raise InterchangeError(f"{path}: {exc}") from exc
