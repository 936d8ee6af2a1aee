"""Menus are found by object name: in every interface language the View and Map menus get
the Personas and Map header toggles and the journey actions, as in English; the
shortcuts list documents the canvas gestures and the wheel preference applies."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from mapstudio.i18n import install_translators
from mapstudio.ui.window.main_window import MainWindow


def _menu_actions(window) -> dict[str, list[str]]:
    out = {}
    for name in ("FileMenu", "EditMenu", "ViewMenu", "MapMenu", "HelpMenu"):
        menu = window.menuBar().findChild(QMenu, name)
        assert menu is not None, name
        out[name] = [a.objectName() or a.text() for a in menu.actions() if not a.isSeparator()]
    return out


@pytest.mark.parametrize("language", ["it", "pl", "es", "ru"])
def test_every_english_menu_entry_is_there_in(app, qtbot, language):
    english = MainWindow()
    qtbot.addWidget(english)
    expected = {k: len(v) for k, v in _menu_actions(english).items()}
    install_translators(language)
    try:
        translated = MainWindow()
        qtbot.addWidget(translated)
        assert translated.menuBar().findChild(QMenu, "ViewMenu").title() != "&View"
        got = _menu_actions(translated)
        assert {k: len(v) for k, v in got.items()} == expected
        view = translated.menuBar().findChild(QMenu, "ViewMenu")
        toggles = {a.text() for a in view.actions()}
        assert translated.journey.persona_dock.toggleViewAction().text() in toggles
        assert translated.journey.header_bar.toggleViewAction().text() in toggles
    finally:
        install_translators("en")


def test_shortcuts_list_documents_the_gestures(window, monkeypatch):
    from mapstudio.ui.dialogs import shortcuts_dialog

    shown = {}

    def keep(dialog):
        shown["rows"] = dialog.rows
        return 0
    monkeypatch.setattr("mapstudio.ui.window.main_window.run_modal", keep)
    window.show_shortcuts()
    keys = " | ".join(f"{a}: {b}" for a, b in shown["rows"])
    for needle in ("Ctrl+Mouse wheel", "Pinch", "Two-finger scroll", "Alt+Enter",
                   "Tab / Shift+Tab", "Shift+F2", "Double-click the Emotions lane"):
        assert needle in keys, needle
    assert shortcuts_dialog.ShortcutsDialog  # the dialog the rows were built for


def test_the_wheel_preference_reaches_the_canvas(window):
    window.settings.wheel_zooms = True
    window.apply_preferences()
    assert window.view.wheel_zooms
    window.settings.wheel_zooms = False
    window.apply_preferences()
    assert not window.view.wheel_zooms
