"""One project, one writer: an OS-level lock held on an open project file.

The lock is the operating system's (flock on POSIX, a byte-range lock far past the end of
the file on Windows), taken on the project file itself: no lock file to leave behind, and
when a process dies the system drops its lock, so a crashed instance never blocks the
next one. SQLite's own locks use other byte ranges and another lock family, so the two
never meet.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..model import MapStudioError

_WINDOWS_LOCK_OFFSET = 1 << 40  # far beyond any project; Windows locks are mandatory


class ProjectLockedError(MapStudioError):
    """The project is open for editing elsewhere (another window or program)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: is open in Map Studio (another window or program); "
                         "close it there first")
        self.path = Path(path)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _open_for_lock(path: Path) -> int:
    flags = os.O_RDWR if sys.platform == "win32" else os.O_RDONLY
    return os.open(path, flags | getattr(os, "O_CLOEXEC", 0))


class ProjectLock:
    """Held while a project is open for writing; `release()` (or closing) frees it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path) -> ProjectLock:
        path = Path(path)
        try:
            fd = _open_for_lock(path)
        except OSError as exc:
            raise MapStudioError(f"{path}: cannot be opened ({exc.strerror})") from exc
        if not _try_lock(fd):
            os.close(fd)
            raise ProjectLockedError(path)
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock on every platform
            self._fd = None

    def __enter__(self) -> ProjectLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def is_locked(path) -> bool:
    """True while some process (this one included) holds the project's lock."""
    try:
        fd = _open_for_lock(Path(path))
    except OSError:
        return False
    try:
        return not _try_lock(fd)
    finally:
        os.close(fd)
