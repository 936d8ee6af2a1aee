"""One line of text as runs of glyphs: font fallback, bidi and HarfBuzz shaping.

`is_plain` is the fast path: a line DejaVu draws character by character, left to right
(every Latin, Greek, Cyrillic or Vietnamese text), never reaches this module's heavier
parts, so a Latin-only map pays nothing for shaping.

Any other line is split into runs of one face and one bidi level. Runs of a complex face
(Arabic, Hebrew, Devanagari, Thai) and right-to-left runs are shaped by HarfBuzz; other
runs (CJK, Hangul, emoji, Latin beside them) are one glyph per character. Runs are put in
visual order by the Unicode bidi algorithm (python-bidi). Widths are in thousandths of an
em, the unit ReportLab uses, so every back end (PDF, PNG, SVG, canvas) measures the same.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from itertools import groupby
from typing import NamedTuple

from .bidi_levels import levels as bidi_levels
from .fontset import (
    BY_KEY,
    COMPLEX,
    FACES,
    IGNORABLE,
    LATIN,
    advances,
    coverage,
    face_for,
    font_bytes,
)

_PLAIN_RE: re.Pattern | None = None
_RTL_CLASSES = frozenset(("R", "AL", "AN", "RLE", "RLO", "RLI"))
NOTDEF_WIDTH = 600.0


def _plain_re() -> re.Pattern:
    """Matches any character that is NOT drawn plainly by DejaVu."""
    global _PLAIN_RE
    if _PLAIN_RE is None:
        plain = sorted(cp for cp in coverage(LATIN.key)
                       if face_for(cp) == LATIN.key and cp not in IGNORABLE
                       and unicodedata.bidirectional(chr(cp)) not in _RTL_CLASSES)
        ranges, start, prev = [], plain[0], plain[0]
        for cp in plain[1:]:
            if cp != prev + 1:
                ranges.append((start, prev))
                start = cp
            prev = cp
        ranges.append((start, prev))
        body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                       for a, b in ranges)
        _PLAIN_RE = re.compile(f"[^{body}\\s]")
    return _PLAIN_RE


def is_plain(text: str) -> bool:
    """True when DejaVu draws every character of `text` as is (the fast path)."""
    return text.isascii() or _plain_re().search(text) is None


class Glyph(NamedTuple):  # a tuple: a line may hold hundreds, made by the thousand
    gid: int
    x: float  # pen position from the start of the run, 1/1000 em
    y: float  # raise above the baseline, 1/1000 em
    advance: float
    cluster: int  # index in the run's text of the first character this glyph draws


_tuple = tuple.__new__  # a NamedTuple's own __new__ is Python code: five times slower


class Run(NamedTuple):  # tuples: made by the thousand, a frozen dataclass costs 4x
    face: str
    bold: bool  # drawn with the face's bold file
    text: str  # the run's characters, logical order
    start: int  # index of text[0] in the line
    rtl: bool
    x: float  # from the start of the line, 1/1000 em
    width: float
    glyphs: tuple[Glyph, ...] | None  # None: one glyph per character, draw `text` as is

    def clusters(self) -> list[tuple[str, list[Glyph]]]:
        """Shaped glyphs grouped by the text they draw, in logical order (what a PDF text
        layer must hold for search and copy)."""
        return _clusters(self.text, self.glyphs)


@lru_cache(maxsize=16384)
def _clusters(text: str, glyphs: tuple[Glyph, ...]) -> list[tuple[str, list[Glyph]]]:
    groups: dict[int, list[Glyph]] = {}
    for g in glyphs:
        groups.setdefault(g.cluster, []).append(g)
    starts = sorted(groups)
    bounds = starts[1:] + [len(text)]
    return [(text[s:e], groups[s]) for s, e in zip(starts, bounds, strict=True)]


class ShapedLine(NamedTuple):
    text: str
    runs: tuple[Run, ...]  # visual order, left to right
    width: float


_CLASSES: dict[str, tuple] = {}


def _char_class(ch: str) -> tuple[str | None, bool, bool, frozenset[str]]:
    """(face, neutral, ignorable, the faces that have it) of one character, once."""
    cp = ord(ch)
    ignorable = cp in IGNORABLE
    category = unicodedata.category(ch)
    neutral = ignorable or category[0] in "MZP" or ch.isspace() or ch.isdigit()
    mark = ignorable or category[0] == "M"  # always stays with the letter before it
    having = frozenset(f.key for f in FACES if cp in coverage(f.key)
                       and (mark or not neutral or f.keeps_neutrals))
    found = _CLASSES[ch] = (face_for(cp), neutral, ignorable, having)
    return found


def _faces_of(text: str) -> list[str]:
    """The face of each character; marks, joiners and neutral characters stay with the face
    before them when it has them, so a word or an Arabic phrase stays one run. So does a
    character after a zero-width joiner: an emoji sequence (🏳️‍⚧️) is shaped whole, by
    the face whose ligature draws it."""
    faces: list[str] = []
    append = faces.append
    prev = None
    joined = False
    classes = _CLASSES
    latin = LATIN.key
    for ch in text:
        c = classes.get(ch) or _char_class(ch)
        if prev is not None and ((c[1] and (c[2] or prev in c[3]))
                                 or (joined and prev in c[3])):
            append(prev)
        else:
            prev = c[0] or (prev if c[2] and prev else latin)
            append(prev)
        joined = ch == "\u200d"
    return faces


# Characters of bidi class R, AL or AN, and the right-to-left embeddings and isolates
_RTL = re.compile("[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefe"
                  "\U00010800-\U00010fff\U0001e800-\U0001efff]")


_WORD = re.compile(r"\S+\s*|\s+")


def _levels(text: str) -> list[int]:
    """The resolved bidi level of every character (all 0 without right-to-left text)."""
    if _RTL.search(text) is None:
        return [0] * len(text)
    return bidi_levels(text)


@cache
def _hb_font(face_key: str, bold: bool):
    import uharfbuzz as hb

    face = hb.Face(hb.Blob(font_bytes(face_key, bold)))
    return hb.Font(face), 1000.0 / face.upem


@lru_cache(maxsize=65536)
def _shape(text: str, face_key: str, bold: bool, rtl: bool) -> tuple[tuple[Glyph, ...], float]:
    """HarfBuzz's glyphs for one run (one face, one direction), relative to the run: the
    same word shapes once however many lines hold it."""
    import uharfbuzz as hb

    font, scale = _hb_font(face_key, bold)
    buf = hb.Buffer()
    buf.add_codepoints([ord(c) for c in text])
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": True, "liga": True})
    glyphs, pen = [], 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        advance = pos.x_advance * scale
        glyphs.append(_tuple(Glyph, (info.codepoint, pen + pos.x_offset * scale,
                                         pos.y_offset * scale, advance, info.cluster)))
        pen += advance
    return tuple(glyphs), pen


class _Widths(dict):
    def __missing__(self, ch: str) -> float:
        return 0.0 if ord(ch) in IGNORABLE else NOTDEF_WIDTH


@cache
def _widths(face_key: str, bold: bool) -> _Widths:
    """Advance of every character a face maps, keyed by the character."""
    table = _Widths((chr(cp), w) for cp, w in advances(face_key, bold).items())
    for cp in IGNORABLE:
        table[chr(cp)] = 0.0
    return table


def _simple_width(text: str, face_key: str, bold: bool) -> float:
    return sum(map(_widths(face_key, bold and BY_KEY[face_key].bold is not None).__getitem__,
                   text))


def _visual_order(items: list, levels: list[int]) -> list:
    """Rule L2 of the bidi algorithm on runs: from the highest level down to the lowest
    odd one, reverse every sequence of runs at that level or above."""
    order = list(range(len(items)))
    if not levels:
        return []
    top, low_odd = max(levels), min((lv for lv in levels if lv % 2), default=None)
    if low_odd is None:
        return items
    for level in range(top, low_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [items[k] for k in order]


_TOKEN = re.compile(r"\s+|\S+")


@lru_cache(maxsize=16384)
def shape_line(text: str, bold: bool = False) -> ShapedLine:
    """The line as runs in visual order with their glyphs and positions.

    A line without right-to-left text is put together word by word, each word's runs
    made once (`_word_runs`): the same words on many cards shape once. A word is
    measured the same way by `wrap_text`, so lines fill exactly as measured."""
    if _RTL.search(text) is not None:
        return _shape_full(text, bold)
    runs, x, prev = [], 0.0, None
    append = runs.append
    start = 0
    for token in _TOKEN.findall(text):
        if token[0].isspace():  # spaces in the face before them when it has them
            face, face_bold, width = _space_run(prev, token, bold)
            append(_tuple(Run, (face, face_bold, token, start, False, x, width, None)))
        else:
            word_runs, width, prev = _word(token, bold)
            for run in word_runs:
                append(_tuple(Run, (run[0], run[1], run[2], start + run[3], False, x + run[5],
                                    run[6], run[7])))
        x += width
        start += len(token)
    return _tuple(ShapedLine, (text, _merged(runs), x))


@lru_cache(maxsize=65536)
def _word(word: str, bold: bool) -> tuple[tuple[Run, ...], float, str]:
    """A word's runs, its width and the face of its last character, looked up at once; a
    word DejaVu draws as is (a number, a Latin word beside CJK) is one run, unshaped."""
    if is_plain(word):
        width = _simple_width(word, LATIN.key, bold)
        return (_tuple(Run, (LATIN.key, LATIN.has_bold(bold), word, 0, False, 0.0, width,
                             None)),), width, LATIN.key
    return _word_runs(word, bold), _width_full(word, bold), _last_face(word, bold)


@lru_cache(maxsize=4096)
def _space_run(prev: str | None, token: str, bold: bool) -> tuple[str, bool, float]:
    face = _space_face(prev, token)
    return face, BY_KEY[face].has_bold(bold), _simple_width(token, face, bold)


def _merged(runs: list[Run]) -> tuple[Run, ...]:
    """Neighbouring one-glyph-per-character runs of one face become one run."""
    out: list[Run] = []
    for run in runs:
        last = out[-1] if out else None
        if (last is not None and run.glyphs is None and last.glyphs is None
                and last.face == run.face and last.bold == run.bold):
            out[-1] = _tuple(Run, (last.face, last.bold, last.text + run.text, last.start,
                                   False, last.x, last.width + run.width, None))
        else:
            out.append(run)
    return tuple(out)


@lru_cache(maxsize=1024)
def _space_face(prev: str | None, token: str) -> str:
    """White space goes in the face before it when that face has it (and keeps
    neutrals), else DejaVu."""
    if (prev is not None and BY_KEY[prev].keeps_neutrals
            and all(ord(c) in coverage(prev) for c in token)):
        return prev
    return LATIN.key


@lru_cache(maxsize=65536)
def _word_runs(word: str, bold: bool) -> tuple[Run, ...]:
    return _shape_full(word, bold).runs


def _shape_full(text: str, bold: bool) -> ShapedLine:
    """Any line: faces, bidi levels, runs in visual order."""
    faces, levels = _faces_of(text), _levels(text)
    pieces: list[tuple[int, int, str, int]] = []  # start, end, face, level
    start = 0
    for (face, level), group in groupby(zip(faces, levels, strict=True)):
        end = start + len(list(group))
        if BY_KEY[face].shaping == COMPLEX or level % 2:
            # word by word: a word shapes once (`_shape` cache) wherever it prints again;
            # spaces do not join letters, so nothing changes on paper
            pieces.extend((m.start(), m.end(), face, level)
                          for m in _WORD.finditer(text, start, end))
        else:
            pieces.append((start, end, face, level))
        start = end
    levels_of = [p[3] for p in pieces]
    ordered = _visual_order(pieces, levels_of) if any(levels_of) else pieces
    runs, x = [], 0.0
    for start, end, face_key, level in ordered:
        face, rtl = BY_KEY[face_key], level % 2 == 1
        use_bold = face.has_bold(bold)
        if face.shaping == COMPLEX or rtl:
            placed, width = _shape(text[start:end], face_key, use_bold, rtl)
        else:
            width, placed = _simple_width(text[start:end], face_key, bold), None
        runs.append(_tuple(Run, (face_key, use_bold, text[start:end], start, rtl, x, width,
                                     placed)))
        x += width
    return ShapedLine(text, tuple(runs), x)


_IGNORABLE_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(IGNORABLE)) + "]")


def visible(text: str) -> str:
    """`text` without the characters that draw nothing (joiners, selectors, marks of
    direction)."""
    return _IGNORABLE_RE.sub("", text)


@lru_cache(maxsize=65536)
def shaped_width(text: str, bold: bool) -> float:
    """Width of a line in thousandths of an em, any script: the width `shape_line` gives,
    without building glyphs or visual order (wrapping measures every word)."""
    if _RTL.search(text) is not None:
        return _width_full(text, bold)
    width, prev = 0.0, None
    for token in _TOKEN.findall(text):
        if token[0].isspace():
            face = _space_face(prev, token)
            width += _simple_width(token, face, bold)
        else:
            width += _width_full(token, bold)
            prev = _last_face(token, bold)
    return width


@lru_cache(maxsize=65536)
def _last_face(word: str, bold: bool) -> str:
    return _faces_of(word)[-1]


@lru_cache(maxsize=65536)
def _width_full(text: str, bold: bool) -> float:
    if is_plain(text):
        return _simple_width(text, LATIN.key, bold)
    faces = _faces_of(text)
    width, start = 0.0, 0
    for face_key, group in groupby(faces):
        end = start + len(list(group))
        face = BY_KEY[face_key]
        if face.shaping == COMPLEX or _RTL.search(text, start, end):
            width += _advance(text, start, end, face_key, face.has_bold(bold))
        else:
            width += _simple_width(text[start:end], face_key, bold)
        start = end
    return width


def _advance(text: str, start: int, end: int, face_key: str, bold: bool) -> float:
    import uharfbuzz as hb

    font, scale = _hb_font(face_key, bold)
    buf = hb.Buffer()
    buf.add_codepoints([ord(c) for c in text], start, end - start)
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": True, "liga": True})
    return sum(pos.x_advance for pos in buf.glyph_positions) * scale
