"""Thumbnails of recent projects for the start screen: the project's first map, drawn small.

The map is laid out and painted exactly as the PNG export paints it (with the Qt text
measure, so ReportLab is not loaded), scaled to the thumbnail's width and cropped at the
bottom, so the stage headers and first lanes stay recognisable. Images are cached as PNG in
the user cache folder under a name made of the file's path and modification time: an edited
project gets a new thumbnail, an unchanged one is never opened again. Opening a project only
to read it never modifies it.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter

log = logging.getLogger(__name__)


def thumbnail_dir() -> Path:
    override = os.environ.get("MAPSTUDIO_CACHE_DIR")
    base = Path(override) if override else Path(
        platformdirs.user_cache_dir("mapstudio", appauthor=False))
    return base / "project-thumbnails"


def _path_key(path: Path) -> str:
    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]


def cache_file(path: Path, size: QSize) -> Path:
    """Where the thumbnail of this version of `path` at `size` is kept."""
    from ..export.render import RENDER_REVISION

    mtime = Path(path).stat().st_mtime_ns
    return thumbnail_dir() / (f"{_path_key(path)}-{mtime}-r{RENDER_REVISION}-"
                              f"{size.width()}x{size.height()}.png")


def render_thumbnail(path: Path, size: QSize) -> QImage:
    """Paint the first map of the project at `path` into an image of `size`."""
    from ..canvas.fonts import QtTextMeasure
    from ..export.qt_painter import QtPainter, point_image
    from ..export.render import draw_map
    from ..export.source import load_source
    from ..layout import layout_map
    from ..store import Document

    with Document.open(path) as doc:
        source = load_source(doc)
    measure = QtTextMeasure()
    geometry = layout_map(source.content, measure, source.personas,
                          image_sizes=source.image_sizes)
    image = point_image(size.width(), size.height())  # 72 dpi: text fits its cards
    scale = size.width() / max(geometry.width, 1.0)
    offset_y = max(0.0, (size.height() - geometry.height * scale) / 2)
    qp = QPainter(image)
    try:
        painter = QtPainter(qp, 1.0, source.image_bytes)
        painter.place(0, offset_y, scale)
        draw_map(painter, geometry, measure, images=False)
    finally:
        qp.end()
    return image


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
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in target.parent.glob(f"{_path_key(path)}-*.png"):
            stale.unlink(missing_ok=True)
        temp = target.with_suffix(".tmp.png")
        if image.save(str(temp), "PNG"):
            os.replace(temp, target)
    except OSError as exc:  # a read-only cache only costs speed
        log.info("cannot cache the thumbnail of %s: %s", path, exc)
    return image
