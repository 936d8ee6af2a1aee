"""The body of one walkthrough stage: a side panel (the storyboard picture large, how each
persona feels, the stage's KPIs against their targets) and the stage's cards grouped by
lane in newspaper columns. Sizes follow the unit `u` the window passes (1.0 at 1920×1080).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...layout import LANE_KIND_LABELS
from ...model import Card, LaneKind, MapContent, MapType, Persona, Series
from ..personas.persona_avatar import avatar_pixmap
from .walkthrough_widgets import (
    MUTED,
    SOFT,
    TEXT,
    Column,
    accent,
    card_tile,
    clear_layout,
    face_pixmap,
    kpi_tile,
    label,
    score_text,
    scroll_area,
    sentiment,
)

# lanes shown in panels of their own rather than as card tiles
PANEL_KINDS = {LaneKind.EMOTIONS, LaneKind.STORYBOARD, LaneKind.KPIS}
SIDE_SHARE = 0.29  # of the window's width
MARGIN_X = 64  # the window's side margins, at u = 1
GAP = 36  # between the side panel and the cards, at u = 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("WalkthroughWindow", text)


def cards_in_stage(content: MapContent, index: int) -> list[Card]:
    """The cards of the stage at `index`, those spanning into it from the left included."""
    stage_id = content.stages[index].id
    starts = {s.id: s.position for s in content.stages}
    return [c for c in content.cards if c.stage_id == stage_id
            or starts.get(c.stage_id, 0) < index < starts.get(c.stage_id, 0) + c.span]


def _lane_cards(cards: list[Card], lane_id: str) -> list[Card]:
    return sorted((c for c in cards if c.lane_id == lane_id), key=lambda c: c.position)


class StageBody(QWidget):
    """Side panel and card columns of the stage shown; remembers what it showed."""

    def __init__(self, content: MapContent, personas: dict[str, Persona],
                 image_bytes: Callable[[str], bytes | None],
                 photo_bytes: Callable[[Persona], bytes | None], parent=None) -> None:
        super().__init__(parent)
        self.content = content
        self.personas = personas
        self._image_bytes = image_bytes
        self._photo_bytes = photo_bytes
        self.shown_card_ids: list[str] = []
        self.feelings: list[str | None] = []  # persona ids with a feeling on this stage
        self.side = Column()
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_scroll = scroll_area(self.side)
        self.cards = Column()
        self.cards_layout = QHBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_scroll = scroll_area(self.cards)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.side_scroll, 0)
        self.row.addWidget(self.cards_scroll, 1)

    def fill(self, index: int, u: float, window: QSize) -> None:
        """Show the stage at `index` for a window of size `window`."""
        self.row.setSpacing(round(GAP * u))
        stage = self.content.stages[index]
        cards = cards_in_stage(self.content, index)
        self.shown_card_ids = []
        has_side = self._fill_side(stage, cards, u, window)
        self.side_scroll.setVisible(has_side)
        self.side_scroll.setFixedWidth(side_width(window))
        self._fill_cards(cards, u, has_side, window)

    # ---- side panel: storyboard, feelings, KPIs ----------------------------------------

    def _fill_side(self, stage, cards: list[Card], u: float, window: QSize) -> bool:
        layout = self.side_layout
        clear_layout(layout)
        self.feelings = []
        layout.setSpacing(round(22 * u))
        shown = self._fill_picture(cards, u, side_width(window), window.height() * 0.30)
        shown |= self._fill_feelings(stage, u)
        shown |= self._fill_kpis(cards, u)
        layout.addStretch(1)
        return shown

    def _fill_picture(self, cards: list[Card], u: float, width: int, max_h: float) -> bool:
        """The stage's first storyboard picture, large; more would crowd the panel."""
        lanes = {lane.id for lane in self.content.lanes}
        for card in cards:
            if card.lane_id not in lanes or card.image_asset_id is None:
                continue
            data = self._image_bytes(card.image_asset_id)
            pixmap = QPixmap()
            if not data or not pixmap.loadFromData(data):
                continue
            ratio = self.devicePixelRatioF()
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
                block.addWidget(label(card.title, 17 * u, TEXT, True))
            if card.body:
                block.addWidget(label(card.body, 14 * u, MUTED))
            self.side_layout.addLayout(block)
            self.shown_card_ids.append(card.id)
            return True
        return False

    def _fill_feelings(self, stage, u: float) -> bool:
        scale = self.content.map.scale
        points = sorted((p for p in self.content.emotion_points if p.stage_id == stage.id),
                        key=lambda p: p.position)
        assigned = [pid for pid in self.content.map.persona_ids if pid in self.personas]
        if not points and not assigned:
            return False
        by_persona: dict[str | None, dict[str, list]] = {}
        for point in points:
            series = by_persona.setdefault(point.persona_id, {})
            series.setdefault(str(point.series), []).append(point)
        # every persona of the map has a row, a new one too (with nothing mapped yet)
        order = assigned + [pid for pid in by_persona if pid not in assigned]
        box = QVBoxLayout()
        box.setSpacing(round(12 * u))
        box.addWidget(label(_tr("How it feels"), 15 * u, MUTED, True))
        for pid in order:
            persona = self.personas.get(pid)
            series = by_persona.get(pid)
            row = QHBoxLayout()
            row.setSpacing(round(12 * u))
            if persona is not None:
                avatar = QLabel()
                avatar.setPixmap(avatar_pixmap(persona, round(44 * u),
                                               self._photo_bytes(persona)))
                row.addWidget(avatar, 0, Qt.AlignmentFlag.AlignTop)
            text = QVBoxLayout()
            text.setSpacing(round(2 * u))
            name = persona.name if persona else _tr("Customer")
            text.addWidget(label(name, 17 * u, TEXT, True))
            if series is None:
                text.addWidget(label(_tr("No feeling mapped for this stage yet"), 14 * u,
                                     MUTED))
                row.addLayout(text, 1)
                box.addLayout(row)
                self.feelings.append(pid)
                continue
            as_is, to_be = series.get(str(Series.AS_IS)), series.get(str(Series.TO_BE))
            future = self.content.map.map_type == MapType.FUTURE_STATE
            main = (to_be if future and to_be else as_is) or to_be or next(iter(series.values()))
            other = as_is if main is to_be else to_be
            last = main[-1]
            scores = " → ".join(score_text(p.score, scale) for p in main)
            text.addWidget(label(scores, 15 * u, SOFT))
            labels = [p.label for p in main if p.label]
            if labels:
                text.addWidget(label("“" + "”, “".join(labels) + "”", 15 * u, SOFT))
            if other:
                scores = " → ".join(score_text(p.score, scale) for p in other)
                notes = "; ".join(p.label for p in other if p.label)
                line = (_tr("Today: {0}") if other is as_is
                        else _tr("Target: {0}")).format(scores)
                text.addWidget(label(line + (f" — {notes}" if notes else ""), 14 * u,
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

    def _fill_kpis(self, cards: list[Card], u: float) -> bool:
        kpis = sorted((c for c in cards if c.metric is not None),
                      key=lambda c: c.position)
        if not kpis:
            return False
        box = QVBoxLayout()
        box.setSpacing(round(10 * u))
        box.addWidget(label(_tr("KPIs"), 15 * u, MUTED, True))
        for card in kpis:
            box.addWidget(kpi_tile(card, u))
            self.shown_card_ids.append(card.id)
        self.side_layout.addLayout(box)
        return True

    # ---- the stage's cards, grouped by lane --------------------------------------------

    def _fill_cards(self, cards: list[Card], u: float, has_side: bool, window: QSize) -> None:
        clear_layout(self.cards_layout)
        self.cards_layout.setSpacing(round(22 * u))
        groups = []
        for lane in self.content.lanes:
            if lane.kind in PANEL_KINDS:
                continue
            lane_cards = [c for c in _lane_cards(cards, lane.id)
                          if c.id not in self.shown_card_ids]
            if lane_cards:
                groups.append((lane, lane_cards))
        for lane in self.content.lanes:  # pictures and KPIs the side panel did not take
            if lane.kind in (LaneKind.STORYBOARD, LaneKind.KPIS):
                rest = [c for c in _lane_cards(cards, lane.id)
                        if c.id not in self.shown_card_ids]
                if rest:
                    groups.append((lane, rest))
        if not groups:
            empty = label(_tr("No cards in this stage yet."), 18 * u, MUTED)
            self.cards_layout.addWidget(empty, 1, Qt.AlignmentFlag.AlignTop)
            return
        available = window.width() - 2 * MARGIN_X * u - (
            side_width(window) + GAP * u if has_side else 0)
        columns = max(1, min(3, int(available // (330 * u))))
        columns = min(columns, len(groups))
        # newspaper columns: lanes in map order down the first column, then the next
        sizes = [_estimate(lane_cards) for _lane, lane_cards in groups]
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

    def _group(self, lane, cards: list[Card], u: float) -> QWidget:
        group = QWidget()
        group.setObjectName("laneGroup")
        layout = QVBoxLayout(group)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(6 * u))
        colour = accent(lane.kind, lane.colour)
        kind = _tr(LANE_KIND_LABELS.get(lane.kind, ""))
        title = f'<span style="color:{colour}; font-size:{round(16 * u)}px; font-weight:700;">' \
                f"{html.escape(lane.title)}</span>"
        if kind and kind.casefold() != lane.title.casefold():
            title += f'<span style="color:{MUTED}; font-size:{round(12 * u)}px;">' \
                     f"&nbsp;&nbsp;{html.escape(kind.upper())}</span>"
        header = label(title, 17 * u, colour, rich=True)
        header.setObjectName("laneTitle")
        layout.addWidget(header)
        for card in cards:
            layout.addWidget(card_tile(card, lane, colour, u))
            self.shown_card_ids.append(card.id)
        return group


def side_width(window: QSize) -> int:
    return round(window.width() * SIDE_SHARE)


def _estimate(cards: list[Card]) -> float:
    """Rough height of a lane group, for balancing the columns."""
    total = 40.0
    for card in cards:
        total += 46 + 22 * (len(card.title) // 38 + 1)
        total += 18 * (len(card.body) // 52 + 1) if card.body else 0
        total += 20 if (card.severity or card.impact or card.channel
                        or card.moment_of_truth) else 0
    return total
