"""Pictures of templates for the gallery, drawn from the template itself.

A template is laid out and painted exactly as the canvas and the PNG export paint a map
(same layout, same painter, the Qt text measure so ReportLab is not loaded), so the gallery
shows what the user gets. Small thumbnails are scaled to their width and cropped at the
bottom; the large preview keeps the whole map, its width fixed and its height following
the map. Images are cached as PNG in the user cache folder under the template's id and
modification time, so the gallery opens instantly after the first time.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from ...templates.catalogue import TemplateEntry
from .thumbnail_files import cache_dir, paint_map, save_png

log = logging.getLogger(__name__)

SMALL = (440, 280)
LARGE = (1400, 0)  # height 0: as tall as the map is at this width


def thumbnail_dir() -> Path:
    return cache_dir("template-thumbnails")


def _layout(entry: TemplateEntry):
    from ...canvas.fonts import QtTextMeasure
    from ...interchange import project_from_dict
    from ...layout import layout_map

    data = project_from_dict(json.loads(entry.path.read_text(encoding="utf-8")))
    content = data.maps[0]
    library = {p.id: p for p in data.personas}
    personas = [library[pid] for pid in content.map.persona_ids if pid in library]
    images = {a.id: a.data for a in data.assets}
    sizes = {a.id: (a.width, a.height) for a in data.assets}
    measure = QtTextMeasure()
    return layout_map(content, measure, personas, image_sizes=sizes), measure, images


def render_map(entry: TemplateEntry, size: tuple[int, int]) -> QImage:
    """The template's first map at `size`; a height of 0 keeps the whole map."""
    geometry, measure, images = _layout(entry)
    return paint_map(geometry, measure, images.get, *size, images=True)


def placeholder(entry: TemplateEntry, size: tuple[int, int]) -> QImage:
    """Shown for a template that cannot be drawn (a damaged user template)."""
    w, h = size[0], size[1] or round(size[0] * 0.6)
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#f1f5f9"))
    p = QPainter(image)
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(10, h // 12))
    p.setFont(font)
    p.setPen(QColor("#64748b"))
    p.drawText(QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
               entry.name)
    p.end()
    return image


def _cache_file(entry: TemplateEntry, mtime: int, size: tuple[int, int]) -> Path:
    """One name per template version, drawing revision and size."""
    from ...export.render import RENDER_REVISION  # the map drawing, loaded when first needed

    return thumbnail_dir() / f"{entry.id}-{mtime}-r{RENDER_REVISION}-{size[0]}x{size[1]}.png"


class ThumbnailCache:
    """Small and large images per template, cached on disk and in memory."""

    def __init__(self, render: Callable[[TemplateEntry, tuple[int, int]], QImage] | None = None):
        self._render = render or render_map
        self._memory: dict[tuple[str, int, tuple[int, int]], QImage] = {}

    def _get(self, entry: TemplateEntry, size: tuple[int, int]) -> QImage:
        mtime = entry.path.stat().st_mtime_ns
        key = (entry.id, mtime, size)
        if key in self._memory:
            return self._memory[key]
        file = _cache_file(entry, mtime, size)
        image = QImage(str(file)) if file.exists() else QImage()
        if image.isNull():
            try:
                image = self._render(entry, size)
            except Exception as exc:  # noqa: BLE001 - a bad user template gets a placeholder
                log.info("no thumbnail for template %s: %s", entry.id, exc)
                image = placeholder(entry, size)
            else:  # replacing those drawn from an older version
                save_png(image, file, f"{entry.id}-*-{size[0]}x{size[1]}.png")
        self._memory[key] = image
        return image

    def has_small(self, entry: TemplateEntry) -> bool:
        """Is the small image ready without drawing (in memory or on disk)?"""
        mtime = entry.path.stat().st_mtime_ns
        return (entry.id, mtime, SMALL) in self._memory or \
            _cache_file(entry, mtime, SMALL).exists()

    def small(self, entry: TemplateEntry) -> QImage:
        return self._get(entry, SMALL)

    def large(self, entry: TemplateEntry) -> QImage:
        return self._get(entry, LARGE)
