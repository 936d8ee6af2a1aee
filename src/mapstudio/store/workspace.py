"""A team workspace: one PostgreSQL database, one schema (namespace) per project.

Each project lives in its own schema with exactly the tables and Alembic revisions of a
`.mapstudio` file (connections set `search_path` to it), so the store code and the
migrations serve both unchanged. The schema `mapstudio` holds the catalogue: project
name -> schema, who published it and when. Who has a project open is not stored: every
client connection names its project in `application_name`, and `pg_stat_activity` shows
the live ones (a client that dies leaves nothing behind).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import (
    Column,
    MetaData,
    Table,
    Text,
    func,
    insert,
    literal,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.schema import CreateSchema

from ..model import ProjectData, now_iso
from . import rows
from .connection import MIGRATIONS, REVISIONS
from .document import Document
from .pg_driver import WorkspaceError, make_pg_engine, plain, redact, split_target
from .schema import SCHEMA_VERSION, ProjectRow
from .workspace_document import WorkspaceDocument
from .workspace_presence import schema_of

CATALOGUE = MetaData(schema="mapstudio")
PROJECTS = Table("project", CATALOGUE,
                 Column("name", Text, primary_key=True),
                 Column("schema_name", Text, nullable=False, unique=True),
                 Column("created", Text, nullable=False),
                 Column("created_by", Text, nullable=False))
EDITOR_ROLE, VIEWER_ROLE = "mapstudio_editor", "mapstudio_viewer"


@contextmanager
def _server_errors(url: str, what: str) -> Iterator[None]:
    """Errors of the server as one line naming the workspace (never its password)."""
    try:
        yield
    except (DBAPIError, psycopg.Error) as exc:
        orig = getattr(exc, "orig", None) or exc
        if isinstance(orig, psycopg.errors.UndefinedTable | psycopg.errors.InvalidSchemaName):
            raise WorkspaceError(f"{redact(url)}: not a Map Studio workspace "
                                 "(run: mapstudio workspace init URL)") from None
        if isinstance(orig, psycopg.errors.InsufficientPrivilege):
            raise WorkspaceError(f"{redact(url)}: your role may not {what} "
                                 f"({plain(orig)})") from None
        raise WorkspaceError(f"{redact(url)}: cannot {what} ({plain(orig)})") from None


def _upgrade(conn, schema: str) -> None:
    """The project schema at this version's revision, in the caller's transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    conn.execute(text(f'SET LOCAL search_path TO "{schema}"'))
    command.upgrade(config, REVISIONS[SCHEMA_VERSION])
    _grant(conn, schema)


def _grant(conn, schema: str) -> None:
    """Editors may change and viewers only read this project (when the roles exist)."""
    roles = {r for (r,) in conn.execute(text(
        "SELECT rolname FROM pg_roles WHERE rolname IN (:e, :v)"),
        {"e": EDITOR_ROLE, "v": VIEWER_ROLE})}
    for role, rights in ((VIEWER_ROLE, "SELECT"),
                         (EDITOR_ROLE, "SELECT, INSERT, UPDATE, DELETE")):
        if role in roles:
            conn.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {role}'))
            conn.execute(text(f'GRANT {rights} ON ALL TABLES IN SCHEMA "{schema}" TO {role}'))
    member = conn.execute(text("SELECT pg_has_role(current_user, :r, 'MEMBER')"),
                          {"r": EDITOR_ROLE}).scalar() if EDITOR_ROLE in roles else False
    if member:  # owned by the editors' role: any editor (or the admin) can upgrade it
        conn.execute(text(f'ALTER SCHEMA "{schema}" OWNER TO {EDITOR_ROLE}'))
        tables = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = :s"),
                              {"s": schema}).scalars().all()
        for table in tables:
            conn.execute(text(f'ALTER TABLE "{schema}"."{table}" OWNER TO {EDITOR_ROLE}'))


def _schema_revision(conn, schema: str) -> str | None:
    found = conn.execute(text("SELECT to_regclass(:t)"), {"t": f'"{schema}".alembic_version'})
    if found.scalar() is None:
        return None
    return conn.execute(text(f'SELECT version_num FROM "{schema}".alembic_version')).scalar()


def init_workspace(url: str) -> list[str]:
    """Create the catalogue (if missing) and bring every project to this version's
    schema, each in its own transaction. Returns the names of upgraded projects."""
    engine = make_pg_engine(url, None)
    upgraded = []
    try:
        with _server_errors(url, "set up the workspace"), engine.begin() as conn:
            conn.execute(CreateSchema("mapstudio", if_not_exists=True))
            CATALOGUE.create_all(conn)
            for role, rights in ((VIEWER_ROLE, "SELECT"),
                                 (EDITOR_ROLE, "SELECT, INSERT, UPDATE, DELETE")):
                if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                {"r": role}).first():
                    conn.execute(text(f"GRANT USAGE ON SCHEMA mapstudio TO {role}"))
                    conn.execute(text(f"GRANT {rights} ON mapstudio.project TO {role}"))
        with _server_errors(url, "upgrade the workspace"):
            with engine.connect() as conn:
                projects = conn.execute(select(PROJECTS.c.name, PROJECTS.c.schema_name)).all()
            for name, schema in projects:
                with engine.begin() as conn:
                    if _schema_revision(conn, schema) != REVISIONS[SCHEMA_VERSION]:
                        _upgrade(conn, schema)
                        upgraded.append(name)
    finally:
        engine.dispose()
    return upgraded


def list_projects(url: str) -> list[dict]:
    """Every project with who has it open now (user names from live connections)."""
    engine = make_pg_engine(url, None)
    try:
        with _server_errors(url, "list the workspace"), engine.connect() as conn:
            projects = conn.execute(select(PROJECTS).order_by(PROJECTS.c.name)).all()
            live = conn.execute(text(
                "SELECT application_name, usename FROM pg_stat_activity "
                "WHERE application_name LIKE 'mapstudio %' AND pid <> pg_backend_pid()")).all()
    finally:
        engine.dispose()
    result = []
    for p in projects:
        users = sorted({user for app, user in live if schema_of(app) == p.schema_name})
        result.append({"name": p.name, "schema": p.schema_name, "created": p.created,
                       "created_by": p.created_by, "open_by": users})
    return result


def _find_schema(url: str, project: str) -> str:
    engine = make_pg_engine(url, None)
    try:
        with _server_errors(url, "read the workspace"), engine.connect() as conn:
            names = dict(conn.execute(select(PROJECTS.c.name, PROJECTS.c.schema_name)).all())
    finally:
        engine.dispose()
    if project not in names:
        known = ", ".join(sorted(names)) or "none yet"
        raise WorkspaceError(f"{redact(url)}: no project {project!r} in this workspace "
                             f"(projects: {known})")
    return names[project]


def open_project(target: str, *, read_only: bool = False, listen: bool = False
                 ) -> WorkspaceDocument:
    """Open `URL#PROJECT`; a role without UPDATE rights gets a read-only document."""
    url, project = split_target(target)
    schema = _find_schema(url, project)
    engine = make_pg_engine(url, schema, application_name=f"mapstudio {schema}")
    try:
        with _server_errors(url, "open the project"), engine.connect() as conn:
            revision = _schema_revision(conn, schema)
            if revision != REVISIONS[SCHEMA_VERSION]:
                raise WorkspaceError(
                    f"{redact(url)}#{project}: stored at revision {revision}, this version "
                    f"uses {REVISIONS[SCHEMA_VERSION]} (run: mapstudio workspace init URL)")
            may_write, role = conn.execute(select(func.has_table_privilege(
                literal("card"), literal("UPDATE")), func.current_user())).one()
            conn.rollback()
        doc = WorkspaceDocument(url, project, schema, engine)
        doc.user = role  # the name others see on their conflicts: the database role
    except BaseException:
        engine.dispose()
        raise
    doc.read_only = read_only or not may_write
    try:
        with _server_errors(url, "read the project"):
            doc.check_project_rows()
    except BaseException:
        doc.close()
        raise
    if listen:
        doc.start_listening()
    return doc


def publish(data: ProjectData, url: str, project: str) -> str:
    """Copy a whole project into a new workspace project: catalogue entry, schema,
    tables and rows in ONE transaction (all or nothing). Returns the schema name."""
    schema = "p_" + uuid.uuid4().hex[:16]
    engine = make_pg_engine(url, schema)
    doc = WorkspaceDocument(url, project, schema, engine)
    try:
        with _server_errors(url, "publish to the workspace"):
            conn = doc._connection
            with conn.begin():
                try:
                    conn.execute(insert(PROJECTS).values(
                        name=project, schema_name=schema, created=now_iso(),
                        created_by=func.current_user()))
                except IntegrityError:
                    raise WorkspaceError(f"{redact(url)}: a project {project!r} already "
                                         "exists in this workspace") from None
                conn.execute(CreateSchema(schema))
                _upgrade(conn, schema)
                conn.execute(text(f'SET LOCAL search_path TO "{schema}"'))
                conn.execute(insert(ProjectRow.__table__), [rows.to_row(data.project)])
                doc._insert_project_data(conn, data)
    finally:
        doc.close()
    return schema


def pull(target: str, out) -> None:
    """Copy a workspace project into a file, atomically (a whole file or none)."""
    doc = open_project(target, read_only=True)
    try:
        pull_into(doc, out)
    finally:
        doc.close()


def pull_into(doc: WorkspaceDocument, out) -> None:
    with _server_errors(doc.url, "read the project"):
        data = doc.export_data()
    Document.create(Path(out), data=data, force=True).close()


def read_file_project(path) -> ProjectData:
    with Document.open(Path(path), read_only=True) as doc:
        return doc.export_data()


def verify_workspace_project(target: str) -> list[str]:
    """`mapstudio check URL#PROJECT`: the server keeps pages and references sound
    itself; every row is read into the model and validated as for a file."""
    from .verify import _model_problems

    doc = open_project(target, read_only=True)
    try:
        with _server_errors(doc.url, "read the project"):
            return _model_problems(doc)
    finally:
        doc.close()
