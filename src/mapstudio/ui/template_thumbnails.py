"""Thumbnails of templates, drawn from the template's own stages, lanes and cards.

Rendering is cheap but not free (JSON parse + paint), so images are cached as PNG in the
user cache folder under the template's id and modification time.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from ..templates.catalogue import TemplateEntry

SMALL = (440, 280)
LARGE = (880, 560)
LANE_TINTS = {
    "touchpoints": "#dbeafe", "actions": "#e0e7ff", "thoughts": "#f3e8ff",
    "emotions": "#fef3c7", "pain_points": "#fee2e2", "opportunities": "#dcfce7",
    "channels": "#e0f2fe", "kpis": "#fae8ff", "backstage": "#e5e7eb", "systems": "#f1f5f9",
    "storyboard": "#fff7ed", "owners": "#ecfccb", "text": "#f8fafc",
}


def thumbnail_dir() -> Path:
    override = os.environ.get("MAPSTUDIO_CACHE_DIR")
    base = Path(override) if override else Path(
        platformdirs.user_cache_dir("mapstudio", appauthor=False))
    return base / "template-thumbnails"


def render_schematic(entry: TemplateEntry, size: tuple[int, int]) -> QImage:
    """Stage header, lane bands tinted by kind, card blocks per cell and the emotion curve."""
    obj = json.loads(entry.path.read_text(encoding="utf-8"))
    content = obj["maps"][0]
    stages = sorted(content["stages"], key=lambda s: s.get("position", 0))
    lanes = sorted(content["lanes"], key=lambda x: x.get("position", 0))
    w, h = size
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin, header, side = w * 0.03, h * 0.12, w * 0.14
    col_w = (w - 2 * margin - side) / max(1, len(stages))
    row_h = (h - 2 * margin - header) / max(1, len(lanes))
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(7, int(h * 0.035)))
    p.setFont(font)
    stage_x = {}
    for i, stage in enumerate(stages):
        x = margin + side + i * col_w
        stage_x[stage["id"]] = x
        rect = QRectF(x + 1, margin, col_w - 2, header - 3)
        p.fillRect(rect, QColor(stage.get("colour") or "#1e3a5f"))
        p.setPen(QColor("#ffffff"))
        p.drawText(rect.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignCenter,
                   p.fontMetrics().elidedText(stage["name"], Qt.TextElideMode.ElideRight,
                                              int(col_w - 8)))
    cards_by_cell: dict[tuple[str, str], int] = {}
    for card in content.get("cards", []):
        key = (card["lane_id"], card["stage_id"])
        cards_by_cell[key] = cards_by_cell.get(key, 0) + 1
    for j, lane in enumerate(lanes):
        y = margin + header + j * row_h
        p.fillRect(QRectF(margin, y + 1, w - 2 * margin, row_h - 2),
                   QColor(LANE_TINTS.get(lane.get("kind", "text"), "#f8fafc")))
        p.setPen(QColor("#334155"))
        p.drawText(QRectF(margin + 3, y, side - 6, row_h), Qt.AlignmentFlag.AlignVCenter,
                   p.fontMetrics().elidedText(lane["title"], Qt.TextElideMode.ElideRight,
                                              int(side - 6)))
        if lane.get("kind") == "emotions":
            _draw_curve(p, content, lane, stage_x, col_w, y, row_h)
            continue
        for stage in stages:
            n = cards_by_cell.get((lane["id"], stage["id"]), 0)
            x = stage_x[stage["id"]]
            for k in range(min(n, 3)):
                block = QRectF(x + 4 + k * 3, y + 4 + k * 3, col_w - 14, row_h - 14)
                p.fillRect(block, QColor("#ffffff"))
                p.setPen(QPen(QColor("#94a3b8"), 0.6))
                p.drawRect(block)
    p.end()
    return image


def _draw_curve(p: QPainter, content: dict, lane: dict, stage_x: dict, col_w: float,
                y: float, row_h: float) -> None:
    scale = content.get("scale") or {"min": -2, "max": 2}
    span = (scale["max"] - scale["min"]) or 1
    points = sorted(
        (stage_x[pt["stage_id"]] + col_w / 2,
         y + row_h - 4 - (pt["score"] - scale["min"]) / span * (row_h - 8))
        for pt in content.get("emotion_points", [])
        if pt["lane_id"] == lane["id"] and pt.get("series", "as_is") == "as_is"
        and pt["stage_id"] in stage_x
    )
    if len(points) < 2:
        return
    path = QPainterPath()
    path.moveTo(*points[0])
    for x, yy in points[1:]:
        path.lineTo(x, yy)
    p.setPen(QPen(QColor("#ea580c"), 2))
    p.drawPath(path)


class ThumbnailCache:
    """Small and large images per template, cached on disk and in memory."""

    def __init__(self, render: Callable[[TemplateEntry, tuple[int, int]], QImage] | None = None):
        self._render = render or render_schematic
        self._memory: dict[tuple[str, int, tuple[int, int]], QImage] = {}

    def _get(self, entry: TemplateEntry, size: tuple[int, int]) -> QImage:
        mtime = entry.path.stat().st_mtime_ns
        key = (entry.id, mtime, size)
        if key in self._memory:
            return self._memory[key]
        file = thumbnail_dir() / f"{entry.id}-{mtime}-{size[0]}x{size[1]}.png"
        image = QImage(str(file)) if file.exists() else QImage()
        if image.isNull():
            image = self._render(entry, size)
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
                image.save(str(file), "PNG")
            except OSError:
                pass  # a read-only cache folder only costs speed
        self._memory[key] = image
        return image

    def small(self, entry: TemplateEntry) -> QImage:
        return self._get(entry, SMALL)

    def large(self, entry: TemplateEntry) -> QImage:
        return self._get(entry, LARGE)
