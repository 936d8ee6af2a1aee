"""Font Awesome icons (drawn by `mapstudio.glyphs`) that take their colour from the palette.

An icon built here asks the application palette for its colour each time it is drawn, so
toolbars, menus and lists stay readable when the theme switches between light and dark,
without rebuilding a single action. Rendered glyphs are cached per colour. Also the body
the list docks share: their list above a row of such icon buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from ... import glyphs

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

SOFTEN = 0.25  # glyphs a shade softer than text, like the slate icons of the light theme
_cache: dict[tuple[str, str, str, str], QIcon] = {}


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3],
                                                              strict=True)))


def palette_colours(role: QPalette.ColorRole = Role.WindowText) -> tuple[QColor, QColor]:
    """(normal, disabled) colours of `role` in the current application palette."""
    palette = QGuiApplication.palette()
    normal = _mix(palette.color(Group.Active, role), palette.color(Group.Active, Role.Window),
                  SOFTEN)
    disabled = palette.color(Group.Disabled, role)
    if disabled == normal:  # some styles give no disabled shade: fade it ourselves
        disabled = QColor(normal)
        disabled.setAlphaF(0.4)
    window = palette.color(Group.Active, Role.Window)
    if window.lightness() < 128:  # on dark, grey glyphs read as enabled: sink them further
        disabled = _mix(disabled, window, 0.4)
    return normal, disabled


def _colour(mode: QIcon.Mode, role: QPalette.ColorRole, accent: str | None) -> QColor:
    normal, disabled = palette_colours(role)
    if mode == QIcon.Mode.Disabled:
        return disabled
    if mode == QIcon.Mode.Selected:
        return palette_colours(Role.HighlightedText)[0]
    return QColor(accent) if accent else normal


def _fallback(name: str, role: QPalette.ColorRole, accent: str | None) -> QIcon:
    """QtAwesome itself, for a glyph our own drawing does not know (other fonts)."""
    import qtawesome

    normal, disabled = palette_colours(role)
    colour = QColor(accent) if accent else normal
    key = (name, colour.name(QColor.NameFormat.HexArgb),
           disabled.name(QColor.NameFormat.HexArgb), str(role))
    icon = _cache.get(key)
    if icon is None:
        if len(_cache) > 2000:
            _cache.clear()
        icon = _cache[key] = qtawesome.icon(
            name, color=colour, color_disabled=disabled,
            color_active=colour, color_selected=palette_colours(Role.HighlightedText)[0])
    return icon


class PaletteIconEngine(QIconEngine):
    """Draws one glyph in the palette colour of the moment."""

    def __init__(self, name: str, role: QPalette.ColorRole = Role.WindowText,
                 accent: str | None = None) -> None:
        super().__init__()
        self.name = name
        self.role = role
        self.accent = accent

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        if not glyphs.paint_glyph(painter, rect, self.name, _colour(mode, self.role,
                                                                     self.accent)):
            _fallback(self.name, self.role, self.accent).paint(
                painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = min(size.width(), size.height())
        pixmap = glyphs.glyph_pixmap(self.name, _colour(mode, self.role, self.accent), side)
        if pixmap is None:
            return _fallback(self.name, self.role, self.accent).pixmap(size, mode, state)
        return pixmap

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.name, self.role, self.accent)

    def key(self) -> str:
        return "mapstudio-palette-icon"


def icon(name: str, role: QPalette.ColorRole = Role.WindowText,
         accent: str | None = None) -> QIcon:
    """A QtAwesome glyph ("fa5s.folder-open") in the palette's `role` colour.

    `accent` fixes the normal colour (a brand tint that reads on light and dark) while the
    disabled shade still follows the palette.
    """
    return QIcon(PaletteIconEngine(name, role, accent))


def list_with_buttons(items: QWidget, specs) -> tuple[QWidget, dict[str, QToolButton]]:
    """A dock's body: `items` above a row of icon buttons, one per (key, glyph, tip, slot).

    Slots are called without arguments (not with clicked()'s `checked` flag)."""
    row = QHBoxLayout()
    buttons = {}
    for key, glyph, tip, slot in specs:
        button = QToolButton()
        button.setIcon(icon(glyph))
        button.setToolTip(tip)
        button.setStatusTip(tip)
        button.clicked.connect(lambda _checked=False, f=slot: f())
        row.addWidget(button)
        buttons[key] = button
    row.addStretch(1)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(items)
    layout.addLayout(row)
    return body, buttons
