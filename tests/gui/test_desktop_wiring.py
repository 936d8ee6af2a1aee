"""The desktop product as a user meets it: start-up, menus, preferences, backups, crashes."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QToolBar

from mapstudio import backups, i18n, logging_setup
from mapstudio.settings import ScaleDefault, Settings

from .conftest import run_gui_and_read, settle


@pytest.fixture(autouse=True)
def back_to_english_and_light():
    yield
    from mapstudio.ui.dialogs.preferences_dialog import apply_theme

    apply_theme("light")
    i18n.install_translators("en")
    logging_setup.shutdown_logging()


def icon_lightness(icon: QIcon) -> int:
    """Mean lightness of the glyph's opaque pixels."""
    image = icon.pixmap(QSize(32, 32)).toImage()
    values = [image.pixelColor(x, y).lightness() for x in range(32) for y in range(32)
              if image.pixelColor(x, y).alpha() > 200]
    assert values, "the icon drew nothing"
    return sum(values) // len(values)


def menu(window, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no menu {title!r}")


# ---- start-up ---------------------------------------------------------------------------

def test_start_up_applies_saved_language_and_dark_theme_before_the_window(app, qtbot,
                                                                          tmp_path):
    from mapstudio.app import prepare_gui
    from mapstudio.ui.window.main_window import MainWindow

    settings = Settings()
    settings.language = "pl"
    settings.theme = "dark"
    hook = prepare_gui(app)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert "&Plik" in titles and "&File" not in titles
        assert window.start_screen.open_button.title() == "Otwórz…"
        palette = app.palette()
        assert palette.color(QPalette.ColorRole.Window).lightness() < 80
        assert palette.color(QPalette.ColorRole.WindowText).lightness() > 180
        assert icon_lightness(window.actions["open"].icon()) > 150  # light glyphs on dark
        assert logging_setup.log_file() == tmp_path / "log" / "mapstudio.log"
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "starting" in logging_setup.log_file().read_text(encoding="utf-8")
        import sys

        assert sys.excepthook is hook
    finally:
        hook.uninstall()


def test_icons_follow_the_palette_when_the_theme_changes(window):
    from mapstudio.ui.dialogs.preferences_dialog import apply_theme

    apply_theme("light")
    settle()
    dark_glyphs = icon_lightness(window.actions["export"].icon())
    desk_light = window.view.backgroundBrush().color().lightness()
    apply_theme("dark")
    settle()
    assert dark_glyphs < 100 < icon_lightness(window.actions["export"].icon())
    assert window.view.backgroundBrush().color().lightness() < desk_light
    disabled = window.actions["export"].icon().pixmap(QSize(32, 32), QIcon.Mode.Disabled)
    assert not disabled.isNull()


# ---- menus ------------------------------------------------------------------------------

def test_menus_offer_preferences_shortcuts_and_about(window, monkeypatch):
    edit, help_menu = menu(window, "Edit"), menu(window, "Help")
    preferences = window.actions["preferences"]
    assert preferences in edit.actions()
    assert QKeySequence("Ctrl+,") in preferences.shortcuts()
    shortcuts = window.actions["shortcuts"]
    assert shortcuts in help_menu.actions()
    assert {QKeySequence("F1"), QKeySequence("Ctrl+/")} <= set(shortcuts.shortcuts())
    assert window.actions["about"] in help_menu.actions()

    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        return 0

    from mapstudio.ui.dialogs.about_dialog import AboutDialog
    from mapstudio.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    monkeypatch.setattr(AboutDialog, "exec", fake_exec)
    monkeypatch.setattr(ShortcutsDialog, "exec", fake_exec)
    window.actions["about"].trigger()
    about = shown.pop()
    from mapstudio import __version__

    assert __version__ in about.version_label.text()
    assert "DejaVu" in about.licence_text.toPlainText()
    window.actions["shortcuts"].trigger()
    table = dict(shown.pop().rows)
    assert table["Undo"] and table["Preferences"] and table["Export"] == "Ctrl+E"


def test_every_toolbar_action_has_a_tooltip_and_every_menu_action_a_status_tip(window):
    bar = window.findChild(QToolBar, "MainToolbar")
    for action in bar.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        assert action.toolTip() and action.toolTip() != action.text(), action.text()
    missing = []
    for menu_ in window.menuBar().findChildren(QMenu):
        for action in menu_.actions():
            if not action.isSeparator() and action.menu() is None and not action.statusTip():
                missing.append(action.text())
    assert not missing, missing


# ---- preferences ------------------------------------------------------------------------

def accept_with(monkeypatch, **changes):
    """Make the Preferences dialog's exec set the given widget values and press OK."""
    from mapstudio.ui.dialogs.preferences_dialog import PreferencesDialog

    def fake_exec(dialog):
        for name, value in changes.items():
            widget = getattr(dialog, name)
            if hasattr(widget, "setChecked") and isinstance(value, bool):
                widget.setChecked(value)
            elif hasattr(widget, "findData"):
                dialog._select(widget, value)
            elif hasattr(widget, "setValue"):
                widget.setValue(value)
            else:
                widget.setText(value)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)


def test_preferences_from_the_menu_are_saved_and_reach_the_open_map(window, monkeypatch,
                                                                    tmp_path):
    notices = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: notices.append(a[2]))
    accept_with(monkeypatch, show_grid=True, grid_size=16, snap=False, theme="dark",
                scale_min=1, scale_max=7, language="es")
    window.actions["preferences"].trigger()
    settle()
    s = Settings()
    assert s.show_grid and s.grid_size == 16 and not s.snap_to_grid and s.theme == "dark"
    assert window.view.grid_step == 16 and window.view.snap_step == 0
    assert QApplication.instance().property("mapstudioEffectiveTheme") == "dark"
    assert len(notices) == 1  # the language changes fully after a restart
    assert QApplication.translate("MainWindow", "&Open…") == "&Abrir…"  # new dialogs already

    before = window.view.grab().toImage()
    window.view.grid_step = 0
    window.view.viewport().update()
    settle()
    assert window.view.grab().toImage() != before  # the dotted grid was drawn

    window.maps_dock.add()  # a new map starts with the preferred emotion scale
    settle()
    new_map = window.doc.journey_map(window.current_map_id)
    assert (new_map.scale.min, new_map.scale.max) == (1, 7)


def test_default_scale_is_used_for_a_new_project(app, qtbot, tmp_path, monkeypatch):
    from mapstudio.ui.window.main_window import MainWindow

    Settings().default_scale = ScaleDefault(0, 10)
    target = tmp_path / "fresh.mapstudio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    win = MainWindow()
    qtbot.addWidget(win)
    win.actions["new"].trigger()
    assert win.doc is not None
    first = win.doc.maps()[0]
    assert (first.scale.min, first.scale.max, first.scale.labels) == (0, 10, [])
    assert win.doc.project().settings.default_scale.max == 10
    win.close_document()


def test_export_dialog_starts_from_the_print_preferences(window, monkeypatch):
    from mapstudio.ui.dialogs.export_dialog import ExportDialog

    s = Settings()
    s.default_paper, s.tile_paper, s.tile_overlap_mm = "A1", "A4", 15
    dialog = ExportDialog(window.doc, window.current_map_id, window)
    assert dialog.paper.currentData() == "A1" and dialog.tiling.isChecked()
    assert dialog.tile.currentData() == "A4" and dialog.overlap.value() == 15
    dialog._remember()  # an export happened with these
    dialog.close()

    accept_with(monkeypatch, paper="A2", tile_paper="")
    window.actions["preferences"].trigger()
    again = ExportDialog(window.doc, window.current_map_id, window)
    assert again.paper.currentData() == "A2" and not again.tiling.isChecked()
    again.close()


# ---- backups ----------------------------------------------------------------------------

def test_backups_are_written_on_edit_and_rotated(window, tmp_path, monkeypatch):
    path = Path(window.doc.path)
    root = tmp_path / "data" / "backups"  # the user data folder by default
    assert len(backups.list_backups(path, root)) == 1  # taken when the project opened
    accept_with(monkeypatch, backup_count=3)
    window.actions["preferences"].trigger()
    made = []
    for _ in range(5):
        window.editor.insert_stage(0)
        settle()
        assert window.backups.dirty
        window.backups.timer.timeout.emit()  # the interval elapsed
        made.append(backups.list_backups(path, root)[0])
        assert not window.backups.dirty
    kept = backups.list_backups(path, root)
    assert len(kept) == 3 and kept == made[:-4:-1]
    window.backups.timer.timeout.emit()  # nothing changed: no new version
    assert backups.list_backups(path, root) == kept
    window.editor.insert_stage(0)
    window.close_document()  # a last backup of the change
    assert backups.list_backups(path, root)[0] not in kept
    assert window.backups.document is None and not window.backups.timer.isActive()


def test_backups_can_be_switched_off_and_go_to_the_chosen_folder(window, tmp_path,
                                                                 monkeypatch):
    path = Path(window.doc.path)
    accept_with(monkeypatch, backups_enabled=False)
    window.actions["preferences"].trigger()
    assert not window.backups.timer.isActive()
    window.editor.insert_stage(0)
    settle()
    assert not window.backups.dirty
    chosen = tmp_path / "my backups"
    accept_with(monkeypatch, backups_enabled=True, backup_folder=str(chosen))
    window.actions["preferences"].trigger()
    assert window.backups.timer.isActive()
    assert len(backups.list_backups(path, chosen)) == 1


# ---- unexpected errors ------------------------------------------------------------------

@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_crash_dialog_and_keeps_the_document(window,
                                                                              app, qtbot,
                                                                              tmp_path):
    from mapstudio.app import prepare_gui
    from mapstudio.store import Document
    from mapstudio.ui.dialogs.crash_dialog import CrashDialog

    hook = prepare_gui(app)
    try:
        doc, title = window.doc, window.doc.project().title
        window.editor.insert_stage(0)
        settle()
        stages = len(window.scene.content.stages)

        def broken_slot():
            raise ZeroDivisionError("a bug in a handler")

        window.actions["fit"].triggered.connect(broken_slot)
        QTimer.singleShot(0, window.actions["fit"].trigger)
        qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
        dialog = hook.dialog
        assert isinstance(dialog, CrashDialog) and dialog.parent() is window
        assert "ZeroDivisionError" in dialog.summary.text()
        assert "a bug in a handler" in dialog.details.toPlainText()
        assert str(tmp_path / "log" / "mapstudio.log") in dialog.log_label.text()
        assert window.isVisible() and window.doc is doc
        assert window.doc.project().title == title
        assert len(window.scene.content.stages) == stages
        window.undo_stack.undo()  # still editing normally
        settle()
        assert len(window.scene.content.stages) == stages - 1
        dialog.close()
        with Document.open(window.doc.path, read_only=True) as reopened:
            assert len(reopened.load_map(window.current_map_id).stages) == stages - 1
    finally:
        hook.uninstall()


def test_run_gui_wires_everything(app, monkeypatch, tmp_path):
    import sys

    from mapstudio.demo import make_demo_copy

    path = make_demo_copy(tmp_path)
    seen = {}

    def read(win):
        seen["hook"] = sys.excepthook
        seen["open"] = win.doc is not None and Path(win.doc.path) == path
        seen["recent"] = Settings().recent_files()

    previous = sys.excepthook
    assert run_gui_and_read(app, monkeypatch, path, read, remember=False) == 0
    assert type(seen["hook"]).__name__ == "ExceptionHook" and seen["open"]
    assert seen["recent"] == []
    assert sys.excepthook is previous  # uninstalled on the way out


def test_demo_copies_get_no_backups(app, qtbot, tmp_path):
    from mapstudio.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_demo()
    assert win.backups.document is None  # a throw-away copy
    assert not (tmp_path / "data" / "backups").exists()
    win.close_document()


def test_a_dark_system_gets_the_dark_palette(app, monkeypatch):
    from mapstudio.ui.window import theme

    monkeypatch.setattr(theme, "_system_is_dark", lambda _app: True)
    assert theme.apply_theme("system") == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    monkeypatch.setattr(theme, "_system_is_dark", lambda _app: False)
    assert theme.apply_theme("system") == "light"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
