"""PNG at a chosen dpi: the same page as the PDF, painted by Qt, saved by Pillow with dpi."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..model import MapStudioError
from .options import MAX_PNG_PIXELS, ExportOptions
from .paging import PagePlan, plan_page
from .source import ExportSource


def page_for(source: ExportSource, options: ExportOptions):
    """Layout and a single page without bleed or marks (screen formats)."""
    from .autopaper import resolve_paper
    from .pdf import labels_for, layout_for

    labels = labels_for(options, source)
    geometry, measure = layout_for(source, labels)
    options = resolve_paper(geometry, options)
    plan = plan_page(geometry.width, geometry.height,
                     replace(options, bleed_mm=0.0, crop_marks=False), with_marks=False)
    return geometry, measure, plan, labels


def pixel_size(plan: PagePlan, dpi: int) -> tuple[int, int]:
    return max(1, round(plan.width * dpi / 72)), max(1, round(plan.height * dpi / 72))


def check_pixels(width: int, height: int, dpi: int) -> None:
    pixels = width * height
    if pixels > MAX_PNG_PIXELS:
        most = int(dpi * (MAX_PNG_PIXELS / pixels) ** 0.5)
        raise MapStudioError(
            f"a PNG of {width} × {height} pixels ({pixels / 1e6:.0f} megapixels) is too "
            f"large; at most {MAX_PNG_PIXELS // 1_000_000} megapixels: use {most} dpi or "
            "less, a smaller paper, or PDF")


def write_png(source: ExportSource, target: Path, options: ExportOptions,
              step: Callable[[int, int], None]) -> None:
    from PIL import Image
    from PySide6.QtGui import QImage, QPainter

    from .qt_painter import QtPainter, ensure_qt, point_image
    from .render import draw_map
    from .report import draw_footer, title_block_for

    geometry, measure, plan, labels = page_for(source, options)
    width, height = pixel_size(plan, options.dpi)
    check_pixels(width, height, options.dpi)
    step(0, 3)
    ensure_qt()
    image = point_image(width, height, QImage.Format.Format_RGB888)  # 1 pt = 1 unit
    if image.isNull():
        raise MapStudioError(f"not enough memory for a {width} × {height} pixel image")
    qp = QPainter(image)
    try:
        painter = QtPainter(qp, options.dpi / 72.0, source.image_bytes)
        painter.place(plan.map_rect.x, plan.map_rect.y, plan.scale)
        draw_map(painter, geometry, measure, lambda: step(-1, -1))
        painter.place(0, 0, 1)
        block = title_block_for(source, options.title_block, labels=labels)
        draw_footer(painter, plan.footer, plan.footer_factor, block, measure, 1, 1)
    finally:
        qp.end()
    step(1, 3)
    buffer = bytes(image.constBits())
    pil = Image.frombuffer("RGB", (width, height), buffer, "raw", "RGB",
                           image.bytesPerLine(), 1)
    step(2, 3)
    pil.save(target, "PNG", dpi=(options.dpi, options.dpi), compress_level=3)
    step(3, 3)
