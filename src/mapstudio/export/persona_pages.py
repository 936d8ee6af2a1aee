"""A persona profile page: photo, role, quote, goals, frustrations, motivations, channels."""

from __future__ import annotations

from ..layout import FontSpec, Labels, Rect, TextLine, initials, text_on, wrap_text
from ..layout.labels import ENGLISH
from ..model import Persona
from .glyphs import draw_glyph
from .paging import PagePlan
from .painter import Painter
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


def _avatar(p: Painter, r: Rect, persona: Persona, measure) -> None:
    """Initials on the persona's colour in a circle, as on the map header."""
    colour = persona.colour or "#3b82f6"
    p.circle(r.x + r.w / 2, r.y + r.h / 2, r.w / 2, colour)
    letters = initials(persona.name)
    font = FontSpec(True, r.w * 0.38)
    p.text_lines((TextLine(letters, r.x + (r.w - measure.width(letters, font)) / 2,
                           r.y + r.h / 2 + font.size * 0.36, font, text_on(colour)),))


def draw_persona_page(p: Painter, plan: PagePlan, persona: Persona, source: ExportSource,
                      measure, labels: Labels = ENGLISH) -> None:
    t = labels
    f = plan.footer_factor * 1.4  # a profile reads at arm's length, not poster distance
    margin = plan.footer.x - plan.trim.x
    area = Rect(plan.footer.x, plan.trim.y + margin, plan.footer.w,
                plan.footer.y - 12 * f - plan.trim.y - margin)
    accent = persona.colour or "#3b82f6"
    p.rect(Rect(area.x, area.y, area.w, 5 * f), accent)
    name_font, sub_font = FontSpec(True, 22 * f), FontSpec(False, 10 * f)
    y = area.y + 14 * f
    photo = source.image_bytes(persona.photo_asset_id)
    side = 0.0
    x = area.x
    if not photo:  # a photo is shown large below; else the initials as on the map header
        side = name_font.line_height + sub_font.line_height
        _avatar(p, Rect(area.x, y, side, side), persona, measure)
        x += side + 12 * f
    text_w = area.right - x
    for line in wrap_text(persona.name, name_font, text_w, measure):
        p.text_lines((TextLine(line, x, y + name_font.ascent, name_font, INK),))
        y += name_font.line_height
    age = t("persona.age", persona.age) if str(persona.age).isdigit() else persona.age
    facts = [v for v in (persona.role, age, persona.location, persona.segment) if v]
    if facts:
        for line in wrap_text("  ·  ".join(facts), sub_font, text_w, measure):
            p.text_lines((TextLine(line, x, y + sub_font.ascent, sub_font, MUTED),))
            y += sub_font.line_height
    y = max(y, area.y + 14 * f + side)
    y += 14 * f
    left_w = area.w * 0.32
    gutter = 18 * f
    left = _Column(p, Rect(area.x, y, left_w, area.bottom - y), measure, f, accent)
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
    details = [(t("persona.market_size"), persona.market_size),
               (t("persona.technology"), persona.technology)]
    for label, value in details:
        if value and left.heading(label):
            left.paragraph(value)
    if persona.channels and left.heading(t("persona.channels")):
        font = FontSpec(False, 9 * f)
        for channel in persona.channels:
            if left.y + font.line_height > left.r.bottom:
                break
            draw_glyph(p, channel, Rect(left.r.x, left.y + 1 * f, 9 * f, 9 * f), accent)
            p.text_lines((TextLine(t.channel(channel), left.r.x + 14 * f,
                                   left.y + font.ascent, font, INK),))
            left.y += font.line_height + 2 * f
    col_w = (area.w - left_w - 2 * gutter) / 2
    x1 = area.x + left_w + gutter
    columns = [_Column(p, Rect(x1, y, col_w, area.bottom - y), measure, f, accent),
               _Column(p, Rect(x1 + col_w + gutter, y, col_w, area.bottom - y), measure, f,
                       accent)]
    sections = [(t("persona.goals"), persona.goals, True),
                (t("persona.frustrations"), persona.frustrations, True),
                (t("persona.motivations"), persona.motivations, True)]
    if persona.bio:
        sections.insert(0, (t("persona.about"), [persona.bio], False))
    for n, (title, items, bullets) in enumerate(s for s in sections if s[1]):
        col = columns[0] if n % 2 == 0 else columns[1]
        if col.heading(title):
            for item in items:
                col.paragraph(item, bullet=bullets)
            col.gap(10)
