"""The bundled fonts and which one draws each character (per-character fallback).

DejaVu Sans draws Latin, Greek, Cyrillic and Vietnamese, as it always did. The other faces
fill in the scripts it lacks: Noto Sans Arabic, Hebrew, Devanagari and Thai, a Hangul face
derived from NanumGothic, Droid Sans Fallback for Chinese and Japanese, and Noto Emoji
(monochrome), shaped so that an emoji sequence the font draws as one glyph prints as one.
Faces without a bold file (CJK, Hangul, emoji) are emboldened by stroking their outlines
where bold is asked for (`needs_synthetic_bold`). Every file is a TrueType-outline font
(``glyf``), which is what ReportLab can subset and embed; the canvas registers the same
files with Qt. Pure Python: the coverage is read with fontTools, lazily, only when a text
holds a character DejaVu cannot draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from ..paths import resource_path

SIMPLE, COMPLEX = "simple", "complex"


@dataclass(frozen=True)
class Face:
    key: str
    family: str  # the family name inside the file (what Qt and SVG viewers call it)
    regular: str
    bold: str | None
    shaping: str  # COMPLEX: glyphs come from HarfBuzz; SIMPLE: one glyph per character
    # Digits, punctuation and spaces next to this face's letters are drawn in it. Not in
    # Noto Emoji, whose space and digits (keycap bases) are 1.27 em wide: a space after an
    # emoji would print as a gap.
    keeps_neutrals: bool = True

    def file(self, bold: bool) -> str:
        return self.bold if bold and self.bold else self.regular

    def has_bold(self, bold: bool) -> bool:
        return bool(bold and self.bold)


FACES: tuple[Face, ...] = (
    Face("latin", "DejaVu Sans", "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", SIMPLE),
    Face("arabic", "Noto Sans Arabic", "fonts/NotoSansArabic-Regular.ttf",
         "fonts/NotoSansArabic-Bold.ttf", COMPLEX),
    Face("hebrew", "Noto Sans Hebrew", "fonts/NotoSansHebrew-Regular.ttf",
         "fonts/NotoSansHebrew-Bold.ttf", COMPLEX),
    Face("devanagari", "Noto Sans Devanagari", "fonts/NotoSansDevanagari-Regular.ttf",
         "fonts/NotoSansDevanagari-Bold.ttf", COMPLEX),
    Face("thai", "Noto Sans Thai", "fonts/NotoSansThai-Regular.ttf",
         "fonts/NotoSansThai-Bold.ttf", COMPLEX),
    Face("hangul", "MapStudio Hangul", "fonts/MapStudioHangul-Regular.ttf", None, SIMPLE),
    Face("cjk", "Droid Sans Fallback", "fonts/DroidSansFallbackFull.ttf", None, SIMPLE),
    # shaped: its ligatures draw ZWJ sequences (families, professions), flags and skin
    # tones as one glyph each
    Face("emoji", "Noto Emoji", "fonts/NotoEmoji-Regular.ttf", None, COMPLEX,
         keeps_neutrals=False),
)
BY_KEY = {face.key: face for face in FACES}
LATIN = FACES[0]

# Scripts that go to their own face first even where DejaVu has a glyph (DejaVu's Arabic
# and Hebrew have no shaping tables worth the name).
_PREFERRED = (
    (0x0590, 0x05FF, "hebrew"), (0xFB1D, 0xFB4F, "hebrew"),
    (0x0600, 0x08FF, "arabic"), (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"), (0xA8E0, 0xA8FF, "devanagari"),
    (0x0E00, 0x0E7F, "thai"),
    (0x1100, 0x11FF, "hangul"), (0x3130, 0x318F, "hangul"), (0xAC00, 0xD7AF, "hangul"),
    (0x1F000, 0x1FAFF, "emoji"),
)
# Characters that take no room and draw nothing (joiners, variation selectors, marks of
# direction): never "missing", never drawn by a face of their own.
IGNORABLE = frozenset([0x00AD, 0x034F, 0x061C, 0x180E, *range(0x200B, 0x2010),
                       *range(0x202A, 0x202F), *range(0x2060, 0x2070), *range(0xFE00, 0xFE10),
                       0xFEFF, *range(0xE0100, 0xE01F0), *range(0xE0020, 0xE0080)])


@cache
def _font(face_key: str, bold: bool):
    from fontTools.ttLib import TTFont

    face = BY_KEY[face_key]
    return TTFont(str(resource_path(face.file(bold))), lazy=True)


@cache
def coverage(face_key: str) -> frozenset[int]:
    """The code points a face maps to a glyph (its regular file's cmap)."""
    return frozenset(_font(face_key, False).getBestCmap())


@cache
def advances(face_key: str, bold: bool) -> dict[int, float]:
    """Advance width of every mapped character, in thousandths of an em (ReportLab's unit)."""
    font = _font(face_key, bold)
    scale = 1000.0 / font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    return {cp: metrics[glyph][0] * scale for cp, glyph in font.getBestCmap().items()}


def needs_synthetic_bold(face_key: str, bold: bool) -> bool:
    """Bold asked for from a face with no bold file: drawn with a stroked outline."""
    return bold and BY_KEY[face_key].bold is None


#: The stroke that emboldens a face without a bold file, in ems (the strength FreeType
#: and Qt use for synthetic bold: about 1/28 em), so screen and paper thicken alike.
SYNTHETIC_BOLD_EM = 1 / 28


def font_bytes(face_key: str, bold: bool) -> bytes:
    return resource_path(BY_KEY[face_key].file(bold)).read_bytes()


def _preferred(cp: int) -> str | None:
    for low, high, key in _PREFERRED:
        if low <= cp <= high:
            return key
    return None


@lru_cache(maxsize=8192)
def face_for(cp: int) -> str | None:
    """The face that draws code point `cp`: its script's own face, else the first that has
    it. None when no bundled font covers it (preflight names the card)."""
    key = _preferred(cp)
    if key is not None and cp in coverage(key):
        return key
    for face in FACES:
        if cp in coverage(face.key):
            return face.key
    return None


def uncovered(text: str) -> list[str]:
    """The characters of `text` that no bundled font can draw, once each, in order."""
    out: list[str] = []
    for ch in text:
        cp = ord(ch)
        if cp < 0x20 or cp in IGNORABLE or ch.isspace():
            continue
        if face_for(cp) is None and ch not in out:
            out.append(ch)
    return out
