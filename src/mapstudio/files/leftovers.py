"""Temp files of interrupted writes: recognised by name, removed when the folder is next
written to.

A writer holds an OS lock on its temp file while it works, so a sweep never removes a
file that another live process is still writing; a killed writer's lock is gone with it.
Names: `.<target>.<12 hex>.mstmp` (plus SQLite's sidecars), and the names of earlier
versions (`.<target>.<random>.part` / `.tmp`).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

log = logging.getLogger(__name__)
TEMP_SUFFIX = ".mstmp"
_CURRENT = re.compile(r"^\..+\.[0-9a-f]{12}\.mstmp(-journal|-wal|-shm)?$")
_EARLIER = re.compile(r"^\..+\.([A-Za-z0-9_]{8}|[0-9a-f]{12})\.(part|tmp)(-journal)?$")
_WINDOWS_MIN_AGE_S = 3600  # no advisory locks there: only old leftovers are removed


def is_leftover(name: str) -> bool:
    return bool(_CURRENT.match(name) or _EARLIER.match(name))


@contextmanager
def hold_temp(fd: int) -> Iterator[None]:
    """Keep `fd` (a fresh temp file) locked while the write runs, then close it."""
    try:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _abandoned(path: Path) -> bool:
    """No live writer holds it."""
    if sys.platform == "win32":
        with suppress(OSError):
            return time.time() - path.stat().st_mtime > _WINDOWS_MIN_AGE_S
        return False
    import fcntl

    owner = path
    for suffix in ("-journal", "-wal", "-shm"):
        if owner.name.endswith(suffix):  # a sidecar lives and dies with its temp file
            base = owner.with_name(owner.name[: -len(suffix)])
            if base.exists():
                owner = base
    try:
        fd = os.open(owner, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)
    return True


def sweep_leftovers(folder: Path) -> list[Path]:
    """Remove abandoned temp files in `folder`; returns what was removed. Never raises."""
    removed: list[Path] = []
    try:
        names = sorted(os.listdir(folder), key=len, reverse=True)  # sidecars first
    except OSError:
        return removed
    for name in names:
        if not is_leftover(name):
            continue
        path = Path(folder) / name
        if not path.is_file() or not _abandoned(path):
            continue
        try:
            path.unlink()
        except OSError as exc:
            log.warning("cannot remove leftover %s: %s", path, exc)
            continue
        log.info("removed %s, left by an interrupted write", path)
        removed.append(path)
    return removed
