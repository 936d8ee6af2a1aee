"""PostgreSQL connections for workspace projects: the store's raw driver calls, unchanged.

The store talks to SQLite's driver directly where speed matters (`fastpath.py`): qmark
parameters, JSON read back as text, booleans as 0/1. `QmarkConnection` is a psycopg
connection that accepts exactly those statements and rewrites each once (cached): `?`
becomes `%s`, and JSON and boolean columns in a SELECT list are cast to text and integer.
So the same store code serves a file and a workspace project. Every connection's
`search_path` is the project's own schema, so unqualified table names (the store's and
Alembic's) resolve to that project.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.types.json import set_json_loads
from sqlalchemy import JSON, Boolean, Engine, create_engine, event
from sqlalchemy.pool import NullPool, StaticPool

from ..model import MapStudioError
from .schema import Base

_JSON = sorted({c.name for t in Base.metadata.tables.values() for c in t.columns
                if isinstance(c.type, JSON)})
_BOOL = sorted({c.name for t in Base.metadata.tables.values() for c in t.columns
                if isinstance(c.type, Boolean)})
_CASTS = [(re.compile(rf"(?<![\w.:])((?:\w+\.)?{name})\b(?!\s*=)"), cast)
          for names, cast in ((_JSON, "::text"), (_BOOL, "::int")) for name in names]
_SELECT_LIST = re.compile(r"^(\s*SELECT\s)(.*?)(\sFROM\s.*)$", re.S | re.I)
# SQLite's storage class of a value; PostgreSQL enforces the column's type itself
_TYPEOF = re.compile(r"\btypeof\((\w+)\)")


@lru_cache(maxsize=256)
def to_postgres(sql: str) -> str:
    """A statement written for sqlite3 (qmark, JSON as text) in psycopg's terms."""
    found = _SELECT_LIST.match(sql)
    if found:
        head, columns, rest = found.groups()
        for pattern, cast in _CASTS:
            columns = pattern.sub(rf"\1{cast}", columns)
        columns = _TYPEOF.sub(r"CASE WHEN \1 IS NULL THEN 'null' ELSE 'blob' END", columns)
        sql = head + columns + rest
    return sql.replace("%", "%%").replace("?", "%s")


class QmarkConnection(psycopg.Connection):
    """psycopg, speaking the sqlite3 driver's dialect for the store's raw statements."""

    def execute(self, query, params=None, **kw):  # noqa: D102 - psycopg's own signature
        if isinstance(query, str):
            query = to_postgres(query)
        return super().execute(query, params, **kw)

    def executemany(self, query: str, params_seq) -> None:
        with self.cursor() as cur:
            cur.executemany(to_postgres(query), list(params_seq))


def _as_text(data: str | bytes) -> str:
    return data.decode() if isinstance(data, bytes) else data


class WorkspaceError(MapStudioError):
    """The workspace server cannot be used: down, refused us, or lacks the project."""


def split_target(target: str) -> tuple[str, str]:
    """`postgresql://…/db#Project` -> (url, project); raises when the project is missing."""
    url, _, project = str(target).partition("#")
    if not project:
        raise MapStudioError(f"{redact(url)}: name the project after '#' "
                             "(postgresql://host/db#Project)")
    return url, project


def is_workspace(target) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """The URL without its password: the only form ever shown, logged or stored."""
    parts = urlsplit(str(url))
    if parts.password is None:
        return str(url)
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


def connect_raw(url: str, *, autocommit: bool = False, **kw) -> QmarkConnection:
    """A driver connection; credentials come from libpq's own places (PGPASSFILE, the
    service file, PG* variables) or, when `keyring` is installed, the OS keychain."""
    password = _keyring_password(url)
    if password is not None:
        kw.setdefault("password", password)
    try:
        return QmarkConnection.connect(url, autocommit=autocommit, connect_timeout=10, **kw)
    except psycopg.OperationalError as exc:
        raise WorkspaceError(f"{redact(url)}: {plain(exc)}") from None
    except psycopg.ProgrammingError as exc:  # a malformed URL
        raise WorkspaceError(f"{redact(url)}: not a usable PostgreSQL URL ({exc})") from None


def _keyring_password(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.password is not None:
        return None
    try:
        import keyring  # optional: the OS keychain
    except ImportError:
        return None
    try:
        return keyring.get_password("mapstudio", f"{parts.username}@{parts.hostname}")
    except Exception:  # noqa: BLE001 - a keychain that fails is a keychain not there
        return None


def plain(exc: BaseException) -> str:
    """The server's or libpq's message on one line."""
    text = " ".join(str(getattr(exc, "orig", None) or exc).split())
    return text or type(exc).__name__


def make_pg_engine(url: str, schema: str | None, *, application_name: str = "mapstudio",
                   single: bool = True) -> Engine:
    """An engine whose connections live in `schema` (one StaticPool connection, like a
    file's, or a fresh connection per checkout with `single=False`)."""

    def connect():
        conn = connect_raw(url, application_name=application_name[:63])
        # JSON comes back as text, as from SQLite: the store decodes and checks it itself
        set_json_loads(_as_text, conn)
        return conn

    engine = create_engine("postgresql+psycopg://", creator=connect,
                           poolclass=StaticPool if single else NullPool)
    if schema is not None:
        @event.listens_for(engine, "connect")
        def _search_path(dbapi_connection, _record) -> None:
            with dbapi_connection.cursor() as cur:
                cur.execute(f'SET search_path TO "{schema}"')
            dbapi_connection.commit()

    return engine
