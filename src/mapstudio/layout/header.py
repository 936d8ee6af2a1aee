"""The map's header block: title and subtitle on the left, persona avatars and the
emotion-curve legend flowed in right-aligned rows on the right. Nothing is cut: the title
wraps beside them and the block grows. Pure Python."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ..model import JourneyMap, Persona
from ..model.living import is_iso_date, is_overdue
from .colours import text_on
from .geometry import LegendItem, PersonaChip, Rect, TextLine
from .labels import Labels
from .style import LayoutStyle
from .text import ASCENT, DESCENT, FontSpec, TextMeasure, wrap_text

__all__ = ["Header", "centred_baseline", "header_block", "initials", "text_lines"]


def text_lines(texts: list[str], x: float, top: float, font: FontSpec,
               colour: str) -> tuple[list[TextLine], float]:
    """Lines stacked from `top` down; also the y below the last."""
    out = []
    y = top
    for text in texts:
        out.append(TextLine(text, x, y + font.ascent, font, colour))
        y += font.line_height
    return out, y


def centred_baseline(top: float, height: float, font: FontSpec) -> float:
    """Baseline that centres a line's ink (ascent + descent) in a box."""
    return top + (height - font.size * (ASCENT + DESCENT)) / 2 + font.ascent


def initials(name: str) -> str:
    """First letters of the first and last words that start with a letter: "AC", "PS"."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper() if len(words[0]) > 1 else words[0].upper()
    return (words[0][0] + words[-1][0]).upper()


@dataclass
class Header:
    lines: tuple[TextLine, ...]
    chips: list[PersonaChip]
    legend: list[LegendItem]
    rect: Rect
    bottom: float  # where the stage headers (or phases) start


def _flow_right(widths: list[float], right: float, max_w: float, gap: float
                ) -> tuple[list[list[tuple[int, float]]], float]:
    """Items flowed into rows no wider than max_w, each row right-aligned at `right`:
    rows of (item index, left x), and the widest row's width."""
    rows: list[list[int]] = []
    used = 0.0
    for i, w in enumerate(widths):
        if rows and used + gap + w <= max_w:
            rows[-1].append(i)
            used += gap + w
        else:
            rows.append([i])
            used = w
    out = []
    widest = 0.0
    for row in rows:
        total = sum(widths[i] for i in row) + gap * (len(row) - 1)
        widest = max(widest, total)
        x = right - total
        placed = []
        for i in row:
            placed.append((i, x))
            x += widths[i] + gap
        out.append(placed)
    return out, widest


def _persona_chips(personas: Sequence[Persona], right: float, top: float, max_w: float,
                   s: LayoutStyle, m: TextMeasure, image_sizes: Mapping[str, tuple[int, int]]
                   ) -> tuple[list[PersonaChip], float, float]:
    if not personas:
        return [], 0.0, 0.0
    d, f = s.avatar_size, s.chip_font
    widths = [d + 6 + m.width(p.name, f) for p in personas]
    rows, widest = _flow_right(widths, right, max_w, 14)
    chips: list[PersonaChip] = []
    row_h = d + 6
    for r, row in enumerate(rows):
        y = top + r * row_h
        for i, x in row:
            p = personas[i]
            colour = p.colour or "#64748b"
            avatar = Rect(x, y, d, d)
            letters = initials(p.name)
            lf = FontSpec(True, d * 0.38)
            lw = m.width(letters, lf)
            mark = TextLine(letters, x + (d - lw) / 2, centred_baseline(y, d, lf), lf,
                            text_on(colour))
            name = TextLine(p.name, x + d + 6, centred_baseline(y, d, f), f, s.text_colour)
            photo = None
            if p.photo_asset_id:
                iw, ih = image_sizes.get(p.photo_asset_id, (1, 1))
                k = d / max(min(iw, ih), 1)  # cover the circle, centred
                photo = Rect(x + (d - iw * k) / 2, y + (d - ih * k) / 2, iw * k, ih * k)
            chips.append(PersonaChip(p.id, avatar, colour, mark, name, p.photo_asset_id,
                                     photo))
    return chips, widest, len(rows) * row_h - 6


def _legend(entries: Sequence[tuple[str, str, bool]], right: float, top: float,
            max_w: float, s: LayoutStyle, m: TextMeasure
            ) -> tuple[list[LegendItem], float, float]:
    f = s.legend_font
    if not entries:
        return [], 0.0, 0.0
    widths = [26 + m.width(name, f) for name, _, _ in entries]
    rows, widest = _flow_right(widths, right, max_w, 14)
    row_h = f.line_height + 4
    items = []
    for r, row in enumerate(rows):
        y = top + r * row_h + row_h / 2
        for i, x in row:
            name, colour, dashed = entries[i]
            items.append(LegendItem(x, x + 20, y, colour, dashed,
                                    TextLine(name, x + 26, y + f.size * 0.36, f, "#334155")))
    return items, widest, len(rows) * row_h


OVERDUE = "#b91c1c"


def stewardship(jm: JourneyMap, t: Labels, today: date | None = None) -> tuple[str, str]:
    """"Owner: CX lead  ·  Review by 30 June 2025" (or "Review overdue since …" in red)
    and its colour; ("", "") when the map has neither."""
    parts = [t("owner", jm.owner.strip())] if jm.owner.strip() else []
    overdue = False
    if is_iso_date(jm.review_by):
        day = date.fromisoformat(jm.review_by)
        overdue = is_overdue(jm, today)
        key = "review_overdue" if overdue else "review_by"
        parts.append(t(key, t.date(day.day, day.month, day.year)))
    return "  ·  ".join(parts), (OVERDUE if overdue else "#475569") if parts else ""


def header_block(jm: JourneyMap, personas: Sequence[Persona],
                 legend: Sequence[tuple[str, str, bool]], right: float, s: LayoutStyle,
                 m: TextMeasure, t: Labels, image_sizes: Mapping[str, tuple[int, int]]
                 ) -> Header:
    """The header of a map whose grid ends at `right`; `personas` are the map's, in order,
    and `legend` its curves as (name, colour, dashed)."""
    width = right - s.margin
    chips, chips_w, chips_h = _persona_chips(personas, right, s.margin, width * 0.55, s, m,
                                             image_sizes)
    legend_top = s.margin + chips_h + (6 if chips else 0)
    items, legend_w, legend_h = _legend(legend, right, legend_top, width * 0.55, s, m)
    side_w = max(chips_w, legend_w)
    text_w = max(width - side_w - (24 if side_w else 0), width * 0.4)
    title = wrap_text(jm.title, s.title_font, text_w, m)
    lines, y = text_lines(title, s.margin, s.margin, s.title_font, s.text_colour)
    subtitle = t.map_type(jm.map_type)
    if personas:
        subtitle += "  ·  " + t("personas", ", ".join(p.name for p in personas))
    sub = [subtitle] if m.width(subtitle, s.subtitle_font) <= text_w \
        else wrap_text(subtitle, s.subtitle_font, text_w, m)  # keeps its spacing
    more, y = text_lines(sub, s.margin, y + 4, s.subtitle_font, s.muted_text)
    care, colour = stewardship(jm, t)
    if care:
        kept, y = text_lines(wrap_text(care, s.subtitle_font, text_w, m), s.margin, y + 2,
                             s.subtitle_font, colour)
        more += kept
    bottom = max(y, legend_top + legend_h if items else s.margin + chips_h)
    top = max(s.margin + s.title_height, bottom + 10)
    return Header(tuple(lines + more), chips, items,
                  Rect(s.margin, s.margin, width, top - s.margin), top)
