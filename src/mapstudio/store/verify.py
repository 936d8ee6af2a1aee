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

MAX_LINES = 20  # SQLite's own report can run to thousands of lines for one bad page


def _sqlite_problems(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        problems = [f"damaged: {row[0]}" for row in
                    conn.execute(f"PRAGMA integrity_check({MAX_LINES})") if row[0] != "ok"]
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"broken reference: {table} row {rowid} points to a missing "
                            f"{parent}")
            if len(problems) >= MAX_LINES:
                break
        return problems
    except sqlite3.DatabaseError as exc:
        return [f"damaged: {exc}"]
    finally:
        conn.close()


def _model_problems(doc: Document) -> list[str]:
    problems: list[str] = []
    try:
        maps = doc.maps()
        for journey_map in maps:
            try:
                validate_map(doc.load_map(journey_map.id), f"map {journey_map.title!r}")
            except MapStudioError as exc:
                problems.append(str(exc))
        if problems:
            return problems
        validate_project(doc.export_data())
    except (MapStudioError, ValueError, TypeError, KeyError) as exc:
        problems.append(f"damaged: {exc}")
    return problems


def verify_project(path) -> list[str]:
    """Every problem found, one line each; empty when the file is sound."""
    path = Path(path)
    with Document.open(path, read_only=True) as doc:
        problems = _sqlite_problems(path)
        if problems:  # rows read through a broken index could mislead: stop here
            return problems
        return _model_problems(doc)
