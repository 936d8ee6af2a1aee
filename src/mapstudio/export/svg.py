"""SVG written by hand from the same drawing: real <text> (escaped), vectors, inline images.

QtSvg's generator would turn text into glyph paths and needs a QPaintDevice; writing the
XML ourselves keeps text selectable and the file small.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr

from ..layout import Rect, TextLine
from ..layout.fontset import BY_KEY
from ..layout.shaping import is_plain, shape_line
from .colours import hex_colour
from .options import MM, ExportOptions
from .source import ExportSource

FONT_FAMILY = "'DejaVu Sans', 'Verdana', sans-serif"
# what XML 1.0 cannot hold at all: C0 controls but tab, line feed and carriage return,
# lone surrogates and U+FFFE/U+FFFF; written as U+FFFD so the file stays well-formed
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(text: str) -> str:
    """Text as XML 1.0 character data: markup escaped, impossible characters replaced."""
    return _escape(_NOT_XML.sub("\ufffd", text))


def _n(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _mime(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


class SvgPainter:
    def __init__(self, image_bytes: Callable[[str], bytes | None]) -> None:
        self.out: list[str] = []
        self.defs: list[str] = []
        self._image_bytes = image_bytes
        self._image_ids: dict[str, str | None] = {}
        self._clips = 0
        self.place(0, 0, 1)

    def place(self, ox: float, oy: float, scale: float) -> None:
        self.ox, self.oy, self.s = ox, oy, scale

    def _x(self, x: float) -> str:
        return _n(self.ox + self.s * x)

    def _y(self, y: float) -> str:
        return _n(self.oy + self.s * y)

    def _paint(self, fill, stroke, width, dash=None, round_cap=False) -> str:
        parts = [f'fill="{hex_colour(fill)}"' if fill is not None else 'fill="none"']
        if stroke is not None:
            parts.append(f'stroke="{hex_colour(stroke)}" stroke-width="{_n(width * self.s)}"')
            if dash is not None:
                parts.append(f'stroke-dasharray="{_n(dash[0] * self.s)} '
                             f'{_n(dash[1] * self.s)}"')
            if round_cap:
                parts.append('stroke-linecap="round"')
        return " ".join(parts)

    def rect(self, r: Rect, fill, stroke=None, width=1.0, radius=0.0) -> None:
        if fill is None and stroke is None:
            return
        rounded = f' rx="{_n(radius * self.s)}"' if radius > 0 else ""
        self.out.append(f'<rect x="{self._x(r.x)}" y="{self._y(r.y)}" '
                        f'width="{_n(r.w * self.s)}" height="{_n(r.h * self.s)}"{rounded} '
                        f'{self._paint(fill, stroke, width)}/>')

    def line(self, x0, y0, x1, y1, stroke, width=1.0, dash=None, round_cap=False) -> None:
        self.out.append(f'<line x1="{self._x(x0)}" y1="{self._y(y0)}" x2="{self._x(x1)}" '
                        f'y2="{self._y(y1)}" {self._paint(None, stroke, width, dash, round_cap)}'
                        '/>')

    def path(self, ops: Sequence[tuple], fill, stroke=None, width=1.0, dash=None) -> None:
        d = []
        for op in ops:
            if op[0] == "Z":
                d.append("Z")
                continue
            coords = " ".join(self._x(v) if i % 2 == 0 else self._y(v)
                              for i, v in enumerate(op[1:]))
            d.append(f"{op[0]}{coords}")
        self.out.append(f'<path d="{" ".join(d)}" stroke-linejoin="round" '
                        f'{self._paint(fill, stroke, width, dash)}/>')

    def circle(self, cx, cy, radius, fill, stroke=None, width=1.0) -> None:
        self.out.append(f'<circle cx="{self._x(cx)}" cy="{self._y(cy)}" '
                        f'r="{_n(radius * self.s)}" {self._paint(fill, stroke, width)}/>')

    def text_lines(self, lines: Sequence[TextLine]) -> None:
        for line in lines:
            if not line.text:
                continue
            weight = ' font-weight="bold"' if line.font.bold else ""
            if not is_plain(line.text):
                self.out.extend(self._runs(line, weight))
                continue
            self.out.append(f'<text x="{self._x(line.x)}" y="{self._y(line.baseline)}" '
                            f'font-size="{_n(line.font.size * self.s)}"{weight} '
                            f'fill="{hex_colour(line.colour)}">{escape(line.text)}</text>')

    def _runs(self, line: TextLine, weight: str) -> list[str]:
        """A line in other scripts: one <text> per run of one face and direction, placed
        where the PDF places it; the viewer shapes each run with the named face."""
        em = line.font.size / 1000.0
        out = []
        for run in shape_line(line.text, line.font.bold).runs:
            if not run.text.strip():
                continue
            family = quoteattr(f"'{BY_KEY[run.face].family}', {FONT_FAMILY}")
            if run.rtl:
                where = (f'x="{self._x(line.x + (run.x + run.width) * em)}" direction="rtl" '
                         'unicode-bidi="embed"')
            else:
                where = f'x="{self._x(line.x + run.x * em)}"'
            out.append(f'<text {where} y="{self._y(line.baseline)}" font-family={family} '
                       f'font-size="{_n(line.font.size * self.s)}"{weight} '
                       f'fill="{hex_colour(line.colour)}">{escape(run.text)}</text>')
        return out

    def image(self, r: Rect, asset_id: str) -> bool:
        if asset_id not in self._image_ids:
            data = self._image_bytes(asset_id)
            if not data:
                self._image_ids[asset_id] = None
            else:
                ref = f"img{len(self._image_ids)}"
                encoded = base64.b64encode(data).decode("ascii")
                self.defs.append(f'<image id="{ref}" width="1" height="1" '
                                 f'preserveAspectRatio="none" '
                                 f'href="data:{_mime(data)};base64,{encoded}"/>')
                self._image_ids[asset_id] = ref
        ref = self._image_ids[asset_id]
        if ref is None:
            return False
        self.out.append(f'<use href="#{ref}" transform="translate({self._x(r.x)} '
                        f'{self._y(r.y)}) scale({_n(r.w * self.s)} {_n(r.h * self.s)})"/>')
        return True

    def push_clip(self, r: Rect, round: bool = False) -> None:
        self._clips += 1
        ref = f"clip{self._clips}"
        if round:
            shape = (f'<ellipse cx="{self._x(r.x + r.w / 2)}" cy="{self._y(r.y + r.h / 2)}" '
                     f'rx="{_n(r.w / 2 * self.s)}" ry="{_n(r.h / 2 * self.s)}"/>')
        else:
            shape = (f'<rect x="{self._x(r.x)}" y="{self._y(r.y)}" '
                     f'width="{_n(r.w * self.s)}" height="{_n(r.h * self.s)}"/>')
        self.defs.append(f'<clipPath id="{ref}">{shape}</clipPath>')
        self.out.append(f'<g clip-path="url(#{ref})">')

    def pop_clip(self) -> None:
        self.out.append("</g>")


def write_svg(source: ExportSource, target: Path, options: ExportOptions,
              step: Callable[[int, int], None]) -> None:
    from .raster import page_for
    from .render import draw_map
    from .report import draw_footer, title_block_for

    geometry, measure, plan, labels = page_for(source, options)
    step(0, 2)
    painter = SvgPainter(source.image_bytes)
    painter.place(plan.map_rect.x, plan.map_rect.y, plan.scale)
    draw_map(painter, geometry, measure, lambda: step(-1, -1))
    painter.place(0, 0, 1)
    draw_footer(painter, plan.footer, plan.footer_factor,
                title_block_for(source, options.title_block, labels=labels), measure, 1, 1)
    step(1, 2)
    title = f"{source.content.map.title} — {source.project.title}"
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" '
            f'xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
            f'width="{_n(plan.width / MM)}mm" height="{_n(plan.height / MM)}mm" '
            f'viewBox="0 0 {_n(plan.width)} {_n(plan.height)}" '
            f'font-family={quoteattr(FONT_FAMILY)} xml:space="preserve">')
    with open(target, "w", encoding="utf-8", newline="\n") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        fh.write(head + "\n")
        fh.write(f"<title>{escape(title)}</title>\n")
        fh.write('<desc>Made with Map Studio</desc>\n')
        fh.write('<rect width="100%" height="100%" fill="#ffffff"/>\n')
        if painter.defs:
            fh.write("<defs>\n" + "\n".join(painter.defs) + "\n</defs>\n")
        fh.write("\n".join(painter.out))
        fh.write("\n</svg>\n")
    step(2, 2)
