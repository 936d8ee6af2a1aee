"""Text in any script on a ReportLab canvas: fallback faces and shaped glyphs.

A line DejaVu draws plainly never comes here (PdfPainter's fast path). Other lines are
drawn run by run (`layout.shaping.shape_line`): one-glyph-per-character runs (CJK, Hangul,
emoji, Latin beside them) as ordinary text in their face; shaped runs (Arabic, Hebrew,
Devanagari, Thai, emoji, anything right to left) glyph by glyph at HarfBuzz's positions.
Bold text in a face without a bold file (CJK, Hangul, emoji) is emboldened by stroking.

ReportLab embeds TrueType subsets by character, and a shaped glyph (an Arabic medial
form, a Devanagari conjunct) often has no character of its own. `GlyphFont` gives each
(glyph, text) pair a private code point, and writes a ToUnicode map from it to the text
the glyph stands for: the first glyph of a cluster carries the cluster's characters, the
others none. Glyphs are written in logical order, each placed by its own text matrix, so
the text layer reads (and is searched and copied) in logical order, whatever the visual
order on the page.
"""

from __future__ import annotations

import weakref
from functools import cache

from ..layout import TextLine
from ..layout.fontset import BY_KEY, SYNTHETIC_BOLD_EM, needs_synthetic_bold
from ..layout.shaping import shape_line, visible
from ..paths import resource_path

_PRIVATE = (0xF0000, 0xFFFFD)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int], texts: dict[int, str]) -> str:
    entries = [f"<{i:02X}> <{_utf16_hex(texts.get(code, chr(code)))}>"
               for i, code in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(entries)} beginbfchar", *entries, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


@cache
def glyph_font_class():
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

    class GlyphFont(TTFont):
        """A TTFont that can also show glyphs by id, with their text in ToUnicode."""

        def __init__(self, name: str, filename: str) -> None:
            super().__init__(name, filename, shapable=False)
            self.glyph_texts: dict[int, str] = {}
            self._codes: dict[tuple[int, str], int] = {}
            self._next = _PRIVATE[0]

        def glyph_char(self, gid: int, text: str, advance: float) -> str:
            key = (gid, text)
            code = self._codes.get(key)
            if code is None:
                code = self._next
                if code > _PRIVATE[1]:
                    raise ValueError("too many distinct shaped glyphs for one font")
                self._next += 1
                self.face.charToGlyph[code] = gid
                self.face.charWidths[code] = advance
                self._codes[key] = code
                self.glyph_texts[code] = text
            return chr(code)

        def addObjects(self, doc) -> None:  # ReportLab's, with our ToUnicode entries
            try:
                state = self.state[doc]
            except KeyError:
                state = self.state[doc] = TTFont.State(self._asciiReadable)
            state.frozen = 1
            for n, subset in enumerate(state.subsets):
                internal = self.getSubsetInternalName(n, doc)[1:]
                base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
                        ).decode("pdfdoc")
                pdf_font = pdfdoc.PDFTrueTypeFont()
                pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
                pdf_font.Name = internal
                pdf_font.BaseFont = base
                pdf_font.FirstChar = 0
                pdf_font.LastChar = len(subset) - 1
                pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
                cmap = pdfdoc.PDFStream()
                cmap.content = _to_unicode_cmap(base, subset, self.glyph_texts)
                if doc.compression:
                    cmap.filters = [pdfdoc.PDFZCompress]
                pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)
                pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base, subset)
                doc.Reference(pdf_font, internal)
                doc.idToObject["BasicFonts"].dict[internal] = pdf_font
            del self.state[doc]

    return GlyphFont


@cache
def face_font(face_key: str, bold: bool):
    """The ReportLab font of a bundled face (registered once per process)."""
    from reportlab.pdfbase import pdfmetrics

    face = BY_KEY[face_key]
    name = f"MapStudio-{face_key}{'-Bold' if face.has_bold(bold) else ''}"
    if face_key == "latin":
        from .fonts import BOLD, REGULAR, register_fonts

        register_fonts()
        name = BOLD if face.has_bold(bold) else REGULAR
    elif name not in pdfmetrics.getRegisteredFontNames():
        font = glyph_font_class()(name, str(resource_path(face.file(bold))))
        pdfmetrics.registerFont(font)
    return pdfmetrics.getFont(name)


def show_shaped(t, line: TextLine, x0: float, y0: float, scale: float,
                colour_op: str | None, colour_ops=None) -> bool:
    """Write one non-plain line into ReportLab text object `t` at page point (x0, y0).

    Operators go straight into the text object (ReportLab's textOut per glyph costs several
    times more); ReportLab still assigns the subset codes and embeds the subsets. Bold runs
    of a face without a bold file are filled and stroked (text render mode 2) in the line's
    colour (`colour_ops(colour, stroke=True)` gives the operator); returns True when it set
    the stroke colour and width."""
    size = line.font.size * scale
    stroked = False
    em = size / 1000.0
    code = t._code
    if colour_op:
        code.append(colour_op)
    doc, escape = t._canvas._doc, t._canvas._escape
    bodies = _bodies(doc)
    for group in _groups(shape_line(line.text, line.font.bold).runs):
        first = group[0]
        font = face_font(first.face, first.bold)
        if first.glyphs is None:
            shown = visible(first.text)
            if not shown:
                continue
            key = (font.fontName, shown, size)
            body = bodies.get(key)
            if body is None:
                body = bodies[key] = " ".join(
                    f"{font.getSubsetInternalName(subset, doc)} {size:.2f} Tf "
                    f"({escape(data)}) Tj" for subset, data in font.splitString(shown, doc))
        else:
            key = (font.fontName, tuple(r.text for r in group), first.rtl, size)
            body = bodies.get(key)
            if body is None:
                body = bodies[key] = _glyph_body(doc, escape, font, group, size)
        code.append("1 0 0 1 %.2f %.2f Tm" % (x0 + first.x * em, y0))  # noqa: UP031
        if line.font.bold and colour_ops is not None and needs_synthetic_bold(first.face, True):
            stroke = colour_ops(line.colour, stroke=True)
            code.append(f"{stroke} {size * SYNTHETIC_BOLD_EM:.3f} w 2 Tr {body} 0 Tr")
            stroked = True
        else:
            code.append(body)
    t._curSubset = -1  # the next ReportLab textOut sets its font again
    return stroked


def _groups(runs) -> list[list]:
    """Neighbouring shaped runs of one face and direction (the words of a phrase) go
    together: one text matrix, one TJ, and extractors read the phrase as one string."""
    out: list[list] = []
    for run in runs:
        prev = out[-1][0] if out else None
        if (prev is not None and run.glyphs is not None and prev.glyphs is not None
                and (prev.face, prev.bold, prev.rtl) == (run.face, run.bold, run.rtl)):
            out[-1].append(run)
        else:
            out.append([run])
    return out


_BODIES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _bodies(doc) -> dict:
    """The operators of runs already written into this document (their subset codes are
    the document's own), reused wherever the same words print again."""
    bodies = _BODIES.get(doc)
    if bodies is None:
        bodies = _BODIES[doc] = {}
    return bodies


def _glyph_body(doc, escape, font, group, size: float) -> str:
    """Shaped glyphs in TJ arrays after one text matrix: kerning and marks as adjustments,
    raised marks with Ts. Glyphs go left to right: right-to-left runs thus in visual order,
    the order PDF text extractors expect and turn back into logical order; left-to-right
    runs are in logical order anyway."""
    em = size / 1000.0
    widths = font.face.charWidths
    assignments = font._assignState(doc).assignments  # code point -> subset << 8 | byte
    out: list[str] = []
    parts: list[str] = []
    current, pen, rise = None, 0.0, 0.0

    def flush() -> None:
        if parts:
            out.append("[%s] TJ" % " ".join(parts))  # noqa: UP031
            parts.clear()

    origin = group[0].x
    for run in group:
        shift = run.x - origin
        clusters = run.clusters()
        for cluster, glyphs in (reversed(clusters) if run.rtl else clusters):
            for i, g in enumerate(glyphs):
                cp = ord(font.glyph_char(g.gid, cluster if i == 0 else "", g.advance))
                n = assignments.get(cp)
                if n is None:
                    font.splitString(chr(cp), doc)
                    n = assignments[cp]
                subset = n >> 8
                if subset != current:
                    flush()
                    out.append(f"{font.getSubsetInternalName(subset, doc)} {size:.2f} Tf")
                    current = subset
                if g.y != rise:
                    flush()
                    out.append("%.2f Ts" % (g.y * em))  # noqa: UP031
                    rise = g.y
                x = g.x + shift
                if abs(pen - x) > 0.05:
                    parts.append("%.1f" % (pen - x))  # noqa: UP031
                parts.append(_byte(n & 0xFF, escape))
                pen = x + widths[cp]
    flush()
    if rise:
        out.append("0 Ts")
    return " ".join(out)


_BYTES: dict[int, str] = {}


def _byte(value: int, escape) -> str:
    found = _BYTES.get(value)
    if found is None:
        found = _BYTES[value] = f"({escape(bytes((value,)))})"
    return found
