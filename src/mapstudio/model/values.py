"""Field by field: every value of a project has its type, a finite size and clean text.

The rules of `validation` assume well-formed values; this walk makes sure they are, for
anything that did not come from our own editor: imports, templates, rows read from a file
someone handed over. A violation is one `ValidationError` whose message and `where` name
the field as a path in the JSON format (`maps[0].cards[3].title`).
"""

from __future__ import annotations

import math
import re
from dataclasses import fields
from enum import Enum
from functools import cache

from . import limits
from .entities import Asset, Evidence, MetricValue, ProjectData
from .enums import Confidence, EvidenceSource, LaneKind, LineAfter, MapType, NoteTarget, Series
from .errors import ValidationError

# C0 controls other than tab, line feed and carriage return, DEL, lone surrogates and the
# two non-characters XML 1.0 forbids: none of them can be printed or written to SVG.
BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_ENUMS = {"MapType": MapType, "LaneKind": LaneKind, "LineAfter": LineAfter, "Series": Series,
          "EvidenceSource": EvidenceSource, "Confidence": Confidence,
          "NoteTarget": NoteTarget}
# dataclasses held in lists (a card's evidence, a KPI's history): checked item by item
_ITEMS = {"list[Evidence]": Evidence, "list[MetricValue]": MetricValue}
MAX_ID = 200
MAX_INT = 10_000_000  # positions, spans: far beyond any limit, well inside SQLite's range
MAX_SCALE = 1_000


class FieldError(ValidationError):
    """A value of the wrong type, not finite, too large, or text that cannot be printed."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where


def text_problem(value: object, limit: int = limits.MAX_TEXT) -> str | None:
    """Why `value` cannot be stored as text, or None when it can."""
    if not isinstance(value, str):
        return f"expected text, got {type(value).__name__}"
    if len(value) > limit:
        return f"text longer than {limit:,} characters (the limit)"
    bad = BAD_CHAR.search(value)
    if bad is not None:
        char = ord(bad.group())
        kind = "a lone surrogate" if 0xD800 <= char <= 0xDFFF else "a control character"
        return f"contains {kind} (U+{char:04X}) at character {bad.start() + 1}"
    return None


def check_text(value: object, where: str, limit: int = limits.MAX_TEXT) -> None:
    problem = text_problem(value, limit)
    if problem is not None:
        raise FieldError(where, problem)


def number_problem(value: object, whole: bool = False,
                   bound: float = limits.MAX_NUMBER) -> str | None:
    """Why `value` is not a finite number within ±bound (a whole one if `whole`)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"expected a number, got {type(value).__name__}"
    if whole and not isinstance(value, int):
        return f"expected a whole number, got {value!r}"
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value!r} is not a finite number"
    if abs(value) > bound:
        return f"{value!r} is beyond ±{bound:,g} (the limit)"
    return None


def check_number(value: object, where: str, whole: bool = False,
                 bound: float = limits.MAX_NUMBER) -> None:
    problem = number_problem(value, whole, bound)
    if problem is not None:
        raise FieldError(where, problem)


def _check_field(obj, name: str, kind: str, where: str) -> None:
    value = getattr(obj, name)
    optional = kind.endswith(" | None")
    kind = kind.removesuffix(" | None")
    at = f"{where}.{name}"
    if value is None:
        if not optional:
            raise FieldError(at, "missing")
        return
    if kind == "str":
        check_text(value, at, MAX_ID if _is_id(name) else limits.MAX_TEXT)
    elif kind == "list[str]":
        if not isinstance(value, list):
            raise FieldError(at, f"expected a list of text, got {type(value).__name__}")
        if len(value) > limits.MAX_LIST_ITEMS:
            raise FieldError(at, f"more than {limits.MAX_LIST_ITEMS} items (the limit)")
        for i, item in enumerate(value):
            check_text(item, f"{at}[{i}]", MAX_ID if name.endswith("_ids") else limits.MAX_TEXT)
    elif kind in _ITEMS:
        if not isinstance(value, list):
            raise FieldError(at, f"expected a list, got {type(value).__name__}")
        if len(value) > limits.MAX_LIST_ITEMS:
            raise FieldError(at, f"more than {limits.MAX_LIST_ITEMS} items (the limit)")
        for i, item in enumerate(value):
            if not isinstance(item, _ITEMS[kind]):
                raise FieldError(f"{at}[{i}]", f"expected {_ITEMS[kind].__name__}, got "
                                               f"{type(item).__name__}")
            check_fields(item, f"{at}[{i}]")
    elif kind == "int":
        bound = MAX_SCALE if name in ("min", "max") else MAX_INT
        check_number(value, at, whole=True, bound=bound)
    elif kind == "float":
        bound = limits.MAX_SIZE if name in ("width", "height") else limits.MAX_NUMBER
        check_number(value, at, bound=bound)
    elif kind == "bool":
        if not isinstance(value, bool):
            raise FieldError(at, f"expected true or false, got {type(value).__name__}")
    elif kind == "bytes":
        if not isinstance(value, bytes):
            raise FieldError(at, f"expected bytes, got {type(value).__name__}")
    elif kind in _ENUMS:
        enum = _ENUMS[kind]
        if not isinstance(value, enum):
            allowed = ", ".join(e.value for e in enum)
            raise FieldError(at, f"{value!r} is not one of {allowed}")
    elif hasattr(value, "__dataclass_fields__"):
        check_fields(value, at)


def _is_id(name: str) -> bool:
    return name == "id" or name.endswith("_id")


def _condition(name: str, kind: str) -> str:
    """A Python expression true when field `name` of `o` certainly passes `_check_field`."""
    value = f"o.{name}"
    optional = kind.endswith(" | None")
    kind = kind.removesuffix(" | None")
    if kind == "str":
        limit = MAX_ID if _is_id(name) else limits.MAX_TEXT
        test = f"type({value}) is str and len({value}) <= {limit}"
    elif kind == "list[str]":
        limit = MAX_ID if name.endswith("_ids") else limits.MAX_TEXT
        test = (f"type({value}) is list and len({value}) <= {limits.MAX_LIST_ITEMS} "
                f"and _texts_ok({value}, {limit})")
    elif kind in _ITEMS:
        test = f"_items_ok({value}, {_ITEMS[kind].__name__})"
    elif kind in ("int", "float"):
        bound = (MAX_SCALE if name in ("min", "max") else MAX_INT) if kind == "int" else (
            limits.MAX_SIZE if name in ("width", "height") else limits.MAX_NUMBER)
        types = "is int" if kind == "int" else "in (int, float)"
        test = f"type({value}) {types} and {-bound!r} <= {value} <= {bound!r}"
    elif kind in ("bool", "bytes") or kind in _ENUMS:
        test = f"type({value}) is {kind}"
    else:  # a nested dataclass
        test = f"_fast(type({value}))({value})"
    return f"({value} is None or ({test}))" if optional else f"({test})"


def _texts_ok(values: list | tuple, limit: int) -> bool:
    """All text within `limit` characters and without a forbidden character."""
    try:
        joined = "\n".join(values)
    except TypeError:
        return False
    return BAD_CHAR.search(joined) is None and (
        len(joined) <= limit or max(map(len, values)) <= limit)


def _items_ok(values, cls) -> bool:
    """A list of at most MAX_LIST_ITEMS objects of `cls`, each certainly fine."""
    if type(values) is not list or len(values) > limits.MAX_LIST_ITEMS:
        return False
    check = _fast(cls)
    return all(type(item) is cls and check(item) for item in values)


@cache
def _fast(cls):
    """A compiled check of all fields of `cls` at once: True when every one is fine.

    It only says yes or no (a million cards in about a second); on a no, `check_fields`
    goes through the fields one by one to name the field and the problem.
    """
    parts = [_condition(f.name, str(f.type)) for f in fields(cls)]
    texts = [f"o.{f.name}" if str(f.type) == "str" else f"(o.{f.name} or '')"
             for f in fields(cls) if str(f.type) in ("str", "str | None")]
    if texts:
        parts.append(f"BAD_CHAR.search('\\n'.join(({', '.join(texts)},))) is None")
    source = "lambda o: " + " and ".join(parts or ["True"])
    namespace = {"BAD_CHAR": BAD_CHAR, "_texts_ok": _texts_ok, "_fast": _fast,
                 "_items_ok": _items_ok, "bool": bool, "bytes": bytes, **_ENUMS,
                 **{item.__name__: item for item in _ITEMS.values()}}
    return eval(source, namespace)  # noqa: S307 - built from our own field names


def check_fields(obj, where: str) -> None:
    """Check every field of one dataclass by its annotated type (see `_fast`)."""
    if _fast(type(obj))(obj):
        return
    for f in fields(obj):
        _check_field(obj, f.name, str(f.type), where)


def _check_asset(asset: Asset, where: str) -> None:
    check_fields(asset, where)
    for name in ("width", "height"):
        check_number(getattr(asset, name), f"{where}.{name}", whole=True,
                     bound=limits.MAX_IMAGE_SIDE)
        if getattr(asset, name) < 1:
            raise FieldError(f"{where}.{name}", "an image needs at least one pixel")
    if len(asset.data) > limits.MAX_IMAGE_BYTES:
        raise FieldError(f"{where}.data", f"image larger than "
                                          f"{limits.MAX_IMAGE_BYTES >> 20} MB (the limit)")


def check_counts(data: ProjectData) -> None:
    """The counting limits; cheap, so run before anything that walks every value."""
    limits.check_count(len(data.maps), limits.MAX_MAPS, "maps in one project")
    limits.check_count(len(data.personas), limits.MAX_PERSONAS, "personas in one project")
    limits.check_count(len(data.assets), limits.MAX_ASSETS, "images in one project")
    limits.check_count(len(data.snapshots), limits.MAX_SNAPSHOTS, "versions in one project")
    total = 0
    for i, m in enumerate(data.maps):
        where = f"maps[{i}]"
        limits.check_count(len(m.stages), limits.MAX_STAGES, "stages in one map", where)
        limits.check_count(len(m.lanes), limits.MAX_LANES, "lanes in one map", where)
        limits.check_count(len(m.cards), limits.MAX_CARDS, "cards in one map", where)
        limits.check_count(len(m.emotion_points), limits.MAX_EMOTION_POINTS,
                           "emotion points in one map", where)
        limits.check_count(len(m.notes), limits.MAX_NOTES, "review notes in one map", where)
        total += len(m.cards)
    limits.check_count(total, limits.MAX_PROJECT_CARDS, "cards in one project")


def check_map_values(m, where: str) -> None:
    """Every field of one map's objects (`m` is a MapContent)."""
    check_fields(m.map, where)
    for key, items in (("stages", m.stages), ("lanes", m.lanes), ("cards", m.cards),
                       ("emotion_points", m.emotion_points), ("notes", m.notes)):
        for j, item in enumerate(items):
            check_fields(item, f"{where}.{key}[{j}]")


def check_values(data: ProjectData, maps: bool = True) -> None:
    """Every field of the project: types, finite numbers, sizes, clean text (the maps'
    objects too unless `maps` is False: `validate_map` checks those)."""
    check_counts(data)
    check_fields(data.project, "project")
    for k, persona in enumerate(data.personas):
        check_fields(persona, f"personas[{k}]")
    for k, asset in enumerate(data.assets):
        _check_asset(asset, f"assets[{k}]")
    for k, snapshot in enumerate(data.snapshots):
        check_fields(snapshot, f"snapshots[{k}]")
    if maps:
        for i, m in enumerate(data.maps):
            check_map_values(m, f"maps[{i}]")


def check_enum(value, enum: type[Enum], where: str):
    """`enum(value)` or a FieldError listing the allowed values."""
    try:
        return enum(value)
    except (ValueError, TypeError):
        allowed = ", ".join(e.value for e in enum)
        raise FieldError(where, f"{value!r} is not one of {allowed}") from None
