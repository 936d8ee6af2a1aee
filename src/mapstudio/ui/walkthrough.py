"""Walkthrough mode (F5): the journey one stage at a time, full screen, for workshops.

Each stage shows its name, phase and description; the storyboard picture large; how each
persona feels there (face, score and the point's label); the stage's KPIs against their
targets; and the stage's cards grouped by lane, with what kind of card each is. Sizes
follow the window, so a 1280×720 projector and a 1920×1080 screen both show everything
without cutting text.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..layout import LANE_COLOURS, LANE_KIND_LABELS, kpi
from ..model import Card, EmotionScale, LaneKind, MapContent, MapType, Persona, Series
from .persona_avatar import avatar_pixmap

BACKGROUND = "#0f172a"
PANEL = "#16213a"
TILE = "#1e293b"
TEXT = "#f8fafc"
MUTED = "#94a3b8"
SOFT = "#cbd5e1"
MOMENT = "#f59e0b"
# lanes shown in panels of their own rather than as card tiles
PANEL_KINDS = {LaneKind.EMOTIONS, LaneKind.STORYBOARD, LaneKind.KPIS}


def _accent(kind: LaneKind, colour: str = "") -> str:
    """The lane's accent, brightened enough to read on the dark background."""
    base = QColor(colour) if colour and QColor(colour).isValid() else QColor(
        LANE_COLOURS.get(kind, LANE_COLOURS[LaneKind.TEXT])[2])
    while base.lightnessF() < 0.62:
        base = base.lighter(118)
    return base.name()


def sentiment(score: float, scale: EmotionScale) -> float:
    """0 (worst) … 1 (best) on the map's scale."""
    span = scale.max - scale.min
    return 0.5 if span == 0 else max(0.0, min(1.0, (score - scale.min) / span))


def sentiment_colour(t: float) -> QColor:
    stops = ((0.0, QColor("#ef4444")), (0.5, QColor("#f59e0b")), (1.0, QColor("#22c55e")))
    for (a, ca), (b, cb) in zip(stops, stops[1:], strict=False):
        if t <= b:
            k = (t - a) / (b - a)
            return QColor(round(ca.red() + (cb.red() - ca.red()) * k),
                          round(ca.green() + (cb.green() - ca.green()) * k),
                          round(ca.blue() + (cb.blue() - ca.blue()) * k))
    return stops[-1][1]


def face_pixmap(t: float, size: int, ratio: float = 2.0) -> QPixmap:
    """A round face whose mouth bends with the sentiment `t` (0 sad … 1 happy)."""
    side = max(1, round(size * ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = sentiment_colour(t)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawEllipse(QRectF(0, 0, side, side))
    ink = QColor("#0f172a")
    p.setBrush(ink)
    eye = side * 0.075
    for x in (0.34, 0.66):
        p.drawEllipse(QPointF(side * x, side * 0.4), eye, eye * 1.15)
    pen = QPen(ink, side * 0.07)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    bend = (t - 0.5) * 2  # -1 frown … +1 smile
    mouth = QPainterPath(QPointF(side * 0.3, side * 0.66 - bend * side * 0.04))
    mouth.quadTo(QPointF(side * 0.5, side * 0.66 + bend * side * 0.16),
                 QPointF(side * 0.7, side * 0.66 - bend * side * 0.04))
    p.drawPath(mouth)
    p.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def score_text(score: float, scale: EmotionScale) -> str:
    label = scale.label_for(score)
    if scale.min < 0:
        number = "0" if score == 0 else f"{score:+g}".replace("-", "−")
    else:
        number = f"{score:g}/{scale.max}"
    return f"{number} · {label}" if label else number


def metric_progress(value: float | None, target: float | None, unit: str,
                    name: str = "") -> float | None:
    """Share of the target reached, 0..1; the direction is read as the map reads it
    (durations, waits, costs… are better lower)."""
    if value is None or target is None:
        return None
    return kpi.progress(value, target, kpi.lower_is_better(name, unit))


def _label(text: str, px: float, colour: str = TEXT, bold: bool = False,
           rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colour}; font-size: {max(9, round(px))}px;"
                        f"font-weight: {700 if bold else 400}; background: transparent;")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def _pill(text: str, px: float, colour: str, fg: str = "#0f172a") -> str:
    """A small coloured tag inside rich text."""
    return (f'<span style="background-color:{colour}; color:{fg}; font-size:{round(px)}px;'
            f' font-weight:700;">&nbsp;{html.escape(text)}&nbsp;</span>')


class _Column(QWidget):
    """A scroll area's content whose minimum height is that of its wrapped text at the
    width it really has (QLabel's own guess assumes a narrower width and overshoots)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            return QSize(hint.width(), layout.totalHeightForWidth(self.width()))
        return hint


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
        self._image_bytes = image_bytes or (lambda _asset_id: None)
        self._photo_bytes = photo_bytes or (lambda _persona: None)
        self.index = 0
        self._unit_shown = 0.0
        self.shown_card_ids: list[str] = []

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
        self.side = _Column()
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_scroll = self._scroll(self.side)
        self.cards = _Column()
        self.cards_layout = QHBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_scroll = self._scroll(self.cards)
        self.feelings: list[str | None] = []  # persona ids with a feeling on this stage
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
        self.body = QHBoxLayout()
        self.body.addWidget(self.side_scroll, 0)
        self.body.addWidget(self.cards_scroll, 1)
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
        self.outer.addLayout(self.body, 1)
        self.outer.addLayout(footer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1280, 720)
        self.show_stage(0)

    @staticmethod
    def _scroll(widget: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(widget)
        return scroll

    # ---- sizes -------------------------------------------------------------------------

    def unit(self) -> float:
        """1.0 on a 1920×1080 screen; text and spacing scale with the window."""
        return max(0.55, min(1.4, self.width() / 1920, self.height() / 1080))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if abs(self.unit() - self._unit_shown) > 0.02 or self._side_width() != \
                self.side_scroll.maximumWidth():
            self.show_stage(self.index)

    def _side_width(self) -> int:
        return round(self.width() * 0.29)

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
        margin_x, margin_y = round(64 * u), round(40 * u)
        self.outer.setContentsMargins(margin_x, margin_y, margin_x, round(28 * u))
        self.outer.setSpacing(round(10 * u))
        self.body.setSpacing(round(36 * u))
        self._style(self.map_title, 18 * u, MUTED, True)
        self._style(self.progress, 18 * u, SOFT, True)
        self.progress.setText(f"{self.index + 1} / {self.stage_count}")
        self.progress.setToolTip(self.tr("Stage {0} of {1}").format(self.index + 1,
                                                                   self.stage_count))
        self.strip.setFixedHeight(max(4, round(6 * u)))
        self.strip.set_current(self.index)
        self._style(self.phase, 16 * u, "#7dd3fc", True)
        self.phase.setText(stage.phase.upper())
        self.phase.setVisible(bool(stage.phase))
        self._style(self.header, 42 * u, "#ffffff", True)
        self.header.setText(stage.name)
        self._style(self.description, 19 * u, SOFT)
        self.description.setText(stage.description)
        self.description.setVisible(bool(stage.description))
        for widget in (self.hint,):
            self._style(widget, 14 * u, "#64748b")
        for button in (self.previous_button, self.next_button):
            button.setStyleSheet(
                f"QPushButton {{ color: {SOFT}; background: {TILE}; border: 1px solid #334155;"
                f" border-radius: {round(6 * u)}px; padding: {round(6 * u)}px {round(16 * u)}px;"
                f" font-size: {max(10, round(15 * u))}px; }}"
                "QPushButton:hover { background: #273449; }"
                "QPushButton:disabled { color: #475569; border-color: #1e293b; }")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < self.stage_count - 1)
        cards = [c for c in self.content.cards if self._in_stage(c, stage.id)]
        self.shown_card_ids = []
        has_side = self._fill_side(stage, cards, u)
        self.side_scroll.setVisible(has_side)
        self.side_scroll.setFixedWidth(self._side_width())
        self._fill_cards(cards, u, has_side)
        self.stage_changed.emit(self.index)

    @staticmethod
    def _style(label: QLabel, px: float, colour: str, bold: bool = False) -> None:
        label.setStyleSheet(f"color: {colour}; font-size: {max(9, round(px))}px;"
                            f"font-weight: {700 if bold else 400}; background: transparent;")

    def _in_stage(self, card: Card, stage_id: str) -> bool:
        if card.stage_id == stage_id:
            return True
        start = next((s.position for s in self.content.stages if s.id == card.stage_id), 0)
        return start < self.index < start + card.span

    def _lane_cards(self, cards: list[Card], lane_id: str) -> list[Card]:
        return sorted((c for c in cards if c.lane_id == lane_id), key=lambda c: c.position)

    @staticmethod
    def _clear(layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
            elif item.layout() is not None:
                WalkthroughWindow._clear(item.layout())

    # ---- side panel: storyboard, feelings, KPIs ----------------------------------------

    def _fill_side(self, stage, cards: list[Card], u: float) -> bool:
        layout = self.side_layout
        self._clear(layout)
        self.feelings = []
        layout.setSpacing(round(22 * u))
        width = self._side_width()
        lanes = {lane.id: lane for lane in self.content.lanes}
        shown = False
        # the storyboard picture, large
        for card in cards:
            lane = lanes.get(card.lane_id)
            if lane is None or card.image_asset_id is None:
                continue
            data = self._image_bytes(card.image_asset_id)
            pixmap = QPixmap()
            if not data or not pixmap.loadFromData(data):
                continue
            ratio = self.devicePixelRatioF()
            max_h = self.height() * 0.30
            scaled = pixmap.scaled(QSize(round(width * ratio), round(max_h * ratio)),
                                   Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            picture = QLabel()
            picture.setObjectName("storyboardImage")
            picture.setPixmap(scaled)
            picture.setStyleSheet(f"border-radius: {round(8 * u)}px; background: transparent;")
            block = QVBoxLayout()
            block.setSpacing(round(6 * u))
            block.addWidget(picture, 0, Qt.AlignmentFlag.AlignLeft)
            if card.title:
                block.addWidget(_label(card.title, 17 * u, TEXT, True))
            if card.body:
                block.addWidget(_label(card.body, 14 * u, MUTED))
            layout.addLayout(block)
            self.shown_card_ids.append(card.id)
            shown = True
            break  # one picture per stage; more would crowd the panel
        shown |= self._fill_feelings(stage, u)
        shown |= self._fill_kpis(cards, lanes, u)
        layout.addStretch(1)
        return shown

    def _fill_feelings(self, stage, u: float) -> bool:
        scale = self.content.map.scale
        points = sorted((p for p in self.content.emotion_points if p.stage_id == stage.id),
                        key=lambda p: p.position)
        if not points:
            return False
        by_persona: dict[str | None, dict[str, list]] = {}
        for point in points:
            series = by_persona.setdefault(point.persona_id, {})
            series.setdefault(str(point.series), []).append(point)
        order = [pid for pid in self.content.map.persona_ids if pid in by_persona]
        order += [pid for pid in by_persona if pid not in order]
        box = QVBoxLayout()
        box.setSpacing(round(12 * u))
        box.addWidget(_label(self.tr("How it feels"), 15 * u, MUTED, True))
        for pid in order:
            persona = self.personas.get(pid)
            series = by_persona[pid]
            row = QHBoxLayout()
            row.setSpacing(round(12 * u))
            if persona is not None:
                avatar = QLabel()
                avatar.setPixmap(avatar_pixmap(persona, round(44 * u),
                                               self._photo_bytes(persona)))
                row.addWidget(avatar, 0, Qt.AlignmentFlag.AlignTop)
            text = QVBoxLayout()
            text.setSpacing(round(2 * u))
            name = persona.name if persona else self.tr("Customer")
            text.addWidget(_label(name, 17 * u, TEXT, True))
            as_is, to_be = series.get(str(Series.AS_IS)), series.get(str(Series.TO_BE))
            future = self.content.map.map_type == MapType.FUTURE_STATE
            main = (to_be if future and to_be else as_is) or to_be or next(iter(series.values()))
            other = as_is if main is to_be else to_be
            last = main[-1]
            scores = " → ".join(score_text(p.score, scale) for p in main)
            text.addWidget(_label(scores, 15 * u, SOFT))
            labels = [p.label for p in main if p.label]
            if labels:
                text.addWidget(_label("“" + "”, “".join(labels) + "”", 15 * u, SOFT))
            if other:
                scores = " → ".join(score_text(p.score, scale) for p in other)
                notes = "; ".join(p.label for p in other if p.label)
                line = (self.tr("Today: {0}") if other is as_is
                        else self.tr("Target: {0}")).format(scores)
                text.addWidget(_label(line + (f" — {notes}" if notes else ""), 14 * u,
                                      MUTED if other is as_is else "#86efac"))
            row.addLayout(text, 1)
            face = QLabel()
            face.setObjectName("face")
            face.setPixmap(face_pixmap(sentiment(last.score, scale), round(40 * u)))
            face.setToolTip(score_text(last.score, scale))
            row.addWidget(face, 0, Qt.AlignmentFlag.AlignTop)
            box.addLayout(row)
            self.feelings.append(pid)
        self.side_layout.addLayout(box)
        return True

    def _fill_kpis(self, cards: list[Card], lanes: dict, u: float) -> bool:
        kpis = sorted((c for c in cards if c.metric is not None),
                      key=lambda c: c.position)
        if not kpis:
            return False
        box = QVBoxLayout()
        box.setSpacing(round(10 * u))
        box.addWidget(_label(self.tr("KPIs"), 15 * u, MUTED, True))
        for card in kpis:
            m = card.metric
            tile = QFrame()
            tile.setObjectName("kpi")
            tile.setStyleSheet(f"QFrame#kpi {{ background: {TILE}; border-radius:"
                               f" {round(8 * u)}px; }}")
            inner = QVBoxLayout(tile)
            pad = round(12 * u)
            inner.setContentsMargins(pad, pad, pad, pad)
            inner.setSpacing(round(6 * u))
            inner.addWidget(_label(m.name or card.title, 16 * u, TEXT, True))
            unit = f" {m.unit}" if m.unit and m.unit != "%" else (m.unit or "")
            value = "—" if m.value is None else f"{m.value:g}{unit}"
            progress = metric_progress(m.value, m.target, m.unit, m.name or card.title)
            colour = "#94a3b8" if progress is None else (
                "#22c55e" if progress >= 0.95 else ("#f59e0b" if progress >= 0.7
                                                    else "#ef4444"))
            line = f'<span style="color:{colour}; font-size:{round(24 * u)}px;' \
                   f' font-weight:700;">{html.escape(value)}</span>'
            if m.target is not None:
                lower = kpi.lower_is_better(m.name or card.title, m.unit)
                goal = ("≤ " if lower else "") + f"{m.target:g}{unit}"
                line += f'<span style="color:{SOFT}; font-size:{round(15 * u)}px;">' \
                        f"&nbsp;&nbsp;" + html.escape(self.tr("target {0}").format(goal)) \
                        + "</span>"
            inner.addWidget(_label(line, 15 * u, SOFT, rich=True))
            if progress is not None:
                inner.addWidget(_Bar(progress, colour, max(4, round(6 * u))))
            layout_text = card.title if m.name and card.title != m.name else ""
            if layout_text:
                inner.addWidget(_label(layout_text, 13 * u, MUTED))
            box.addWidget(tile)
            self.shown_card_ids.append(card.id)
        self.side_layout.addLayout(box)
        return True

    # ---- the stage's cards, grouped by lane --------------------------------------------

    def _fill_cards(self, cards: list[Card], u: float, has_side: bool) -> None:
        self._clear(self.cards_layout)
        self.cards_layout.setSpacing(round(22 * u))
        groups = []
        for lane in self.content.lanes:
            if lane.kind in PANEL_KINDS:
                continue
            lane_cards = [c for c in self._lane_cards(cards, lane.id)
                          if c.id not in self.shown_card_ids]
            if lane_cards:
                groups.append((lane, lane_cards))
        for lane in self.content.lanes:  # pictures and KPIs the side panel did not take
            if lane.kind in (LaneKind.STORYBOARD, LaneKind.KPIS):
                rest = [c for c in self._lane_cards(cards, lane.id)
                        if c.id not in self.shown_card_ids]
                if rest:
                    groups.append((lane, rest))
        if not groups:
            empty = _label(self.tr("No cards in this stage yet."), 18 * u, MUTED)
            self.cards_layout.addWidget(empty, 1, Qt.AlignmentFlag.AlignTop)
            return
        available = self.width() - 2 * 64 * u - (self._side_width() + 36 * u if has_side
                                                   else 0)
        columns = max(1, min(3, int(available // (330 * u))))
        columns = min(columns, len(groups))
        # newspaper columns: lanes in map order down the first column, then the next
        sizes = [self._estimate(lane_cards) for _lane, lane_cards in groups]
        share = sum(sizes) / columns
        stacks = [QVBoxLayout() for _ in range(columns)]
        column, filled = 0, 0.0
        for (lane, lane_cards), size in zip(groups, sizes, strict=True):
            if column < columns - 1 and filled > 0 and filled + size / 2 > share:
                column, filled = column + 1, 0.0
            stacks[column].addWidget(self._group(lane, lane_cards, u))
            filled += size
        for stack in stacks:
            stack.setSpacing(round(16 * u))
            stack.addStretch(1)
            self.cards_layout.addLayout(stack, 1)

    @staticmethod
    def _estimate(cards: list[Card]) -> float:
        """Rough height of a lane group, for balancing the columns."""
        total = 40.0
        for card in cards:
            total += 46 + 22 * (len(card.title) // 38 + 1)
            total += 18 * (len(card.body) // 52 + 1) if card.body else 0
            total += 20 if (card.severity or card.impact or card.channel
                            or card.moment_of_truth) else 0
        return total

    def _group(self, lane, cards: list[Card], u: float) -> QWidget:
        group = QWidget()
        group.setObjectName("laneGroup")
        layout = QVBoxLayout(group)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(6 * u))
        accent = _accent(lane.kind, lane.colour)
        kind = self.tr(LANE_KIND_LABELS.get(lane.kind, ""))
        title = f'<span style="color:{accent}; font-size:{round(16 * u)}px; font-weight:700;">' \
                f"{html.escape(lane.title)}</span>"
        if kind and kind.casefold() != lane.title.casefold():
            title += f'<span style="color:{MUTED}; font-size:{round(12 * u)}px;">' \
                     f"&nbsp;&nbsp;{html.escape(kind.upper())}</span>"
        header = _label(title, 17 * u, accent, rich=True)
        header.setObjectName("laneTitle")
        layout.addWidget(header)
        for card in cards:
            layout.addWidget(self._tile(card, lane, accent, u))
            self.shown_card_ids.append(card.id)
        return group

    def _tile(self, card: Card, lane, accent: str, u: float) -> QFrame:
        tile = QFrame()
        tile.setObjectName("card")
        border = MOMENT if card.moment_of_truth else accent
        tile.setStyleSheet(
            f"QFrame#card {{ background: {TILE}; border-left: {max(3, round(5 * u))}px solid"
            f" {border}; border-radius: {round(6 * u)}px; }}")
        inner = QVBoxLayout(tile)
        pad = round(10 * u)
        inner.setContentsMargins(pad + 2, round(8 * u), pad, round(8 * u))
        inner.setSpacing(round(3 * u))
        title = card.title or card.body
        inner.addWidget(_label(title, 16 * u, TEXT, True))
        if card.body and card.title:
            inner.addWidget(_label(card.body, 13 * u, SOFT))
        pills = self._pills(card, lane, u)
        if pills:
            inner.addWidget(_label(" ".join(pills), 11 * u, SOFT, rich=True))
        if card.owner and lane.kind != LaneKind.OWNERS:
            inner.addWidget(_label(self.tr("Owner: {0}").format(card.owner), 12 * u, MUTED))
        return tile

    def _pills(self, card: Card, lane, u: float) -> list[str]:
        px = 11 * u
        out = []
        if card.moment_of_truth:
            out.append(_pill(self.tr("★ Moment of truth"), px, MOMENT))
        if card.severity:
            colour = ("#fde68a", "#fcd34d", "#fb923c", "#f87171", "#ef4444")[
                max(1, min(5, card.severity)) - 1]
            out.append(_pill(self.tr("Severity {0}").format(card.severity), px, colour))
        if card.impact:
            out.append(_pill(self.tr("Impact {0}").format(card.impact), px, "#86efac"))
        if card.effort:
            out.append(_pill(self.tr("Effort {0}").format(card.effort), px, "#7dd3fc"))
        if card.channel:
            name = "SMS" if card.channel == "sms" else card.channel.replace("_", " ").capitalize()
            out.append(_pill(self.tr(name), px, "#cbd5e1"))
        for tag in card.tags[:3]:
            out.append(_pill(f"#{tag}", px, "#334155", SOFT))
        return out

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


class _Bar(QWidget):
    """Value against target as a filled track."""

    def __init__(self, progress: float, colour: str, height: int) -> None:
        super().__init__()
        self.progress = progress
        self.colour = QColor(colour)
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        r = self.height() / 2
        p.setBrush(QColor("#334155"))
        p.drawRoundedRect(QRectF(0, 0, self.width(), self.height()), r, r)
        p.setBrush(self.colour)
        p.drawRoundedRect(QRectF(0, 0, max(self.height(), self.width() * self.progress),
                                 self.height()), r, r)
        p.end()
