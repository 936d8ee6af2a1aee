"""`mapstudio check`: an honest answer on whether a project file is sound.

Opening runs SQLite's quick check (fast, but blind to index contents); here the full
integrity check, the reference check, and every row read into the model and validated.
Read-only throughout.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..model import MapStudioError, validate_map, validate_project
from .document import Document
from .reading import show_id

MAX_LINES = 20  # SQLite's own report can run to thousands of lines for one bad page


def _row_name(conn: sqlite3.Connection, table: str, rowid: int) -> str:
    """The row's id where it has one (its rowid otherwise, or if the id is unreadable)."""
    try:
        found = conn.execute(f'SELECT id FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
    except sqlite3.Error:
        found = None
    return show_id(found[0]) if found else str(rowid)


def _sqlite_problems(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        problems = [f"damaged: {row[0]}" for row in
                    conn.execute(f"PRAGMA integrity_check({MAX_LINES})") if row[0] != "ok"]
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"broken reference: {table} row {_row_name(conn, table, rowid)} "
                            f"points to a missing {parent}")
            if len(problems) >= MAX_LINES:
                break
        return problems
    except sqlite3.DatabaseError as exc:
        return [f"damaged: {exc}"]
    finally:
        conn.close()


def _model_problems(doc: Document) -> list[str]:
    """Each map read on its own (a damaged one does not hide the others), then the
    whole project's rules; messages without the file's name (the caller adds it)."""
    problems: list[str] = []
    prefix = f"{doc.path}: "
    try:
        for journey_map in doc.maps():
            try:
                validate_map(doc.load_map(journey_map.id), f"map {journey_map.title!r}")
            except MapStudioError as exc:
                problems.append(str(exc).removeprefix(prefix))
        if problems:
            return problems
        validate_project(doc.export_data())
    except MapStudioError as exc:
        text = str(exc).removeprefix(prefix)
        problems.append(text if text.startswith("damaged") else f"damaged: {text}")
    return problems


def verify_project(path) -> list[str]:
    """Every problem found, one line each; empty when the file is sound."""
    path = Path(path)
    with Document.open(path, read_only=True) as doc:
        problems = _sqlite_problems(path)
        if problems:  # rows read through a broken index could mislead: stop here
            return problems
        return _model_problems(doc)
