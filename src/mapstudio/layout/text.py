"""Text measurement and wrapping shared by the canvas (Qt) and the PDF (ReportLab).

Only advance widths come from the measure; line heights and ascents are fixed fractions of
the font size (DejaVu Sans' own metrics), so both back ends place baselines identically.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol

from .breaking import drop_last_cluster, graphemes, pieces

ASCENT = 0.928  # DejaVu Sans ascender, em
DESCENT = 0.236
LEADING = 1.22  # line pitch, em
NBSP = "\u00a0"
_BREAKABLE = re.compile(r"[^\S\u00a0]+")  # white space except the no-break space


@dataclass(frozen=True)
class FontSpec:
    bold: bool = False
    size: float = 9.0

    @property
    def line_height(self) -> float:
        return self.size * LEADING

    @property
    def ascent(self) -> float:
        return self.size * ASCENT


class TextMeasure(Protocol):
    def width(self, text: str, font: FontSpec) -> float: ...


class FixedWidthMeasure:
    """Every character 0.6 em wide: deterministic geometry for tests and estimates."""

    def width(self, text: str, font: FontSpec) -> float:
        return len(text) * font.size * (0.66 if font.bold else 0.6)


def _split_long_word(word: str, font: FontSpec, max_width: float,
                     measure: TextMeasure) -> list[str]:
    parts, current = [], ""
    for ch in (word if word.isascii() else graphemes(word)):  # never inside a cluster
        if current and measure.width(current + ch, font) > max_width:
            parts.append(current)
            current = ch
        else:
            current += ch
    if current:
        parts.append(current)
    return parts


def _tokens(words: list[str]):
    """(piece, preceded by a space) for every place a line may break."""
    for word in words:
        if word.isascii():
            yield word, True
            continue
        first = True
        for piece in pieces(word):
            yield piece, first
            first = False


def wrap_text(text: str, font: FontSpec, max_width: float, measure: TextMeasure,
              max_lines: int | None = None) -> list[str]:
    """Greedy word wrap honouring explicit newlines and no-break spaces; words wider than a
    line are broken between grapheme clusters; CJK text also breaks between characters
    (`breaking.pieces`), where no space is put back.

    With max_lines the last kept line ends in an ellipsis when text was cut.
    """
    lines: list[str] = []
    max_width = max(max_width, font.size)
    space = measure.width(" ", font)
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        words = paragraph.split() if NBSP not in paragraph else \
            [w for w in _BREAKABLE.split(paragraph) if w]  # "6,40 €" stays whole
        if not words:
            lines.append("")
            continue
        current, current_w = "", 0.0
        for word, glue in _tokens(words):
            # Advances add up (no kerning on either back end), so words are measured once.
            word_w = measure.width(word, font)
            candidate_w = current_w + (space if glue else 0.0) + word_w if current else word_w
            if candidate_w <= max_width:
                current = (f"{current} {word}" if glue else current + word) if current else word
                current_w = candidate_w
                continue
            if current:
                lines.append(current)
            if word_w > max_width:
                pieces = _split_long_word(word, font, max_width, measure)
                lines.extend(pieces[:-1])
                current = pieces[-1]
                current_w = measure.width(current, font)
            else:
                current, current_w = word, word_w
        lines.append(current)
    while lines and lines[-1] == "" and len(lines) > 1:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and measure.width(last + "…", font) > max_width:
            last = last[:-1] if last.isascii() else drop_last_cluster(last)
        kept[-1] = last.rstrip() + "…"
        return kept
    return lines


_STRONG_RTL = frozenset(("R", "AL"))


def right_to_left(paragraph: str) -> bool:
    """The paragraph's base direction by the Unicode bidi rule (P2): that of its first
    strong character."""
    for ch in paragraph:
        kind = unicodedata.bidirectional(ch)
        if kind in _STRONG_RTL:
            return True
        if kind == "L":
            return False
    return False
