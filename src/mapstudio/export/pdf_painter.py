# ruff: noqa: UP031 - %-formatting of PDF operators is the fast path here, on purpose
"""Painter on a ReportLab canvas: vectors and real, embedded, literal text.

Layout coordinates (y down) are mapped by hand to PDF space (y up) with one scale and
offset, so text is drawn upright with plain text objects and no flipped matrices. Colour,
width and dash changes are emitted only when they change: the 5,000-card benchmark counts.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from ..layout import Rect, TextLine
from ..layout.shaping import is_plain
from .colours import cmyk, cmyk_image, cmyk_text, rgb
from .fonts import font_name
from .pdf_text import show_shaped

HAIRLINE = 1.0  # pt: strokes this thin print grey on the black plate alone in CMYK


class PdfPainter:
    def __init__(self, canvas, page_h: float, use_cmyk: bool = False,
                 image_bytes: Callable[[str], bytes | None] | None = None) -> None:
        self.c = canvas
        self.page_h = page_h
        self.use_cmyk = use_cmyk
        self._image_bytes = image_bytes or (lambda _id: None)
        self._readers: dict[str, object] = {}
        self.place(0.0, 0.0, 1.0)
        self._reset_state()

    # ---- transform and state -----------------------------------------------------------

    def place(self, ox: float, oy: float, scale: float, page_h: float | None = None) -> None:
        """Draw layout point (x, y) at page point (ox + s·x, oy + s·y), y measured down."""
        if page_h is not None:
            self.page_h = page_h
        self.ox, self.s = ox, scale
        self.top = self.page_h - oy

    def _reset_state(self) -> None:
        self._fill = self._stroke = self._dash = None
        self._width = -1.0

    def _x(self, x: float) -> float:
        return self.ox + self.s * x

    def _y(self, y: float) -> float:
        return self.top - self.s * y

    def _emit(self, code: str) -> None:
        self.c._code.append(code)  # = canvas.addLiteral without its per-call str() copy

    def _colour_op(self, colour: str, stroke: bool = False) -> str:
        if self.use_cmyk:
            return "%.4f %.4f %.4f %.4f %s" % (*cmyk(colour), "K" if stroke else "k")
        return "%.4f %.4f %.4f %s" % (*rgb(colour), "RG" if stroke else "rg")

    def _text_colour_op(self, colour: str, stroke: bool = False) -> str:
        """Type and hairlines in CMYK: black and greys on the black plate alone
        (`cmyk_text`), where four inks would print misregistered fringes."""
        if self.use_cmyk:
            return "%.4f %.4f %.4f %.4f %s" % (*cmyk_text(colour), "K" if stroke else "k")
        return self._colour_op(colour, stroke)

    def _text_key(self, colour: str):
        """The fill state text leaves: in CMYK a grey of type is not the same ink as a
        grey fill, so the next fill of that colour is set again."""
        return ("text", colour) if self.use_cmyk else colour

    def _set_fill(self, colour: str) -> None:
        if colour != self._fill:
            self._emit(self._colour_op(colour))
            self._fill = colour

    def _set_stroke(self, colour: str, width: float, dash) -> None:
        w = width * self.s
        if self.use_cmyk and w <= HAIRLINE:  # a hairline is fine detail, like type
            key = ("fine", colour)
            if key != self._stroke:
                self._emit(self._text_colour_op(colour, stroke=True))
                self._stroke = key
        elif colour != self._stroke:
            self._emit(self._colour_op(colour, stroke=True))
            self._stroke = colour
        if w != self._width:
            self._emit("%.3f w" % w)
            self._width = w
        d = None if dash is None else (dash[0] * self.s, dash[1] * self.s)
        if d != self._dash:
            self._emit("[] 0 d" if d is None else "[%.2f %.2f] 0 d" % d)
            self._dash = d

    def _paint(self, fill: str | None, stroke: str | None, width: float, dash=None
               ) -> str | None:
        """Set the fill and stroke state; the painting operator, None if nothing shows."""
        if fill is None and stroke is None:
            return None
        if fill is not None:
            self._set_fill(fill)
        if stroke is not None:
            self._set_stroke(stroke, width, dash)
        return "B" if fill is not None and stroke is not None else "f" if fill is not None \
            else "S"

    # ---- primitives (PDF operators written directly: ReportLab's number formatting is
    # the bottleneck of big maps; text still goes through ReportLab for font subsetting) --

    def rect(self, r: Rect, fill: str | None, stroke: str | None = None, width: float = 1.0,
             radius: float = 0.0) -> None:
        op = self._paint(fill, stroke, width)
        if op is None:
            return
        s = self.s
        x, y, w, h = self.ox + s * r.x, self.top - s * r.bottom, r.w * s, r.h * s
        rad = min(radius * s, w / 2, h / 2)
        if rad <= 0:
            self._emit("%.2f %.2f %.2f %.2f re %s" % (x, y, w, h, op))
            return
        k = rad * 0.4477  # 1 - 0.5523: Bézier handle for a quarter circle
        x1, y1 = x + w, y + h
        self._emit(
            "%.2f %.2f m %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f l "
            "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c "
            "%.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c h %s" % (
                x + rad, y, x1 - rad, y, x1 - k, y, x1, y + k, x1, y + rad,
                x1, y1 - rad, x1, y1 - k, x1 - k, y1, x1 - rad, y1,
                x + rad, y1, x + k, y1, x, y1 - k, x, y1 - rad,
                x, y + rad, x, y + k, x + k, y, x + rad, y, op))

    def line(self, x0, y0, x1, y1, stroke: str, width: float = 1.0, dash=None,
             round_cap: bool = False) -> None:
        self._set_stroke(stroke, width, dash)
        code = "%.2f %.2f m %.2f %.2f l S" % (self._x(x0), self._y(y0), self._x(x1),
                                              self._y(y1))
        self._emit(f"1 J {code} 0 J" if round_cap else code)

    def path(self, ops: Sequence[tuple], fill: str | None, stroke: str | None = None,
             width: float = 1.0, dash=None) -> None:
        parts = []
        for op in ops:
            kind = op[0]
            if kind == "M":
                parts.append("%.2f %.2f m" % (self._x(op[1]), self._y(op[2])))
            elif kind == "L":
                parts.append("%.2f %.2f l" % (self._x(op[1]), self._y(op[2])))
            elif kind == "C":
                parts.append("%.2f %.2f %.2f %.2f %.2f %.2f c" % (
                    self._x(op[1]), self._y(op[2]), self._x(op[3]), self._y(op[4]),
                    self._x(op[5]), self._y(op[6])))
            else:
                parts.append("h")
        op = self._paint(fill, stroke, width, dash)
        if op is None:
            return
        parts.append(op)
        code = " ".join(parts)
        self._emit(f"1 j {code} 0 j" if stroke is not None else code)

    def circle(self, cx, cy, radius, fill: str | None, stroke: str | None = None,
               width: float = 1.0) -> None:
        op = self._paint(fill, stroke, width)
        if op is None:
            return
        x, y, r = self._x(cx), self._y(cy), radius * self.s
        k = r * 0.5523
        self._emit(
            "%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
            "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c h %s" % (
                x + r, y, x + r, y + k, x + k, y + r, x, y + r,
                x - k, y + r, x - r, y + k, x - r, y,
                x - r, y - k, x - k, y - r, x, y - r,
                x + k, y - r, x + r, y - k, x + r, y, op))

    def text_lines(self, lines: Sequence[TextLine]) -> None:
        """All lines in one BT…ET block; text is shown as is (no markup parsing). Lines that
        DejaVu cannot draw plainly go through `pdf_text.show_shaped` (fallback faces,
        shaping, bidi)."""
        t = None
        current_font = None
        for line in lines:
            if not line.text:
                continue
            if t is None:
                t = self.c.beginText()
            code = t._code  # operators go straight in, as in _emit
            fill = self._text_key(line.colour)
            if not is_plain(line.text):
                colour = None
                if fill != self._fill:
                    colour = self._text_colour_op(line.colour)
                    self._fill = fill
                if show_shaped(t, line, self._x(line.x), self._y(line.baseline), self.s,
                               colour, self._text_colour_op):
                    self._stroke, self._width = None, -1.0  # synthetic bold set them
                current_font = None
                continue
            key = (line.font.bold, line.font.size)
            if key != current_font:
                t.setFont(font_name(line.font), line.font.size * self.s)
                current_font = key
            if fill != self._fill:
                code.append(self._text_colour_op(line.colour))
                self._fill = fill
            code.append("1 0 0 1 %.2f %.2f Tm" % (self._x(line.x), self._y(line.baseline)))
            t.textOut(line.text)
        if t is not None:
            self.c.drawText(t)

    def image(self, r: Rect, asset_id: str) -> bool:
        reader = self._reader(asset_id)
        if reader is None:
            return False
        self.c.drawImage(reader, self._x(r.x), self._y(r.bottom), r.w * self.s, r.h * self.s,
                         mask="auto")
        return True

    def _reader(self, asset_id: str):
        if asset_id not in self._readers:
            data = self._image_bytes(asset_id)
            reader = None
            if data:
                from reportlab.lib.utils import ImageReader

                try:
                    if self.use_cmyk:  # converted by the ICC profile like every colour
                        from PIL import Image

                        with Image.open(io.BytesIO(data)) as picture:
                            reader = ImageReader(cmyk_image(picture))
                    else:
                        reader = ImageReader(io.BytesIO(data))
                    reader.getSize()
                except Exception:  # noqa: BLE001 - a broken picture prints as a placeholder
                    reader = None
            self._readers[asset_id] = reader
        return self._readers[asset_id]

    def push_clip(self, r: Rect, round: bool = False) -> None:
        """Clip to a rect, or to the ellipse inside it."""
        self.c.saveState()
        p = self.c.beginPath()
        if round:
            p.ellipse(self._x(r.x), self._y(r.bottom), r.w * self.s, r.h * self.s)
        else:
            p.rect(self._x(r.x), self._y(r.bottom), r.w * self.s, r.h * self.s)
        self.c.clipPath(p, stroke=0, fill=0)

    def pop_clip(self) -> None:
        self.c.restoreState()
        self._reset_state()
