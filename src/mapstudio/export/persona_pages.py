"""A persona profile page: photo, role, quote, goals, frustrations, motivations, channels."""

from __future__ import annotations

from ..layout import FontSpec, Rect, TextLine, wrap_text
from ..model import Persona
from .glyphs import draw_glyph
from .paging import PagePlan
from .painter import Painter
from .report import CHANNEL_NAMES
from .source import ExportSource

INK, MUTED = "#1f2937", "#64748b"


class _Column:
    """Flows headed, wrapped paragraphs down a column and stops cleanly at its bottom."""

    def __init__(self, p: Painter, rect: Rect, measure, f: float, accent: str) -> None:
        self.p, self.r, self.m, self.f, self.accent = p, rect, measure, f, accent
        self.y = rect.y

    def heading(self, text: str) -> bool:
        font = FontSpec(True, 11 * self.f)
        if self.y + font.line_height * 2 > self.r.bottom:
            return False
        self.p.rect(Rect(self.r.x, self.y + 2 * self.f, 3 * self.f, font.size), self.accent)
        self.p.text_lines((TextLine(text, self.r.x + 8 * self.f, self.y + font.ascent, font,
                                    INK),))
        self.y += font.line_height + 4 * self.f
        return True

    def paragraph(self, text: str, bullet: bool = False, colour: str = INK,
                  font: FontSpec | None = None) -> None:
        font = font or FontSpec(False, 9 * self.f)
        indent = 10 * self.f if bullet else 0
        room = int((self.r.bottom - self.y) // font.line_height)
        if room <= 0 or not text.strip():
            return
        lines = wrap_text(text, font, self.r.w - indent, self.m, max_lines=room)
        out = []
        if bullet:
            self.p.circle(self.r.x + 3 * self.f, self.y + font.size * 0.62, 1.6 * self.f,
                          self.accent)
        for line in lines:
            out.append(TextLine(line, self.r.x + indent, self.y + font.ascent, font, colour))
            self.y += font.line_height
        self.p.text_lines(out)
        self.y += 3 * self.f

    def gap(self, amount: float) -> None:
        self.y += amount * self.f


def draw_persona_page(p: Painter, plan: PagePlan, persona: Persona, source: ExportSource,
                      measure) -> None:
    f = plan.footer_factor * 1.4  # a profile reads at arm's length, not poster distance
    margin = plan.footer.x - plan.trim.x
    area = Rect(plan.footer.x, plan.trim.y + margin, plan.footer.w,
                plan.footer.y - 12 * f - plan.trim.y - margin)
    accent = persona.colour or "#3b82f6"
    p.rect(Rect(area.x, area.y, area.w, 5 * f), accent)
    name_font, sub_font = FontSpec(True, 22 * f), FontSpec(False, 10 * f)
    y = area.y + 14 * f
    p.text_lines((TextLine(persona.name, area.x, y + name_font.ascent, name_font, INK),))
    y += name_font.line_height
    facts = [x for x in (persona.role, persona.age and f"{persona.age} years"
                         if str(persona.age).isdigit() else persona.age,
                         persona.location, persona.segment) if x]
    if facts:
        p.text_lines((TextLine("  ·  ".join(facts), area.x, y + sub_font.ascent, sub_font,
                               MUTED),))
        y += sub_font.line_height
    y += 14 * f
    left_w = area.w * 0.32
    gutter = 18 * f
    left = _Column(p, Rect(area.x, y, left_w, area.bottom - y), measure, f, accent)
    photo = source.image_bytes(persona.photo_asset_id)
    if photo and persona.photo_asset_id:
        iw, ih = source.image_sizes.get(persona.photo_asset_id, (1, 1))
        w = left_w
        h = min(w * ih / max(iw, 1), (area.bottom - y) * 0.5)
        w = h * iw / max(ih, 1)
        if p.image(Rect(area.x, y, w, h), persona.photo_asset_id):
            left.gap(h / f + 10)
    if persona.quote:
        quote = persona.quote.strip().strip('"“”')
        left.paragraph(f"“{quote}”", colour="#334155",
                       font=FontSpec(True, 11 * f))
        left.gap(6)
    details = [("Market size", persona.market_size), ("Technology", persona.technology)]
    for label, value in details:
        if value and left.heading(label):
            left.paragraph(value)
    if persona.channels and left.heading("Channels"):
        font = FontSpec(False, 9 * f)
        for channel in persona.channels:
            if left.y + font.line_height > left.r.bottom:
                break
            draw_glyph(p, channel, Rect(left.r.x, left.y + 1 * f, 9 * f, 9 * f), accent)
            p.text_lines((TextLine(CHANNEL_NAMES.get(channel, channel), left.r.x + 14 * f,
                                   left.y + font.ascent, font, INK),))
            left.y += font.line_height + 2 * f
    col_w = (area.w - left_w - 2 * gutter) / 2
    x1 = area.x + left_w + gutter
    columns = [_Column(p, Rect(x1, y, col_w, area.bottom - y), measure, f, accent),
               _Column(p, Rect(x1 + col_w + gutter, y, col_w, area.bottom - y), measure, f,
                       accent)]
    sections = [("Goals", persona.goals), ("Frustrations", persona.frustrations),
                ("Motivations", persona.motivations)]
    if persona.bio:
        sections.insert(0, ("About", [persona.bio]))
    for n, (title, items) in enumerate(s for s in sections if s[1]):
        col = columns[0] if n % 2 == 0 else columns[1]
        if col.heading(title):
            for item in items:
                col.paragraph(item, bullet=title != "About")
            col.gap(10)
