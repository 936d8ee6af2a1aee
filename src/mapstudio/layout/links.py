"""Linked journeys: what a card or stage that drills into another map says about it.

A lifecycle map's stage or card may link to the detailed journey behind it. The linking
card carries a badge that rolls the linked map up: its health (how many findings) and
its KPIs (how many are on target), so the overview shows where to look first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model import MapContent
from ..model.health import map_findings
from .geometry import Badge, Rect
from .kpi import is_lower_better, latest_value, progress
from .text import FontSpec, TextMeasure, wrap_text

ON_TARGET = 0.95  # as the KPI bar turns green
LINK_COLOUR = "#0e7490"


@dataclass(frozen=True)
class LinkSummary:
    map_id: str
    title: str
    findings: int
    kpis: int  # KPI cards with a value
    kpis_on_target: int

    def text(self, labels) -> str:
        parts = [f"↳ {self.title}", labels("link.findings", self.findings)]
        if self.kpis:
            parts.append(labels("link.kpis", self.kpis_on_target, self.kpis))
        return " · ".join(parts)


def summarize(content: MapContent, today: date | None = None) -> LinkSummary:
    """The roll-up of one map: its findings (advice, without print overflow) and KPIs."""
    kpis = on_target = 0
    for card in content.cards:
        m = card.metric
        value = latest_value(m) if m is not None else None
        if value is None:
            continue
        kpis += 1
        if m.target is not None and progress(value, m.target, is_lower_better(
                m.direction, m.name, m.unit)) >= ON_TARGET:
            on_target += 1
    return LinkSummary(content.map.id, content.map.title, len(map_findings(content, today)),
                       kpis, on_target)


def link_badge(summary: LinkSummary, labels, x: float, y: float, width: float,
               measure: TextMeasure, font: FontSpec, height: float) -> Badge:
    """A full-width row naming the linked map and its roll-up (cut to one line)."""
    text = wrap_text(summary.text(labels), font, width - 10, measure, max_lines=1)[0]
    colour = "#dc2626" if summary.findings else LINK_COLOUR
    return Badge("link", Rect(x, y, width, height), text, float(summary.findings), colour,
                 "#ffffff")
