"""Engine set-up and schema migrations for one .mapstudio file."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import StaticPool

from .schema import APPLICATION_ID, SCHEMA_VERSION

MIGRATIONS = Path(__file__).with_name("migrations")
REVISIONS = {1: "0001", 2: "0002"}


def _configure(dbapi_connection, _record) -> None:
    """Durability and safety PRAGMAs on every connection (DESIGN §3)."""
    # pysqlite's own transaction handling would defer BEGIN; let SQLAlchemy emit it.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    for pragma in ("journal_mode=DELETE", "synchronous=FULL", "foreign_keys=ON",
                   "trusted_schema=OFF"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", poolclass=StaticPool,
                           connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # explicit BEGIN since the driver's implicit one is off
        conn.exec_driver_sql("BEGIN")

    return engine


def migrate(engine: Engine, to_version: int = SCHEMA_VERSION) -> None:
    """Upgrade (or build) the schema with Alembic, then record it in user_version."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, REVISIONS[to_version])
        conn.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
        conn.execute(text(f"PRAGMA user_version = {to_version}"))
