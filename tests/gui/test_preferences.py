"""Preferences: edited in the dialog, persisted, re-read, and the theme applied."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mapstudio.settings import ScaleDefault, Settings


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("MAPSTUDIO_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("MAPSTUDIO_DATA_DIR", str(tmp_path / "data"))
    yield
    from mapstudio import i18n
    from mapstudio.ui.dialogs.preferences_dialog import apply_theme

    apply_theme("light")
    i18n.install_translators("en")


def window_lightness() -> int:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness()


def test_dialog_saves_every_preference_and_a_new_dialog_reads_them(app, qtbot, tmp_path):
    from mapstudio.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog._select(dialog.language, "ru")
    dialog._select(dialog.theme, "dark")
    dialog.scale_max.setValue(6)
    dialog.scale_min.setValue(0)
    dialog._select(dialog.paper, "A1")
    dialog._select(dialog.tile_paper, "A4")
    dialog.overlap.setValue(12)
    dialog.show_grid.setChecked(True)
    dialog.snap.setChecked(False)
    dialog.grid_size.setValue(10)
    dialog.backup_folder.setText(str(tmp_path / "my backups"))
    dialog.backup_count.setValue(3)
    dialog.backup_interval.setValue(5)
    with qtbot.waitSignal(dialog.preferences_changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    fresh = Settings()
    assert fresh.language == "ru" and fresh.theme == "dark"
    assert fresh.default_scale == ScaleDefault(0, 6)
    assert (fresh.default_paper, fresh.tile_paper, fresh.tile_overlap_mm) == ("A1", "A4", 12)
    assert fresh.show_grid and not fresh.snap_to_grid and fresh.grid_size == 10
    assert fresh.backup_folder == str(tmp_path / "my backups")
    assert (fresh.backup_count, fresh.backup_interval_minutes) == (3, 5)

    again = PreferencesDialog(Settings())
    qtbot.addWidget(again)
    assert again.language.currentData() == "ru"
    assert again.theme.currentData() == "dark"
    assert (again.scale_min.value(), again.scale_max.value()) == (0, 6)
    assert again.paper.currentData() == "A1" and again.grid_size.value() == 10


def test_cancel_forgets_the_edits(app, qtbot):
    from mapstudio.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog._select(dialog.theme, "dark")
    dialog.reject()
    assert Settings().theme == "system"


def test_scale_bounds_stay_ordered(app, qtbot):
    from mapstudio.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.scale_min.setValue(5)
    assert dialog.scale_max.value() > 5
    dialog.scale_max.setValue(-4)
    assert dialog.scale_min.value() < -4


def test_theme_is_applied_to_the_palette(app, qtbot):
    from mapstudio.ui.dialogs.preferences_dialog import PreferencesDialog, apply_theme

    assert apply_theme("dark") == "dark"
    assert window_lightness() < 100
    assert apply_theme("light") == "light"
    assert window_lightness() > 180
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog._select(dialog.theme, "dark")
    dialog.accept()
    assert window_lightness() < 100
    assert app.property("mapstudioEffectiveTheme") == "dark"


def test_system_theme_follows_the_colour_scheme(app):
    from mapstudio.ui.dialogs.preferences_dialog import apply_theme

    assert apply_theme("system") in ("light", "dark")
    assert app.property("mapstudioTheme") == "system"


@pytest.mark.parametrize(("language", "expected"), [
    ("it", "&Apri…"), ("pl", "&Otwórz…"), ("es", "&Abrir…"), ("ru", "&Открыть…")])
def test_language_installs_our_and_qt_translations(app, qtbot, tmp_path, monkeypatch,
                                                   language, expected):
    from PySide6.QtCore import QCoreApplication

    from mapstudio import i18n
    from mapstudio.ui.dialogs.preferences_dialog import PreferencesDialog

    monkeypatch.setenv("MAPSTUDIO_CACHE_DIR", str(tmp_path / "cache"))
    assert i18n.install_translators(language) == language
    files = i18n.installed_files()
    assert any(f.endswith(f"mapstudio_{language}.qm") for f in files), files
    assert any(f.endswith(f"qtbase_{language}.qm") for f in files), files
    assert QCoreApplication.translate("MainWindow", "&Open…") == expected
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() != "Preferences"
    i18n.install_translators("en")
    assert QCoreApplication.translate("MainWindow", "&Open…") == "&Open…"


def test_saved_language_wins_over_the_system(app):
    from mapstudio import i18n

    assert i18n.resolve_language("pl") == "pl"
    assert i18n.resolve_language("") in i18n.SUPPORTED
    assert i18n.resolve_language("xx") == i18n.system_language()
