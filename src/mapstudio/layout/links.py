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
LINK_MARK = "↳"  # before a linked map's name on a card, after a linking stage's name


@dataclass(frozen=True)
class LinkSummary:
    map_id: str
    title: str
    findings: int
    kpis: int  # KPI cards with a value
    kpis_on_target: int

    def lines(self, labels) -> tuple[str, str]:
        """The map's name, then its roll-up ("3 findings · KPIs 2/4 on target")."""
        parts = [labels("link.findings", self.findings)]
        if self.kpis:
            parts.append(labels("link.kpis", self.kpis_on_target, self.kpis))
        return f"{LINK_MARK} {self.title}", " · ".join(parts)


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
               measure: TextMeasure, font: FontSpec, line_height: float) -> Badge:
    """A full-width block: the linked map's name, then its roll-up, each cut to a line
    (the text holds both, a newline between). Red while the map has findings."""
    text = "\n".join(wrap_text(line, font, width - 10, measure, max_lines=1)[0]
                     for line in summary.lines(labels))
    colour = "#b91c1c" if summary.findings else LINK_COLOUR
    return Badge("link", Rect(x, y, width, 2 * line_height + 4), text,
                 float(summary.findings), colour, "#ffffff")


def linked_ids(content: MapContent) -> set[str]:
    return {x.linked_map_id for x in (*content.cards, *content.stages) if x.linked_map_id}


def _summary_or_none(map_id: str, load_map, today: date | None) -> LinkSummary | None:
    try:
        return summarize(load_map(map_id), today)
    except Exception:  # noqa: BLE001 - a badge is a hint, never a reason to fail a map
        return None  # a map that cannot be read (gone, damaged) gets no badge


def link_summaries(content: MapContent, load_map, today: date | None = None
                   ) -> dict[str, LinkSummary]:
    """The roll-up of every map `content` links to, read through `load_map(map_id)`."""
    found = {m: _summary_or_none(m, load_map, today) for m in linked_ids(content)}
    return {m: summary for m, summary in found.items() if summary is not None}


class LinkSummaryCache:
    """Roll-ups kept between relayouts of the canvas: a linked map is read again only
    after a commit touched it (`forget`), not on every edit of the linking map."""

    def __init__(self) -> None:
        self._known: dict[str, LinkSummary | None] = {}

    def summaries(self, content: MapContent, load_map) -> dict[str, LinkSummary]:
        wanted = linked_ids(content)
        for map_id in wanted - self._known.keys():
            self._known[map_id] = _summary_or_none(map_id, load_map, None)
        return {m: self._known[m] for m in wanted if self._known[m] is not None}

    def forget(self, map_ids) -> bool:
        """Drop what these maps' commit made stale; True if any was shown."""
        dropped = [m for m in map_ids if m in self._known]
        for map_id in dropped:
            del self._known[map_id]
        return bool(dropped)

    def clear(self) -> None:
        self._known.clear()
