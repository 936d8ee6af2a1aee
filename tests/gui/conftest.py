"""Fixtures for GUI tests: fresh settings, a fresh demo file, real events on the viewport."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path, monkeypatch):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    monkeypatch.setenv("MAPSTUDIO_USER_TEMPLATES", str(tmp_path / "user-templates"))
    monkeypatch.setenv("MAPSTUDIO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MAPSTUDIO_DATA_DIR", str(tmp_path / "data"))  # backups
    monkeypatch.setenv("MAPSTUDIO_LOG_DIR", str(tmp_path / "log"))
    QSettings().clear()
    yield


@pytest.fixture
def messages(monkeypatch):
    """Every message box shown, as (kind, text)."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, _k=kind, **kw: shown.append(
            (_k, a[2])) or QMessageBox.StandardButton.Ok)
    return shown


@pytest.fixture
def app(qapp):
    from mapstudio.app import create_application

    return create_application()


@pytest.fixture
def window(app, qtbot, tmp_path):
    from mapstudio.demo import make_demo_copy
    from mapstudio.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1800, 1100)
    win.show()
    assert win.open_path(make_demo_copy(tmp_path))
    settle()
    win.view.fit()
    settle()
    yield win
    win.close_document()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def view_point(view, scene_point: QPointF) -> QPoint:
    """Scroll the point into view and return its viewport position."""
    view.ensureVisible(scene_point.x() - 5, scene_point.y() - 5, 10, 10, 60, 60)
    settle()
    return view.mapFromScene(scene_point)


def drag(view, start: QPointF, end: QPointF,
         modifiers=Qt.KeyboardModifier.NoModifier, steps: int = 6) -> None:
    """Press, move with the button held, release: through the viewport (DESIGN §7)."""
    viewport = view.viewport()
    a = view_point(view, start)
    b = view.mapFromScene(end)
    if not viewport.rect().contains(b):
        raise AssertionError("drag target is off screen")
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, a)
    for i in range(1, steps + 1):
        p = QPointF(a) + (QPointF(b) - QPointF(a)) * (i / steps)
        event = QMouseEvent(QEvent.Type.MouseMove, p, viewport.mapToGlobal(p),
                            Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, modifiers)
        QApplication.sendEvent(viewport, event)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, b)
    settle()


def click(view, scene_point: QPointF, modifiers=Qt.KeyboardModifier.NoModifier,
          button=Qt.MouseButton.LeftButton) -> None:
    QTest.mouseClick(view.viewport(), button, modifiers, view_point(view, scene_point))
    settle()


def card_centre(window, card_id: str) -> QPointF:
    box = window.scene.geometry.cards[card_id]
    return QPointF(box.rect.x + 20, box.rect.y + box.rect.h / 2)


def cell_point(window, lane_id: str, stage_id: str, dy: float = None) -> QPointF:
    rect = window.scene.geometry.cells[(lane_id, stage_id)]
    return QPointF(rect.x + rect.w / 2, rect.y + (dy if dy is not None else rect.h - 6))


def lane(window, kind: str):
    return next(x for x in window.scene.content.lanes if str(x.kind) == kind)


def stage(window, index: int):
    return window.scene.content.stages[index]


def normalised(doc):
    """The whole project without its modification stamp, for exact comparisons."""
    data = doc.export_data()
    data.project.modified = ""
    return data


@pytest.fixture
def samples(tmp_path) -> Path:
    return tmp_path


def drop_files(widget, *paths) -> bool:
    """Drag files from the file manager onto `widget`; True if it accepted them."""
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(200, 200)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(widget, QDropEvent(pos, Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))
    for _ in range(5):
        settle()
    return True


def run_gui_and_read(app, monkeypatch, target, read, **options) -> int:
    """`run_gui(target, **options)` as the app runs it, its event loop replaced by: wait
    until the project is open (the window paints first, then opens it), `read(window)`,
    close. Returns run_gui's exit code."""
    from mapstudio import app as app_module

    def fake_exec():
        win = app_module.main_window()
        for _ in range(100):
            if win.doc is not None:
                break
            QApplication.processEvents()
        read(win)
        win.close()
        return 0

    monkeypatch.setattr(app, "exec", fake_exec)
    monkeypatch.setattr(app_module, "create_application", lambda **_options: app)
    return app_module.run_gui(target, **options)
