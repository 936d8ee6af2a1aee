"""The look of the application: light, dark and high-contrast palettes, applied at once.

`apply_theme` sets the style and palette of the whole application; every widget, the
canvas desk and the map header follow the palette (`QEvent.ApplicationPaletteChange`), so a
switch needs no restart. Kept apart from the Preferences dialog so that start-up applies the
saved look without building (or importing) the dialog.

Focus is always visible: Fusion draws a focus frame in the highlight colour; the
high-contrast theme adds a thick yellow ring to every focusable control.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ... import i18n
from ...settings import Settings

_state = {"native_style": None, "following_system": False}
Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Fusion shows focus on most controls, but not on tool buttons: a ring in every theme.
FOCUS_STYLE = """
QToolButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }
"""
# High contrast: white frames on every input, a thick yellow ring on the one with the
# keyboard focus, check boxes that show.
HIGH_CONTRAST_STYLE = FOCUS_STYLE + """
QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit {
    border: 1px solid #ffffff; padding: 2px; }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QAbstractItemView:focus, QAbstractScrollArea:focus, QSlider:focus,
QAbstractButton:focus { border: 3px solid #ffff00; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 14px; height: 14px; border: 2px solid #ffffff; background: #000000; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
QPushButton { border: 1px solid #ffffff; padding: 4px 10px; }
QToolTip { color: #ffffff; background: #000000; border: 2px solid #ffffff; }
"""


def _palette(colours: dict, disabled: QColor, disabled_highlight: QColor) -> QPalette:
    p = QPalette()
    for role, colour in colours.items():
        p.setColor(role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        p.setColor(Group.Disabled, role, disabled)
    p.setColor(Group.Disabled, Role.Highlight, disabled_highlight)
    return p


def dark_palette() -> QPalette:
    """A calm dark palette for Fusion (Qt's native styles ignore custom palettes)."""
    base, window, text = QColor(30, 33, 38), QColor(43, 47, 54), QColor(230, 232, 235)
    disabled = QColor(128, 133, 140)
    return _palette({
        Role.Window: window, Role.WindowText: text, Role.Base: base,
        Role.AlternateBase: QColor(38, 42, 48), Role.ToolTipBase: QColor(52, 57, 65),
        Role.ToolTipText: text, Role.PlaceholderText: disabled, Role.Text: text,
        Role.Button: window, Role.ButtonText: text, Role.BrightText: QColor(255, 110, 110),
        Role.Light: QColor(70, 75, 84), Role.Midlight: QColor(58, 63, 71),
        Role.Mid: QColor(36, 39, 45), Role.Dark: QColor(22, 24, 28),
        Role.Shadow: QColor(10, 10, 12), Role.Highlight: QColor(38, 139, 150),
        Role.HighlightedText: QColor(255, 255, 255), Role.Link: QColor(94, 190, 200),
        Role.LinkVisited: QColor(160, 140, 210),
    }, disabled, QColor(70, 75, 84))


def high_contrast_palette() -> QPalette:
    """White on black, yellow selection and focus, cyan links (WCAG AAA contrast)."""
    black, white, yellow = QColor(0, 0, 0), QColor(255, 255, 255), QColor(255, 255, 0)
    return _palette({
        Role.Window: black, Role.WindowText: white, Role.Base: black,
        Role.AlternateBase: QColor(28, 28, 28), Role.ToolTipBase: black,
        Role.ToolTipText: white, Role.PlaceholderText: QColor(200, 200, 200),
        Role.Text: white, Role.Button: black, Role.ButtonText: white,
        Role.BrightText: yellow, Role.Light: white, Role.Midlight: QColor(200, 200, 200),
        Role.Mid: white, Role.Dark: white, Role.Shadow: white, Role.Highlight: yellow,
        Role.HighlightedText: black, Role.Link: QColor(0, 255, 255),
        Role.LinkVisited: QColor(255, 128, 255),
    }, QColor(160, 160, 160), QColor(90, 90, 0))


def _system_is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(theme: str, app: QApplication | None = None) -> str:
    """Apply "system", "light", "dark" or "high_contrast"; returns the effective one
    ("light", "dark" or "high_contrast")."""
    app = app or QApplication.instance()
    if _state["native_style"] is None:
        _state["native_style"] = app.style().name()
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: tell the platform theme too
        hints.setColorScheme({"dark": Qt.ColorScheme.Dark, "high_contrast": Qt.ColorScheme.Dark,
                              "light": Qt.ColorScheme.Light}.get(theme, Qt.ColorScheme.Unknown))
    if theme == "system" and not _state["following_system"]:
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
        _state["following_system"] = True
    effective = theme if theme in ("light", "dark", "high_contrast") else (
        "dark" if _system_is_dark(app) else "light")
    app.setProperty("mapstudioTheme", theme)
    app.setProperty("mapstudioEffectiveTheme", effective)  # before the change events go out
    if effective in ("dark", "high_contrast"):
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if effective == "dark" else high_contrast_palette())
    else:
        style = QStyleFactory.create(_state["native_style"]) or QStyleFactory.create("Fusion")
        app.setStyle(style)
        app.setPalette(style.standardPalette())
    # after the palette: a style sheet keeps the palette widgets had when it was set
    app.setStyleSheet(HIGH_CONTRAST_STYLE if effective == "high_contrast" else FOCUS_STYLE)
    return effective


def _follow_system(app: QApplication) -> None:
    if app.property("mapstudioTheme") == "system":
        apply_theme("system", app)


def apply_preferences(settings: Settings | None = None) -> None:
    """At start-up and after the dialog: theme and language from the saved preferences."""
    settings = settings or Settings()
    apply_theme(settings.theme)
    i18n.install_translators(settings.language)
