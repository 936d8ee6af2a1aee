"""Persona profiles: photo, role, quote, goals, frustrations, motivations, channels.

A profile is drawn into an area; `persona_sheets` puts two on one sheet, one above the
other, when both fit whole in half a page (a profile is often half a page: a page each
left the lower half empty), and gives a persona a page of its own otherwise.
"""

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

    def __init__(self, p: Painter, rect: Rect, measure, f: float, accent: str,
                 fit: _Fit) -> None:
        self.p, self.r, self.m, self.f, self.accent = p, rect, measure, f, accent
        self.y = rect.y
        self.fit = fit

    def heading(self, text: str) -> bool:
        font = FontSpec(True, 11 * self.f)
        if self.y + font.line_height * 2 > self.r.bottom:
            self.fit.cut = True
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
        if not text.strip():
            return
        if room <= 0:
            self.fit.cut = True
            return
        lines = wrap_text(text, font, self.r.w - indent, self.m, max_lines=room + 1)
        if len(lines) > room:
            self.fit.cut = True
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


class _Fit:
    """Whether a profile was drawn whole (nothing stopped at the bottom of its area)."""

    cut = False


class _Probe:
    """A Painter that draws nothing: a profile laid out to see whether it fits."""

    def __getattr__(self, name):
        return _nothing

    def image(self, r: Rect, asset_id: str) -> bool:
        return True


def _nothing(*args, **kwargs) -> None:
    return None


def _avatar(p: Painter, r: Rect, persona: Persona, measure) -> None:
    """Initials on the persona's colour in a circle, as on the map header."""
    colour = persona.colour or "#3b82f6"
    p.circle(r.x + r.w / 2, r.y + r.h / 2, r.w / 2, colour)
    letters = initials(persona.name)
    font = FontSpec(True, r.w * 0.38)
    p.text_lines((TextLine(letters, r.x + (r.w - measure.width(letters, font)) / 2,
                           r.y + r.h / 2 + font.size * 0.36, font, text_on(colour)),))


def persona_area(plan: PagePlan) -> tuple[Rect, float]:
    """The part of a page a profile may use (between the margins and the footer) and
    the type factor (a profile reads at arm's length, not poster distance)."""
    f = plan.footer_factor * 1.4
    margin = plan.footer.x - plan.trim.x
    return Rect(plan.footer.x, plan.trim.y + margin, plan.footer.w,
                plan.footer.y - 12 * f - plan.trim.y - margin), f


def halves(area: Rect, f: float) -> tuple[Rect, Rect]:
    """Two halves of a page's profile area, a gap between them: side by side on a
    landscape page, one above the other on a portrait one."""
    gap = 24 * f
    if area.w > area.h:
        w = (area.w - gap) / 2
        return Rect(area.x, area.y, w, area.h), Rect(area.x + w + gap, area.y, w, area.h)
    h = (area.h - gap) / 2
    return Rect(area.x, area.y, area.w, h), Rect(area.x, area.y + h + gap, area.w, h)


def fits(persona: Persona, area: Rect, f: float, source: ExportSource, measure,
         labels: Labels = ENGLISH) -> bool:
    """Whether the whole profile fits in `area` (laid out without drawing)."""
    return draw_persona(_Probe(), area, f, persona, source, measure, labels)


PAIRED_MIN_FACTOR = 1.0  # two on a sheet never below 9 pt text, 22 pt names


def _pair_factor(pair: list[Persona], area: Rect, f: float, source: ExportSource, measure,
                 labels: Labels) -> float | None:
    """The largest type factor, from the page's down to PAIRED_MIN_FACTOR in tenths, at
    which both profiles fit whole in half the sheet; None when they never do."""
    steps = max(0, int(round((f - PAIRED_MIN_FACTOR) * 10)))
    for factor in [f - n / 10 for n in range(steps + 1)] or [f]:
        half = halves(area, factor)[0]
        if all(fits(persona, half, factor, source, measure, labels) for persona in pair):
            return factor
    return None


def persona_sheets(personas: list[Persona], plan: PagePlan, source: ExportSource, measure,
                   labels: Labels = ENGLISH) -> list[tuple[list[Persona], float]]:
    """Personas in order as (one or two personas, type factor) per sheet: two where both
    fit whole in half of it with text of at least 9 pt, else one at the page's size."""
    area, f = persona_area(plan)
    sheets: list[tuple[list[Persona], float]] = []
    n = 0
    while n < len(personas):
        pair = personas[n:n + 2]
        factor = _pair_factor(pair, area, f, source, measure, labels) if len(pair) == 2 \
            else None
        if factor is not None:
            sheets.append((pair, factor))
            n += 2
        else:
            sheets.append(([personas[n]], f))
            n += 1
    return sheets


def draw_persona_sheet(p: Painter, plan: PagePlan, sheet: tuple[list[Persona], float],
                       source: ExportSource, measure, labels: Labels = ENGLISH) -> None:
    """One persona on the whole page, or two in its halves with a rule between them."""
    area = persona_area(plan)[0]
    personas, f = sheet
    if len(personas) == 1:
        draw_persona(p, area, f, personas[0], source, measure, labels)
        return
    first, second = halves(area, f)
    draw_persona(p, first, f, personas[0], source, measure, labels)
    if second.x > first.x:  # a rule in the gap between them
        x = (first.right + second.x) / 2
        p.line(x, area.y, x, area.bottom, "#cbd5e1", 0.8 * f)
    else:
        y = (first.bottom + second.y) / 2
        p.line(area.x, y, area.right, y, "#cbd5e1", 0.8 * f)
    draw_persona(p, second, f, personas[1], source, measure, labels)


def draw_persona(p: Painter, area: Rect, f: float, persona: Persona, source: ExportSource,
                 measure, labels: Labels = ENGLISH) -> bool:
    """A profile in `area`; True when all of it fitted (else it stops cleanly)."""
    t = labels
    fit = _Fit()
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
    narrow = area.w < area.h * 1.2  # half a landscape sheet: one text column, not two
    left_w = area.w * (0.4 if narrow else 0.32)
    gutter = 18 * f
    left = _Column(p, Rect(area.x, y, left_w, area.bottom - y), measure, f, accent, fit)
    if photo and persona.photo_asset_id:
        iw, ih = source.image_sizes.get(persona.photo_asset_id, (1, 1))
        w = left_w
        h = min(w * ih / max(iw, 1), (area.bottom - y) * 0.4)
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
                fit.cut = True
                break
            draw_glyph(p, channel, Rect(left.r.x, left.y + 1 * f, 9 * f, 9 * f), accent)
            p.text_lines((TextLine(t.channel(channel), left.r.x + 14 * f,
                                   left.y + font.ascent, font, INK),))
            left.y += font.line_height + 2 * f
    count = 1 if narrow else 2
    col_w = (area.w - left_w - count * gutter) / count
    x1 = area.x + left_w + gutter
    columns = [_Column(p, Rect(x1 + n * (col_w + gutter), y, col_w, area.bottom - y), measure,
                       f, accent, fit) for n in range(count)]
    sections = [(t("persona.goals"), persona.goals, True),
                (t("persona.frustrations"), persona.frustrations, True),
                (t("persona.motivations"), persona.motivations, True)]
    if persona.bio:
        sections.insert(0, (t("persona.about"), [persona.bio], False))
    for n, (title, items, bullets) in enumerate(s for s in sections if s[1]):
        col = columns[n % count]
        if col.heading(title):
            for item in items:
                col.paragraph(item, bullet=bullets)
            col.gap(10)
    return not fit.cut
