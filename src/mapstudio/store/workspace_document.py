"""A project of a team workspace, edited through the same `Document` API as a file.

Concurrency is optimistic. The document remembers the row version of every row it has
shown (`load_map`) and of every row it wrote. Each transaction takes the project's
advisory lock first, so writes to one project run one after another in commit order;
before the commit, every row the transaction changed has its `row_version` bumped, and
if the version it had is not the one this client read (or, for an undo, the one this
client wrote last) the whole transaction is rolled back with a `ConflictError`. Inside
the same transaction a NOTIFY on the project's channel announces the changes, so only
committed changes are ever announced (`pg_listener.py` hands them to other clients).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import func, literal, select, union_all, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from ..model import MapContent, ReadOnlyError, ValidationError, WriteError
from ..model.changes import Change, ChangeSet, Origin
from .document import Document
from .pg_driver import plain, redact
from .schema import (
    SCHEMA_VERSION,
    AssetRow,
    CardRow,
    EmotionPointRow,
    LaneRow,
    MapRow,
    PersonaRow,
    ProjectRow,
    ReviewNoteRow,
    SnapshotRow,
    StageRow,
)
from .workspace_deletes import WorkspaceDeletesMixin
from .workspace_presence import PresenceMixin

log = logging.getLogger(__name__)
TABLES = {"project": ProjectRow.__table__, "persona": PersonaRow.__table__,
          "map": MapRow.__table__, "stage": StageRow.__table__, "lane": LaneRow.__table__,
          "card": CardRow.__table__, "emotion_point": EmotionPointRow.__table__,
          "asset": AssetRow.__table__, "snapshot": SnapshotRow.__table__,
          "note": ReviewNoteRow.__table__}
# a KPI's dated values (`metric_value`, keyed by card and day) have no version of their
# own that matters: every write of them is a change of their card, checked as the card
MAP_PARTS = ("stage", "lane", "card", "emotion_point", "note")
NOTIFY_LIMIT = 7000  # PostgreSQL's payload limit is 8000 bytes


class ConflictError(WriteError):
    """Someone else changed what a change would overwrite; nothing was written."""


class OfflineError(WriteError):
    """The workspace server cannot be reached; nothing was written."""


class WorkspaceDocument(WorkspaceDeletesMixin, PresenceMixin, Document):
    """A `Document` on one project schema of a workspace database."""

    def __init__(self, url: str, project: str, schema: str, engine) -> None:
        super().__init__(Path(project), engine, SCHEMA_VERSION)
        self.url, self.project_name, self.schema = url, project, schema
        self.location = f"{redact(url)}#{project}"
        self.channel = f"mapstudio_{schema}"
        self.client_id = uuid.uuid4().hex
        self.user = getpass.getuser()
        self.phase = "redo"  # "undo" while a command's undo runs (set by the command)
        self.offline = False
        self._seen: dict[tuple[str, str], int] = {}
        self._written: dict[tuple[str, str], int] = {}
        self.last_writer: dict[tuple[str, str], str] = {}
        self._listener = None
        self._presence_watchers: list = []
        self._selections: dict[str, tuple[str, str, list[str]]] = {}  # by client
        self._reading = False  # inside `_snapshot`: reads only
        # the same key in every process: the project's writes run one after another
        self._lock_key = int.from_bytes(hashlib.sha256(schema.encode()).digest()[:7], "big")

    # ---- reading ---------------------------------------------------------------------

    def load_map(self, map_id: str) -> MapContent:
        """The map, remembering the version of each of its rows (read first: a version
        older than the rows can only cause a needless refusal, never a lost update).
        The project, persona and map lists remember theirs the same way."""
        if self._in_write():  # read by a write (a command's "before"): not seen
            return super().load_map(map_id)
        with self._snapshot():
            versions = self._map_versions(map_id)
            content = super().load_map(map_id)
        self._seen.update(versions)
        return content

    def export_data(self):
        """The whole project as of one moment (what `pull` and Save a copy write)."""
        with self._snapshot():
            return super().export_data()

    def _raw(self, sql: str, params: tuple) -> list[tuple]:
        """Raw reads outside a transaction get one of their own (psycopg would otherwise
        open one behind SQLAlchemy's back and leave it open)."""
        if self._conn is not None:
            return super()._raw(sql, params)
        with self._connection.begin():
            return super()._raw(sql, params)

    def _in_write(self) -> bool:
        return self._conn is not None and not self._reading

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Several reads as one consistent view: between a map's stages and its cards
        another client's commit must not slip in (a card in a stage not yet read would
        look like damage). One REPEATABLE READ transaction, also one round trip less per
        read."""
        if self._conn is not None:
            yield
            return
        conn = self._connection
        with conn.begin():
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            self._conn, self._reading = conn, True
            try:
                yield
            finally:
                self._conn, self._reading = None, False

    def _map_versions(self, map_id: str) -> dict[tuple[str, str], int]:
        parts = [select(literal(name), TABLES[name].c.id, TABLES[name].c.row_version)
                 .where(TABLES[name].c.map_id == map_id) for name in MAP_PARTS]
        parts.append(select(literal("map"), MapRow.__table__.c.id,
                            MapRow.__table__.c.row_version)
                     .where(MapRow.__table__.c.id == map_id))
        return {(entity, id_): version
                for entity, id_, version in self._query(union_all(*parts))}

    def reread_cards(self, map_id: str, sets) -> list:
        """Cards that others updated, read again with their versions (as `load_map`
        does). The map's own version counts every commit in it, so it advances only in
        step: to a commit's version when this client had seen the one just before."""
        ids = list(dict.fromkeys(c.id for s in sets for c in s))
        table = TABLES["card"]
        with self._snapshot():
            versions = {("card", i): v for i, v in self._query(
                select(table.c.id, table.c.row_version).where(table.c.id.in_(ids)))}
            cards = super().reread_cards(map_id, sets)
        self._seen.update(versions)
        key = ("map", map_id)
        for changes in sets:
            after = dict(changes.map_versions).get(map_id)
            if after is not None and self._seen.get(key) == after - 1:
                self._seen[key] = after
        return cards

    def replace_map_content(self, content: MapContent) -> None:
        """The map row is deleted and written again: it keeps its version, so the check
        before the commit compares what the map had, not a fresh row's 1."""
        table = TABLES["map"]
        with self._tx() as conn:
            prior = conn.execute(select(table.c.row_version)
                                 .where(table.c.id == content.map.id)).scalar()
            super().replace_map_content(content)
            if prior is not None:
                conn.execute(update(table).where(table.c.id == content.map.id)
                             .values(row_version=prior))

    def _remember_all(self, entity: str) -> dict[tuple[str, str], int]:
        if self._in_write():  # a write reading its own rows has not "seen" them
            return {}
        table = TABLES[entity]
        return {(entity, id_): version for id_, version
                in self._query(select(table.c.id, table.c.row_version))}

    def project(self):
        versions = self._remember_all("project")
        project = super().project()
        self._seen.update(versions)
        return project

    def personas(self):
        versions = self._remember_all("persona")
        personas = super().personas()
        self._seen.update(versions)
        return personas

    def maps(self):
        versions = self._remember_all("map")
        maps = super().maps()
        self._seen.update(versions)
        return maps

    # ---- writing ---------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator:
        if self._conn is not None:  # nested: a savepoint of the open transaction
            with super()._tx() as conn:
                yield conn
            return
        if self.read_only:
            raise ReadOnlyError(f"{self.project_name} is open read-only (your role may only "
                                "read this workspace); the change was not made")
        try:
            with super()._tx() as conn:
                conn.execute(select(func.pg_advisory_xact_lock(self._lock_key)))
                yield conn
                bumped = self._check_versions(conn)
                self._announce(conn, bumped)
        except ConflictError:
            self._refresh_after_conflict()
            raise
        except (DBAPIError, psycopg.Error, WriteError) as exc:
            raise self._translate(exc) from exc
        finally:
            self.phase = "redo"  # a command sets it again before its next redo or undo
        self.offline = False
        self._seen.update(bumped)
        self._written.update(bumped)

    def _check_versions(self, conn) -> dict[tuple[str, str], int]:
        bumped: dict[tuple[str, str], int] = {}
        for change in self._pending:
            key = (str(change.entity), change.id)
            table = TABLES.get(key[0])
            if table is None or key in bumped or change.op == "removed":
                continue
            if change.op == "added":
                bumped[key] = 1
                continue
            found = conn.execute(update(table).where(table.c.id == change.id)
                                 .values(row_version=table.c.row_version + 1)
                                 .returning(table.c.row_version)).first()
            if found is None:
                continue
            expected = self._expected_version(key)
            if expected is not None and expected != found[0] - 1:
                raise self._conflict(change)
            bumped[key] = found[0]
        self._touch_maps(conn, bumped)
        for change in self._pending:  # a replaced map's rows start again at 1
            if change.entity == "map" and change.op == "reloaded":
                bumped.update({k: v for k, v in self._map_versions(change.id).items()
                               if k[0] != "map"})
        return bumped

    def _touch_maps(self, conn, bumped: dict[tuple[str, str], int]) -> None:
        """Every change inside a map also bumps the map's own row, so the map's version
        counts all its changes: a whole-map write (a restore, the undo of a structural
        command) is refused if anything in the map changed since (not checked here: two
        people may change different cards of one map at once)."""
        table = TABLES["map"]
        for map_id in dict.fromkeys(c.map_id for c in self._pending if c.map_id):
            if ("map", map_id) in bumped:
                continue
            found = conn.execute(update(table).where(table.c.id == map_id)
                                 .values(row_version=table.c.row_version + 1)
                                 .returning(table.c.row_version)).first()
            if found is not None:
                bumped[("map", map_id)] = found[0]

    def _expected_version(self, key: tuple[str, str]) -> int | None:
        """The version a row must still have: the one this client saw, or for an undo
        the one it wrote last (None: never seen, nothing to check)."""
        expected = self._written.get(key) if self.phase == "undo" else None
        return self._seen.get(key) if expected is None else expected

    def _conflict(self, change: Change) -> ConflictError:
        return ConflictError(self._conflict_message(change))

    def _conflict_message(self, change: Change) -> str:
        entity = str(change.entity)
        what = {"map": "the map", "emotion_point": "an emotion point",
                "note": "this review note"}.get(
            entity, f"this {entity.replace('_', ' ')}")
        who = self.last_writer.get((str(change.entity), change.id))
        by = f" by {who}" if who else " by someone else"
        action = "undone" if self.phase == "undo" else "made"
        return (f"Not saved: {what} was changed{by} since you last saw it; your change was "
                f"not {action}, and the map now shows their version")

    def _announce(self, conn, bumped: dict[tuple[str, str], int]) -> None:
        message = {"client": self.client_id, "user": self.user,
                   "changes": [c.to_json() for c in self._pending],
                   "maps": {i: v for (entity, i), v in bumped.items() if entity == "map"}}
        payload = json.dumps(message)
        if len(payload.encode()) > NOTIFY_LIMIT:  # too many to list: reload those maps
            maps = sorted({c.map_id for c in self._pending if c.map_id})
            message["changes"] = [Change("map", "reloaded", m, m).to_json() for m in maps]
            payload = json.dumps(message)
        conn.execute(select(func.pg_notify(self.channel, payload)))

    def _refresh_after_conflict(self) -> None:
        """Tell the views to show the server's state again (they reload the map)."""
        maps = sorted({c.map_id for c in self._pending if c.map_id} |
                      {m for (e, m) in self._seen if e == "map"})
        self.deliver(ChangeSet(tuple(Change("map", "reloaded", m, m) for m in maps),
                               Origin.REMOTE))

    def _translate(self, exc: BaseException) -> WriteError:
        """A server error as the one-line error the editor and the CLI show."""
        chain, seen = [], exc
        while seen is not None and len(chain) < 10:
            chain.append(seen)
            seen = getattr(seen, "orig", None) or seen.__cause__
        if any(isinstance(e, psycopg.errors.InsufficientPrivilege) for e in chain):
            return ReadOnlyError(f"{self.project_name}: your role may only read this "
                                 "workspace; the change was not made")
        if any(isinstance(e, psycopg.IntegrityError | IntegrityError) for e in chain):
            return ValidationError(f"rejected by the workspace's integrity rules "
                                   f"({plain(chain[-1])})")
        if any(isinstance(e, psycopg.OperationalError) for e in chain) or \
                any(getattr(e, "connection_invalidated", False) for e in chain):
            self.offline = True
            return OfflineError(f"{self.location}: the workspace server cannot be reached; "
                                "the change was not made (it will be possible again once "
                                "the server is back)")
        if isinstance(exc, WriteError):
            return exc
        return WriteError(f"{self.project_name}: the change could not be saved "
                          f"({plain(chain[-1])}); the project is as it was before it")

    # ---- live ------------------------------------------------------------------------

    def receive(self, payload: str) -> None:
        """A notification from the project's channel: others' changes reach subscribers
        (this client's own were delivered at its commit)."""
        try:
            message = json.loads(payload)
            if self._presence_heard(message) or message.get("client") == self.client_id:
                return
            changes = tuple(Change.from_json(c) for c in message["changes"])
            author = str(message.get("user", ""))
            maps = tuple((str(m), int(v)) for m, v in message.get("maps", {}).items())
        except (ValueError, TypeError, KeyError):
            log.warning("%s: an unreadable notification was ignored", self.location)
            return
        for change in changes:
            self.last_writer[(str(change.entity), change.id)] = author
            if change.map_id:
                self.last_writer[("map", change.map_id)] = author
        self.deliver(ChangeSet(changes, Origin.REMOTE, author, maps))

    def start_listening(self) -> None:
        from .pg_listener import Listener
        if self._listener is None:
            self._listener = Listener(self)
            self._listener.start()

    def close(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        super().close()

    def save_copy(self, target) -> None:
        """A file with this project's content (what `mapstudio pull` writes)."""
        from .workspace import pull_into
        pull_into(self, target)
