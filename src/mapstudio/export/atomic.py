"""Write an output file atomically: temp file beside it, then os.replace.

A failure or a cancel at any point removes the temp file, so no half-written file is ever
left behind and an existing output is only replaced by a complete one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..model import MapStudioError


class ExportCancelled(MapStudioError):
    """The user cancelled a running export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled")


def check_target(out_path: Path, force: bool) -> Path:
    """Refuse early (before any rendering) what would fail at the end."""
    out = Path(out_path)
    if out.is_dir():
        raise MapStudioError(f"{out}: is a folder, not a file")
    if out.exists() and not force:
        raise MapStudioError(f"{out}: already exists (use --force to replace it)")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise MapStudioError(f"{folder}: no such folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise MapStudioError(f"{folder}: folder is not writable")
    return out


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(out_path: Path, force: bool, write: Callable[[Path], object]) -> object:
    """Call `write(temp_path)`, then move the temp file over `out_path`."""
    out = check_target(out_path, force)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise MapStudioError(f"{out.parent}: cannot write here ({exc.strerror})") from None
    os.close(fd)
    temp = Path(name)
    try:
        result = write(temp)
        os.chmod(temp, 0o666 & ~_umask())
        if out.exists() and not force:  # appeared while we were rendering
            raise MapStudioError(f"{out}: already exists (use --force to replace it)")
        os.replace(temp, out)
    except OSError as exc:
        raise MapStudioError(f"{out}: cannot write ({exc.strerror or exc})") from None
    finally:
        if temp.exists():
            temp.unlink()
    return result
