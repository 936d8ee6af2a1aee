"""Small vector pictograms for channels, lane kinds and markers.

Drawn with the painter's primitives, so they are crisp at any size, need no icon font and
can never print as a missing-glyph box. Each glyph is designed in a unit square.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ..layout import FontSpec, Rect, TextLine
from .painter import Painter


class _Unit:
    """Maps unit-square coordinates into a target rect."""

    def __init__(self, painter: Painter, rect: Rect, colour: str) -> None:
        self.p, self.r, self.c = painter, rect, colour
        self.s = min(rect.w, rect.h)
        self.ox = rect.x + (rect.w - self.s) / 2
        self.oy = rect.y + (rect.h - self.s) / 2
        self.lw = max(0.4, self.s * 0.09)

    def pt(self, x: float, y: float) -> tuple[float, float]:
        return self.ox + x * self.s, self.oy + y * self.s

    def line(self, x0, y0, x1, y1) -> None:
        a, b = self.pt(x0, y0), self.pt(x1, y1)
        self.p.line(*a, *b, self.c, self.lw, round_cap=True)

    def box(self, x, y, w, h, fill=False, radius=0.0) -> None:
        r = Rect(*self.pt(x, y), w * self.s, h * self.s)
        self.p.rect(r, self.c if fill else None, None if fill else self.c, self.lw,
                    radius * self.s)

    def ring(self, cx, cy, radius, fill=False) -> None:
        x, y = self.pt(cx, cy)
        self.p.circle(x, y, radius * self.s, self.c if fill else None,
                      None if fill else self.c, self.lw)

    def poly(self, pts, fill=True, close=True) -> None:
        ops = [("M", *self.pt(*pts[0]))] + [("L", *self.pt(*q)) for q in pts[1:]]
        if close:
            ops.append(("Z",))
        self.p.path(ops, self.c if fill else None, None if fill else self.c, self.lw)


def _web(u: _Unit) -> None:
    u.ring(0.5, 0.5, 0.42)
    u.line(0.08, 0.5, 0.92, 0.5)
    u.line(0.5, 0.08, 0.5, 0.92)
    u.poly([(0.5, 0.08), (0.3, 0.5), (0.5, 0.92), (0.7, 0.5)], fill=False)


def _mobile(u: _Unit) -> None:
    u.box(0.27, 0.06, 0.46, 0.88, radius=0.08)
    u.ring(0.5, 0.8, 0.04, fill=True)


def _envelope(u: _Unit) -> None:
    u.box(0.08, 0.22, 0.84, 0.56)
    u.poly([(0.08, 0.22), (0.5, 0.55), (0.92, 0.22)], fill=False, close=False)


def _mail(u: _Unit) -> None:
    u.box(0.06, 0.3, 0.72, 0.5)
    u.poly([(0.06, 0.3), (0.42, 0.58), (0.78, 0.3)], fill=False, close=False)
    u.line(0.2, 0.18, 0.92, 0.18)
    u.line(0.92, 0.18, 0.92, 0.66)


def _phone(u: _Unit) -> None:
    u.poly([(0.12, 0.2), (0.3, 0.08), (0.44, 0.3), (0.34, 0.4), (0.6, 0.66), (0.7, 0.56),
            (0.92, 0.7), (0.8, 0.88), (0.6, 0.9), (0.1, 0.4)])


def _store(u: _Unit) -> None:
    u.poly([(0.08, 0.4), (0.18, 0.12), (0.82, 0.12), (0.92, 0.4)])
    u.box(0.14, 0.4, 0.72, 0.48)
    u.box(0.4, 0.6, 0.2, 0.28, fill=True)


def _chat(u: _Unit) -> None:
    u.poly([(0.08, 0.14), (0.92, 0.14), (0.92, 0.66), (0.42, 0.66), (0.2, 0.88), (0.24, 0.66),
            (0.08, 0.66)], fill=False)


def _sms(u: _Unit) -> None:
    _chat(u)
    for x in (0.32, 0.5, 0.68):
        u.ring(x, 0.4, 0.05, fill=True)


def _social(u: _Unit) -> None:
    u.line(0.24, 0.5, 0.74, 0.22)
    u.line(0.24, 0.5, 0.74, 0.78)
    for x, y in ((0.22, 0.5), (0.76, 0.2), (0.76, 0.8)):
        u.ring(x, y, 0.13, fill=True)


def _ads(u: _Unit) -> None:
    u.poly([(0.1, 0.38), (0.3, 0.38), (0.82, 0.12), (0.82, 0.88), (0.3, 0.62), (0.1, 0.62)])
    u.line(0.3, 0.62, 0.38, 0.9)


def _search(u: _Unit) -> None:
    u.ring(0.42, 0.42, 0.28)
    u.line(0.62, 0.62, 0.9, 0.9)


def _partner(u: _Unit) -> None:
    u.ring(0.36, 0.5, 0.26)
    u.ring(0.64, 0.5, 0.26)


def _kiosk(u: _Unit) -> None:
    u.box(0.12, 0.1, 0.76, 0.52, radius=0.05)
    u.line(0.5, 0.62, 0.5, 0.84)
    u.line(0.28, 0.88, 0.72, 0.88)


def _video(u: _Unit) -> None:
    u.box(0.06, 0.24, 0.58, 0.52, radius=0.06)
    u.poly([(0.66, 0.42), (0.94, 0.24), (0.94, 0.76), (0.66, 0.58)])


def _person(u: _Unit) -> None:
    u.ring(0.5, 0.28, 0.18, fill=True)
    u.poly([(0.16, 0.92), (0.2, 0.62), (0.36, 0.52), (0.64, 0.52), (0.8, 0.62), (0.84, 0.92)])


def _star(u: _Unit) -> None:
    pts = []
    for i in range(10):
        radius = 0.48 if i % 2 == 0 else 0.2
        angle = -math.pi / 2 + i * math.pi / 5
        pts.append((0.5 + radius * math.cos(angle), 0.54 + radius * math.sin(angle)))
    u.poly(pts)


def _bolt(u: _Unit) -> None:
    u.poly([(0.58, 0.04), (0.18, 0.56), (0.46, 0.56), (0.38, 0.96), (0.82, 0.4), (0.54, 0.4)])


def _bulb(u: _Unit) -> None:
    u.ring(0.5, 0.38, 0.28)
    u.box(0.38, 0.7, 0.24, 0.16, fill=True)


def _chart(u: _Unit) -> None:
    u.line(0.1, 0.9, 0.9, 0.9)
    u.line(0.1, 0.1, 0.1, 0.9)
    u.poly([(0.18, 0.72), (0.4, 0.48), (0.58, 0.6), (0.88, 0.22)], fill=False, close=False)


def _heart(u: _Unit) -> None:
    u.ring(0.5, 0.5, 0.42)
    u.ring(0.36, 0.4, 0.05, fill=True)
    u.ring(0.64, 0.4, 0.05, fill=True)
    u.poly([(0.3, 0.6), (0.5, 0.74), (0.7, 0.6)], fill=False, close=False)


def _gear(u: _Unit) -> None:
    u.box(0.14, 0.18, 0.72, 0.22, radius=0.04)
    u.box(0.14, 0.5, 0.72, 0.22, radius=0.04)
    u.ring(0.26, 0.29, 0.04, fill=True)
    u.ring(0.26, 0.61, 0.04, fill=True)


def _picture(u: _Unit) -> None:
    u.box(0.08, 0.16, 0.84, 0.68)
    u.poly([(0.14, 0.78), (0.4, 0.46), (0.58, 0.64), (0.7, 0.54), (0.86, 0.78)])


def _note(u: _Unit) -> None:
    u.box(0.16, 0.1, 0.68, 0.8)
    for y in (0.32, 0.5, 0.68):
        u.line(0.28, y, 0.72, y)


GLYPHS: dict[str, Callable[[_Unit], None]] = {
    "web": _web, "mobile_app": _mobile, "email": _envelope, "phone": _phone, "store": _store,
    "chat": _chat, "social": _social, "ads": _ads, "search": _search, "mail": _mail,
    "partner": _partner, "kiosk": _kiosk, "sms": _sms, "video": _video, "in_person": _person,
    "moment": _star,
    # lane kinds
    "text": _note, "touchpoints": _web, "actions": _person, "thoughts": _chat,
    "emotions": _heart, "pain_points": _bolt, "opportunities": _bulb, "channels": _social,
    "kpis": _chart, "backstage": _gear, "systems": _gear, "storyboard": _picture,
    "owners": _person,
}


def draw_glyph(painter: Painter, name: str, rect: Rect, colour: str) -> None:
    """A known pictogram, or the first letter of a free-text channel in a circle."""
    unit = _Unit(painter, rect, colour)
    fn = GLYPHS.get(name)
    if fn is not None:
        fn(unit)
        return
    unit.ring(0.5, 0.5, 0.45)
    letter = (name.strip()[:1] or "?").upper()
    font = FontSpec(True, unit.s * 0.55)
    width = font.size * 0.62
    painter.text_lines((TextLine(letter, unit.ox + (unit.s - width) / 2,
                                 unit.oy + unit.s * 0.7, font, colour),))
