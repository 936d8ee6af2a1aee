"""The canvas's mouse, trackpad and keyboard gestures, as the shortcuts list shows them:
what is not a menu action is still written down."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("CanvasGestures", text)


def gesture_rows(wheel_zooms: bool = False) -> list[tuple[str, str]]:
    """(what it does, how) pairs, in the user's language."""
    wheel = (_tr("Zoom around the pointer"), _tr("Mouse wheel")) if wheel_zooms else (
        _tr("Scroll the map up and down"), _tr("Mouse wheel"))
    return [
        wheel,
        (_tr("Scroll the map sideways"), _tr("Shift+Mouse wheel")),
        (_tr("Move the map"), _tr("Two-finger scroll · Space+drag · Middle button drag")),
        (_tr("Zoom around the pointer"), _tr("Ctrl+Mouse wheel · Pinch")),
        (_tr("New card in the current cell"), _tr("N · Insert · Double-click a cell")),
        (_tr("Commit and start the next card in the cell"), _tr("Enter (while typing)")),
        (_tr("Commit and go to the next / previous cell"), _tr("Tab / Shift+Tab (while typing)")),
        (_tr("Cancel typing (a new card is not added)"), _tr("Escape")),
        (_tr("Line break in a card"), _tr("Shift+Enter")),
        (_tr("Edit the selected card's title"), _tr("F2 · Enter · Double-click")),
        (_tr("Rename the current cell's stage / lane"), _tr("Shift+F2 / Ctrl+F2")),
        (_tr("Go to the next card or cell"), _tr("Arrow keys")),
        (_tr("Open the inspector on the selection"), _tr("Alt+Enter")),
        (_tr("Add an emotion point"), _tr("Double-click the Emotions lane")),
        (_tr("Delete the selected cards"), _tr("Delete · Backspace")),
    ]
