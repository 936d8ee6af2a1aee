"""Shared helpers of the project-safety tests: real crashes, real journals, real disks."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from mapstudio.model import Card, Project, ProjectData, starter_map
from mapstudio.store import Document

# A writer killed in the middle of a transaction. A one-page cache makes SQLite spill
# changed pages into the file before the commit, so the journal left behind is hot.
CRASHING_WRITER = r"""
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size=1")
conn.execute("BEGIN")
conn.execute("UPDATE card SET body = ?", ("half-written " * 400,))
conn.execute("UPDATE project SET title = 'half-written'")
os.kill(os.getpid(), signal.SIGKILL)
"""


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def make_project(path: Path, title: str = "Bank", cards: int = 30) -> Path:
    journey = starter_map("Mortgage")
    lane, stage = journey.lanes[0].id, journey.stages[0].id
    journey.cards = [Card(lane_id=lane, stage_id=stage, position=i, title=f"{title} card {i}")
                     for i in range(cards)]
    data = ProjectData(project=Project(title=title), maps=[journey])
    Document.create(path, title, data=data).close()
    return path


def crash_mid_write(path: Path) -> Path:
    """Kill a writer mid-transaction; returns the hot journal it leaves."""
    result = subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(path)])
    assert result.returncode == -9
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0
    return journal


def card_titles(path: Path) -> list[str]:
    with Document.open(path, read_only=True) as doc:
        return sorted(c.title for m in doc.maps() for c in doc.load_map(m.id).cards)


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@contextmanager
def small_disk(folder: Path, size: str = "3m"):
    """A real, small filesystem (tmpfs) mounted at `folder`; skips where we may not mount."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root (CI runs as root)")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill_disk(folder: Path) -> Path:
    """Take every free byte of the filesystem holding `folder`."""
    filler = folder / "filler.bin"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    return filler


def remount_read_only(folder: Path) -> None:
    result = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot remount read-only: {result.stderr.decode().strip()}")
