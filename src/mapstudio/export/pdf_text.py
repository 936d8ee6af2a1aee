"""Text in any script on a ReportLab canvas: fallback faces and shaped glyphs.

A line DejaVu draws plainly never comes here (PdfPainter's fast path). Other lines are
drawn run by run (`layout.shaping.shape_line`): one-glyph-per-character runs (CJK, Hangul,
emoji, Latin beside them) as ordinary text in their face; shaped runs (Arabic, Hebrew,
Devanagari, Thai, anything right to left) glyph by glyph at HarfBuzz's positions.

ReportLab embeds TrueType subsets by character, and a shaped glyph (an Arabic medial
form, a Devanagari conjunct) often has no character of its own. `GlyphFont` gives each
(glyph, text) pair a private code point, and writes a ToUnicode map from it to the text
the glyph stands for: the first glyph of a cluster carries the cluster's characters, the
others none. Glyphs are written in logical order, each placed by its own text matrix, so
the text layer reads (and is searched and copied) in logical order, whatever the visual
order on the page.
"""

from __future__ import annotations

from functools import cache

from ..layout import TextLine
from ..layout.fontset import BY_KEY, IGNORABLE
from ..layout.shaping import shape_line
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
def _glyph_font_class():
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
    if name not in pdfmetrics.getRegisteredFontNames():
        font = _glyph_font_class()(name, str(resource_path(face.file(bold))))
        pdfmetrics.registerFont(font)
    return pdfmetrics.getFont(name)


def _visible(text: str) -> str:
    return "".join(ch for ch in text if ord(ch) not in IGNORABLE)


def show_shaped(t, line: TextLine, x0: float, y0: float, scale: float,
                colour_op: str | None) -> None:
    """Write one non-plain line into ReportLab text object `t` at page point (x0, y0)."""
    size = line.font.size * scale
    em = size / 1000.0
    code = t._code
    if colour_op:
        code.append(colour_op)
    shaped = shape_line(line.text, line.font.bold)
    for run in shaped.runs:
        font = face_font(run.face, run.bold)
        t.setFont(font.fontName, size)
        if run.glyphs is None:
            visible = _visible(run.text)
            if visible:
                code.append("1 0 0 1 %.2f %.2f Tm" % (x0 + run.x * em, y0))  # noqa: UP031
                t.textOut(visible)
            continue
        clusters = run.clusters(line.text)
        for text, glyphs in (reversed(clusters) if run.rtl else clusters):
            for i, g in enumerate(glyphs):
                code.append("1 0 0 1 %.2f %.2f Tm" % (x0 + g.x * em,  # noqa: UP031
                                                      y0 + g.y * em))
                t.textOut(font.glyph_char(g.gid, text if i == 0 else "", g.advance))
