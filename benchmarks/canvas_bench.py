"""Canvas speed as ratios measured in one run (offscreen, 1600x900 viewport).

Targets (issue "canvas"): frame_5000_vs_bare <= 1.5, frame_5000_vs_500 <= 1.5,
frame_zoomed_out_vs_100pct <= 3, open_5000_vs_raw <= 3, drag_step_5000_ms_p95 <= 8.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from common import big_map  # noqa: E402
from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from mapstudio.app import create_application  # noqa: E402
from mapstudio.canvas.editing import CanvasEditor  # noqa: E402
from mapstudio.canvas.scene import JourneyScene  # noqa: E402
from mapstudio.canvas.view import JourneyView  # noqa: E402
from mapstudio.commands.session import DocumentSession  # noqa: E402
from mapstudio.store import Document  # noqa: E402

W, H = 1600, 900


def open_view(path: Path):
    doc = Document.open(path)
    session = DocumentSession(doc)
    scene = JourneyScene(session)
    scene.show_map(doc.maps()[0].id)
    view = JourneyView(scene, CanvasEditor(session, scene))
    view.resize(W, H)
    view.show()
    return doc, scene, view, session


def close_view(doc, scene, view, keep) -> None:
    view.close()
    view.deleteLater()
    scene.deleteLater()
    keep.close()
    QApplication.processEvents()


def bare_view(rects):
    scene = QGraphicsScene()
    for x, y, w, h, text in rects:
        item = QGraphicsRectItem(0, 0, w, h)
        item.setPos(x, y)
        label = QGraphicsSimpleTextItem(text[:40], item)
        label.setPos(6, 4)
        scene.addItem(item)
    view = QGraphicsView(scene)
    view.setRenderHints(view.renderHints())
    view.resize(W, H)
    view.show()
    return scene, view


def frame_time(view, frames: int = 60) -> float:
    """Median time of a full viewport repaint per step of a hand pan (24 px right and
    12 px down per frame, about 1,400 px/s at 60 Hz), starting from the top-left."""
    QApplication.processEvents()
    bar_h, bar_v = view.horizontalScrollBar(), view.verticalScrollBar()
    bar_h.setValue(0)
    bar_v.setValue(0)
    view.viewport().repaint()
    times = []
    for _ in range(frames):
        bar_h.setValue(bar_h.value() + 24)
        bar_v.setValue(bar_v.value() + 12)
        start = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    return statistics.median(times[3:])


def jump_time(view, frames: int = 30) -> float:
    """Median repaint after jumping to places never shown before (worst case, no caches)."""
    QApplication.processEvents()
    bar_h, bar_v = view.horizontalScrollBar(), view.verticalScrollBar()
    times = []
    for i in range(frames):
        bar_h.setValue(int(bar_h.maximum() * (i % 10) / 10))
        bar_v.setValue(int(bar_v.maximum() * (1 + (i // 10) % 3) / 4))
        start = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    return statistics.median(times[3:])


def make_file(folder: Path, cards: int) -> Path:
    path = folder / f"m{cards}.mapstudio"
    Document.create(path, "B", data=big_map(cards)).close()
    return path


def main() -> None:
    app = create_application()
    folder = Path(tempfile.mkdtemp(prefix="mapstudio-canvas-bench-"))
    big, small = make_file(folder, 5000), make_file(folder, 500)

    # warm up once (fonts, icons, glyph caches) so both sides are timed the same way
    warm = open_view(small)
    warm[2].viewport().repaint()
    close_view(*warm)

    open_times = []
    for attempt in range(3):
        start = time.perf_counter()
        doc, scene, view, keep = open_view(big)
        view.viewport().repaint()
        open_times.append(time.perf_counter() - start)
        if attempt < 2:
            close_view(doc, scene, view, keep)
    open_ours = statistics.median(open_times)
    boxes = {cid: (b.rect.x, b.rect.y, b.rect.w, b.rect.h)
             for cid, b in scene.geometry.cards.items()}

    raw_times = []
    for attempt in range(3):
        start = time.perf_counter()
        rows = sqlite3.connect(big).execute(
            "SELECT id, lane_id, stage_id, position, title FROM card").fetchall()
        bare_scene, bare = bare_view([(*boxes[r[0]], r[4]) for r in rows])
        bare.viewport().repaint()
        raw_times.append(time.perf_counter() - start)
        if attempt < 2:
            bare.close()
            bare.deleteLater()
            bare_scene.deleteLater()
            QApplication.processEvents()
    open_raw = statistics.median(raw_times)

    view.actual_size()
    jump_ours, jump_bare = jump_time(view), jump_time(bare)
    frame_ours = frame_time(view)
    frame_bare = frame_time(bare)
    view.fit()
    frame_zoomed = frame_time(view)
    view.actual_size()

    doc_s, scene_s, view_s, keep_s = open_view(small)
    view_s.actual_size()
    frame_small = frame_time(view_s)

    # one mouse-move of a dragged card, handled and painted
    view.actual_size()
    card_id = next(iter(scene.geometry.cards))
    box = scene.geometry.cards[card_id].rect
    view.centerOn(box.x + 200, box.y + 100)
    QApplication.processEvents()
    viewport = view.viewport()
    a = view.mapFromScene(QPointF(box.x + 10, box.y + 10))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    steps = []
    for i in range(1, 121):
        p = QPointF(a) + QPointF(i * 4, i * 2)
        event = QMouseEvent(QEvent.Type.MouseMove, p, viewport.mapToGlobal(p),
                            Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
        start = time.perf_counter()
        QApplication.sendEvent(viewport, event)
        viewport.repaint()
        steps.append((time.perf_counter() - start) * 1000)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       (QPointF(a) + QPointF(10, 5)).toPoint())
    steps.sort()
    p95 = steps[int(len(steps) * 0.95) - 1]
    print(json.dumps({
        "frame_5000_vs_bare": round(frame_ours / frame_bare, 2),
        "frame_5000_vs_500": round(frame_ours / frame_small, 2),
        "frame_zoomed_out_vs_100pct": round(frame_zoomed / frame_ours, 2),
        "open_5000_vs_raw": round(open_ours / open_raw, 2),
        "drag_step_5000_ms_p95": round(p95, 2),
        "frame_5000_ms": round(frame_ours * 1000, 2),
        "jump_5000_vs_bare (informational: repaint at never-shown places)":
            round(jump_ours / jump_bare, 2),
        "frame_bare_ms": round(frame_bare * 1000, 2),
        "frame_zoomed_out_ms": round(frame_zoomed * 1000, 2),
        "open_5000_ms": round(open_ours * 1000, 1),
        "open_raw_ms": round(open_raw * 1000, 1),
    }, indent=2))
    del keep, keep_s, bare_scene, app
    doc.close()
    doc_s.close()


if __name__ == "__main__":
    main()
