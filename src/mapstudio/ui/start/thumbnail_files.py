"""What the thumbnails of recent projects and of templates share: a map painted small
exactly as the PNG export paints it, and files kept in the user cache folder (thumbnails,
and what the start screen knows of a recent project without opening it).

The cache folder is `MAPSTUDIO_CACHE_DIR` when set, else the platform's user cache folder;
each kind of file has a folder of its own in it, and a project file's entries are named by
`path_key`. A file is written next to its final name and renamed into place, so a cached
file is always whole; older versions of it are removed first. A read-only cache only costs
speed.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtGui import QImage, QPainter

from ...files import write_atomically
from ...model import MapStudioError

log = logging.getLogger(__name__)


def cache_dir(name: str) -> Path:
    """The folder of one kind of cached picture ("project-thumbnails")."""
    override = os.environ.get("MAPSTUDIO_CACHE_DIR")
    base = Path(override) if override else Path(
        platformdirs.user_cache_dir("mapstudio", appauthor=False))
    return base / name


def path_key(path: Path) -> str:
    """A short name for a project file's cached entries (its resolved path, hashed)."""
    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]


def paint_map(geometry, measure, image_bytes, width: int, height: int = 0,
              images: bool = True) -> QImage:
    """The laid-out map scaled to `width`, centred in `height` and cropped below; a height
    of 0 keeps the whole map. 72 dpi, as in the PNG export, so text fits its cards."""
    from ...export.qt_painter import QtPainter, point_image
    from ...export.render import draw_map

    scale = width / max(geometry.width, 1.0)
    if height <= 0:
        height = max(1, round(geometry.height * scale))
    image = point_image(width, height)
    qp = QPainter(image)
    try:
        painter = QtPainter(qp, 1.0, image_bytes)
        painter.place(0, max(0.0, (height - geometry.height * scale) / 2), scale)
        draw_map(painter, geometry, measure, images=images)
    finally:
        qp.end()
    return image


def save_png(image: QImage, target: Path, older: str) -> None:
    """Keep `image` as `target`, removing the files in its folder matching `older` (the
    glob of the versions it replaces)."""
    def write(temp: Path) -> None:
        if not image.save(str(temp), "PNG"):
            raise OSError(f"cannot encode {target.name}")

    keep(target, write, older)


def keep(target: Path, write: Callable[[Path], object], older: str) -> None:
    """Write `target` whole with `write(temp_path)` after removing the files in its folder
    matching `older`; a cache that cannot be written is only logged."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in target.parent.glob(older):
            stale.unlink(missing_ok=True)
        write_atomically(target, write, force=True)
    except (OSError, MapStudioError) as exc:
        log.info("cannot cache %s: %s", target.name, exc)
