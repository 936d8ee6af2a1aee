"""Draw a laid-out map through a Painter: the print twin of the canvas items.

Order and styling follow the canvas (background, cards, headers, curves) so the paper
looks like the screen, minus selection and hover decorations.
"""

from __future__ import annotations

from collections.abc import Callable

from ..layout import (
    DEFAULT_STYLE,
    LANE_COLOURS,
    CardBox,
    FontSpec,
    MapGeometry,
    Rect,
    TextLine,
    band_tint,
    is_accent,
)
from ..model import LaneKind
from .glyphs import draw_glyph
from .legibility import ink, inked, pill
from .marks import draw_evidence_mark
from .painter import Painter, curve_ops

#: Raise when drawing changes: cached thumbnails carry it in their names and are redrawn.
RENDER_REVISION = 3
BADGE_FONT = FontSpec(True, 7)
POINT_RADIUS = DEFAULT_STYLE.point_radius  # the layout keeps labels clear of it
BLUEPRINT = DEFAULT_STYLE.blueprint_colour
GRID = "#dbe3ec"
CARD_BORDER = "#cbd5e1"
LANE_HEADER_FILL = "#f1f5f9"
ICON = "#64748b"
MOMENT = "#f59e0b"
TREND_GUIDE = "#94a3b8"  # a KPI trend's target level
CARD_RADIUS = 4.0
PILL_PAD = 5.0  # layout: a pill is its label's width + 10


def band_of(g: MapGeometry, lane_id: str) -> str | None:
    """The colour a lane's band is painted in (what its labels stand on)."""
    header = g.lanes.get(lane_id)
    return band_tint(header.fill) if header is not None else None


def _accent_of_kind(kind: str) -> str:
    try:
        return LANE_COLOURS[LaneKind(kind)][2]
    except ValueError:
        return "#64748b"


def draw_map(p: Painter, g: MapGeometry, measure, tick: Callable[[], None] | None = None,
             images: bool = True) -> None:
    """The whole map in layout coordinates; `tick` is called now and then (cancel point)."""
    p.rect(Rect(0, 0, g.width, g.height), "#ffffff")
    p.text_lines(g.title_lines)
    draw_persona_chips(p, g, images)
    shapes = {(sr.colour, sr.dashed): n for (_, sr, n) in spread_points(g)}
    for item in g.legend_items:
        p.line(item.x0, item.y, item.x1, item.y, item.colour, 2.0,
               (4.0, 3.0) if item.dashed else None)
        n = shapes.get((item.colour, item.dashed))
        if n is not None:  # the series' point shape, so the legend names each curve
            draw_point(p, (item.x0 + item.x1) / 2, item.y, n,
                       "#ffffff" if item.dashed else item.colour, item.colour)
        p.text_lines((item.text,))
    for phase in g.phases:
        r = phase.rect
        p.rect(Rect(r.x + 1, r.y, r.w - 2, r.h), phase.fill)
        p.text_lines(inked(phase.lines, phase.fill))
    for header in g.lanes.values():
        if header.band is not None:
            p.rect(header.band, band_tint(header.fill))
    grid = g.grid_rect
    for header in g.stages.values():
        x = header.rect.right
        p.line(x, header.rect.bottom, x, grid.bottom, GRID, 0.8)
    for header in g.lanes.values():
        y = header.rect.bottom
        p.line(grid.x, y, grid.right, y, GRID, 0.8)
    _emotion_axes(p, g)
    for line in g.blueprint_lines:
        p.line(line.x0, line.y, line.x1, line.y, BLUEPRINT, 1.4, (5.0, 3.0))
    for n, box in enumerate(g.cards.values()):
        draw_card(p, box, measure, images)
        if tick is not None and n % 200 == 199:
            tick()
    for header in g.stages.values():
        draw_stage_header(p, header)
    for header in g.lanes.values():
        draw_lane_header(p, header)
    p.rect(grid, None, CARD_BORDER, 1.0)
    _blueprint_pills(p, g)
    _curves(p, g)


def draw_card(p: Painter, box: CardBox, measure=None, images: bool = True) -> None:
    """One card: its frame, its words, its badges (`measure` is kept for callers)."""
    draw_card_frame(p, box, images)
    p.text_lines(inked(box.lines, box.fill))
    draw_badges(p, box)


def draw_card_frame(p: Painter, box: CardBox, images: bool = True) -> None:
    """The card's rounded body, accent strip, moment-of-truth ring and picture (or its
    placeholder): shared by the canvas items, so screen and paper draw one shape."""
    r = box.rect
    p.rect(r, box.fill, CARD_BORDER, 0.8, radius=CARD_RADIUS)
    p.rect(Rect(r.x, r.y + 2, 3, r.h - 4), box.accent)
    if box.moment_of_truth:
        p.rect(Rect(r.x + 1.5, r.y + 1.5, r.w - 3, r.h - 3), None, MOMENT, 1.6,
               radius=CARD_RADIUS - 1)
    if box.image_rect is not None:
        drawn = images and box.image_asset_id and p.image(box.image_rect, box.image_asset_id)
        if not drawn:
            p.rect(box.image_rect, "#e2e8f0")
            draw_glyph(p, "storyboard", _centred(box.image_rect, 18), "#94a3b8")


def draw_badges(p: Painter, box: CardBox) -> None:
    """Channel and moment icons, the owner glyph, the metric bar and the pills. A pill is
    its label's width plus 5 pt each side (layout `_pill`), so no measure is needed."""
    for badge in box.badges:
        b = badge.rect
        if badge.kind == "channel":
            draw_glyph(p, badge.text, b, badge.colour)
        elif badge.kind == "moment":
            draw_glyph(p, "moment", b, badge.colour)
        elif badge.kind == "metric":
            bar = Rect(b.x, b.bottom - 4, b.w, 4)
            p.rect(bar, "#e5e7eb", radius=2)
            if badge.value > 0:
                p.rect(Rect(bar.x, bar.y, max(4.0, bar.w * min(badge.value, 1.0)), 4),
                       badge.colour, radius=2)
            p.text_lines((TextLine(badge.text, b.x, b.bottom - 6, BADGE_FONT,
                                   ink(badge.text_colour, box.fill)),))
        elif badge.kind == "trend":
            draw_trend(p, badge)
        elif badge.kind == "link":
            draw_link(p, badge)
        elif badge.kind == "owner":
            draw_glyph(p, "in_person", b, badge.colour)
        elif badge.kind == "evidence":
            draw_evidence_mark(p, b, badge.value, badge.colour)
        else:
            draw_pill(p, badge)


def draw_pill(p: Painter, badge) -> None:
    """A rounded label: its text's width plus PILL_PAD each side (layout `_pill`)."""
    b = badge.rect
    p.rect(b, pill(badge.colour, badge.text_colour), radius=b.h / 2)
    p.text_lines((TextLine(badge.text, b.x + PILL_PAD, b.y + b.h / 2 + BADGE_FONT.size * 0.36,
                           BADGE_FONT, badge.text_colour),))


def draw_trend(p: Painter, badge) -> None:
    """A KPI's history as a line in its bar's colour, the target as a dashed level and
    the newest value as a dot."""
    b = badge.rect
    if badge.guide_y is not None:
        p.line(b.x, badge.guide_y, b.right, badge.guide_y, TREND_GUIDE, 0.6, dash=(2.0, 2.0))
    ops = [("M", *badge.points[0])] + [("L", *pt) for pt in badge.points[1:]]
    p.path(ops, None, badge.colour, 1.2)
    p.circle(*badge.points[-1], 1.8, badge.colour)


def draw_link(p: Painter, badge) -> None:
    """The linked map's name and roll-up, one line each, on the badge's colour."""
    b = badge.rect
    p.rect(b, badge.colour, radius=3)
    pitch = (b.h - 4) / 2
    p.text_lines(tuple(TextLine(text, b.x + PILL_PAD, b.y + 2 + pitch * (i + 0.5)
                                + BADGE_FONT.size * 0.36, BADGE_FONT, badge.text_colour)
                       for i, text in enumerate(badge.text.split("\n"))))


def draw_stage_header(p: Painter, header) -> None:
    r = header.rect
    p.rect(Rect(r.x + 1, r.y, r.w - 2, r.h - 3), header.fill)
    p.text_lines(inked(header.lines, header.fill))
    for badge in header.badges:  # open review notes on the stage
        draw_pill(p, badge)


def draw_lane_header(p: Painter, header) -> None:
    """Grey box, the lane's accent strip, its kind's pictogram, a rule and its name."""
    r = header.rect
    p.rect(r, LANE_HEADER_FILL)
    accent = header.fill if is_accent(header.fill) else _accent_of_kind(header.kind)
    p.rect(Rect(r.x, r.y, 4, r.h), accent)
    if header.icon is not None:
        draw_glyph(p, header.kind, header.icon, ICON)
    p.line(r.x, r.bottom, r.right, r.bottom, CARD_BORDER, 0.8)
    p.text_lines(inked(header.lines, LANE_HEADER_FILL))


def draw_blueprint_pill(p: Painter, line) -> None:
    """A blueprint line's name on a white pill over the cards' edge."""
    p.rect(line.pill, "#ffffff", line.text.colour, 0.8, radius=line.pill.h / 2)
    p.text_lines((line.text,))


def _centred(r: Rect, size: float) -> Rect:
    size = min(size, r.w, r.h)
    return Rect(r.x + (r.w - size) / 2, r.y + (r.h - size) / 2, size, size)


def draw_persona_chips(p: Painter, g: MapGeometry, images: bool = True) -> None:
    """Round avatars (photo, else initials on the persona's colour) and names."""
    for chip in g.persona_chips:
        a = chip.avatar
        cx, cy, radius = a.x + a.w / 2, a.y + a.h / 2, a.w / 2
        drawn = False
        if images and chip.photo_asset_id and chip.photo_rect is not None:
            p.push_clip(a, round=True)
            drawn = p.image(chip.photo_rect, chip.photo_asset_id)
            p.pop_clip()
        if not drawn:
            p.circle(cx, cy, radius, chip.colour)
            p.text_lines((chip.initials,))
        p.circle(cx, cy, radius - 0.6, None, chip.colour, 1.2)
        p.text_lines((chip.name,))


def _emotion_axes(p: Painter, g: MapGeometry) -> None:
    for tick in g.ticks:
        plot = g.plot_rects[tick.lane_id]
        p.line(plot.x, tick.y, plot.right, tick.y, "#e2e8f0", 0.6, (3.0, 3.0))
    for tick in g.ticks:
        if tick.text is not None:
            p.text_lines(inked((tick.text,), band_of(g, tick.lane_id)))


def _blueprint_pills(p: Painter, g: MapGeometry) -> None:
    """Line names on white pills over the cards' edge, legible at poster distance."""
    for line in g.blueprint_lines:
        if line.pill is None or line.text is None:
            continue
        draw_blueprint_pill(p, line)


def _curves(p: Painter, g: MapGeometry) -> None:
    """Curves, then their points, then the labels, so no curve crosses a label. Each
    series has its own point shape (circle, square, diamond, triangle…), points of
    several series on one spot are spread apart, and labels take their curve's colour."""
    for series in g.series:
        pts = [(pt.x, pt.y) for pt in series.points]
        if len(pts) > 1:
            p.path(curve_ops(pts), None, series.colour, 2.4,
                   (6.0, 4.0) if series.dashed else None)
    for (x, y), series, n in spread_points(g):
        draw_point(p, x, y, n, "#ffffff" if series.dashed else series.colour, series.colour)
    for series in g.series:
        labels = [pt.label_line._replace(colour=series.colour) for pt in series.points
                  if pt.label_line is not None]
        p.text_lines(inked(labels, band_of(g, series.lane_id)))


def spread_points(g: MapGeometry) -> list:
    """((x, y), series, index of the series in its lane) for every point; points of
    different series closer than a point's width are fanned out sideways."""
    index: dict[str, int] = {}
    order = []
    for series in g.series:
        n = index[series.lane_id] = index.get(series.lane_id, -1) + 1
        order.append((series, n))
    near = 2 * POINT_RADIUS
    taken: dict[tuple[int, int], list[tuple[float, float]]] = {}  # a grid: linear, not n²
    out = []
    for series, n in order:
        for pt in series.points:
            x, y = pt.x, pt.y
            cx, cy = int(pt.x // near), int(pt.y // near)
            clash = sum(1 for i in (cx - 1, cx, cx + 1) for j in (cy - 1, cy, cy + 1)
                        for tx, ty in taken.get((i, j), ())
                        if abs(tx - pt.x) < near and abs(ty - pt.y) < near)
            if clash:
                x += (1 if clash % 2 else -1) * ((clash + 1) // 2) * 1.6 * POINT_RADIUS
            taken.setdefault((cx, cy), []).append((pt.x, pt.y))
            out.append(((x, y), series, n))
    return out


def draw_point(p: Painter, x: float, y: float, n: int, fill: str, stroke: str) -> None:
    """Point shape `n`: 0 circle, 1 square, 2 diamond, 3 triangle, 4 down triangle."""
    r = POINT_RADIUS
    shape = n % 5
    if shape == 0:
        p.circle(x, y, r, fill, stroke, 2.0)
        return
    if shape == 1:
        k = r * 0.9
        pts = [(x - k, y - k), (x + k, y - k), (x + k, y + k), (x - k, y + k)]
    elif shape == 2:
        k = r * 1.25
        pts = [(x, y - k), (x + k, y), (x, y + k), (x - k, y)]
    else:
        k = r * 1.2 * (1 if shape == 3 else -1)
        pts = [(x, y - k), (x + abs(k), y + k * 0.7), (x - abs(k), y + k * 0.7)]
    p.path([("M", *pts[0]), *[("L", *q) for q in pts[1:]], ("Z",)], fill, stroke, 2.0)
