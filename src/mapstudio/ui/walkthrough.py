"""Walkthrough mode (F5): the journey one stage at a time, full screen, for workshops."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..layout import LANE_COLOURS
from ..model import LaneKind, MapContent, Persona


def _face(score: float, low: int, high: int) -> str:
    t = 0.5 if high == low else (score - low) / (high - low)
    return "☹" if t < 0.4 else ("☺" if t > 0.6 else "–")


class WalkthroughWindow(QWidget):
    """Arrow keys / Page keys / Space step through stages; Esc leaves."""

    closed = Signal()

    def __init__(self, content: MapContent, personas: list[Persona], parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Walkthrough — {0}").format(content.map.title))
        self.content = content
        self.personas = {p.id: p for p in personas}
        self.index = 0
        self.setStyleSheet("QWidget#walkthrough { background: #0f172a; }"
                           "QLabel { color: #e2e8f0; }")
        self.setObjectName("walkthrough")
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 30pt; font-weight: 700; color: white;")
        self.description = QLabel(wordWrap=True)
        self.description.setStyleSheet("font-size: 14pt; color: #cbd5e1;")
        self.progress = QLabel()
        self.progress.setStyleSheet("font-size: 11pt; color: #94a3b8;")
        self.emotions = QHBoxLayout()
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setStyleSheet("background: transparent;")
        hint = QLabel(self.tr("← → to move between stages · Esc to leave"))
        hint.setStyleSheet("color: #64748b;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addWidget(self.progress)
        layout.addWidget(self.header)
        layout.addWidget(self.description)
        layout.addLayout(self.emotions)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignRight)
        self.show_stage(0)

    @property
    def stage_count(self) -> int:
        return len(self.content.stages)

    def show_stage(self, index: int) -> None:
        if not self.content.stages:
            return
        self.index = max(0, min(index, self.stage_count - 1))
        stage = self.content.stages[self.index]
        self.progress.setText(self.tr("Stage {0} of {1}").format(self.index + 1,
                                                                 self.stage_count))
        self.header.setText(stage.name)
        self.description.setText(stage.description)
        self._show_emotions(stage.id)
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        row = 0
        for lane in self.content.lanes:
            if lane.kind == LaneKind.EMOTIONS:
                continue
            cards = [c for c in self.content.cards if c.lane_id == lane.id and (
                c.stage_id == stage.id or self._spans(c, self.index))]
            if not cards:
                continue
            title = QLabel(lane.title)
            title.setStyleSheet("font-size: 12pt; font-weight: 600; color: #93c5fd;")
            title.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(title, row, 0)
            strip = QWidget()
            flow = QHBoxLayout(strip)
            flow.setContentsMargins(0, 0, 0, 0)
            accent = LANE_COLOURS[lane.kind][2]
            for card in cards:
                label = QLabel(card.title + (f"\n{card.body}" if card.body else ""))
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setMaximumWidth(360)
                border = "#f59e0b" if card.moment_of_truth else accent
                label.setStyleSheet(f"background: #1e293b; color: #f8fafc; font-size: 12pt;"
                                    f"padding: 10px; border-left: 5px solid {border};"
                                    "border-radius: 4px;")
                flow.addWidget(label)
            flow.addStretch(1)
            self.grid.addWidget(strip, row, 1)
            row += 1
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(row, 1)

    def _spans(self, card, index: int) -> bool:
        start = next((s.position for s in self.content.stages if s.id == card.stage_id), 0)
        return start < index < start + card.span

    def _show_emotions(self, stage_id: str) -> None:
        while self.emotions.count():
            widget = self.emotions.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        scale = self.content.map.scale
        for point in self.content.emotion_points:
            if point.stage_id != stage_id or str(point.series) != "as_is":
                continue
            persona = self.personas.get(point.persona_id)
            name = persona.name if persona else self.tr("Customer")
            colour = persona.colour if persona else "#f97316"
            text = f"{_face(point.score, scale.min, scale.max)}  {name}: " \
                   f"{scale.label_for(point.score) or point.score:}"
            if point.label:
                text += f" — {point.label}"
            chip = QLabel(text)
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setStyleSheet(f"background: {colour}; color: white; padding: 6px 12px;"
                               "border-radius: 12px; font-size: 12pt;")
            self.emotions.addWidget(chip)
        self.emotions.addStretch(1)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.show_stage(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up):
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
