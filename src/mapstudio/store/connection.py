"""Engine set-up and schema migrations for one .mapstudio file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import StaticPool

from ..model import MapStudioError
from .schema import APPLICATION_ID, SCHEMA_VERSION

MIGRATIONS = Path(__file__).with_name("migrations")
REVISIONS = {1: "0001", 2: "0002", 3: "0003", 4: "0004"}


BUSY_TIMEOUT_MS = 5000  # a reader waits out a writer's commit instead of failing


def _configure(dbapi_connection, _record) -> None:
    """Durability and safety PRAGMAs on every connection (DESIGN §3)."""
    # pysqlite's own transaction handling would defer BEGIN; let SQLAlchemy emit it.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    for pragma in ("journal_mode=DELETE", "synchronous=FULL", "foreign_keys=ON",
                   "trusted_schema=OFF", f"busy_timeout={BUSY_TIMEOUT_MS}"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on one file; `read_only` opens it so SQLite itself cannot write to it
    (not even to roll back a journal)."""
    uri = f"{Path(path).resolve().as_uri()}?mode={'ro' if read_only else 'rwc'}"

    def connect():
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)
    event.listen(engine, "connect", _configure)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # explicit BEGIN since the driver's implicit one is off
        conn.connection.driver_connection.execute("BEGIN")

    return engine


def migrate(engine: Engine, to_version: int = SCHEMA_VERSION) -> None:
    """Upgrade (or build) the schema with Alembic in ONE transaction, then record it.

    Batch migrations rebuild tables (copy, drop, rename); with foreign keys on, dropping
    a parent table would cascade into its children, so they are off while migrating and
    checked with foreign_key_check before the commit. user_version is written inside the
    same transaction, so a failed upgrade leaves the file as it was.
    """
    from alembic import command  # only a file that needs a migration pays for Alembic
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        driver.execute("PRAGMA foreign_keys=OFF")  # only effective outside a transaction
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, REVISIONS[to_version])
                broken = driver.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MapStudioError(f"migration left {len(broken)} broken references "
                                         f"(first in table {broken[0][0]})")
                conn.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
                conn.execute(text(f"PRAGMA user_version = {to_version}"))
        finally:
            driver.execute("PRAGMA foreign_keys=ON")
