"""The one atomic write: a locked temp file beside the target, fsynced, renamed over it.

Every writer of the app (projects, exports, interchange files, backups, templates) goes
through here, so its temp files share one recognisable name and an interrupted write is
cleaned up the next time anything is written to that folder (see `leftovers`).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ..model import MapStudioError
from .leftovers import TEMP_SUFFIX, hold_temp, sweep_leftovers

SIDECARS = ("-journal", "-wal", "-shm")


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


@contextmanager
def temp_beside(target: Path) -> Iterator[Path]:
    """A fresh hidden temp path in the target's folder (so the final rename is atomic),
    locked for as long as the block runs and removed afterwards unless it was renamed.

    Leftovers of earlier interrupted writes in that folder are swept first.
    """
    target = Path(target)
    folder = _folder(target)
    if not folder.is_dir():
        raise MapStudioError(f"{folder}: no such folder")
    sweep_leftovers(folder)
    while True:
        temp = folder / f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0),
                         0o666)
            break
        except FileExistsError:
            continue
        except OSError as exc:
            raise MapStudioError(f"{folder}: cannot write here ({exc.strerror})") from None
    try:
        with hold_temp(fd):
            yield temp
    finally:
        for leftover in (temp, *(temp.with_name(temp.name + s) for s in SIDECARS)):
            with suppress(OSError):
                leftover.unlink()


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_sidecars(path: Path) -> None:
    """Delete SQLite's -journal/-wal/-shm of `path`: called only when the file itself is
    being replaced, so a hot journal of the old file is never paired with the new one."""
    for suffix in SIDECARS:
        with suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def replace_file(temp: Path, target: Path) -> None:
    """Rename a complete temp file over `target` durably, then delete the target's sidecars.

    A project's writer settles the old journal before calling this (store.journal.
    settle_journal), so no journal is left to pair with the new file; should one still be
    there, opening checks every journal against its file (page size, size, change
    counter) and refuses a stranger, so the new file is never rewritten by it.
    """
    target = Path(target)
    fsync_file(temp)
    os.replace(temp, target)
    fsync_folder(_folder(target))
    remove_sidecars(target)


def refuse_same_file(output: Path, *inputs: Path) -> None:
    """Writing over an input would destroy it: refuse, also through links and other names."""
    output = Path(output)
    if not output.exists():
        return
    for source in inputs:
        with suppress(OSError):
            if Path(source).exists() and os.path.samefile(output, source):
                raise MapStudioError(f"{output}: is the input file; choose another output")


def check_target(target: Path, force: bool) -> Path:
    """Refuse early (before any work) what would fail at the end."""
    target = Path(target)
    if target.is_dir():
        raise MapStudioError(f"{target}: is a folder, not a file")
    if target.exists() and not force:
        raise MapStudioError(f"{target}: already exists (use --force to replace it)")
    folder = _folder(target)
    if not folder.is_dir():
        raise MapStudioError(f"{folder}: no such folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise MapStudioError(f"{folder}: folder is not writable")
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(target: Path, write: Callable[[Path], object], *,
                     force: bool = False) -> object:
    """Call `write(temp_path)`, then move the complete temp file over `target`.

    A failure or cancel at any point removes the temp file: an existing target is only
    ever replaced by a complete file.
    """
    target = check_target(target, force)
    with temp_beside(target) as temp:
        try:
            result = write(temp)
            os.chmod(temp, 0o666 & ~_umask())
            if target.exists() and not force:  # appeared while we were writing
                raise MapStudioError(f"{target}: already exists (use --force to replace it)")
            replace_file(temp, target)
        except OSError as exc:
            raise MapStudioError(f"{target}: cannot write ({exc.strerror or exc})") from None
    return result
