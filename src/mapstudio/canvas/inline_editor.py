"""In-place text editing on the canvas: a text item laid over a card or header."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from ..layout import FontSpec
from .fonts import qfont
from .painting import brush, pen


class InlineEditor(QGraphicsTextItem):
    """Enter commits, Shift+Enter breaks the line, Esc cancels, clicking away commits;
    Tab / Shift+Tab commit and ask to move on. `on_end(text, how)` hears how it ended:
    "enter", "tab", "backtab", "focus" (all committed) or "escape"."""

    def __init__(self, text: str, rect: QRectF, font: FontSpec,
                 on_end: Callable[[str, str], None]) -> None:
        super().__init__()
        self._on_end = on_end
        self._done = False
        self.setPlainText(text)
        self.setFont(qfont(font))
        self.setTextWidth(max(60.0, rect.width() - 8))
        self.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        self.setPos(rect.x() + 4, rect.y() + 3)
        self.setZValue(100)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)

    def begin(self) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(pen("#2563eb", 1.5))
        painter.setBrush(brush("#ffffff"))
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def sceneEvent(self, event) -> bool:  # noqa: N802
        """Tab must reach keyPressEvent: the text item would type it, the scene would
        move the focus with it."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                   Qt.Key.Key_Backtab):
            self.keyPressEvent(event)
            return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.finish(commit=False, how="escape")
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.finish(commit=True, how="enter")
            return
        if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and event.modifiers()
                                         & Qt.KeyboardModifier.ShiftModifier):
            self.finish(commit=True, how="backtab")
            return
        if key == Qt.Key.Key_Tab:
            self.finish(commit=True, how="tab")
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.finish(commit=True, how="focus")

    def finish(self, commit: bool, how: str = "focus", defer: bool = True) -> None:
        """`defer`: leave Qt's event handler before the item goes away (it may be mid
        key/focus event); the window closing a project commits at once instead."""
        if self._done:
            return
        self._done = True
        text = self.toPlainText().strip()
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide()
        how = how if commit else "escape"
        if defer:
            QTimer.singleShot(0, lambda: self._dispose(text, how))
        else:
            self._dispose(text, how)

    def _dispose(self, text: str, how: str) -> None:
        try:
            scene = self.scene()
        except RuntimeError:  # the map was cleared meanwhile (closed, another map shown)
            return
        if scene is not None:
            scene.removeItem(self)
        self._on_end(text, how)
