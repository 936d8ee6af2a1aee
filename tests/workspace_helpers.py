"""A fresh database per test on the PostgreSQL server named by MAPSTUDIO_PG_URL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

PG_SKIP = ("MAPSTUDIO_PG_URL is not set: start a throw-away PostgreSQL with "
           "`eval \"$(.ci/postgres.sh start /tmp/mapstudio-pg)\"` (see README)")


def server_url() -> str:
    url = os.environ.get("MAPSTUDIO_PG_URL")
    if not url:
        pytest.skip(PG_SKIP)
    return url


def with_database(url: str, database: str, user: str | None = None) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc
    if user is not None:
        netloc = f"{user}@{netloc.rsplit('@', 1)[-1]}"
    return urlunsplit(parts._replace(netloc=netloc, path=f"/{database}"))


def admin(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True)


@contextmanager
def fresh_database(base: str, *, durable: bool = False) -> Iterator[str]:
    """A new, empty database with an initialised workspace; dropped afterwards (even
    with clients still connected). Unless `durable`, commits do not wait for the disk
    (`synchronous_commit = off`: the same transactions, locks and notifications, only
    an OS crash could lose the last ones), which keeps the tests quick."""
    from mapstudio.store.workspace import init_workspace

    name = "ws_" + uuid.uuid4().hex[:12]
    with admin(base) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
        if not durable:
            conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    url = with_database(base, name)
    try:
        init_workspace(url)
        yield url
    finally:
        with admin(base) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def workspace_project(url: str, title: str, data=None, *, listen: bool = False,
                      name: str | None = None):
    """A new project published into the workspace at `url` (under `name`, by default
    its title), opened for editing."""
    from mapstudio.model import Project, ProjectData
    from mapstudio.store.workspace import open_project, publish

    name = name or title
    publish(data or ProjectData(project=Project(title=title)), url, name)
    return open_project(f"{url}#{name}", listen=listen)
