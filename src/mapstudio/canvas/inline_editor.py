"""In-place text editing on the canvas: a text item laid over a card or header."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from ..layout import FontSpec
from .fonts import qfont
from .painting import brush, pen


class InlineEditor(QGraphicsTextItem):
    """Enter commits, Shift+Enter breaks the line, Esc cancels, clicking away commits."""

    def __init__(self, text: str, rect: QRectF, font: FontSpec,
                 on_commit: Callable[[str], None]) -> None:
        super().__init__()
        self._on_commit = on_commit
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

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.finish(commit=True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.finish(commit=True)

    def finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText().strip()
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide()
        # Leave Qt's event handler before the item goes away (it may be mid key/focus event).
        QTimer.singleShot(0, lambda: self._dispose(commit, text))

    def _dispose(self, commit: bool, text: str) -> None:
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)
        if commit:
            self._on_commit(text)
