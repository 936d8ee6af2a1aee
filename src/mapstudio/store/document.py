"""The Document: the one owner of a .mapstudio file's engine and transactions.

Everything above the store reads and writes through this small API of model dataclasses;
each mutating call is one committed SQLite transaction (or part of one `batch()`), and
subscribers hear about changes only after the commit.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from .. import __version__
from ..files import ProjectLock, refuse_same_file, replace_file, temp_beside
from ..model import (
    Asset,
    MapStudioError,
    Project,
    ProjectData,
    ProjectSettings,
    ReadOnlyError,
    Snapshot,
    ValidationError,
    WriteError,
    new_id,
    now_iso,
    validate_project,
)
from ..model.changes import Change, ChangeSet, Origin
from ..model.errors import OutsideCommandError
from ..model.validation import validate_settings
from . import rows
from .checks import FileFormatError, inspect_file
from .connection import make_engine, migrate
from .images import check_image, clean_image
from .journal import (
    discard_stale_journal,
    hot_journal,
    recover_on_copy,
    refuse_if_hot,
    settle_journal,
)
from .library import LibraryMixin
from .map_editing import MapEditingMixin
from .project_reading import ProjectReadingMixin
from .restore import RestoreMixin
from .schema import (
    SCHEMA_VERSION,
    AssetRow,
    CardRow,
    MapRow,
    PersonaRow,
    ProjectRow,
    SnapshotRow,
)

log = logging.getLogger(__name__)
PROJECT, PERSONA, MAP, ASSET, SNAPSHOT = (ProjectRow.__table__, PersonaRow.__table__,
                                          MapRow.__table__, AssetRow.__table__,
                                          SnapshotRow.__table__)


@contextmanager
def _integrity_as_validation() -> Iterator[None]:
    """A broken reference or duplicate id reaching SQLite is bad input, not a crash."""
    try:
        yield
    except (IntegrityError, sqlite3.IntegrityError) as exc:
        detail = getattr(exc, "orig", None) or exc
        raise ValidationError(f"rejected by the file's integrity rules ({detail})") from exc


class Document(LibraryMixin, ProjectReadingMixin, MapEditingMixin, RestoreMixin):
    def __init__(self, path: Path, engine, schema_version: int) -> None:
        self.path = Path(path)
        self.schema_version = schema_version
        self._engine = engine
        # One SQLAlchemy connection for the document's life (StaticPool: one SQLite
        # connection underneath); self._conn is set while a transaction is open.
        self._connection = engine.connect()
        self._conn: Connection | None = None
        self._stamped = ""  # last `modified` written: unchanged within the same second
        self._pending: list[Change] = []
        self._subscribers: list[Callable[[ChangeSet], None]] = []
        # Set by the editor's session: every write must then run inside `command()`.
        self.require_commands = False
        self._commands_running = 0
        self.read_only = False
        self._lock: ProjectLock | None = None
        self._scratch: Path | None = None

    # ---- lifecycle -------------------------------------------------------------------

    @classmethod
    def create(cls, path, title: str = "Untitled project", *, data: ProjectData | None = None,
               force: bool = False) -> Document:
        """Write a new project file atomically: built beside the target, then renamed.

        Replacing a project (`force`) is refused while it is open for editing anywhere,
        and its old journal goes with it (never paired with the new file).
        """
        path = Path(path)
        if path.exists() and not force:
            raise MapStudioError(f"{path}: already exists")
        if path.is_dir():
            raise MapStudioError(f"{path}: is a folder, not a file")
        if data is not None:
            validate_project(data)
            for asset in data.assets:
                check_image(asset.data)
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise MapStudioError(f"{folder}: no such folder")
        with temp_beside(path) as tmp:
            engine = make_engine(tmp)
            try:
                migrate(engine)
                doc = cls(tmp, engine, SCHEMA_VERSION)
                project = data.project if data else Project(title=title)
                project = replace(project, app_version=__version__)
                with doc._tx() as conn:
                    conn.execute(insert(PROJECT), [rows.to_row(project)])
                    if data:
                        doc._insert_project_data(conn, data)
                doc._connection.close()
                engine.dispose()
                old = ProjectLock.acquire(path) if path.exists() else None
                try:
                    if old is not None:
                        settle_journal(path)  # no journal of the old file outlives it
                    replace_file(tmp, path)
                finally:
                    if old is not None:
                        old.release()
            except (OSError, SQLAlchemyError) as exc:
                engine.dispose()
                raise MapStudioError(f"{path}: cannot be written ({_plain(exc)})") from exc
            except BaseException:
                engine.dispose()
                raise
        return cls.open(path)

    @classmethod
    def open(cls, path, *, read_only: bool = False) -> Document:
        """Open a project: for editing (taking its one-writer lock and recovering a crash's
        unfinished change on a copy), or `read_only`, which never writes to the file.
        The project's own rows are checked (FileFormatError when one is damaged)."""
        path = Path(path)
        try:
            doc = cls._open_read_only(path) if read_only else cls._open_for_editing(path)
        except PermissionError as exc:
            raise FileFormatError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
        try:
            doc.check_project_rows()
        except BaseException:
            doc.close()
            raise
        return doc

    @classmethod
    def _open_for_editing(cls, path: Path) -> Document:
        folder = path.parent if str(path.parent) else Path(".")
        if path.is_file() and not (os.access(path, os.W_OK) and os.access(folder, os.W_OK)):
            raise ReadOnlyFileError(f"{path}: is read-only (the file or its folder)")
        lock = ProjectLock.acquire(path) if path.is_file() else None
        try:
            journal = hot_journal(path, lock_is_ours=True)
            if journal is not None:
                recover_on_copy(path, journal)
            else:
                discard_stale_journal(path)
            version = inspect_file(path)
            engine = make_engine(path)
            try:
                if version < SCHEMA_VERSION:
                    migrate(engine)
                cls._require_project_row(engine, path)
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        doc = cls(path, engine, SCHEMA_VERSION)
        doc._lock = lock
        return doc

    @classmethod
    def _open_read_only(cls, path: Path) -> Document:
        refuse_if_hot(path)
        version = inspect_file(path)
        source, scratch = path, None
        if version < SCHEMA_VERSION:  # upgrade a private copy; the file stays as it is
            scratch = _scratch_copy(path)
            upgrade = make_engine(scratch)
            try:
                migrate(upgrade)
            finally:
                upgrade.dispose()
            source = scratch
        engine = make_engine(source, read_only=True)
        try:
            cls._require_project_row(engine, path)
        except BaseException:
            engine.dispose()
            raise
        doc = cls(path, engine, SCHEMA_VERSION)
        doc.read_only = True
        doc._scratch = scratch
        return doc

    @staticmethod
    def _require_project_row(engine, path: Path) -> None:
        try:
            with engine.connect() as conn:
                if conn.execute(select(PROJECT.c.id)).first() is None:
                    raise FileFormatError(f"{path}: damaged (no project record)")
        except SQLAlchemyError as exc:
            raise FileFormatError(f"{path}: cannot be opened ({_plain(exc)})") from exc

    def close(self) -> None:
        self._connection.close()
        self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._scratch is not None:
            with suppress(OSError):
                self._scratch.unlink()
            self._scratch = None

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- transactions and events -----------------------------------------------------

    def subscribe(self, callback: Callable[[ChangeSet], None]) -> Callable[[], None]:
        """Hear every commit once, after it is committed, as one `ChangeSet`."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers \
            else None

    def deliver(self, changes: ChangeSet) -> None:
        """Hand a commit's changes to every subscriber (also changes committed by others,
        which a workspace connection receives with `origin` remote)."""
        if not changes:
            return
        for callback in list(self._subscribers):
            callback(changes)

    @contextmanager
    def command(self) -> Iterator[Document]:
        """The one door for edits of a guarded document: a command's redo or undo runs
        inside it, as one transaction."""
        self._commands_running += 1
        try:
            with self._tx():
                yield self
        finally:
            self._commands_running -= 1

    @contextmanager
    def batch(self) -> Iterator[Document]:
        """Group several calls into one transaction (one undo step, one commit).

        Events are delivered after the commit; an exception rolls the whole block back
        and delivers nothing. Batches nest (the outermost one commits).
        """
        with self._tx():
            yield self

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        """One transaction per outermost call; nested calls get a savepoint, so a call
        that fails inside a batch leaves no half-done writes behind if it is caught."""
        if self._conn is not None:
            mark = len(self._pending)
            try:
                with self._conn.begin_nested(), _integrity_as_validation():
                    yield self._conn
            except BaseException:
                del self._pending[mark:]
                raise
            return
        if self.require_commands and not self._commands_running:
            raise OutsideCommandError(
                "this project takes changes only through undoable commands")
        try:
            conn = self._connection
            stamp = self._stamped
            with _write_failures(self), conn.begin(), _integrity_as_validation():
                self._conn = conn
                try:
                    yield conn
                    if self._pending and (stamp := now_iso()) != self._stamped:
                        conn.connection.driver_connection.execute(
                            "UPDATE project SET modified = ?", (stamp,))
                finally:
                    self._conn = None
        except BaseException:
            self._pending.clear()
            raise
        self._stamped = stamp
        events, self._pending = self._pending, []
        self.deliver(ChangeSet(tuple(events), Origin.LOCAL))

    def _emit(self, entity: str, op: str, id_: str, map_id: str | None = None,
              fields=()) -> None:
        self._pending.append(Change(entity, op, id_, map_id, frozenset(fields)))

    def _raw(self, sql: str, params: tuple) -> list[tuple]:
        """Plain tuples from the driver: for the few reads where speed matters."""
        if self._conn is not None:
            return self._conn.connection.driver_connection.execute(sql, params).fetchall()
        return self._connection.connection.driver_connection.execute(sql, params).fetchall()

    def _query(self, stmt) -> list:
        """Rows of a read, inside the open transaction if there is one."""
        if self._conn is not None:
            return self._conn.execute(stmt).all()
        with self._connection.begin():
            return self._connection.execute(stmt).all()

    # ---- project ---------------------------------------------------------------------

    def update_project(self, **fields) -> None:
        """Change project fields; `modified` is kept by the store itself."""
        values = rows.coerce_update(Project, fields)
        settings = fields.get("settings")
        if settings is not None:
            if not isinstance(settings, ProjectSettings):
                raise ValidationError("settings must be a ProjectSettings")
            validate_settings(settings)
        with self._tx() as conn:
            if settings is not None:
                self._check_asset(conn, settings.brand_logo_asset_id)
            conn.execute(update(PROJECT).values(**values))
            self._emit("project", "updated", self.project().id, fields=fields)

    # ---- assets and snapshots ----------------------------------------------------------

    def add_image(self, data: bytes) -> Asset:
        """Store an image after Pillow's checks; the same picture twice is stored once."""
        return self.store_image(data)[0]

    def store_image(self, data: bytes, asset_id: str | None = None) -> tuple[Asset, bool]:
        """`add_image`, also saying whether the picture is new to the project, so a
        command's undo can take away exactly what its redo added. A redo passes the
        `asset_id` its first run got, so later commands that name it still find it."""
        asset = clean_image(data)
        if asset_id is not None:
            asset = replace(asset, id=asset_id)
        with self._tx() as conn:
            existing = conn.execute(
                select(ASSET.c.id).where(ASSET.c.sha256 == asset.sha256)).first()
            if existing:
                return self.asset(existing.id), False
            conn.execute(insert(ASSET), [rows.to_row(asset)])
            self._emit("asset", "added", asset.id)
        return asset, True

    def remove_image(self, asset_id: str) -> bool:
        """Delete a stored picture nothing uses any more (a card, persona or the brand
        logo); True if it went."""
        with self._tx() as conn:
            card, persona = CardRow.__table__, PersonaRow.__table__
            used = conn.execute(select(card.c.id).where(card.c.image_asset_id == asset_id)
                                .limit(1)).first() or conn.execute(
                select(persona.c.id).where(persona.c.photo_asset_id == asset_id)
                .limit(1)).first()
            if used or self.project().settings.brand_logo_asset_id == asset_id:
                return False
            if conn.execute(delete(ASSET).where(ASSET.c.id == asset_id)).rowcount == 0:
                return False
            self._emit("asset", "removed", asset_id)
        return True

    def add_snapshot(self, snapshot: Snapshot) -> Snapshot:
        with self._tx() as conn:
            conn.execute(insert(SNAPSHOT), [rows.to_row(snapshot)])
            self._emit("snapshot", "added", snapshot.id)
        return snapshot

    def delete_snapshot(self, snapshot_id: str) -> None:
        with self._tx() as conn:
            conn.execute(delete(SNAPSHOT).where(SNAPSHOT.c.id == snapshot_id))
            self._emit("snapshot", "removed", snapshot_id)

    # ---- whole project ---------------------------------------------------------------

    def export_data(self) -> ProjectData:
        data = self.project_content()
        data.snapshots = self.snapshots()
        return data

    def project_content(self) -> ProjectData:
        """The project without its snapshots: what a version holds and a restore writes
        (the snapshots themselves are not read)."""
        data = ProjectData(
            project=self.project(), personas=self.personas(),
            maps=[self.load_map(m.id) for m in self.maps()], assets=self.assets())
        try:  # what the rows alone cannot show: references across the project, ids
            validate_project(data)
        except ValidationError as exc:
            raise FileFormatError(f"{self.path}: damaged ({exc})") from exc
        return data

    def _insert_project_data(self, conn: Connection, data: ProjectData) -> None:
        if data.assets:
            conn.execute(insert(ASSET), [rows.to_row(a) for a in data.assets])
        self._insert_personas_and_maps(conn, data)
        if data.snapshots:
            conn.execute(insert(SNAPSHOT), [rows.to_row(s) for s in data.snapshots])

    def _insert_personas_and_maps(self, conn: Connection, data: ProjectData) -> None:
        if data.personas:
            conn.execute(insert(PERSONA), [rows.to_row(p, position=i)
                                           for i, p in enumerate(data.personas)])
        for content in sorted(data.maps, key=lambda m: m.map.position):
            self._insert_map_rows(conn, content)

    def save_copy(self, target) -> None:
        """A consistent copy via VACUUM INTO, renamed into place (never half a file)."""
        target = Path(target)
        if target.exists() and target.resolve() == self.path.resolve():
            raise MapStudioError(f"{target}: is this project's own file")
        refuse_same_file(target, self.path)
        if self._conn is not None:
            raise MapStudioError("cannot save a copy in the middle of a batch")
        with temp_beside(target) as tmp:
            try:
                raw = self._engine.raw_connection()  # VACUUM cannot run inside BEGIN
                try:
                    raw.driver_connection.execute("VACUUM INTO ?", (str(tmp),))
                finally:
                    raw.close()
                replace_file(tmp, target)
            except (OSError, sqlite3.Error) as exc:
                raise MapStudioError(f"{target}: cannot be written ({_plain(exc)})") from exc


class ReadOnlyFileError(MapStudioError):
    """The file itself cannot be written (permissions, read-only medium)."""


_PLAIN_SQLITE = (
    ("full", "the disk is full"),
    ("readonly", "the file or its disk is read-only"),
    ("read-only", "the file or its disk is read-only"),
    ("locked", "the file is locked by another program"),
    ("busy", "the file is locked by another program"),
    ("disk i/o", "the disk reported an error"),
    ("unable to open", "the file cannot be reached"),
)


def _plain(exc: BaseException) -> str:
    """What went wrong in words a user understands.

    On a full disk SQLite rolls the whole transaction back by itself, and the savepoint
    rollback that follows fails with "no such savepoint": the cause is found down the
    exception chain.
    """
    chain: list[BaseException] = []
    todo: list[BaseException] = [exc]
    while todo and len(chain) < 20:
        error = todo.pop()
        if any(error is known for known in chain):
            continue
        chain.append(error)
        todo += [e for e in (getattr(error, "orig", None), error.__cause__,
                             error.__context__) if isinstance(e, BaseException)]
    texts = [str(e).lower() for e in chain]
    for key, words in _PLAIN_SQLITE:
        if any(key in text for text in texts):
            return words
    for error in chain:
        if isinstance(error, OSError) and error.strerror:
            return error.strerror
    detail = getattr(exc, "orig", None) or exc
    return str(detail)


@contextmanager
def _write_failures(doc: Document) -> Iterator[None]:
    """A failed write becomes one WriteError; SQLite has undone the whole transaction.

    (On a full disk SQLite may roll back by itself, after which the transaction's own
    rollback reports "no transaction"; that is the same outcome, not a second error.)
    """
    try:
        yield
    except (OperationalError, sqlite3.OperationalError, OSError) as exc:
        reason = _plain(exc)
        log.warning("%s: a change could not be written (%s)", doc.path, exc)
        if doc.read_only:
            raise ReadOnlyError(f"{doc.path.name} is open read-only; the change was not "
                                "made") from exc
        raise WriteError(f"{doc.path.name}: the last change could not be saved ({reason}); "
                         "the project is as it was before it") from exc


def _scratch_copy(path: Path) -> Path:
    """A private copy of a project in the temp folder (read through SQLite, read-only)."""
    fd, name = tempfile.mkstemp(prefix="mapstudio-", suffix=".mapstudio")
    os.close(fd)
    scratch = Path(name)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(scratch)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return scratch


__all__ = ["Change", "Document", "FileFormatError", "new_id"]
