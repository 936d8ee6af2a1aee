"""What changed between two versions of a project, item by item ("what changed since the
last review"): cards added, changed (field, before, after), moved (from one stage/lane to
another) and removed, and the same for stages and lanes.

Pure: the CLI prints it (`mapstudio diff`), the canvas marks cards with it, and the change
report lists it. Items are matched by id, which copies and versions keep.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, is_dataclass
from enum import Enum

from .entities import Card, MapContent, ProjectData

ADDED, CHANGED, MOVED, REMOVED = "added", "changed", "moved", "removed"
KINDS = (ADDED, CHANGED, MOVED, REMOVED)
# fields that follow from others or from neighbours: a card pushed down by a new one
# above it has not "changed"
_CARD_IGNORED = ("id", "lane_id", "stage_id", "position")
_STRUCTURE_IGNORED = ("id", "map_id", "position")
_MAP_IGNORED = ("id", "position")  # the maps' order is the project's, not the map's


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: object
    after: object


@dataclass(frozen=True)
class Place:
    """Where a card sits: its stage and lane, by id and by name."""

    stage_id: str
    stage: str
    lane_id: str
    lane: str

    def label(self) -> str:
        return f"{self.stage} / {self.lane}"


@dataclass(frozen=True)
class ItemChange:
    kind: str  # added | changed | moved | removed
    entity: str  # card | stage | lane
    id: str
    map_id: str
    title: str
    fields: tuple[FieldChange, ...] = ()  # also on a moved card edited as well
    before: Place | None = None  # moved and removed cards
    after: Place | None = None  # moved and added cards

    def as_dict(self) -> dict:
        out = {"kind": self.kind, "entity": self.entity, "id": self.id,
               "map_id": self.map_id, "title": self.title}
        if self.fields:
            out["fields"] = [{"field": f.field, "before": plain(f.before),
                              "after": plain(f.after)} for f in self.fields]
        if self.before is not None:
            out["from"] = asdict(self.before)
        if self.after is not None:
            out["to"] = asdict(self.after)
        return out

    def describe(self) -> str:
        """One line for a terminal or a report."""
        head = f"{self.entity} {short(self.title)!r}"
        if self.kind == ADDED:
            where = f" in {self.after.label()}" if self.after else ""
            return f"+ {head}{where}"
        if self.kind == REMOVED:
            where = f" from {self.before.label()}" if self.before else ""
            return f"- {head}{where}"
        parts = []
        if self.kind == MOVED and self.before and self.after:
            parts.append(f"{self.before.label()} → {self.after.label()}")
        parts += [f"{f.field}: {show(f.before)} → {show(f.after)}" for f in self.fields]
        mark = ">" if self.kind == MOVED else "~"
        return f"{mark} {head}: " + "; ".join(parts)


@dataclass(frozen=True)
class MapChanges:
    map_id: str
    title: str
    status: str  # added | changed | removed | same
    items: tuple[ItemChange, ...] = ()

    def of_kind(self, kind: str, entity: str = "card") -> list[ItemChange]:
        return [i for i in self.items if i.kind == kind and i.entity == entity]

    def counts(self) -> dict[str, int]:
        return {kind: len(self.of_kind(kind)) for kind in KINDS}

    def as_dict(self) -> dict:
        return {"map_id": self.map_id, "title": self.title, "status": self.status,
                "counts": self.counts(), "changes": [i.as_dict() for i in self.items]}


def plain(value: object) -> object:
    """A field value as JSON can hold it (metrics and other records become objects)."""
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def short(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def show(value: object) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(show(v) for v in value) or "—"
    if is_dataclass(value) and not isinstance(value, type):
        return ", ".join(f"{k}={_brief(v)}" for k, v in asdict(value).items()
                         if v not in (None, "", []))
    if isinstance(value, str):
        return repr(short(value, 60))
    return str(value)


def _brief(value: object) -> object:
    """A long list inside a record (a KPI's history) said by its length."""
    if isinstance(value, list) and len(value) > 3:
        return f"{len(value)} values"
    return value


def _field_changes(old, new, ignored: tuple[str, ...]) -> tuple[FieldChange, ...]:
    return tuple(FieldChange(f.name, getattr(old, f.name), getattr(new, f.name))
                 for f in fields(old)
                 if f.name not in ignored and getattr(old, f.name) != getattr(new, f.name))


def _places(content: MapContent) -> dict[str, Place]:
    stages = {s.id: s.name for s in content.stages}
    lanes = {lane.id: lane.title for lane in content.lanes}
    return {c.id: Place(c.stage_id, stages.get(c.stage_id, ""), c.lane_id,
                        lanes.get(c.lane_id, "")) for c in content.cards}


def _card_title(card: Card) -> str:
    return card.title or card.body or (card.metric.name if card.metric else "")


def _card_changes(old: MapContent, new: MapContent) -> list[ItemChange]:
    map_id = new.map.id
    before, after = {c.id: c for c in old.cards}, {c.id: c for c in new.cards}
    was, now = _places(old), _places(new)
    out = []
    for card in new.cards:
        prior = before.get(card.id)
        if prior is None:
            out.append(ItemChange(ADDED, "card", card.id, map_id, _card_title(card),
                                  after=now[card.id]))
            continue
        moved = (prior.stage_id, prior.lane_id) != (card.stage_id, card.lane_id)
        changed = _field_changes(prior, card, _CARD_IGNORED)
        if moved or changed:
            out.append(ItemChange(MOVED if moved else CHANGED, "card", card.id, map_id,
                                  _card_title(card), changed, was[card.id] if moved else None,
                                  now[card.id] if moved else None))
    out += [ItemChange(REMOVED, "card", c.id, map_id, _card_title(c), before=was[c.id])
            for c in old.cards if c.id not in after]
    return out


def _structure_changes(entity: str, old: list, new: list, map_id: str) -> list[ItemChange]:
    """Stages or lanes: added, renamed or restyled, reordered (moved), removed."""
    name = "name" if entity == "stage" else "title"
    before = {x.id: x for x in old}
    order_old = [x.id for x in old if x.id in {y.id for y in new}]
    order_new = [x.id for x in new if x.id in before]
    out = []
    for x in new:
        prior = before.get(x.id)
        if prior is None:
            out.append(ItemChange(ADDED, entity, x.id, map_id, getattr(x, name)))
            continue
        changed = _field_changes(prior, x, _STRUCTURE_IGNORED)
        moved = order_old.index(x.id) != order_new.index(x.id)
        if moved or changed:
            out.append(ItemChange(MOVED if moved else CHANGED, entity, x.id, map_id,
                                  getattr(x, name), changed))
    now = {x.id for x in new}
    out += [ItemChange(REMOVED, entity, x.id, map_id, getattr(x, name))
            for x in old if x.id not in now]
    return out


def compare_maps(old: MapContent | None, new: MapContent | None) -> MapChanges:
    """Changes from `old` to `new` (either may be missing: a map added or removed)."""
    if old is None and new is None:
        raise ValueError("nothing to compare")
    if old is None or new is None:
        status, content = (ADDED, new) if old is None else (REMOVED, old)
        empty = MapContent(content.map)
        pair = (empty, content) if old is None else (content, empty)
        items = _card_changes(*pair)
        return MapChanges(content.map.id, content.map.title, status, tuple(items))
    header = _field_changes(old.map, new.map, _MAP_IGNORED)  # title, owner, review date…
    items = [ItemChange(CHANGED, "map", new.map.id, new.map.id, new.map.title, header)
             ] if header else []
    items += _structure_changes("stage", old.stages, new.stages, new.map.id)
    items += _structure_changes("lane", old.lanes, new.lanes, new.map.id)
    items += _card_changes(old, new)
    return MapChanges(new.map.id, new.map.title, CHANGED if items else "same", tuple(items))


def compare_projects(old: ProjectData, new: ProjectData) -> list[MapChanges]:
    """One entry per map of either version, in the new version's order, removed maps last."""
    before = {m.map.id: m for m in old.maps}
    now = {m.map.id for m in new.maps}
    out = [compare_maps(before.get(m.map.id), m) for m in new.maps]
    out += [compare_maps(m, None) for m in old.maps if m.map.id not in now]
    return out
