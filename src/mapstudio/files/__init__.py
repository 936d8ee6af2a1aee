"""Safe file handling shared by every writer: atomic replacement, sidecars, leftovers and
the one-writer lock. Plain Python only (no Qt, no SQL), so every layer may use it."""

from .atomic import (
    fsync_folder,
    refuse_same_file,
    remove_sidecars,
    replace_file,
    temp_beside,
    write_atomically,
)
from .leftovers import is_leftover, sweep_leftovers
from .lock import ProjectLock, ProjectLockedError, is_locked

__all__ = ["ProjectLock", "ProjectLockedError", "fsync_folder", "is_leftover", "is_locked",
           "refuse_same_file", "remove_sidecars", "replace_file", "sweep_leftovers",
           "temp_beside", "write_atomically"]
