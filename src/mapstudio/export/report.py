"""Page furniture: title block, legend, page numbers, crop and registration marks.

Drawn through the Painter in page points (y down), so PDF, PNG and SVG pages match.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..layout import LANE_COLOURS, FontSpec, Labels, Rect, TextLine, band_tint, is_accent, wrap_text
from ..layout.labels import ENGLISH
from ..layout.living import LEVELS, MARK_COLOURS, evidence_level
from ..model import LaneKind
from .glyphs import draw_glyph
from .marks import draw_evidence_mark
from .options import MM
from .painter import Painter
from .source import ExportSource

INK = "#1f2937"
MUTED = "#64748b"
MARK = "#000000"


@dataclass
class TitleBlock:
    """The facts printed on every page: who, what, when."""

    headline: str
    details: str
    note: str = ""
    brand: str = ""
    logo_asset_id: str | None = None
    legend_kinds: list[str] = field(default_factory=list)
    legend_lanes: list[tuple[str, str, str]] = field(default_factory=list)  # title, accent,
    # band: the lanes the map shows, in the colours it shows them
    legend_channels: list[str] = field(default_factory=list)
    scale_text: str = ""
    labels: Labels = ENGLISH  # the print language's words for the page furniture
    legend_evidence: list[str] = field(default_factory=list)  # evidence marks shown


def title_block_for(source: ExportSource, note: str | None, today: date | None = None,
                    labels: Labels = ENGLISH) -> TitleBlock:
    project, jm = source.project, source.content.map
    t = labels
    today = today or date.today()
    facts = [t.map_type(jm.map_type)]
    if source.personas:
        facts.append(t("personas", ", ".join(p.name for p in source.personas)))
    facts.append(t.date(today.day, today.month, today.year))
    facts.append(t("version", source.version) if source.version
                 else t("map_of", source.map_number, source.map_count))
    kinds: list[str] = []
    lanes: list[tuple[str, str, str]] = []
    for lane in source.content.lanes:
        if str(lane.kind) not in kinds:
            kinds.append(str(lane.kind))
        entry = (lane.title or t.kind(str(lane.kind)), *lane_colours(lane))
        if entry not in lanes:
            lanes.append(entry)
    channels: list[str] = []
    for card in source.content.cards:
        if card.channel and card.channel not in channels:
            channels.append(card.channel)
    scale = jm.scale
    scale_text = ""
    if any(str(lane.kind) == "emotions" for lane in source.content.lanes):
        lo = scale.labels[0] if scale.labels else f"{scale.min:+d}" if scale.min < 0 \
            else str(scale.min)
        hi = scale.labels[-1] if scale.labels else f"{scale.max:+d}" if scale.min < 0 \
            else str(scale.max)
        scale_text = t("emotion_scale", lo, hi)
    settings = project.settings
    same = project.title.strip().casefold() == jm.title.strip().casefold()
    headline = jm.title if same or not project.title.strip() else f"{project.title} — {jm.title}"
    shown = {evidence_level(card) for card in source.content.cards}
    return TitleBlock(headline, "  ·  ".join(facts), note or "", settings.brand_name,
                      settings.brand_logo_asset_id, kinds, lanes, channels, scale_text,
                      labels, [level for level in LEVELS if level in shown])


@dataclass(frozen=True)
class LegendMark:
    mark: str  # swatch | glyph | scale
    key: str
    label: str
    box: Rect  # the swatch, icon or scale mark
    text: TextLine


def lane_colours(lane) -> tuple[str, str]:
    """(accent strip, band) of a lane exactly as `render.draw_map` paints them."""
    kind = LaneKind(str(lane.kind))
    tint = lane.colour or LANE_COLOURS[kind][0]
    accent = tint if is_accent(tint) else LANE_COLOURS[kind][2]
    return accent, band_tint(tint)


def legend_entries(block: TitleBlock) -> list[tuple[str, str, str]]:
    """(kind of mark, key, label): lane kinds, channels, then the emotion scale."""
    t = block.labels
    known = {str(x) for x in LaneKind}
    if block.legend_lanes:
        entries = [("lane", f"{accent} {band}", title)
                   for title, accent, band in block.legend_lanes]
    else:
        entries = [("swatch", k, t.kind(k)) for k in block.legend_kinds if k in known]
    entries += [("glyph", c, t.channel(c)) for c in block.legend_channels]
    entries += [("evidence", level, t(f"evidence.{level}")) for level in block.legend_evidence]
    if block.scale_text:
        entries.append(("scale", "", block.scale_text))
    return entries


def layout_legend(area: Rect, f: float, entries: list[tuple[str, str, str]], measure,
                  force: bool = False) -> list[LegendMark] | None:
    """Every entry flowed in rows inside `area`, type shrinking a little when needed;
    None if they cannot all fit (with `force`, the smallest size, rows may run over)."""
    sizes = (1.0, 0.92, 0.85, 0.78, 0.7)
    for scale in sizes:
        font = FontSpec(False, 6.5 * f * scale)
        row_h, box, gap = 10 * f * scale, 7 * f * scale, 8 * f * scale
        x, y = area.x, area.y
        out: list[LegendMark] = []
        for mark, key, label in entries:
            w = box + 3 * f * scale + measure.width(label, font)
            if x + w > area.right + 0.01 and x > area.x:
                x, y = area.x, y + row_h
            out.append(LegendMark(mark, key, label, Rect(x, y + 1 * f * scale, box, box),
                                  TextLine(label, x + box + 3 * f * scale,
                                           y + 1 * f * scale + font.ascent * 0.95, font,
                                           "#334155")))
            x += w + gap
        fits = all(m.text.x + measure.width(m.label, m.text.font) <= area.right + 0.01
                   or m.box.x == area.x for m in out) \
            and (not out or out[-1].box.y - 1 * f * scale + row_h <= area.bottom + 0.5)
        if fits or (force and scale == sizes[-1]):
            return out
    return None


def draw_footer(p: Painter, rect: Rect, factor: float, block: TitleBlock, measure,
                page: int, pages: int, legend: bool = True) -> None:
    """Title block on the left, legend in the middle, page number on the right.

    The title block takes the width its text needs (up to about 60 %); the legend flows
    in rows in the rest and shrinks its type before the title is shortened. No legend
    entry is ever left out.
    """
    f = factor
    t = block.labels
    p.line(rect.x, rect.y, rect.right, rect.y, "#94a3b8", 0.6 * f)
    x = rect.x
    top = rect.y + 6 * f
    if block.logo_asset_id:
        logo = Rect(x, top, 30 * f, 30 * f)
        if p.image(logo, block.logo_asset_id):
            x += 36 * f
    head, small = FontSpec(True, 9 * f), FontSpec(False, 7 * f)
    brand_font = FontSpec(True, 6.5 * f)
    number = t("page", page, pages) if pages else ""
    nw = measure.width(number, small)
    entries = legend_entries(block) if legend else []
    indent = x - rect.x
    needed = indent + max(measure.width(block.headline, head),
                          measure.width(block.brand.upper(), brand_font),
                          measure.width(block.details, small), measure.width(block.note, small))
    right_edge = rect.right - (nw + 16 * f if nw else 0)
    marks: list[LegendMark] = []
    left_w = min(needed, right_edge - rect.x)
    if entries:
        widest = min(needed, rect.w * 0.62)
        tries = [widest] + [w for w in (rect.w * 0.5, rect.w * 0.42, rect.w * 0.34,
                                        rect.w * 0.28) if w < widest]
        found = None
        for left_w in tries:
            area = Rect(rect.x + left_w + 16 * f, top, right_edge - rect.x - left_w - 16 * f,
                        rect.h - 8 * f)
            found = layout_legend(area, f, entries, measure)
            if found is not None:
                break
        if found is None:
            found = layout_legend(area, f, entries, measure, force=True)
        marks = found or []
    text_w = left_w - indent
    lines = []
    y = top + head.ascent
    if block.brand:
        lines.append(TextLine(_fit(block.brand.upper(), brand_font, text_w, measure),
                              x, y - 2 * f, brand_font, MUTED))
        y += 8 * f
    lines.append(TextLine(_fit(block.headline, head, text_w, measure), x, y, head, INK))
    y += head.line_height
    room = 1 if (block.brand and block.note) else 2
    details = wrap_text(block.details.replace("\n", " "), small, text_w, measure,
                        max_lines=room) if block.details else []
    for n, text in enumerate(details):
        lines.append(TextLine(text, x, y + n * small.line_height, small, MUTED))
    if block.note:
        y += small.line_height * max(1, len(details))
        lines.append(TextLine(_fit(block.note, small, text_w, measure), x, y, small, INK))
    p.text_lines(lines)
    if number:
        p.text_lines((TextLine(number, rect.right - nw, top + small.ascent, small, MUTED),))
    for m in marks:
        draw_legend_mark(p, m, f)


def _fit(text: str, font: FontSpec, width: float, measure) -> str:
    return wrap_text(text.replace("\n", " "), font, width, measure, max_lines=1)[0] \
        if text else ""


def draw_legend_mark(p: Painter, m: LegendMark, f: float) -> None:
    box = m.box
    if m.mark == "lane":  # the lane's band with its accent strip, as on the map
        accent, band = m.key.split(" ")
        p.rect(box, band, "#cbd5e1", 0.6 * f)
        p.rect(Rect(box.x, box.y, max(1.5 * f, box.w * 0.3), box.h), accent)
    elif m.mark == "swatch":
        kind = LaneKind(m.key)
        p.rect(box, LANE_COLOURS[kind][0], LANE_COLOURS[kind][2], 0.8 * f)
    elif m.mark == "glyph":
        draw_glyph(p, m.key, box, "#0284c7")
    elif m.mark == "evidence":  # the mark the cards carry
        draw_evidence_mark(p, box, LEVELS[m.key], MARK_COLOURS[m.key])
    else:
        p.line(box.x, box.bottom, box.right, box.y, "#d97706", 1.2 * f)
    p.text_lines((m.text,))


def crop_marks(p: Painter, trim: Rect, offset: float, length: float, width: float = 0.3
               ) -> None:
    """Corner marks on the trim lines, starting `offset` outside the trim."""
    for x, sx in ((trim.x, -1), (trim.right, 1)):
        for y, sy in ((trim.y, -1), (trim.bottom, 1)):
            p.line(x + sx * offset, y, x + sx * (offset + length), y, MARK, width)
            p.line(x, y + sy * offset, x, y + sy * (offset + length), MARK, width)


def registration_mark(p: Painter, cx: float, cy: float, radius: float = 2.2 * MM) -> None:
    p.circle(cx, cy, radius * 0.6, None, MARK, 0.3)
    p.line(cx - radius, cy, cx + radius, cy, MARK, 0.3)
    p.line(cx, cy - radius, cx, cy + radius, MARK, 0.3)
