"""The walkthrough's small pieces: its dark colours, labels sized in pixels, card and KPI
tiles, the painted sentiment face and the KPI bar, and how scores read."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ... import i18n
from ...layout import CHANNEL_NAMES, LANE_COLOURS, kpi
from ...layout.numbers import format_quantity, metric_texts
from ...model import Card, EmotionScale, LaneKind

BACKGROUND = "#0f172a"
TILE = "#1e293b"
TEXT = "#f8fafc"
MUTED = "#94a3b8"
SOFT = "#cbd5e1"
MOMENT = "#f59e0b"


def _tr(text: str) -> str:
    return QCoreApplication.translate("WalkthroughWindow", text)


def accent(kind: LaneKind, colour: str = "") -> str:
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
                    name: str = "", direction: str | None = None) -> float | None:
    """Share of the target reached, 0..1, in the KPI's chosen direction, else as the map
    guesses it (durations, waits, costs… are better lower)."""
    if value is None or target is None:
        return None
    return kpi.progress(value, target, kpi.is_lower_better(direction, name, unit))


def metric_values(value: float | None, target: float | None, unit: str) -> tuple[str, str]:
    """The value ("—" when there is none) and the target ("" when none) as the map prints
    them, in the interface's language: "£6.40", "12,5 %", "3 days"."""
    language = i18n.current_language()
    if value is not None:
        shown, goal = metric_texts(value, target, unit, language)
        return shown, goal or ""
    return "—", "" if target is None else format_quantity(target, unit, language)


def style(label: QLabel, px: float, colour: str, bold: bool = False) -> None:
    """Text `px` pixels high (never below 9) in `colour`, on no background."""
    label.setStyleSheet(f"color: {colour}; font-size: {max(9, round(px))}px;"
                        f"font-weight: {700 if bold else 400}; background: transparent;")


def label(text: str, px: float, colour: str = TEXT, bold: bool = False,
          rich: bool = False) -> QLabel:
    """A wrapping label styled as `style` does."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    style(widget, px, colour, bold)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


def pill(text: str, px: float, colour: str, fg: str = "#0f172a") -> str:
    """A small coloured tag inside rich text."""
    return (f'<span style="background-color:{colour}; color:{fg}; font-size:{round(px)}px;'
            f' font-weight:700;">&nbsp;{html.escape(text)}&nbsp;</span>')


def scroll_area(widget: QWidget) -> QScrollArea:
    """A frameless, vertically scrolling, never focused holder of `widget`."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(widget)
    return scroll


def clear_layout(layout) -> None:
    """Remove and delete everything in `layout`, nested layouts included."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def kpi_tile(card: Card, u: float) -> QFrame:
    """A KPI: its value coloured by how near the target it is, the target, a bar."""
    m = card.metric
    tile = QFrame()
    tile.setObjectName("kpi")
    tile.setStyleSheet(f"QFrame#kpi {{ background: {TILE}; border-radius:"
                       f" {round(8 * u)}px; }}")
    inner = QVBoxLayout(tile)
    pad = round(12 * u)
    inner.setContentsMargins(pad, pad, pad, pad)
    inner.setSpacing(round(6 * u))
    inner.addWidget(label(m.name or card.title, 16 * u, TEXT, True))
    name = m.name or card.title
    value, target = metric_values(m.value, m.target, m.unit or "")
    progress = metric_progress(m.value, m.target, m.unit, name, m.direction)
    colour = "#94a3b8" if progress is None else (
        "#22c55e" if progress >= 0.95 else ("#f59e0b" if progress >= 0.7
                                            else "#ef4444"))
    line = f'<span style="color:{colour}; font-size:{round(24 * u)}px;' \
           f' font-weight:700;">{html.escape(value)}</span>'
    if target:
        lower = kpi.is_lower_better(m.direction, name, m.unit)
        goal = ("≤ " if lower else "") + target
        line += f'<span style="color:{SOFT}; font-size:{round(15 * u)}px;">' \
                f"&nbsp;&nbsp;" + html.escape(_tr("target {0}").format(goal)) \
                + "</span>"
    inner.addWidget(label(line, 15 * u, SOFT, rich=True))
    if progress is not None:
        inner.addWidget(Bar(progress, colour, max(4, round(6 * u))))
    layout_text = card.title if m.name and card.title != m.name else ""
    if layout_text:
        inner.addWidget(label(layout_text, 13 * u, MUTED))
    return tile


def card_tile(card: Card, lane, colour: str, u: float) -> QFrame:
    """A card: title, body, its tags as pills and its owner, edged in the lane's colour."""
    tile = QFrame()
    tile.setObjectName("card")
    border = MOMENT if card.moment_of_truth else colour
    tile.setStyleSheet(
        f"QFrame#card {{ background: {TILE}; border-left: {max(3, round(5 * u))}px solid"
        f" {border}; border-radius: {round(6 * u)}px; }}")
    inner = QVBoxLayout(tile)
    pad = round(10 * u)
    inner.setContentsMargins(pad + 2, round(8 * u), pad, round(8 * u))
    inner.setSpacing(round(3 * u))
    title = card.title or card.body
    inner.addWidget(label(title, 16 * u, TEXT, True))
    if card.body and card.title:
        inner.addWidget(label(card.body, 13 * u, SOFT))
    pills = _pills(card, u)
    if pills:
        inner.addWidget(label(" ".join(pills), 11 * u, SOFT, rich=True))
    if card.owner and lane.kind != LaneKind.OWNERS:
        inner.addWidget(label(_tr("Owner: {0}").format(card.owner), 12 * u, MUTED))
    return tile


def _pills(card: Card, u: float) -> list[str]:
    px = 11 * u
    out = []
    if card.moment_of_truth:
        out.append(pill(_tr("★ Moment of truth"), px, MOMENT))
    if card.severity:
        colour = ("#fde68a", "#fcd34d", "#fb923c", "#f87171", "#ef4444")[
            max(1, min(5, card.severity)) - 1]
        out.append(pill(_tr("Severity {0}").format(card.severity), px, colour))
    if card.impact:
        out.append(pill(_tr("Impact {0}").format(card.impact), px, "#86efac"))
    if card.effort:
        out.append(pill(_tr("Effort {0}").format(card.effort), px, "#7dd3fc"))
    if card.channel:
        if card.channel in CHANNEL_NAMES:  # translated as the map's channel badges are
            name = QCoreApplication.translate("Layout", CHANNEL_NAMES[card.channel])
        else:  # free text from an import: the user's words
            name = card.channel.replace("_", " ").capitalize()
        out.append(pill(name, px, "#cbd5e1"))
    for tag in card.tags[:3]:
        out.append(pill(f"#{tag}", px, "#334155", SOFT))
    return out


class Column(QWidget):
    """A scroll area's content whose minimum height is that of its wrapped text at the
    width it really has (QLabel's own guess assumes a narrower width and overshoots)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            return QSize(hint.width(), layout.totalHeightForWidth(self.width()))
        return hint


class Bar(QWidget):
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
