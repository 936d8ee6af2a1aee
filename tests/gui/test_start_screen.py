"""Start screen: recent projects with thumbnails, missing files dropped, signals."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from mapstudio.settings import Settings


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
    from mapstudio.ui.start_screen import StartScreen

    settings, paths = make_projects(tmp_path, ["alpha", "beta", "gamma"])
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    assert screen.recent_paths() == [str(p.resolve()) for p in reversed(paths)]
    assert [screen.recent.item(i).text() for i in range(3)] == ["gamma", "beta", "alpha"]
    assert screen.recent.isVisibleTo(screen) and not screen.empty_label.isVisibleTo(screen)


def test_missing_files_are_dropped(app, qtbot, tmp_path):
    from mapstudio.ui.start_screen import StartScreen

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
    from mapstudio.ui.start_screen import StartScreen

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
    assert sorted(seen) == ["broken.mapstudio", "ok.mapstudio"]
    icons = {screen.recent.item(i).text(): screen.recent.item(i).icon() for i in range(2)}
    red = icons["ok"].pixmap(QSize(160, 100)).toImage().pixelColor(80, 50)
    assert red == QColor("red")
    assert not icons["broken"].isNull()  # the placeholder


def test_buttons_and_items_emit_signals(app, qtbot, tmp_path):
    from mapstudio.ui.start_screen import StartScreen

    settings, paths = make_projects(tmp_path, ["only"])
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.new_from_template_requested):
        screen.template_button.click()
    with qtbot.waitSignal(screen.open_requested):
        screen.open_button.click()
    with qtbot.waitSignal(screen.open_demo_requested):
        screen.demo_button.click()
    with qtbot.waitSignal(screen.open_recent_requested) as blocker:
        screen.recent.itemActivated.emit(screen.recent.item(0))
    assert blocker.args == [str(paths[0].resolve())]
    screen.forget(str(paths[0].resolve()))
    assert screen.recent_paths() == [] and Settings().recent_files() == []
