"""Exports are written through the app's one atomic write (`mapstudio.files`): a temp
file beside the output, renamed over it only when complete, swept if a write is killed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .. import files
from ..model import MapStudioError


class ExportCancelled(MapStudioError):
    """The user cancelled a running export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled")


def check_target(out_path: Path, force: bool) -> Path:
    """Refuse early (before any rendering) what would fail at the end."""
    return files.atomic.check_target(out_path, force)


def write_atomically(out_path: Path, force: bool, write: Callable[[Path], object]) -> object:
    """Call `write(temp_path)`, then move the temp file over `out_path`."""
    return files.write_atomically(out_path, write, force=force)
