"""Accessibility: a name for every control of the window, its panels, toolbars and
dialogs; focus that shows; themes (high contrast included) that reach every part of the
window at once, the map header band too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget

from mapstudio.settings import Settings
from mapstudio.ui.window.accessibility import accessible_name, is_interactive

from .conftest import card_centre, click, settle


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
            for w in [root, *root.findChildren(QWidget)]
            if w.isVisibleTo(root) and is_interactive(w) and not accessible_name(w)]


@pytest.fixture(autouse=True)
def light_theme(app):
    from mapstudio.ui.window.theme import apply_theme

    apply_theme("light")
    yield
    apply_theme("light")


def test_every_control_of_the_window_has_a_name(window) -> None:
    assert unnamed(window) == []
    card = next(iter(window.scene.cards))
    click(window.view, card_centre(window, card))  # the inspector's card fields
    assert window.inspector.target == ("card", card)
    assert unnamed(window) == []
    window.history_dock.show()
    window.actions["find"].trigger()  # the find bar in the toolbar
    settle()
    assert unnamed(window) == []
    assert accessible_name(window.view) == "Journey map"
    assert window.view.accessibleDescription()


def test_the_start_screen_built_as_the_app_builds_it_names_every_control(app, qtbot) -> None:
    """`run_gui`'s window: the start screen paints first, the panels come a turn later
    (and name what the window holds then, the start screen's controls included)."""
    from mapstudio.ui.window.main_window import MainWindow

    win = MainWindow(panels_later=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.build_panels()
    settle()
    assert win.start_screen.isVisible()
    assert unnamed(win) == []
    win.close()


def test_icon_only_buttons_get_their_tooltip_as_name_and_description(window) -> None:
    add = window.maps_dock.buttons["add"]
    assert add.text() == "" and accessible_name(add) == "Add a new map"
    chooser = next(w for w in window.inspector.findChildren(QWidget)
                   if type(w).__name__ == "QComboBox" and w.isVisibleTo(window))
    # a combo box is named by its label, not by the value it shows
    assert accessible_name(chooser) != chooser.currentText()


@pytest.mark.parametrize("action", ["preferences", "shortcuts", "about", "project_settings",
                                    "versions"])
def test_every_control_of_the_dialogs_has_a_name(window, action) -> None:
    seen = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, inspect)
            return
        pages = getattr(dialog, "tabs", None)
        missing = []
        for index in range(pages.count() if pages is not None else 1):
            if pages is not None:
                pages.setCurrentIndex(index)
                settle()
            missing += unnamed(dialog)
        seen["missing"] = missing
        dialog.reject()

    QTimer.singleShot(0, inspect)
    window.actions[action].trigger()
    settle()
    assert seen.get("missing") == []


def choose_theme(window, code: str) -> None:
    """Edit ▸ Preferences, pick the theme with the keyboard, OK."""
    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "theme"):
            QTimer.singleShot(20, pick)
            return
        combo = dialog.theme
        combo.setFocus()
        QTest.keyClick(combo, Qt.Key.Key_Home)
        while combo.currentData() != code:
            QTest.keyClick(combo, Qt.Key.Key_Down)
        ok = next(b for b in dialog.buttons.findChildren(QPushButton)
                  if dialog.buttons.buttonRole(b) == dialog.buttons.ButtonRole.AcceptRole)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, pick)
    window.actions["preferences"].trigger()
    for _ in range(3):
        settle()


def band_colour(window) -> QColor:
    bar = window.journey.header_bar
    image = bar.grab().toImage()
    return image.pixelColor(image.width() - 2, image.height() // 2)


@pytest.mark.parametrize("theme", ["dark", "high_contrast", "light"])
def test_a_theme_applies_at_once_to_every_part_of_the_window(window, theme) -> None:
    choose_theme(window, theme)
    assert Settings().theme == theme
    app = QApplication.instance()
    assert app.property("mapstudioEffectiveTheme") == theme
    base = app.palette().color(QPalette.ColorRole.Base)
    assert band_colour(window) == base  # the map header band, without a restart
    for widget in (window.maps_dock.list, window.palette_dock.list,
                   window.journey.persona_dock.list):
        assert widget.palette().color(QPalette.ColorRole.Base) == base
    window_colour = app.palette().color(QPalette.ColorRole.Window)
    image = window.statusBar().grab().toImage()
    assert image.pixelColor(5, image.height() // 2) == window_colour


def test_high_contrast_is_white_on_black_with_a_yellow_selection(window) -> None:
    choose_theme(window, "high_contrast")
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window) == QColor("black")
    assert palette.color(QPalette.ColorRole.WindowText) == QColor("white")
    assert palette.color(QPalette.ColorRole.Highlight) == QColor("yellow")
    assert palette.color(QPalette.ColorRole.HighlightedText) == QColor("black")


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_focus_is_visible(window, theme) -> None:
    """Moving the keyboard focus onto a control changes how it looks."""
    choose_theme(window, theme)
    card = next(iter(window.scene.cards))
    click(window.view, card_centre(window, card))
    field = next(w for w in window.inspector.findChildren(QLineEdit) if w.isVisible())
    controls = (field, window.maps_dock.list, window.maps_dock.buttons["add"])
    window.activateWindow()
    settle()
    for control in controls:
        window.view.setFocus()
        settle()
        before = control.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        assert control.hasFocus()
        assert control.grab().toImage() != before, type(control).__name__
