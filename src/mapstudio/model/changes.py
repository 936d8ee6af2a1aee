"""The change stream's vocabulary: what one committed command (or another person's
commit, in a team workspace) did, in typed events that views filter on.

Events are values, not callbacks into the store: a view learns *what* changed (kind,
ids, fields) and reads the new state through the document, so it never needs to know
who made the change. `origin` says whether this connection made the change (``local``)
or another one did (``remote``); views treat both the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum


class Entity(StrEnum):
    PROJECT = "project"
    PERSONA = "persona"
    MAP = "map"
    STAGE = "stage"
    LANE = "lane"
    CARD = "card"
    EMOTION_POINT = "emotion_point"
    ASSET = "asset"
    SNAPSHOT = "snapshot"
    NOTE = "note"


class Op(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    MOVED = "moved"
    REMOVED = "removed"
    RELOADED = "reloaded"  # a whole map or project replaced: re-read all of it


class Origin(StrEnum):
    LOCAL = "local"
    REMOTE = "remote"


@dataclass(frozen=True)
class Change:
    """One changed object. `fields` names the fields an update wrote (empty when the
    whole object is new, gone, moved or reloaded). Entity and op compare equal to their
    plain strings ("card", "updated")."""

    entity: Entity
    op: Op
    id: str
    map_id: str | None = None
    fields: frozenset[str] = frozenset()

    def __post_init__(self) -> None:  # plain strings from the store become the enums
        object.__setattr__(self, "entity", Entity(self.entity))
        object.__setattr__(self, "op", Op(self.op))
        object.__setattr__(self, "fields", frozenset(self.fields))

    def to_json(self) -> dict:
        data = {"entity": str(self.entity), "op": str(self.op), "id": self.id}
        if self.map_id is not None:
            data["map_id"] = self.map_id
        if self.fields:
            data["fields"] = sorted(self.fields)
        return data

    @classmethod
    def from_json(cls, data: dict) -> Change:
        return cls(data["entity"], data["op"], data["id"], data.get("map_id"),
                   frozenset(data.get("fields", ())))


@dataclass(frozen=True)
class ChangeSet:
    """Everything one commit changed, in the order it was written; delivered once,
    after the commit."""

    changes: tuple[Change, ...] = ()
    origin: Origin = Origin.LOCAL
    author: str = ""  # who committed it, when known (a workspace names the role)
    # each touched map's row version after this commit (a workspace's notification
    # carries them): a view that re-reads only some cards advances what it has seen
    map_versions: tuple[tuple[str, int], ...] = ()

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def of(self, *entities: Entity | str) -> list[Change]:
        wanted = {Entity(e) for e in entities}
        return [c for c in self.changes if c.entity in wanted]

    def touches(self, *entities: Entity | str) -> bool:
        return bool(self.of(*entities))

    def entities(self) -> set[Entity]:
        return {c.entity for c in self.changes}

    def map_ids(self) -> set[str]:
        """Maps whose content (or header) this commit changed."""
        return {c.map_id for c in self.changes if c.map_id}

    def touches_map(self, map_id: str | None) -> bool:
        """Whether a view of `map_id` must update: its own rows, or anything a map
        shows from the project (personas, images, project settings)."""
        if self.touches(Entity.PERSONA, Entity.ASSET, Entity.PROJECT):
            return True
        return map_id is not None and map_id in self.map_ids()

    def ids(self, entity: Entity | str) -> set[str]:
        return {c.id for c in self.of(entity)}

    @classmethod
    def merged(cls, sets: Iterable[ChangeSet]) -> ChangeSet:
        sets = list(sets)
        origin = Origin.REMOTE if any(s.origin == Origin.REMOTE for s in sets) \
            else Origin.LOCAL
        return cls(tuple(c for s in sets for c in s.changes), origin)
