"""Start screen: recent projects with thumbnails, missing files dropped, signals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from mapstudio.settings import Settings

from .conftest import settle


def make_projects(tmp_path, names):
    settings = Settings()
    paths = []
    for name in names:
        path = tmp_path / f"{name}.mapstudio"
        path.write_bytes(b"stand-in")
        settings.add_recent(path)
        paths.append(path)
    return settings, paths


def test_lists_recent_projects_newest_first(app, qtbot, tmp_path):
    from mapstudio.ui.start.start_screen import StartScreen

    settings, paths = make_projects(tmp_path, ["alpha", "beta", "gamma"])
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    assert screen.recent_paths() == [str(p.resolve()) for p in reversed(paths)]
    assert [screen.recent.item(i).text() for i in range(3)] == ["gamma", "beta", "alpha"]
    assert screen.recent.isVisibleTo(screen) and not screen.empty_label.isVisibleTo(screen)


def test_missing_files_are_dropped(app, qtbot, tmp_path):
    from mapstudio.ui.start.start_screen import StartScreen

    settings, paths = make_projects(tmp_path, ["kept", "moved"])
    paths[1].unlink()
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    assert screen.recent_paths() == [str(paths[0].resolve())]
    assert Settings().recent_files() == [str(paths[0].resolve())]
    paths[0].unlink()
    screen.refresh()
    assert screen.recent_paths() == []
    assert screen.empty_label.isVisibleTo(screen)


def test_thumbnails_come_from_the_injected_function(app, qtbot, tmp_path):
    from mapstudio.ui.start.start_screen import StartScreen

    settings, paths = make_projects(tmp_path, ["ok", "broken"])
    seen = []

    def thumbnailer(path, size: QSize):
        seen.append(path.name)
        if path.name == "broken.mapstudio":
            raise ValueError("unreadable")
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("red"))
        return image

    screen = StartScreen(settings, thumbnailer=thumbnailer)
    qtbot.addWidget(screen)
    assert seen == []  # placeholders first: the window never waits for thumbnails
    qtbot.waitUntil(lambda: screen.thumbnails_pending() == 0)
    assert sorted(seen) == ["broken.mapstudio", "ok.mapstudio"]
    icons = {screen.recent.item(i).text(): screen.recent.item(i).icon() for i in range(2)}
    red = icons["ok"].pixmap(QSize(160, 100)).toImage().pixelColor(80, 50)
    assert red == QColor("red")
    assert not icons["broken"].isNull()  # the placeholder


def test_buttons_and_items_emit_signals(app, qtbot, tmp_path):
    from mapstudio.ui.start.start_screen import StartScreen

    settings, paths = make_projects(tmp_path, ["only"])
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.new_from_template_requested):
        screen.template_button.click()
    with qtbot.waitSignal(screen.new_blank_requested):
        screen.new_button.click()
    with qtbot.waitSignal(screen.open_requested):
        screen.open_button.click()
    with qtbot.waitSignal(screen.open_demo_requested):
        screen.demo_button.click()
    with qtbot.waitSignal(screen.open_recent_requested) as blocker:
        screen.recent.itemActivated.emit(screen.recent.item(0))
    assert blocker.args == [str(paths[0].resolve())]
    screen.forget(str(paths[0].resolve()))
    assert screen.recent_paths() == [] and Settings().recent_files() == []


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_long_translations_make_buttons_taller_not_clipped(app, qtbot, language):
    """Russian and Polish texts are long: every tile shows its whole title and description."""
    from mapstudio import i18n
    from mapstudio.ui.start.start_screen import StartScreen

    i18n.install_translators(language)
    try:
        screen = StartScreen(Settings())
        qtbot.addWidget(screen)
        assert screen.template_button.title() != "New from template…"  # translated
        for width in (560, 900):
            screen.resize(width, 700)
            screen.show()
            qtbot.waitExposed(screen)
            settle()
            for button in screen.buttons.values():
                assert button.isVisible()
                for label in (button.title_label, button.description_label):
                    needed = label.heightForWidth(label.width())
                    assert label.height() >= needed, (width, label.text(), label.size())
                    assert label.geometry().right() <= button.width()
                    assert label.mapTo(screen, label.rect().bottomLeft()).y() <= \
                        button.mapTo(screen, button.rect().bottomLeft()).y()
    finally:
        i18n.install_translators("en")


def test_project_thumbnail_is_the_first_map_cached_by_path_and_mtime(app, tmp_path):
    import os

    from mapstudio.demo import make_demo_copy
    from mapstudio.ui.start import project_thumbnails as pt

    path = make_demo_copy(tmp_path)
    image = pt.project_thumbnail(path, QSize(160, 100))
    assert image is not None and image.size() == QSize(160, 100)
    colours = {image.pixelColor(x, y).name() for x in range(0, 160, 4) for y in range(0, 100, 4)}
    assert len(colours) > 8  # a drawn map, not a blank page
    cached = pt.cache_file(path, QSize(160, 100))
    assert cached.exists() and cached.parent == tmp_path / "cache" / "project-thumbnails"
    stamp = path.stat().st_mtime_ns
    os.utime(path, ns=(stamp + 10**9, stamp + 10**9))  # the file changed
    assert not pt.cache_file(path, QSize(160, 100)).exists()
    assert pt.project_thumbnail(path, QSize(160, 100)) is not None
    assert not cached.exists()  # the stale one is gone
    assert path.stat().st_mtime_ns == stamp + 10**9  # reading never touched the project
    broken = tmp_path / "broken.mapstudio"
    broken.write_bytes(b"not a database")
    assert pt.project_thumbnail(broken, QSize(160, 100)) is None


def test_main_window_start_screen_buttons_work(app, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from mapstudio.demo import make_demo_copy
    from mapstudio.ui.window.main_window import MainWindow

    existing = make_demo_copy(tmp_path)
    Settings().add_recent(existing)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    start = win.start_screen
    assert win.stack.currentWidget() is start
    assert start.recent_paths() == [str(existing.resolve())]
    qtbot.waitUntil(lambda: start.thumbnails_pending() == 0)
    icon = start.recent.item(0).icon().pixmap(QSize(160, 100)).toImage()
    assert len({icon.pixelColor(x, 30).name() for x in range(0, 160, 4)}) > 3

    start.demo_button.click()  # a fresh temporary copy, like `mapstudio --demo`
    assert win.doc is not None and "Northbank" in win.windowTitle()
    assert Path(win.doc.path) != existing and Path(win.doc.path).parent != tmp_path
    assert Settings().recent_files() == [str(existing.resolve())]  # not a recent project
    win.close_document()
    assert win.stack.currentWidget() is start

    start.recent.itemActivated.emit(start.recent.item(0))
    assert win.doc is not None and Path(win.doc.path) == existing
    win.close_document()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(existing), ""))
    start.open_button.click()
    assert win.doc is not None and Path(win.doc.path) == existing
    win.close_document()

    blank = tmp_path / "blank.mapstudio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blank), ""))
    start.new_button.click()
    assert win.doc is not None and Path(win.doc.path) == blank and len(win.doc.maps()) == 1
    assert start.recent_paths()[0] == str(blank.resolve())
    win.close_document()

    opened = []
    monkeypatch.setattr("mapstudio.ui.window.actions.open_gallery", lambda w: opened.append(w))
    win.actions["new_template"].triggered.disconnect()
    win.actions["new_template"].triggered.connect(lambda: opened.append(win))
    start.template_button.click()
    assert opened == [win]
