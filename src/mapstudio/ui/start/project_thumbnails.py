"""Thumbnails of recent projects for the start screen: the project's first map, drawn small.

The map is laid out and painted exactly as the PNG export paints it (with the Qt text
measure, so ReportLab is not loaded), scaled to the thumbnail's width and cropped at the
bottom, so the stage headers and first lanes stay recognisable. Images are cached as PNG in
the user cache folder under a name made of the file's path and modification time: an edited
project gets a new thumbnail, an unchanged one is never opened again. Opening a project only
to read it never modifies it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from .thumbnail_files import cache_dir, paint_map, path_key, save_png

log = logging.getLogger(__name__)


def thumbnail_dir() -> Path:
    return cache_dir("project-thumbnails")


def cache_file(path: Path, size: QSize) -> Path:
    """Where the thumbnail of this version of `path` at `size` is kept."""
    from ...export.render import RENDER_REVISION

    mtime = Path(path).stat().st_mtime_ns
    return thumbnail_dir() / (f"{path_key(path)}-{mtime}-r{RENDER_REVISION}-"
                              f"{size.width()}x{size.height()}.png")


def render_thumbnail(path: Path, size: QSize) -> QImage:
    """Paint the first map of the project at `path` into an image of `size`."""
    from ...canvas.fonts import QtTextMeasure
    from ...export.source import load_source
    from ...layout import layout_map
    from ...store import Document

    with Document.open(path, read_only=True) as doc:
        source = load_source(doc)
    measure = QtTextMeasure()
    geometry = layout_map(source.content, measure, source.personas,
                          image_sizes=source.image_sizes)
    return paint_map(geometry, measure, source.image_bytes, size.width(), size.height(),
                     images=False)


def project_thumbnail(path: Path, size: QSize) -> QImage | None:
    """The cached thumbnail, rendered on a miss; None if the file cannot be read."""
    path = Path(path)
    try:
        target = cache_file(path, size)
    except OSError:
        return None
    if target.exists():
        image = QImage(str(target))
        if not image.isNull():
            return image
    try:
        image = render_thumbnail(path, size)
    except Exception as exc:  # noqa: BLE001 - damaged or foreign files get the placeholder
        log.info("no thumbnail for %s: %s", path, exc)
        return None
    save_png(image, target, f"{path_key(path)}-*.png")
    return image
