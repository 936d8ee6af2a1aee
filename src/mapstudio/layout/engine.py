"""Turn a map into geometry: the single source of truth for screen and paper."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..model import Card, LaneKind, MapContent, Persona
from ..model.living import open_note_counts
from .colours import is_accent, text_on
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
from .header import centred_baseline, header_block, text_lines
from .kpi import TREND_HEIGHT, is_lower_better, latest_value, progress, trend_points
from .labels import Labels, as_labels
from .links import LINK_MARK, LinkSummary, link_badge
from .living import corner_marks, marks_width, notes_pill
from .numbers import metric_texts
from .placement import place_labels
from .style import (
    DEFAULT_STYLE,
    LANE_COLOURS,
    SERIES_FALLBACK,
    SEVERITY_COLOURS,
    LayoutStyle,
)
from .text import TextMeasure, right_to_left, wrap_text

__all__ = ["layout_map"]

LANE_ICON = 14.0  # a lane header's kind icon, in its top-right corner

MAX_TAGS_SHOWN = 6  # then "+N": a card is not a tag cloud
TAG_FILL, TAG_INK = "#e2e8f0", "#334155"  # neutral chips, 9:1 contrast


@dataclass
class _Series:
    persona_id: str | None
    series: str
    points: list
    colour: str
    name: str


class _Builder:
    def __init__(self, content: MapContent, measure: TextMeasure, personas: Sequence[Persona],
                 style: LayoutStyle, image_sizes: Mapping[str, tuple[int, int]],
                 labels: Labels, links: Mapping[str, LinkSummary]):
        self.c, self.m, self.s = content, measure, style
        self.links = links
        self.t = labels
        self.personas = {p.id: p for p in personas}
        self.image_sizes = image_sizes
        self.g = MapGeometry(0, 0)
        self.stage_x: list[float] = []
        self.stage_w: list[float] = []
        self.stage_index = {st.id: i for i, st in enumerate(content.stages)}
        self.series_by_lane = self._series_groups()
        self.open_notes = open_note_counts(content.notes)  # shown only if the map has them

    def build(self) -> MapGeometry:
        s = self.s
        x = s.margin + s.lane_header_width
        for st in self.c.stages:
            self.stage_x.append(x)
            self.stage_w.append(st.width)
            x += st.width
        right = x
        top = self._title_block(right)
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
            header = Rect(s.margin, y, s.lane_header_width, height)
            self.g.lanes[lane.id] = HeaderBox(
                lane.id, header, tint, tuple(self._lane_text(lane, y)), str(lane.kind), band,
                Rect(header.right - 8 - LANE_ICON, y + 8, LANE_ICON, LANE_ICON))
            for i, st in enumerate(self.c.stages):
                self.g.cells[(lane.id, st.id)] = Rect(self.stage_x[i], y, self.stage_w[i], height)
            if str(lane.line_after) != "none":
                self.g.blueprint_lines.append(self._blueprint_line(
                    str(lane.line_after), y + height, s.margin, right))
            y += height
        for i, st in enumerate(self.c.stages):
            rect = Rect(self.stage_x[i], header_top, self.stage_w[i], header_h)
            fill = st.colour or s.stage_fill
            name = f"{st.name} {LINK_MARK}" if st.linked_map_id else st.name  # drills down
            self.g.stages[st.id] = HeaderBox(st.id, rect, fill,
                                             tuple(self._stage_text(name, rect, fill)),
                                             band=Rect(rect.x, header_top, rect.w,
                                                       y - header_top),
                                             badges=tuple(notes_pill(
                                                 self.open_notes.get(st.id, 0),
                                                 rect.right - 6, rect.y + 5, self.m,
                                                 s.badge_font)))
        self.g.grid_rect = Rect(s.margin, header_top, right - s.margin, y - header_top)
        self.g.phases = [replace(p, band=Rect(p.rect.x, p.rect.y, p.rect.w, y - p.rect.y))
                         for p in self.g.phases]  # a phase band reaches over the whole grid
        self.g.width = right + s.margin
        self.g.height = y + s.margin
        return self.g

    # ---- header block, stage and lane headers -----------------------------------------

    def _title_block(self, right: float) -> float:
        jm = self.c.map
        personas = [self.personas[p] for p in jm.persona_ids if p in self.personas]
        header = header_block(jm, personas, self.g.legend, right, self.s, self.m, self.t,
                              self.image_sizes)
        self.g.title_lines = header.lines
        self.g.persona_chips = header.chips
        self.g.legend_items = header.legend
        self.g.title_rect = header.rect
        return header.bottom

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
                            top + (rect.h - f.line_height) / 2 + f.ascent, f,
                            text_on(s.phase_fill, dark=s.phase_text))
            self.g.phases.append(HeaderBox(f"phase:{run[0]}", rect, s.phase_fill, (line,),
                                           "phase"))
        return top + s.phase_height + 2

    def _stage_text(self, name: str, rect: Rect, fill: str) -> list[TextLine]:
        s = self.s
        f = s.stage_font
        colour = text_on(fill, dark=s.text_colour, light=s.stage_text)
        wrapped = wrap_text(name, f, rect.w - 16, self.m)
        block = len(wrapped) * f.line_height
        top = rect.y + (rect.h - block) / 2
        out = []
        for text in wrapped:
            x = rect.x + (rect.w - self.m.width(text, f)) / 2
            out.append(TextLine(text, x, top + f.ascent, f, colour))
            top += f.line_height
        return out

    def _lane_text(self, lane, y: float) -> list[TextLine]:
        """The title wraps before the kind icon; the kind caption goes below it."""
        s = self.s
        left = s.margin + 12
        icon_bottom = y + 8 + LANE_ICON
        title_w = s.lane_header_width - 12 - (8 + LANE_ICON + 6)
        title = wrap_text(lane.title, s.lane_font, title_w, self.m)
        lines, yy = text_lines(title, left, y + 10, s.lane_font, s.text_colour)
        kind = self.t.kind(lane.kind)
        if kind.casefold() == lane.title.strip().casefold():
            return lines  # "Touchpoints / TOUCHPOINTS" says nothing twice
        caption_w = s.lane_header_width - 12 - 8 if yy + 2 >= icon_bottom else title_w
        wrapped = wrap_text(kind.upper(), s.lane_kind_font, caption_w, self.m)
        more, _ = text_lines(wrapped, left, yy + 2, s.lane_kind_font,
                             LANE_COLOURS[lane.kind][2])
        return lines + more

    def _lane_text_height(self, lane) -> float:
        header = self._lane_text(lane, 0.0)
        if not header:
            return 0.0
        last = header[-1]
        return last.baseline - last.font.ascent + last.font.line_height + 10

    def _blueprint_line(self, kind: str, y: float, x0: float, x1: float) -> BlueprintLine:
        """A dashed line with its name on a pill at the right end, centred on the line: it
        fits in the cell padding above and below, so it never hides a card."""
        s = self.s
        f = s.blueprint_font
        label = self.t(f"line.{kind}")
        h = min(f.line_height + 2, 2 * s.cell_padding - 2)
        w = self.m.width(label, f) + 12
        pill = Rect(x1 - 8 - w, y - h / 2, w, h)
        text = TextLine(label, pill.x + 6, centred_baseline(pill.y, h, f), f,
                        s.blueprint_colour)
        return BlueprintLine(y, x0, x1, kind, label, pill, text)

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
        icons = (16 if card.channel else 0) + (16 if card.moment_of_truth else 0)
        marks = corner_marks(card, self.open_notes.get(card.id, 0), x + w - pad - icons,
                             y + pad, 12, self.m, s.badge_font)
        badges += marks
        title_width = inner - (16 if card.channel else 0) - (12 if card.moment_of_truth else 0)
        title_width -= marks_width(marks)
        if card.channel:
            badges.append(Badge("channel", Rect(x + w - pad - 12, y + pad, 12, 12),
                                card.channel, colour=accent))
        if card.moment_of_truth:
            off = 16 if card.channel else 0
            badges.append(Badge("moment", Rect(x + w - pad - 12 - off, y + pad, 12, 12),
                                self.t("moment"), colour="#f59e0b"))
        lines: list[TextLine] = []
        if card.title:
            wrapped = wrap_text(card.title, s.card_title_font, title_width, self.m)
            more, cy = text_lines(wrapped, x + pad, cy, s.card_title_font, s.text_colour)
            lines += self._flush(card.title, more, x + pad + title_width)
        if card.body:
            wrapped = wrap_text(card.body, s.card_body_font, inner, self.m)
            more, cy = text_lines(wrapped, x + pad, cy + (2 if lines else 0),
                                  s.card_body_font, "#475569")
            lines += self._flush(card.body, more, x + pad + inner)
        owner = card.owner.strip()
        if owner and owner.casefold() != card.title.strip().casefold():  # not said twice
            cy += 3 if lines else 0
            f = s.caption_font
            icon = f.size + 1
            badges.append(Badge("owner", Rect(x + pad, cy + (f.line_height - icon) / 2, icon,
                                              icon), owner, colour=s.muted_text))
            wrapped = wrap_text(owner, f, inner - icon - 3, self.m)
            more, cy = text_lines(wrapped, x + pad + icon + 3, cy, f, s.muted_text)
            lines += more
        row = self._badge_row(card, x + pad, cy + 4, inner)
        if row:
            badges += row
            cy = max(b.rect.bottom for b in row)
        link = self.links.get(card.linked_map_id) if card.linked_map_id else None
        if link is not None:  # the journey this card drills into, rolled up
            badges.append(link_badge(link, self.t, x + pad, cy + 4, inner, self.m,
                                     s.badge_font, s.badge_height - 2))
            cy = badges[-1].rect.bottom
        height = max(cy + pad - y, 30.0)
        return CardBox(card.id, Rect(x, y, w, height), fill, accent, tuple(lines),
                       tuple(badges), image_rect, card.image_asset_id, card.moment_of_truth)

    def _flush(self, paragraph: str, lines: list[TextLine], right: float) -> list[TextLine]:
        """A right-to-left paragraph (its first strong letter is Arabic, Hebrew…) is set
        flush right, as its readers expect; others stay flush left."""
        if not right_to_left(paragraph):
            return lines
        return [line._replace(x=right - self.m.width(line.text, line.font)) for line in lines]

    def _pill(self, kind: str, text: str, x: float, y: float, colour: str,
              value: float = 0.0) -> Badge:
        width = self.m.width(text, self.s.badge_font) + 10
        ink = TAG_INK if kind == "tag" else text_on(colour, dark="#422006")
        return Badge(kind, Rect(x, y, width, self.s.badge_height), text, value, colour, ink)

    def _badge_row(self, card: Card, x: float, y: float, width: float) -> list[Badge]:
        """Pills left to right, wrapping onto new rows; a KPI bar takes a row of its own."""
        s, t = self.s, self.t
        pills = []
        if card.severity:
            pills.append(("severity", t("severity", card.severity),
                          SEVERITY_COLOURS[card.severity - 1], card.severity))
        if card.impact:
            pills.append(("impact", t("impact", card.impact), "#16a34a", card.impact))
        if card.effort:
            pills.append(("effort", t("effort", card.effort), "#0891b2", card.effort))
        tags = [t for t in card.tags if t.strip()]
        shown = tags[:MAX_TAGS_SHOWN]
        if len(tags) > len(shown):
            shown.append(f"+{len(tags) - len(shown)}")
        pills += [("tag", tag, TAG_FILL, 0) for tag in shown]
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
        value = latest_value(card.metric) if card.metric else None
        if value is not None:
            if out:
                cy += s.badge_height + 3
            out.append(self._metric_badge(card.metric, value, x, cy, width))
            trend = self._trend(card.metric, out[-1], x, cy + s.badge_height + 3, width)
            if trend is not None:
                out.append(trend)
        return out

    def _metric_badge(self, m, value: float, x: float, y: float, width: float) -> Badge:
        text, target = metric_texts(value, m.target, m.unit or "", self.t.language)
        lower = is_lower_better(m.direction, m.name, m.unit)
        if target is not None:
            text = self.t("metric.target", text, f"{'≤ ' if lower else ''}{target}")
        text = wrap_text(text, self.s.badge_font, width, self.m, max_lines=1)[0]
        done = progress(value, m.target, lower)
        colour = "#16a34a" if done >= 0.95 else ("#f59e0b" if done >= 0.7 else "#dc2626")
        return Badge("metric", Rect(x, y, width, self.s.badge_height), text, done, colour,
                     "#334155")

    def _trend(self, m, bar: Badge, x: float, y: float, width: float) -> Badge | None:
        """The KPI's history as a sparkline under its bar, in the bar's colour, with the
        target as a dashed level."""
        history = m.history
        points, target_y = trend_points([v.value for v in history], m.target, x, y, width,
                                        TREND_HEIGHT)
        if not points:
            return None
        return Badge("trend", Rect(x, y, width, TREND_HEIGHT), "", 0.0, bar.colour,
                     points=points, guide_y=target_y)

    # ---- emotions ----------------------------------------------------------------------

    def _series_groups(self) -> dict[str, list[_Series]]:
        """Emotion points of each emotion lane grouped per persona and series, with the
        colour and name each curve is drawn and listed with (the legend needs them before
        the lanes are laid out)."""
        emotion_lanes = [lane.id for lane in self.c.lanes if lane.kind == LaneKind.EMOTIONS]
        persona_order = list(self.c.map.persona_ids)
        out: dict[str, list[_Series]] = {}
        for lane_id in emotion_lanes:
            groups: dict[tuple[str | None, str], list] = defaultdict(list)
            for p in self.c.emotion_points:
                if p.lane_id == lane_id and p.stage_id in self.stage_index:
                    groups[(p.persona_id, str(p.series))].append(p)
            ordered = sorted(groups.items(), key=lambda kv: (
                persona_order.index(kv[0][0]) if kv[0][0] in persona_order else 99, kv[0][1]))
            found = []
            for n, ((pid, series), points) in enumerate(ordered):
                persona = self.personas.get(pid)
                colour = persona.colour if persona else SERIES_FALLBACK[n % len(SERIES_FALLBACK)]
                name = persona.name if persona else self.t("series.customer")
                if series == "to_be":
                    name = self.t("series.to_be", name)
                found.append(_Series(pid, series, points, colour, name))
                if (name, colour, series == "to_be") not in self.g.legend:
                    self.g.legend.append((name, colour, series == "to_be"))
            out[lane_id] = found
        return out

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
        ticks = []
        tick_font = s.tick_font
        for score in range(scale.min, scale.max + 1, step):
            number = f"{score:+d}" if scale.min < 0 else str(score)
            label = scale.label_for(score) or number
            y = y_of(score)
            tick = ScaleTick(lane.id, y, score, label,
                             TextLine(label, plot.x + 4, y - 2, tick_font, s.tick_colour))
            ticks.append(tick)
            self.g.ticks.append(tick)
        series_points = []
        for group in self.series_by_lane.get(lane.id, []):
            per_stage: dict[int, list] = defaultdict(list)
            for p in group.points:
                per_stage[self.stage_index[p.stage_id]].append(p)
            placed = []
            for i in sorted(per_stage):
                ordered = sorted(per_stage[i], key=lambda p: p.position)
                for k, p in enumerate(ordered):
                    x = self.stage_x[i] + self.stage_w[i] * (k + 1) / (len(ordered) + 1)
                    placed.append(CurvePoint(p.id, x, y_of(p.score), p.score, p.label))
            series_points.append(placed)
        obstacles = [Rect(t.text.x, t.text.baseline - tick_font.ascent,
                          self.m.width(t.label, tick_font), tick_font.line_height)
                     for t in ticks]
        labels = place_labels(
            [[(p.point_id, p.x, p.y, p.label) for p in pts] for pts in series_points],
            Rect(x0, top + 1, x1 - x0, height - 2), s.point_label_font, self.m, "#334155",
            s.point_radius, obstacles)
        for group, pts in zip(self.series_by_lane.get(lane.id, []), series_points,
                              strict=True):
            pts = tuple(replace(p, label_line=labels.get(p.point_id)) for p in pts)
            self.g.series.append(EmotionSeries(lane.id, group.persona_id, group.series,
                                               group.colour, group.series == "to_be", pts,
                                               group.name))


def layout_map(content: MapContent, measure: TextMeasure, personas: Sequence[Persona] = (),
               style: LayoutStyle = DEFAULT_STYLE,
               image_sizes: Mapping[str, tuple[int, int]] | None = None,
               labels: Labels | Mapping[str, str] | None = None,
               links: Mapping[str, LinkSummary] | None = None) -> MapGeometry:
    """Geometry of a whole map in points; the canvas and the PDF both draw this.

    `labels` translates the words the layout adds (lane kinds, badges, the subtitle…);
    English when not given. `links` rolls up the maps that cards link to (by map id).
    """
    return _Builder(content, measure, personas, style, image_sizes or {},
                    as_labels(labels), links or {}).build()
