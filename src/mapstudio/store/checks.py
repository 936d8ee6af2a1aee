"""Defensive checks before a file is trusted (DESIGN §3). They only read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..model import MapStudioError
from .schema import APPLICATION_ID, SCHEMA_VERSION, Base

SQLITE_MAGIC = b"SQLite format 3\x00"
# columns schema 4 added to existing tables (living maps)
LIVING_COLUMNS = {"journey_map": {"owner", "review_by"}, "stage": {"owner", "linked_map_id"},
                  "card": {"evidence", "confidence", "linked_map_id"}}


def _expected_columns() -> dict[int, dict[str, set[str]]]:
    """Tables and columns each schema version must have (current one from the ORM)."""
    current = {name: {c.name for c in table.columns}
               for name, table in Base.metadata.tables.items()}
    current["alembic_version"] = {"version_num"}
    third = {name: set(cols) for name, cols in current.items()
             if name not in ("metric_value", "review_note")}
    for table, added in LIVING_COLUMNS.items():
        third[table] -= added
    second = {name: cols - {"row_version"} for name, cols in third.items()}
    first = {name: set(cols) for name, cols in second.items()
             if name not in ("snapshot", "map_persona")}
    first["card"].discard("moment_of_truth")
    first["persona"].discard("colour")
    first["journey_map"].add("persona_ids")
    return {1: first, 2: second, 3: third, 4: current}


EXPECTED_COLUMNS = _expected_columns()
TABLES_BY_VERSION = {v: set(tables) for v, tables in EXPECTED_COLUMNS.items()}


class FileFormatError(MapStudioError):
    """A file that is not, or not safely, a Map Studio project."""


def _cut_short(path: Path, head: bytes) -> str:
    """Why the file is shorter than its own header says ("" when it is whole).

    SQLite writes whole pages, and (in rollback-journal mode, which projects use) keeps
    the page count in the header: a file cut by even one byte is caught here, before any
    row is read from pages that are no longer there.
    """
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    size = path.stat().st_size
    if page < 512 or page & (page - 1):
        return "impossible page size"
    if size % page:
        return f"{size:,} bytes is not a whole number of {page:,}-byte pages"
    pages = int.from_bytes(head[28:32], "big")
    valid = head[24:28] == head[92:96]  # the count is kept by SQLite since 3.7.0
    if valid and pages * page > size:
        return f"{size:,} bytes of the {pages * page:,} its header records"
    return ""


def inspect_file(path: Path) -> int:
    """Return the file's schema version, or raise FileFormatError. Never writes."""
    name = str(path)
    if not path.exists():
        raise FileFormatError(f"{name}: no such file")
    if not path.is_file():
        raise FileFormatError(f"{name}: not a file")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise FileFormatError(f"{name}: cannot be read ({exc.strerror})") from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise FileFormatError(f"{name}: not a Map Studio file (not a SQLite database)")
    # The header holds both ids (offsets 60 and 68): refuse strangers before SQLite parses them.
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise FileFormatError(f"{name}: not a Map Studio file (another application's "
                              "database)")
    short = _cut_short(path, head)
    if short:
        raise FileFormatError(f"{name}: damaged (cut short: {short})")
    header_version = int.from_bytes(head[60:64], "big")
    if header_version > SCHEMA_VERSION:
        raise FileFormatError(
            f"{name}: made by a newer version of Map Studio (schema {header_version}); "
            f"this version reads up to schema {SCHEMA_VERSION}")
    try:  # read-only: SQLite refuses to roll a hot journal back rather than write
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise FileFormatError(f"{name}: cannot be opened: {exc}") from exc
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise FileFormatError(f"{name}: not a Map Studio file (another application's "
                                  "database)")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise FileFormatError(
                f"{name}: made by a newer version of Map Studio (schema {version}); this "
                f"version reads up to schema {SCHEMA_VERSION}")
        if version not in TABLES_BY_VERSION:
            raise FileFormatError(f"{name}: damaged (unknown schema version {version})")
        objects = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
        extra = [f"{t} {n}" for t, n in objects if t in ("trigger", "view")]
        if extra:
            raise FileFormatError(f"{name}: refused: unexpected {', '.join(extra)} "
                                  "(Map Studio files contain none)")
        tables = {n for t, n in objects if t == "table"}
        missing = TABLES_BY_VERSION[version] - tables
        if missing:
            raise FileFormatError(f"{name}: damaged (missing tables: "
                                  f"{', '.join(sorted(missing))})")
        for table, wanted in sorted(EXPECTED_COLUMNS[version].items()):
            have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
            if wanted - have:
                raise FileFormatError(f"{name}: damaged (table {table} lacks "
                                      f"{', '.join(sorted(wanted - have))})")
        status = conn.execute("PRAGMA quick_check").fetchone()[0]
        if status != "ok":
            raise FileFormatError(f"{name}: damaged ({status})")
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
            raise FileFormatError(f"{name}: has an unfinished change from a crash; open it "
                                  "in Map Studio to recover the last change") from exc
        if "readonly" in str(exc).lower() or "locked" in str(exc).lower():
            raise FileFormatError(f"{name}: cannot be read now ({exc})") from exc
        raise FileFormatError(f"{name}: damaged ({exc})") from exc
    except sqlite3.DatabaseError as exc:
        raise FileFormatError(f"{name}: damaged ({exc})") from exc
    finally:
        conn.close()
    return version
