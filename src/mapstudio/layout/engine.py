"""Turn a map into geometry: the single source of truth for screen and paper."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..model import Card, LaneKind, MapContent, MapType, Persona
from .colours import is_accent
from .geometry import (
    Badge,
    BlueprintLine,
    CardBox,
    CurvePoint,
    EmotionSeries,
    HeaderBox,
    MapGeometry,
    Rect,
    ScaleTick,
    TextLine,
)
from .style import (
    BLUEPRINT_LABELS,
    DEFAULT_STYLE,
    LANE_COLOURS,
    LANE_KIND_LABELS,
    SERIES_FALLBACK,
    SEVERITY_COLOURS,
    LayoutStyle,
)
from .text import FontSpec, TextMeasure, wrap_text

MAP_TYPE_LABELS = {
    MapType.CURRENT_STATE: "Current state", MapType.FUTURE_STATE: "Future state",
    MapType.DAY_IN_THE_LIFE: "Day in the life", MapType.SERVICE_BLUEPRINT: "Service blueprint",
}


def _lines(texts: list[str], x: float, top: float, font: FontSpec,
           colour: str) -> tuple[list[TextLine], float]:
    out = []
    y = top
    for text in texts:
        out.append(TextLine(text, x, y + font.ascent, font, colour))
        y += font.line_height
    return out, y


class _Builder:
    def __init__(self, content: MapContent, measure: TextMeasure, personas: Sequence[Persona],
                 style: LayoutStyle, image_sizes: Mapping[str, tuple[int, int]]):
        self.c, self.m, self.s = content, measure, style
        self.personas = {p.id: p for p in personas}
        self.image_sizes = image_sizes
        self.g = MapGeometry(0, 0)
        self.stage_x: list[float] = []
        self.stage_w: list[float] = []
        self.stage_index = {st.id: i for i, st in enumerate(content.stages)}

    def build(self) -> MapGeometry:
        s = self.s
        top = self._title_block()
        x = s.margin + s.lane_header_width
        for st in self.c.stages:
            self.stage_x.append(x)
            self.stage_w.append(st.width)
            x += st.width
        right = x
        header_top = self._phases(top)
        header_h = self._stage_header_height()
        y = header_top + header_h
        cards_by_lane: dict[str, list[Card]] = defaultdict(list)
        for card in self.c.cards:
            cards_by_lane[card.lane_id].append(card)
        for lane in self.c.lanes:
            height = self._lane(lane, y, cards_by_lane.get(lane.id, []))
            tint = lane.colour or LANE_COLOURS[lane.kind][0]
            band = Rect(s.margin, y, right - s.margin, height)
            self.g.lanes[lane.id] = HeaderBox(lane.id, Rect(s.margin, y, s.lane_header_width,
                                                            height), tint,
                                              tuple(self._lane_text(lane, y)), str(lane.kind),
                                              band)
            for i, st in enumerate(self.c.stages):
                self.g.cells[(lane.id, st.id)] = Rect(self.stage_x[i], y, self.stage_w[i], height)
            if str(lane.line_after) != "none":
                self.g.blueprint_lines.append(BlueprintLine(
                    y + height, s.margin, right, str(lane.line_after),
                    BLUEPRINT_LABELS[str(lane.line_after)]))
            y += height
        for i, st in enumerate(self.c.stages):
            rect = Rect(self.stage_x[i], header_top, self.stage_w[i], header_h)
            self.g.stages[st.id] = HeaderBox(st.id, rect, st.colour or s.stage_fill,
                                             tuple(self._stage_text(st.name, rect)),
                                             band=Rect(rect.x, header_top, rect.w,
                                                       y - header_top))
        self.g.grid_rect = Rect(s.margin, header_top, right - s.margin, y - header_top)
        self.g.phases = [replace(p, band=Rect(p.rect.x, p.rect.y, p.rect.w, y - p.rect.y))
                         for p in self.g.phases]  # a phase band reaches over the whole grid
        self.g.width = right + s.margin
        self.g.height = y + s.margin
        self.g.title_rect = Rect(s.margin, s.margin, right - s.margin, top - s.margin)
        return self.g

    # ---- title, headers ----------------------------------------------------------------

    def _title_block(self) -> float:
        s, jm = self.s, self.c.map
        lines, y = _lines([jm.title], s.margin, s.margin, s.title_font, s.text_colour)
        names = [self.personas[p].name for p in jm.persona_ids if p in self.personas]
        subtitle = MAP_TYPE_LABELS.get(jm.map_type, str(jm.map_type))
        if names:
            subtitle += "  ·  Personas: " + ", ".join(names)
        more, y = _lines([subtitle], s.margin, y + 4, s.subtitle_font, s.muted_text)
        self.g.title_lines = tuple(lines + more)
        return max(s.margin + s.title_height, y + 10)

    def _stage_header_height(self) -> float:
        """Tall enough for the longest wrapped stage name: names are never cut."""
        f = self.s.stage_font
        lines = max((len(wrap_text(st.name, f, st.width - 16, self.m))
                     for st in self.c.stages), default=1)
        return max(self.s.stage_header_height, lines * f.line_height + 16)

    def _phases(self, top: float) -> float:
        """A row of phase groups over runs of stages sharing a phase; returns its bottom."""
        s = self.s
        if not any(st.phase for st in self.c.stages):
            return top
        runs: list[list[int]] = []
        for i, st in enumerate(self.c.stages):
            if runs and st.phase == self.c.stages[runs[-1][0]].phase:
                runs[-1].append(i)
            else:
                runs.append([i])
        f = s.phase_font
        for run in runs:
            name = self.c.stages[run[0]].phase
            if not name:
                continue
            x = self.stage_x[run[0]]
            rect = Rect(x, top, sum(self.stage_w[k] for k in run), s.phase_height)
            text = wrap_text(name, f, rect.w - 16, self.m, max_lines=1)[0]
            line = TextLine(text, x + (rect.w - self.m.width(text, f)) / 2,
                            top + (rect.h - f.line_height) / 2 + f.ascent, f, s.phase_text)
            self.g.phases.append(HeaderBox(f"phase:{run[0]}", rect, s.phase_fill, (line,),
                                           "phase"))
        return top + s.phase_height + 2

    def _stage_text(self, name: str, rect: Rect) -> list[TextLine]:
        s = self.s
        f = s.stage_font
        wrapped = wrap_text(name, f, rect.w - 16, self.m)
        block = len(wrapped) * f.line_height
        top = rect.y + (rect.h - block) / 2
        out = []
        for text in wrapped:
            x = rect.x + (rect.w - self.m.width(text, f)) / 2
            out.append(TextLine(text, x, top + f.ascent, f, s.stage_text))
            top += f.line_height
        return out

    def _lane_text(self, lane, y: float) -> list[TextLine]:
        s = self.s
        width = s.lane_header_width - 20
        title = wrap_text(lane.title, s.lane_font, width - 14, self.m)  # 14: the kind icon
        lines, yy = _lines(title, s.margin + 12, y + 10, s.lane_font, s.text_colour)
        kind = LANE_KIND_LABELS[lane.kind]
        if kind.casefold() == lane.title.strip().casefold():
            return lines  # "Touchpoints / TOUCHPOINTS" says nothing twice
        more, _ = _lines([kind.upper()], s.margin + 12, yy + 2, s.lane_kind_font,
                         LANE_COLOURS[lane.kind][2])
        return lines + more

    def _lane_text_height(self, lane) -> float:
        header = self._lane_text(lane, 0.0)
        if not header:
            return 0.0
        last = header[-1]
        return last.baseline - last.font.ascent + last.font.line_height + 10

    # ---- lanes and cards ---------------------------------------------------------------

    def _lane(self, lane, top: float, cards: list[Card]) -> float:
        s = self.s
        start = top + s.cell_padding
        if lane.kind == LaneKind.EMOTIONS:
            plot_h = (lane.height or s.emotion_lane_height)
            self._emotions(lane, top, plot_h)
            start = top + plot_h
        next_y = [start] * len(self.c.stages)
        cards = sorted(cards, key=lambda c: (self.stage_index[c.stage_id], c.position))
        for card in cards:
            i = self.stage_index[card.stage_id]
            span = max(1, min(card.span, len(self.c.stages) - i))
            x = self.stage_x[i] + s.cell_padding
            w = sum(self.stage_w[i:i + span]) - 2 * s.cell_padding
            y = max(next_y[i:i + span])
            box = self._card(card, lane, x, y, w)
            self.g.cards[card.id] = box
            for k in range(i, i + span):
                next_y[k] = y + box.rect.h + s.card_gap
        used = max(next_y, default=start) - (s.card_gap if cards else 0) + s.cell_padding
        needed = max(used - top, s.min_lane_height, self._lane_text_height(lane))
        return max(needed, lane.height or 0)

    def _card(self, card: Card, lane, x: float, y: float, w: float) -> CardBox:
        s = self.s
        pad = s.card_padding
        inner = w - 2 * pad
        kind = lane.kind
        accent = lane.colour if is_accent(lane.colour) else LANE_COLOURS[kind][2]
        fill = card.colour or LANE_COLOURS[kind][1]
        cy = y + pad
        image_rect = None
        if card.image_asset_id:
            iw, ih = self.image_sizes.get(card.image_asset_id, (3, 2))
            image_rect = Rect(x + pad, cy, inner, inner * ih / max(iw, 1))
            cy += image_rect.h + 5
        badges: list[Badge] = []
        title_width = inner - (16 if card.channel else 0) - (12 if card.moment_of_truth else 0)
        if card.channel:
            badges.append(Badge("channel", Rect(x + w - pad - 12, y + pad, 12, 12),
                                card.channel, colour=accent))
        if card.moment_of_truth:
            off = 16 if card.channel else 0
            badges.append(Badge("moment", Rect(x + w - pad - 12 - off, y + pad, 12, 12),
                                "Moment of truth", colour="#f59e0b"))
        lines: list[TextLine] = []
        if card.title:
            wrapped = wrap_text(card.title, s.card_title_font, title_width, self.m)
            more, cy = _lines(wrapped, x + pad, cy, s.card_title_font, s.text_colour)
            lines += more
        if card.body:
            wrapped = wrap_text(card.body, s.card_body_font, inner, self.m)
            more, cy = _lines(wrapped, x + pad, cy + (2 if lines else 0), s.card_body_font,
                              "#475569")
            lines += more
        row = self._badge_row(card, x + pad, cy + 4, inner)
        if row:
            badges += row
            cy = max(b.rect.bottom for b in row)
        height = max(cy + pad - y, 30.0)
        return CardBox(card.id, Rect(x, y, w, height), fill, accent, tuple(lines),
                       tuple(badges), image_rect, card.image_asset_id, card.moment_of_truth)

    def _pill(self, kind: str, text: str, x: float, y: float, colour: str,
              value: float = 0.0) -> Badge:
        width = self.m.width(text, self.s.badge_font) + 10
        return Badge(kind, Rect(x, y, width, self.s.badge_height), text, value, colour)

    def _badge_row(self, card: Card, x: float, y: float, width: float) -> list[Badge]:
        """Pills left to right, wrapping onto new rows; a KPI bar takes a row of its own."""
        s = self.s
        pills = []
        if card.severity:
            pills.append(("severity", f"Severity {card.severity}",
                          SEVERITY_COLOURS[card.severity - 1], card.severity))
        if card.impact:
            pills.append(("impact", f"Impact {card.impact}", "#16a34a", card.impact))
        if card.effort:
            pills.append(("effort", f"Effort {card.effort}", "#0891b2", card.effort))
        out: list[Badge] = []
        cx, cy = x, y
        for kind, text, colour, value in pills:
            text = wrap_text(text, s.badge_font, width - 10, self.m, max_lines=1)[0]
            b = self._pill(kind, text, cx, cy, colour, value)
            if b.rect.right > x + width + 0.01 and cx > x:
                cx, cy = x, cy + s.badge_height + 3
                b = self._pill(kind, text, cx, cy, colour, value)
            out.append(b)
            cx = b.rect.right + 4
        if card.metric and card.metric.value is not None:
            if out:
                cy += s.badge_height + 3
            out.append(self._metric_badge(card.metric, x, cy, width))
        return out

    def _metric_badge(self, m, x: float, y: float, width: float) -> Badge:
        unit = f" {m.unit}" if m.unit else ""
        text = f"{m.value:g}{unit}"
        if m.target is not None:
            text += f" / target {m.target:g}{unit}"
        text = wrap_text(text, self.s.badge_font, width, self.m, max_lines=1)[0]
        progress = 0.0
        if m.target:
            progress = max(0.0, min(1.0, m.value / m.target))
            # lower-is-better metrics (days, minutes) read as reached when below target
            if m.value > m.target and m.unit.lower() in {"days", "min", "minutes", "hours",
                                                          "h", "s", "sec"}:
                progress = max(0.0, min(1.0, m.target / m.value))
        good = progress >= 0.95
        colour = "#16a34a" if good else ("#f59e0b" if progress >= 0.7 else "#dc2626")
        return Badge("metric", Rect(x, y, width, self.s.badge_height), text, progress, colour)

    # ---- emotions ----------------------------------------------------------------------

    def _emotions(self, lane, top: float, height: float) -> None:
        s, scale = self.s, self.c.map.scale
        x0 = self.stage_x[0] if self.stage_x else s.margin + s.lane_header_width
        x1 = (self.stage_x[-1] + self.stage_w[-1]) if self.stage_x else x0
        plot = Rect(x0, top + 14, x1 - x0, height - 28)
        self.g.plot_rects[lane.id] = plot
        span = (scale.max - scale.min) or 1

        def y_of(score: float) -> float:
            return plot.bottom - (score - scale.min) / span * plot.h

        step = max(1, (scale.max - scale.min) // 10)
        for score in range(scale.min, scale.max + 1, step):
            number = f"{score:+d}" if scale.min < 0 else str(score)
            self.g.ticks.append(ScaleTick(lane.id, y_of(score), score,
                                          scale.label_for(score) or number))
        groups: dict[tuple[str | None, str], list] = defaultdict(list)
        for p in self.c.emotion_points:
            if p.lane_id == lane.id and p.stage_id in self.stage_index:
                groups[(p.persona_id, str(p.series))].append(p)
        persona_order = list(self.c.map.persona_ids)
        for n, ((pid, series), points) in enumerate(sorted(
                groups.items(), key=lambda kv: (persona_order.index(kv[0][0])
                                                if kv[0][0] in persona_order else 99,
                                                kv[0][1]))):
            per_stage: dict[int, list] = defaultdict(list)
            for p in points:
                per_stage[self.stage_index[p.stage_id]].append(p)
            placed = []
            for i in sorted(per_stage):
                group = sorted(per_stage[i], key=lambda p: p.position)
                for k, p in enumerate(group):
                    x = self.stage_x[i] + self.stage_w[i] * (k + 1) / (len(group) + 1)
                    placed.append(CurvePoint(p.id, x, y_of(p.score), p.score, p.label))
            persona = self.personas.get(pid)
            colour = persona.colour if persona else SERIES_FALLBACK[n % len(SERIES_FALLBACK)]
            name = persona.name if persona else "Customer"
            if series == "to_be":
                name += " (to-be)"
            self.g.series.append(EmotionSeries(lane.id, pid, series, colour,
                                               series == "to_be", tuple(placed), name))
            if (name, colour, series == "to_be") not in self.g.legend:
                self.g.legend.append((name, colour, series == "to_be"))


def layout_map(content: MapContent, measure: TextMeasure, personas: Sequence[Persona] = (),
               style: LayoutStyle = DEFAULT_STYLE,
               image_sizes: Mapping[str, tuple[int, int]] | None = None) -> MapGeometry:
    """Geometry of a whole map in points; the canvas and the PDF both draw this."""
    return _Builder(content, measure, personas, style, image_sizes or {}).build()
