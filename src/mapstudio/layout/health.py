"""A map's health findings including the one that needs the laid-out map (and so a text
measure): text that does not fit its card in print.

Cards grow with their words, so what overflows is what the layout has to cut: a word
wider than the card (broken in the middle of the word) and a tag or KPI badge shortened
with an ellipsis. Computed on the same geometry every renderer draws.
"""

from __future__ import annotations

from datetime import date

from ..model import Card, MapContent
from ..model.health import TEXT_OVERFLOW, Finding, map_findings
from .breaking import pieces
from .geometry import MapGeometry
from .living import GAP as MARK_GAP
from .style import DEFAULT_STYLE, LayoutStyle
from .text import FontSpec, TextMeasure

ELLIPSIS = "…"
WIDEST_EM = 2.0  # no character of the bundled fonts is wider than two ems
CORNER_KINDS = ("evidence", "notes")  # marks beside the title that narrow it


def _too_wide(text: str, font: FontSpec, width: float, measure: TextMeasure) -> str | None:
    """The first word of `text` that cannot fit on one line of `width`. Words too short
    to be that wide even in the widest glyphs are not measured (most of them)."""
    shortest = width / (font.size * WIDEST_EM)
    for word in text.split():
        if len(word) > shortest and any(measure.width(piece, font) > width + 0.01
                                        for piece in pieces(word)):
            return word
    return None


def overflow_findings(content: MapContent, geometry: MapGeometry, measure: TextMeasure,
                      style: LayoutStyle = DEFAULT_STYLE) -> list:
    """One finding per card whose text the print has to break or cut."""
    out = []
    for card in content.cards:
        box = geometry.cards.get(card.id)
        if box is None:
            continue
        reason = _reason(card, box, measure, style)
        if reason:
            title = " ".join((card.title or card.body or "untitled").split())[:40]
            out.append(Finding(TEXT_OVERFLOW, card.id, content.map.id,
                               f"card {title!r}: {reason} in print"))
    return out


def _reason(card: Card, box, measure: TextMeasure, style: LayoutStyle) -> str:
    inner = box.rect.w - 2 * style.card_padding
    title_width = inner - (16 if card.channel else 0) - (12 if card.moment_of_truth else 0)
    title_width -= sum(b.rect.w + MARK_GAP for b in box.badges if b.kind in CORNER_KINDS)
    word = (_too_wide(card.title, style.card_title_font, title_width, measure)
            or _too_wide(card.body, style.card_body_font, inner, measure))
    if word:
        shown = word if len(word) <= 24 else word[:23] + ELLIPSIS
        return f"the word {shown!r} is wider than the card and is broken"
    sources = [*card.tags, card.metric.name if card.metric else ""]
    for badge in box.badges:
        if badge.kind in ("tag", "metric") and badge.text.endswith(ELLIPSIS) and \
                not any(s.endswith(ELLIPSIS) for s in sources):
            return f"the {'KPI' if badge.kind == 'metric' else 'tag'} {badge.text!r} is cut short"
    return ""


def map_health(content: MapContent, measure: TextMeasure, today: date | None = None,
               geometry: MapGeometry | None = None, **layout_options) -> list[Finding]:
    """Every finding of one map; `geometry` saves a layout the caller already has."""
    if geometry is None:
        from .engine import layout_map

        geometry = layout_map(content, measure, **layout_options)
    return map_findings(content, today) + overflow_findings(content, geometry, measure)
