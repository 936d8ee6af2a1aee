"""Page furniture: title block, legend, page numbers, crop and registration marks.

Drawn through the Painter in page points (y down), so PDF, PNG and SVG pages match.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..layout import LANE_COLOURS, LANE_KIND_LABELS, FontSpec, Rect, TextLine, wrap_text
from ..layout.engine import MAP_TYPE_LABELS
from ..model import LaneKind
from .glyphs import draw_glyph
from .options import MM
from .painter import Painter
from .source import ExportSource

INK = "#1f2937"
MUTED = "#64748b"
MARK = "#000000"
CHANNEL_NAMES = {
    "web": "Web", "mobile_app": "Mobile app", "email": "Email", "phone": "Phone",
    "store": "Store", "chat": "Chat", "social": "Social", "ads": "Ads", "search": "Search",
    "mail": "Mail", "partner": "Partner", "kiosk": "Kiosk", "sms": "SMS", "video": "Video",
    "in_person": "In person",
}


@dataclass
class TitleBlock:
    """The facts printed on every page: who, what, when."""

    headline: str
    details: str
    note: str = ""
    brand: str = ""
    logo_asset_id: str | None = None
    legend_kinds: list[str] = field(default_factory=list)
    legend_channels: list[str] = field(default_factory=list)
    scale_text: str = ""


def title_block_for(source: ExportSource, note: str | None, today: date | None = None
                    ) -> TitleBlock:
    project, jm = source.project, source.content.map
    today = today or date.today()
    facts = [MAP_TYPE_LABELS.get(jm.map_type, str(jm.map_type))]
    if source.personas:
        facts.append("Personas: " + ", ".join(p.name for p in source.personas))
    facts.append(today.strftime("%d %B %Y").lstrip("0"))
    facts.append(f"Version {source.version}" if source.version
                 else f"Map {source.map_number} of {source.map_count}")
    kinds: list[str] = []
    for lane in source.content.lanes:
        if str(lane.kind) not in kinds:
            kinds.append(str(lane.kind))
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
        scale_text = f"Emotion {lo} … {hi}"
    settings = project.settings
    return TitleBlock(f"{project.title} — {jm.title}", "  ·  ".join(facts), note or "",
                      settings.brand_name, settings.brand_logo_asset_id, kinds, channels,
                      scale_text)


def draw_footer(p: Painter, rect: Rect, factor: float, block: TitleBlock, measure,
                page: int, pages: int, legend: bool = True) -> None:
    """Title block on the left, legend in the middle, page number on the right."""
    f = factor
    p.line(rect.x, rect.y, rect.right, rect.y, "#94a3b8", 0.6 * f)
    x = rect.x
    top = rect.y + 6 * f
    if block.logo_asset_id:
        logo = Rect(x, top, 30 * f, 30 * f)
        if p.image(logo, block.logo_asset_id):
            x += 36 * f
    head, small = FontSpec(True, 9 * f), FontSpec(False, 7 * f)
    left_w = min(rect.w * 0.45, rect.w - 140 * f)
    lines = []
    y = top + head.ascent
    brand = block.brand
    if brand:
        lines.append(TextLine(_fit(brand.upper(), FontSpec(True, 6.5 * f), left_w, measure),
                              x, y - 2 * f, FontSpec(True, 6.5 * f), MUTED))
        y += 8 * f
    lines.append(TextLine(_fit(block.headline, head, left_w - (x - rect.x), measure), x, y,
                          head, INK))
    y += head.line_height
    lines.append(TextLine(_fit(block.details, small, left_w - (x - rect.x), measure), x, y,
                          small, MUTED))
    if block.note:
        y += small.line_height
        lines.append(TextLine(_fit(block.note, small, left_w - (x - rect.x), measure), x, y,
                              small, INK))
    p.text_lines(lines)
    number = f"Page {page} of {pages}" if pages else ""
    nw = measure.width(number, small)
    if number:
        p.text_lines((TextLine(number, rect.right - nw, top + small.ascent, small, MUTED),))
    if legend:
        area = Rect(rect.x + left_w + 16 * f, top, rect.w - left_w - 16 * f - nw - 16 * f,
                    rect.h - 8 * f)
        draw_legend(p, area, f, block, measure)


def _fit(text: str, font: FontSpec, width: float, measure) -> str:
    return wrap_text(text.replace("\n", " "), font, width, measure, max_lines=1)[0] \
        if text else ""


def draw_legend(p: Painter, area: Rect, f: float, block: TitleBlock, measure) -> None:
    """Lane kinds (colour swatches), channel icons and the emotion scale, flowing in rows."""
    font = FontSpec(False, 6.5 * f)
    entries: list[tuple[str, str, str]] = []  # (kind of mark, key, label)
    entries += [("swatch", k, LANE_KIND_LABELS.get(LaneKind(k), k)) for k in block.legend_kinds
                if k in {str(x) for x in LaneKind}]
    entries += [("glyph", c, CHANNEL_NAMES.get(c, c)) for c in block.legend_channels]
    if block.scale_text:
        entries.append(("scale", "", block.scale_text))
    x, y = area.x, area.y
    row_h = 10 * f
    for mark, key, label in entries:
        w = 12 * f + measure.width(label, font)
        if x + w > area.right and x > area.x:
            x, y = area.x, y + row_h
        if y + row_h > area.bottom + 0.5 or w > area.w:
            break
        box = Rect(x, y + 1 * f, 7 * f, 7 * f)
        if mark == "swatch":
            kind = LaneKind(key)
            p.rect(box, LANE_COLOURS[kind][0], LANE_COLOURS[kind][2], 0.8 * f)
        elif mark == "glyph":
            draw_glyph(p, key, box, "#0284c7")
        else:
            p.line(box.x, box.bottom, box.right, box.y, "#d97706", 1.2 * f)
        p.text_lines((TextLine(label, x + 10 * f, y + 1 * f + font.ascent, font, "#334155"),))
        x += w + 8 * f


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
