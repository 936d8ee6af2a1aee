"""Walkthrough mode (F5): the journey one stage at a time, full screen, for workshops.

Each stage shows its name, phase and description; the storyboard picture large; how each
persona feels there (face, score and the point's label); the stage's KPIs against their
targets; and the stage's cards grouped by lane, with what kind of card each is. Sizes
follow the window, so a 1280×720 projector and a 1920×1080 screen both show everything
without cutting text.

This module is the window, its progress strip and the stepping from stage to stage;
`walkthrough_stage` fills the body of a stage and `walkthrough_widgets` holds the tiles
and painted pieces.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...model import MapContent, Persona
from .walkthrough_stage import MARGIN_X, PANEL_KINDS, StageBody, side_width
from .walkthrough_widgets import (
    BACKGROUND,
    MUTED,
    SOFT,
    TILE,
    face_pixmap,
    metric_progress,
    score_text,
    sentiment,
    sentiment_colour,
    style,
)

__all__ = ["PANEL_KINDS", "ProgressStrip", "WalkthroughWindow", "face_pixmap",
           "metric_progress", "score_text", "sentiment", "sentiment_colour"]


class ProgressStrip(QWidget):
    """One segment per stage: done, current (bright) and to come."""

    def __init__(self, count: int, colours: list[str], parent=None) -> None:
        super().__init__(parent)
        self.count = count
        self.colours = colours
        self.current = 0
        self.setFixedHeight(6)

    def set_current(self, index: int) -> None:
        self.current = index
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        if not self.count:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 6.0
        w = (self.width() - gap * (self.count - 1)) / self.count
        for i in range(self.count):
            colour = QColor(self.colours[i] or "#38bdf8")
            if not colour.isValid():
                colour = QColor("#38bdf8")
            while colour.lightnessF() < 0.55:
                colour = colour.lighter(125)
            if i > self.current:
                colour = QColor("#334155")
            elif i < self.current:
                colour.setAlphaF(0.55)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(i * (w + gap), 0, w, self.height()), 3, 3)
        p.end()


class WalkthroughWindow(QWidget):
    """Arrow keys / Page keys / Space step through stages; Home/End; Esc leaves."""

    closed = Signal()
    stage_changed = Signal(int)

    def __init__(self, content: MapContent, personas: list[Persona], parent=None,
                 image_bytes: Callable[[str], bytes | None] | None = None,
                 photo_bytes: Callable[[Persona], bytes | None] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Walkthrough — {0}").format(content.map.title))
        self.setObjectName("walkthrough")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#walkthrough {{ background: {BACKGROUND}; }}"
                           "QScrollArea, QScrollArea > QWidget > QWidget"
                           " { background: transparent; border: none; }"
                           "QScrollBar:vertical { background: transparent; width: 10px; }"
                           "QScrollBar::handle:vertical { background: #334155;"
                           " border-radius: 5px; min-height: 30px; }"
                           "QScrollBar::add-line, QScrollBar::sub-line { height: 0; }")
        self.content = content
        self.personas = {p.id: p for p in personas}
        self.index = 0
        self._unit_shown = 0.0

        # top: map title, progress
        self.map_title = QLabel(content.map.title)
        self.map_title.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.strip = ProgressStrip(len(content.stages), [s.colour for s in content.stages])
        # stage heading
        self.phase = QLabel()
        self.phase.setTextFormat(Qt.TextFormat.PlainText)
        self.header = QLabel()
        self.header.setObjectName("stageName")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.description = QLabel()
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        # body: a side panel (picture, feelings, KPIs) and the cards by lane
        self.body = StageBody(content, self.personas,
                              image_bytes or (lambda _asset_id: None),
                              photo_bytes or (lambda _persona: None))
        self.side_scroll = self.body.side_scroll
        self.cards_scroll = self.body.cards_scroll
        # footer
        self.previous_button = QPushButton(self.tr("‹ Previous"))
        self.next_button = QPushButton(self.tr("Next ›"))
        for button, step in ((self.previous_button, -1), (self.next_button, 1)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, s=step: self.show_stage(self.index + s))
        self.hint = QLabel(self.tr("← → move between stages · Home/End first and last · "
                                   "Esc leaves"))

        top = QHBoxLayout()
        top.addWidget(self.map_title, 1)
        top.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignRight)
        footer = QHBoxLayout()
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.previous_button)
        footer.addWidget(self.next_button)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(top)
        self.outer.addWidget(self.strip)
        self.outer.addWidget(self.phase)
        self.outer.addWidget(self.header)
        self.outer.addWidget(self.description)
        self.outer.addWidget(self.body, 1)
        self.outer.addLayout(footer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1280, 720)
        self.show_stage(0)

    @property
    def shown_card_ids(self) -> list[str]:
        """The cards the stage shown shows, each once."""
        return self.body.shown_card_ids

    @property
    def feelings(self) -> list[str | None]:
        """Persona ids (None: no persona) with a feeling on the stage shown."""
        return self.body.feelings

    # ---- sizes -------------------------------------------------------------------------

    def unit(self) -> float:
        """1.0 on a 1920×1080 screen; text and spacing scale with the window."""
        return max(0.55, min(1.4, self.width() / 1920, self.height() / 1080))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if abs(self.unit() - self._unit_shown) > 0.02 or side_width(self.size()) != \
                self.side_scroll.maximumWidth():
            self.show_stage(self.index)

    # ---- one stage ---------------------------------------------------------------------

    @property
    def stage_count(self) -> int:
        return len(self.content.stages)

    def show_stage(self, index: int) -> None:
        if not self.content.stages:
            self.header.setText(self.tr("This map has no stages yet"))
            return
        self.index = max(0, min(index, self.stage_count - 1))
        stage = self.content.stages[self.index]
        u = self._unit_shown = self.unit()
        margin_x, margin_y = round(MARGIN_X * u), round(40 * u)
        self.outer.setContentsMargins(margin_x, margin_y, margin_x, round(28 * u))
        self.outer.setSpacing(round(10 * u))
        style(self.map_title, 18 * u, MUTED, True)
        style(self.progress, 18 * u, SOFT, True)
        self.progress.setText(f"{self.index + 1} / {self.stage_count}")
        self.progress.setToolTip(self.tr("Stage {0} of {1}").format(self.index + 1,
                                                                   self.stage_count))
        self.strip.setFixedHeight(max(4, round(6 * u)))
        self.strip.set_current(self.index)
        style(self.phase, 16 * u, "#7dd3fc", True)
        self.phase.setText(stage.phase.upper())
        self.phase.setVisible(bool(stage.phase))
        style(self.header, 42 * u, "#ffffff", True)
        self.header.setText(stage.name)
        style(self.description, 19 * u, SOFT)
        self.description.setText(stage.description)
        self.description.setVisible(bool(stage.description))
        style(self.hint, 14 * u, "#64748b")
        for button in (self.previous_button, self.next_button):
            button.setStyleSheet(
                f"QPushButton {{ color: {SOFT}; background: {TILE}; border: 1px solid #334155;"
                f" border-radius: {round(6 * u)}px; padding: {round(6 * u)}px {round(16 * u)}px;"
                f" font-size: {max(10, round(15 * u))}px; }}"
                "QPushButton:hover { background: #273449; }"
                "QPushButton:disabled { color: #475569; border-color: #1e293b; }")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < self.stage_count - 1)
        self.body.fill(self.index, u, self.size())
        self.stage_changed.emit(self.index)

    # ---- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down,
                   Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.show_stage(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up,
                     Qt.Key.Key_Backspace):
            self.show_stage(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_stage(0)
        elif key == Qt.Key.Key_End:
            self.show_stage(self.stage_count - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)
